//! `zego-token sign --check URL`: every reason ZEGO would reject a signed
//! request, with its return codes, worded for people or as JSON.

use std::borrow::Cow;
use std::io::Write;

use anyhow::Context as _;
use colored::Colorize;
use zego_token::signature::{
    Cause, MAX_SKEW, Param, RequestCheck, RequestFailure, check_request, lookup_api_code,
};

use crate::exit::{Exit, UserError};
use crate::input;
use crate::settings::credentials::Credentials;
use crate::settings::{checked_nonce, time};
use crate::views::json::signature as json;
use crate::views::render::{self, relative, sanitize};

/// The longest URL read from stdin.
const MAX_URL: u64 = 64 * 1024;

/// Label column width: `SignatureVersion`.
const W: usize = 16;

/// `sign --check`, resolved.
pub(super) struct Check {
    pub(super) url: String,
    pub(super) expected: Option<u32>,
    pub(super) now: i64,
    /// Whether `--now` gave the time.
    pub(super) now_given: bool,
    pub(super) quiet: bool,
    pub(super) json: bool,
}

pub(super) fn run(
    credentials: &Credentials,
    settings: Check,
    out: &mut impl Write,
) -> anyhow::Result<Exit> {
    let Check {
        url,
        expected,
        now,
        now_given,
        quiet,
        json,
    } = settings;
    let url = if url == "-" {
        if credentials.secret_from_stdin() {
            return Err(UserError::usage(
                "the URL and the ServerSecret cannot both come from stdin",
            )
            .hint("pass the URL as an argument, or the secret with --secret-file PATH")
            .into());
        }
        read_stdin()?
    } else {
        url
    };
    let secret = credentials.required_secret()?;
    let origin = credentials.secret_origin();
    let check = check_request(&url, &secret, expected, now);
    let exit = Exit::worst_of(check.failures.iter().map(|f| f.class()));
    if quiet {
        return Ok(exit);
    }
    let clock = if now_given { "--now" } else { "now" };
    if json {
        let view = json::RequestCheck {
            valid: check.is_valid(),
            failures: check
                .failures
                .iter()
                .map(|f| failure_json(f, &check, clock))
                .collect(),
            notes: check.notes.iter().map(ToString::to_string).collect(),
            action: check.action.as_deref(),
            app_id: check.app_id,
            timestamp: check.timestamp,
            secret_source: &origin,
        };
        return crate::commands::batch::json_verdict(out, &view, exit);
    }
    write_human(out, &check, &origin, now, clock)?;
    Ok(exit)
}

fn read_stdin() -> anyhow::Result<String> {
    let bytes = input::piped(
        "URL",
        MAX_URL,
        "pass the URL as an argument (quote it for the shell) or pipe it in",
    )?;
    String::from_utf8(bytes).context("cannot read the URL from stdin: it is not UTF-8")
}

fn write_human(
    out: &mut impl Write,
    check: &RequestCheck,
    origin: &str,
    now: i64,
    clock: &str,
) -> std::io::Result<()> {
    if check.is_valid() {
        let timestamp = check.timestamp.unwrap_or(now);
        let signed = if timestamp > now {
            format!(
                "timestamp {} ahead of {clock}",
                exact(timestamp.abs_diff(now))
            )
        } else {
            format!("signed {}", relative(timestamp, now))
        };
        writeln!(
            out,
            "{}  {} for app {}, {signed}; ZEGO accepts it for {} more",
            "✓ valid".green().bold(),
            sanitize(check.action.as_deref().unwrap_or("request")),
            check.app_id.unwrap_or_default(),
            exact((timestamp + MAX_SKEW - now).max(0).unsigned_abs()),
        )?;
        writeln!(out, "  {:<W$} ServerSecret from {origin}", "checked with")?;
    } else {
        render::invalid_heading(out, check.failures.len())?;
        for failure in &check.failures {
            writeln!(
                out,
                "  {} {}",
                format!("{:<W$}", label(failure)).red(),
                sanitize(&detail(failure, origin, clock))
            )?;
            if let RequestFailure::SignatureMismatch { causes } = failure {
                for cause in causes {
                    let tag = match cause {
                        Cause::OtherSecret => "likely:",
                        c if c.confirmed() => "cause:",
                        _ => "maybe:",
                    };
                    writeln!(out, "  {:<W$} {tag} {}", "", sanitize(&cause.to_string()))?;
                }
            }
            for code in failure.api_codes() {
                if let Some(entry) = lookup_api_code(*code) {
                    writeln!(out, "  {:<W$} → server API {entry}", "")?;
                }
            }
            if let Some(hint) = hint(failure, check) {
                // Whole: it may end in a command to run.
                writeln!(
                    out,
                    "  {:<W$} {}",
                    "",
                    render::escape(&format!("hint: {hint}"))
                )?;
            }
        }
    }
    for note in &check.notes {
        writeln!(
            out,
            "  {:<W$} {}",
            "note".yellow(),
            sanitize(&note.to_string())
        )?;
    }
    Ok(())
}

