//! clap's usage errors in this tool's shape: one `error:` line and one
//! hint line, built from the error's kind and context (the values clap
//! found), never from its rendered text, whose wording clap may change.

use std::ffi::OsString;

use clap::Command;
use clap::error::{ContextKind, ContextValue, Error, ErrorKind};

/// A usage error, worded.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Usage {
    /// What is wrong, on one line.
    pub(crate) message: String,
    /// clap's suggestions, then where to read more.
    pub(crate) hints: Vec<String>,
}

/// Words `e`, for the command line `argv` (the program name first), parsed
/// against `cmd`.
pub(crate) fn reword(e: &Error, cmd: &Command, argv: &[OsString]) -> Usage {
    let mut hints = suggestions(e);
    hints.push(format!("see '{} --help'", subcommand_path(cmd, argv)));
    Usage {
        message: message(e),
        hints,
    }
}

fn text(e: &Error, kind: ContextKind) -> Option<&str> {
    match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s),
        _ => None,
    }
}

fn texts(e: &Error, kind: ContextKind) -> Option<&[String]> {
    match e.get(kind) {
        Some(ContextValue::Strings(list)) => Some(list),
        _ => None,
    }
}

fn number(e: &Error, kind: ContextKind) -> Option<isize> {
    match e.get(kind) {
        Some(ContextValue::Number(n)) => Some(*n),
        _ => None,
    }
}

