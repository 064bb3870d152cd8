//! clap's usage errors in this tool's shape: one `error:` line and one
//! hint line, built from the error's kind and context (the values clap
//! found), never from its rendered text, whose wording clap may change.

use std::ffi::OsString;

use clap::error::{ContextKind, ContextValue, Error, ErrorKind};
use clap::{Arg, Command};

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

/// The context value of `kind`, if clap gave it as one string.
fn text(e: &Error, kind: ContextKind) -> Option<&str> {
    match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s),
        _ => None,
    }
}

/// The context value of `kind`, if clap gave it as a list.
fn texts(e: &Error, kind: ContextKind) -> Option<&[String]> {
    match e.get(kind) {
        Some(ContextValue::Strings(list)) => Some(list),
        _ => None,
    }
}

/// The context value of `kind`, if clap gave it as a number.
fn number(e: &Error, kind: ContextKind) -> Option<isize> {
    match e.get(kind) {
        Some(ContextValue::Number(n)) => Some(*n),
        _ => None,
    }
}

/// `'a', 'b'`, as clap lists suggestions.
fn quoted(list: &[String]) -> String {
    list.iter()
        .map(|s| format!("'{s}'"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The verb for `n` values, as clap words it.
fn were(n: isize) -> &'static str {
    if n > 1 { "were" } else { "was" }
}

/// ` [NAME: a, b]`, as clap lists possible values, or nothing for none.
fn listed(name: &str, values: Option<&[String]>) -> String {
    match values {
        Some(values) if !values.is_empty() => {
            // clap quotes a value that is empty or holds a space.
            let shown: Vec<String> = values
                .iter()
                .map(|v| {
                    if v.is_empty() || v.contains(char::is_whitespace) {
                        format!("{v:?}")
                    } else {
                        v.clone()
                    }
                })
                .collect();
            format!(" [{name}: {}]", shown.join(", "))
        }
        _ => String::new(),
    }
}

/// The one-line message for the error's kind.
fn message(e: &Error) -> String {
    let arg = text(e, ContextKind::InvalidArg);
    let value = text(e, ContextKind::InvalidValue);
    let worded = match e.kind() {
        ErrorKind::InvalidValue => value.zip(arg).map(|(value, arg)| {
            let valid = listed("possible values", texts(e, ContextKind::ValidValue));
            if value.is_empty() {
                format!("a value is required for '{arg}' but none was supplied{valid}")
            } else {
                format!("invalid value '{value}' for '{arg}'{valid}")
            }
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
        ErrorKind::MissingSubcommand => text(e, ContextKind::InvalidSubcommand).map(|sub| {
            let valid = listed("subcommands", texts(e, ContextKind::ValidSubcommand));
            format!("'{sub}' requires a subcommand but one was not provided{valid}")
        }),
        ErrorKind::ArgumentConflict => match (arg, text(e, ContextKind::InvalidSubcommand)) {
            (Some(arg), _) => Some(conflict(e, &format!("argument '{arg}'"), arg)),
            (None, Some(sub)) => Some(conflict(e, &format!("subcommand '{sub}'"), sub)),
            (None, None) => None,
        },
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

/// "the argument '--a' cannot be used with '--b'" and its variants;
/// `subject` is "argument '--a'" (or a subcommand), `name` its name.
fn conflict(e: &Error, subject: &str, name: &str) -> String {
    match e.get(ContextKind::PriorArg) {
        Some(ContextValue::String(prior)) if prior == name => {
            format!("the {subject} cannot be used multiple times")
        }
        Some(ContextValue::String(prior)) => format!("the {subject} cannot be used with '{prior}'"),
        Some(ContextValue::Strings(prior)) => {
            format!("the {subject} cannot be used with: {}", prior.join(" "))
        }
        _ => format!(
            "the {subject} cannot be used with one or more of the other specified arguments"
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
/// off the command tree as clap reads it: options and their values are
/// skipped, and the walk stops where clap stopped (an option unknown
/// there) or at the first word that is not a subcommand whose `--help`
/// works.
fn subcommand_path(cmd: &Command, argv: &[OsString]) -> String {
    let mut cmd = cmd.clone();
    // Global options (`--profile NAME`) become known to every subcommand.
    cmd.build();
    let mut path = vec![cmd.get_name().to_owned()];
    let mut current = &cmd;
    // A word that is not UTF-8 still counts (as an option's value, say);
    // lossily read, it names no subcommand.
    let mut words = argv.iter().skip(1).map(|w| w.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        if let Some(option) = word.strip_prefix('-').filter(|o| !o.is_empty()) {
            match takes_next_word(current, option) {
                Some(true) => {
                    words.next();
                }
                Some(false) => {}
                None => break,
            }
            continue;
        }
        match current.find_subcommand(word.as_ref()) {
            // clap's own `help` subcommand has no `--help` to point to.
            Some(sub) if !sub.is_disable_help_flag_set() => {
                path.push(sub.get_name().to_owned());
                current = sub;
            }
            _ => break,
        }
    }
    path.join(" ")
}

/// Whether `option` (`-x`, `-qx` or `--long`, without its first dash)
/// takes the next word as its value; `None` if `cmd` does not know it.
fn takes_next_word(cmd: &Command, option: &str) -> Option<bool> {
    let separate = |a: &Arg| a.get_action().takes_values() && !a.is_require_equals_set();
    if let Some(long) = option.strip_prefix('-') {
        let (name, inline) = long
            .split_once('=')
            .map_or((long, false), |(n, _)| (n, true));
        let arg = cmd.get_arguments().find(|a| {
            a.get_long() == Some(name) || a.get_all_aliases().is_some_and(|all| all.contains(&name))
        })?;
        return Some(!inline && separate(arg));
    }
    // Flags, then perhaps one option: its value is the rest of this word
    // (`-xVALUE`) or, if none is left, the next one.
    for (at, short) in option.char_indices() {
        let arg = cmd.get_arguments().find(|a| {
            a.get_short() == Some(short)
                || a.get_all_short_aliases()
                    .is_some_and(|all| all.contains(&short))
        })?;
        if arg.get_action().takes_values() {
            return Some(at + short.len_utf8() == option.len() && separate(arg));
        }
    }
    Some(false)
}

#[cfg(test)]
mod tests;