/// The column a failure is shown under: the parameter it is about.
fn label(failure: &RequestFailure) -> &'static str {
    match failure {
        RequestFailure::NoQuery => "URL",
        RequestFailure::Missing { param, .. }
        | RequestFailure::Empty { param }
        | RequestFailure::Repeated { param, .. }
        | RequestFailure::NotUtf8 { param } => param.name(),
        RequestFailure::AppIdMalformed { .. } | RequestFailure::AppIdMismatch { .. } => "AppId",
        RequestFailure::TimestampMalformed { .. }
        | RequestFailure::TimestampMilliseconds { .. }
        | RequestFailure::Stale { .. } => "Timestamp",
        RequestFailure::SignatureMalformed { .. } | RequestFailure::SignatureMismatch { .. } => {
            "Signature"
        }
        RequestFailure::VersionUnsupported { .. } => "SignatureVersion",
        _ => "request",
    }
}

/// One sentence for the failure, in this tool's words.
fn detail(failure: &RequestFailure, origin: &str, clock: &str) -> String {
    match failure {
        RequestFailure::SignatureMismatch { .. } => {
            format!("does not match the ServerSecret from {origin}")
        }
        RequestFailure::Stale { timestamp, now } => format!(
            "{timestamp} is {} {} {clock}; ZEGO allows {}",
            exact(timestamp.abs_diff(*now)),
            if timestamp < now {
                "behind"
            } else {
                "ahead of"
            },
            exact(MAX_SKEW.unsigned_abs()),
        ),
        // Without the parameter's name, which the label in front says.
        other => {
            let message = other.to_string();
            match message.strip_prefix(label(other)) {
                Some(rest) => rest.trim_start().to_owned(),
                None => message,
            }
        }
    }
}

/// The next step for a failure, where there is a useful one.
fn hint(failure: &RequestFailure, check: &RequestCheck) -> Option<String> {
    Some(match failure {
        RequestFailure::NoQuery => "pass the whole request URL, query string included".to_owned(),
        RequestFailure::Missing {
            param: Param::Action,
            ..
        } => "add Action=NAME, the API to call".to_owned(),
        RequestFailure::Missing { param, .. } | RequestFailure::Empty { param } => format!(
            "add {param}: zego-token sign --action NAME prints a complete request"
        ),
        RequestFailure::Repeated { param, .. } => format!("send {param} once"),
        RequestFailure::NotUtf8 { param } => {
            format!("percent-encode {param} from its UTF-8 bytes, as it was signed")
        }
        RequestFailure::TimestampMalformed { .. } => {
            "send the unix time in whole seconds, the value that was signed".to_owned()
        }
        RequestFailure::SignatureMalformed { .. } => {
            "the Signature is hex(md5(AppId + SignatureNonce + ServerSecret + Timestamp)), 32 lowercase hex characters".to_owned()
        }
        RequestFailure::VersionUnsupported { .. } => "send SignatureVersion=2.0".to_owned(),
        RequestFailure::TimestampMilliseconds { timestamp, .. } => format!(
            "sign and send the unix time in seconds ({}), not milliseconds: Date.now() / 1000, rounded down",
            timestamp / 1000
        ),
        RequestFailure::AppIdMismatch { expected, .. } => format!(
            "this ServerSecret was taken for AppID {expected}: choose the app's profile, or pass its --app-id and secret"
        ),
        RequestFailure::SignatureMismatch { causes } => {
            let compare = compare_command(check)?;
            if causes.iter().any(Cause::confirmed) {
                format!("the signature of the request as written: {compare}")
            } else {
                format!("compare with what this secret makes: {compare}")
            }
        }
        RequestFailure::Stale { .. } => {
            "sign each request afresh, and check the clock of the machine that signed it".to_owned()
        }
        _ => return None,
    })
}