fn quoted(list: &[String]) -> String {
    list.iter()
        .map(|s| format!("'{s}'"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn were(n: isize) -> &'static str {
    if n > 1 { "were" } else { "was" }
}

/// The one-line message for the error's kind.
fn message(e: &Error) -> String {
    let arg = text(e, ContextKind::InvalidArg);
    let value = text(e, ContextKind::InvalidValue);
    let worded = match e.kind() {
        ErrorKind::InvalidValue => value.zip(arg).map(|(value, arg)| {
            let mut line = if value.is_empty() {
                format!("a value is required for '{arg}' but none was supplied")
            } else {
                format!("invalid value '{value}' for '{arg}'")
            };
            if let Some(valid) = texts(e, ContextKind::ValidValue).filter(|v| !v.is_empty()) {
                line.push_str(&format!(" [possible values: {}]", valid.join(", ")));
            }
            line
        }),
        ErrorKind::ValueValidation => {
            value
                .zip(arg)
                .map(|(value, arg)| match std::error::Error::source(e) {
                    Some(why) => format!("invalid value '{value}' for '{arg}': {why}"),
                    None => format!("invalid value '{value}' for '{arg}'"),
                })
        }
        ErrorKind::UnknownArgument => arg.map(|arg| format!("unexpected argument '{arg}' found")),
        ErrorKind::InvalidSubcommand => text(e, ContextKind::InvalidSubcommand)
            .map(|sub| format!("unrecognized subcommand '{sub}'")),
        ErrorKind::MissingRequiredArgument => texts(e, ContextKind::InvalidArg).map(|missing| {
            format!(
                "the following required arguments were not provided: {}",
                missing.join(" ")
            )
        }),
        ErrorKind::MissingSubcommand => text(e, ContextKind::InvalidSubcommand)
            .map(|sub| format!("'{sub}' requires a subcommand but one was not provided")),
        ErrorKind::ArgumentConflict => arg.map(|arg| conflict(e, arg)),
        ErrorKind::NoEquals => {
            arg.map(|arg| format!("equal sign is needed when assigning values to '{arg}'"))
        }
        ErrorKind::TooManyValues => value.zip(arg).map(|(value, arg)| {
            format!("unexpected value '{value}' for '{arg}' found; no more were expected")
        }),
        ErrorKind::TooFewValues => arg
            .zip(number(e, ContextKind::ActualNumValues))
            .zip(number(e, ContextKind::MinValues))
            .map(|((arg, got), min)| {
                format!(
                    "{min} values required by '{arg}'; only {got} {} provided",
                    were(got)
                )
            }),
        ErrorKind::WrongNumberOfValues => arg
            .zip(number(e, ContextKind::ActualNumValues))
            .zip(number(e, ContextKind::ExpectedNumValues))
            .map(|((arg, got), want)| {
                format!(
                    "{want} values required for '{arg}' but {got} {} provided",
                    were(got)
                )
            }),
        _ => None,
    };
    // Kinds without context (or new ones) fall back on clap's name for the
    // kind, then on the error's source.
    worded
        .or_else(|| e.kind().as_str().map(str::to_owned))
        .or_else(|| std::error::Error::source(e).map(ToString::to_string))
        .unwrap_or_else(|| "invalid arguments".to_owned())
}

/// "the argument '--a' cannot be used with '--b'" and its variants.
fn conflict(e: &Error, arg: &str) -> String {
    match e.get(ContextKind::PriorArg) {
        Some(ContextValue::String(prior)) if prior == arg => {
            format!("the argument '{arg}' cannot be used multiple times")
        }
        Some(ContextValue::String(prior)) => {
            format!("the argument '{arg}' cannot be used with '{prior}'")
        }
        Some(ContextValue::Strings(prior)) => {
            format!(
                "the argument '{arg}' cannot be used with: {}",
                prior.join(" ")
            )
        }
        _ => format!(
            "the argument '{arg}' cannot be used with one or more of the other specified arguments"
        ),
    }
}

/// clap's suggestions: a similar subcommand, argument or value, then its
/// tips (`-- -x` to pass a value that looks like a flag, ...).
fn suggestions(e: &Error) -> Vec<String> {
    let mut hints = Vec::new();
    for (kind, what) in [
        (ContextKind::SuggestedSubcommand, "subcommand"),
        (ContextKind::SuggestedArg, "argument"),
        (ContextKind::SuggestedValue, "value"),
    ] {
        let similar = match e.get(kind) {
            Some(ContextValue::String(one)) => vec![one.clone()],
            Some(ContextValue::Strings(many)) => many.clone(),
            _ => Vec::new(),
        };
        match similar.as_slice() {
            [] => {}
            [one] => hints.push(format!("a similar {what} exists: '{one}'")),
            many => hints.push(format!("some similar {what}s exist: {}", quoted(many))),
        }
    }
    if let Some(ContextValue::StyledStrs(tips)) = e.get(ContextKind::Suggested) {
        // A tip is a sentence clap composed for this error; its plain text.
        hints.extend(tips.iter().map(ToString::to_string));
    }
    hints
}

/// The subcommand the command line names (`zego-token profile add`), read
/// off the command tree: options and their values are skipped, and the
/// walk stops at the first word that is not a subcommand.
fn subcommand_path(cmd: &Command, argv: &[OsString]) -> String {
    let mut cmd = cmd.clone();
    // Global options (`--profile NAME`) become known to every subcommand.
    cmd.build();
    let mut path = vec![cmd.get_name().to_owned()];
    let mut current = &cmd;
    let mut words = argv.iter().skip(1).filter_map(|w| w.to_str());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        if let Some(option) = word.strip_prefix('-').filter(|o| !o.is_empty()) {
            if takes_separate_value(current, option) {
                words.next();
            }
            continue;
        }
        match current.find_subcommand(word) {
            Some(sub) => {
                path.push(sub.get_name().to_owned());
                current = sub;
            }
            None => break,
        }
    }
    path.join(" ")
}

/// Whether `option` (`-x` or `--long` without its dash) takes the next word
/// as its value.
fn takes_separate_value(cmd: &Command, option: &str) -> bool {
    let arg = match option.strip_prefix('-') {
        Some(long) if long.contains('=') => return false,
        Some(long) => cmd.get_arguments().find(|a| a.get_long() == Some(long)),
        // `-x VALUE`, but not `-xVALUE` or a cluster of flags.
        None if option.chars().count() == 1 => {
            let short = option.chars().next();
            cmd.get_arguments().find(|a| a.get_short() == short)
        }
        None => None,
    };
    arg.is_some_and(|a| a.get_action().takes_values())
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory as _;
    use clap::Parser as _;

    use super::*;
    use crate::args::Cli;

    /// The worded error for a command line, as `main` prints it.
    fn worded(line: &[&str]) -> (String, String) {
        let argv: Vec<OsString> = std::iter::once("zego-token")
            .chain(line.iter().copied())
            .map(OsString::from)
            .collect();
        let e = Cli::try_parse_from(&argv).expect_err("a usage error");
        let usage = reword(&e, &Cli::command(), &argv);
        (usage.message, usage.hints.join("; "))
    }

    #[test]
    fn missing_arguments_name_the_subcommand() {
        assert_eq!(
            worded(&["generate", "--app-id", "1"]),
            (
                "the following required arguments were not provided: --user-id <ID>".to_owned(),
                "see 'zego-token generate --help'".to_owned()
            )
        );
        assert_eq!(
            worded(&["--profile", "dev", "profile", "add"]).1,
            "see 'zego-token profile add --help'"
        );
    }

    #[test]
    fn values_list_what_is_possible_and_name_the_subcommand() {
        let (message, hint) = worded(&["sign", "--region", "moon"]);
        assert_eq!(
            message,
            "invalid value 'moon' for '--region <REGION>' \
             [possible values: sha, hkg, fra, lax, bom, sgp]"
        );
        assert_eq!(hint, "see 'zego-token sign --help'");
        let (message, hint) = worded(&["verify", "--require", "lgin", "t"]);
        assert!(message.starts_with("invalid value 'lgin' for '--require <PRIVILEGE>'"));
        assert_eq!(
            hint,
            "a similar value exists: 'login'; see 'zego-token verify --help'"
        );
    }

    #[test]
    fn validation_errors_carry_the_reason() {
        let (message, _) = worded(&["generate", "--app-id", "x", "--user-id", "a"]);
        assert_eq!(
            message,
            "invalid value 'x' for '--app-id <N>': invalid digit found in string"
        );
    }

    #[test]
    fn unknown_words_get_the_similar_one() {
        assert_eq!(
            worded(&["profile", "ad"]),
            (
                "unrecognized subcommand 'ad'".to_owned(),
                "a similar subcommand exists: 'add'; see 'zego-token profile --help'".to_owned()
            )
        );
        let (message, hint) = worded(&["generate", "--modee", "gcm", "--user-id", "a"]);
        assert_eq!(message, "unexpected argument '--modee' found");
        assert_eq!(
            hint,
            "a similar argument exists: '--mode'; see 'zego-token generate --help'"
        );
    }

    #[test]
    fn conflicts_name_both_arguments() {
        let (message, _) = worded(&["verify", "--quiet", "--json", "t"]);
        assert_eq!(
            message,
            "the argument '--quiet' cannot be used with '--json'"
        );
    }

    #[test]
    fn option_values_are_not_taken_for_subcommands() {
        // `--color never` and `--profile generate`: values, not subcommands.
        assert_eq!(
            worded(&["--color", "never", "--profile", "generate", "explain"]).1,
            "see 'zego-token explain --help'"
        );
        assert_eq!(
            worded(&["generat"]).1,
            "a similar subcommand exists: 'generate'; see 'zego-token --help'"
        );
    }
}