/// `zego-token sign --app-id A --nonce N --now T` for the request's values;
/// `None` when `sign` would refuse them (a nonce with control characters,
/// a time past 9999) or they cannot be shown as typed: a command printed
/// runs as printed.
fn compare_command(check: &RequestCheck) -> Option<String> {
    let nonce = check.nonce.as_deref()?;
    let timestamp = check.timestamp?;
    checked_nonce(nonce).ok()?;
    time::parse_time(&timestamp.to_string()).ok()?;
    // `--nonce=-rf`: a value that starts with '-' is not read as an option.
    let flag = if nonce.starts_with('-') {
        "--nonce="
    } else {
        "--nonce "
    };
    let command = format!(
        "zego-token sign --app-id {} {flag}{} --now {timestamp}",
        check.app_id?,
        shell_quoted(nonce),
    );
    matches!(render::escape(&command), Cow::Borrowed(_)).then_some(command)
}

/// A word as a POSIX shell reads it back.
fn shell_quoted(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'/'));
    if plain {
        word.to_owned()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

fn failure_json(failure: &RequestFailure, check: &RequestCheck, clock: &str) -> json::Failure {
    let causes = match failure {
        RequestFailure::SignatureMismatch { causes } => Some(
            causes
                .iter()
                .map(|c| json::Cause {
                    confirmed: c.confirmed(),
                    message: c.to_string(),
                })
                .collect(),
        ),
        _ => None,
    };
    json::Failure {
        kind: failure.kind(),
        class: failure.class().as_str(),
        message: match failure {
            RequestFailure::Stale { .. } => detail(failure, "", clock),
            other => other.to_string(),
        },
        api_codes: failure.api_codes(),
        hint: hint(failure, check),
        causes,
    }
}

/// A length of time to the second: "45 s", "16 min 40 s", "2 h 5 min", "3 d 4 h".
fn exact(secs: u64) -> String {
    let (d, h, m, s) = (secs / 86_400, secs / 3600 % 24, secs / 60 % 60, secs % 60);
    let pair = |big: u64, big_unit: &str, small: u64, small_unit: &str| {
        if small == 0 {
            format!("{big} {big_unit}")
        } else {
            format!("{big} {big_unit} {small} {small_unit}")
        }
    };
    match secs {
        0..60 => format!("{s} s"),
        60..3600 => pair(m, "min", s, "s"),
        3600..86_400 => pair(secs / 3600, "h", m, "min"),
        _ => pair(d, "d", h, "h"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_spans() {
        assert_eq!(exact(0), "0 s");
        assert_eq!(exact(45), "45 s");
        assert_eq!(exact(600), "10 min");
        assert_eq!(exact(1000), "16 min 40 s");
        assert_eq!(exact(7500), "2 h 5 min");
        assert_eq!(exact(3 * 86_400 + 4 * 3600 + 5), "3 d 4 h");
    }

    #[test]
    fn quoting() {
        assert_eq!(shell_quoted("4fd24687296dd9f3"), "4fd24687296dd9f3");
        assert_eq!(shell_quoted("a b"), "'a b'");
        assert_eq!(shell_quoted("it's"), r"'it'\''s'");
    }
}
