//! `zego-token cdn check URL`: every reason a CDN would refuse a signed
//! URL (it answers 403 and says no more), for people or as JSON.

use std::io::Write;

use anyhow::Context as _;
use colored::Colorize;
use zego_token::signature::cdn::{self, CdnCause, CdnCheck, CdnFailure, CdnKey, CdnUse};

use crate::exit::{Exit, UserError};
use crate::input;
use crate::settings::cdn::CdnCheck as Job;
use crate::settings::secret::Source;
use crate::views::json::{cdn as json, signature::Cause};
use crate::views::render::{self, relative, sanitize};

/// The longest URL read from stdin.
const MAX_URL: u64 = 64 * 1024;

/// Label column width: `wsABStime`.
const W: usize = 10;

pub(super) fn run(key: &Source<CdnKey>, job: Job, out: &mut impl Write) -> anyhow::Result<Exit> {
    let url = if job.url == "-" {
        if key.reads_stdin() {
            return Err(
                UserError::usage("the URL and the CDN key cannot both come from stdin")
                    .hint("pass the URL as an argument, or the key with --key-file PATH")
                    .into(),
            );
        }
        let bytes = input::piped(
            "URL",
            MAX_URL,
            "pass the URL as an argument (quote it for the shell) or pipe it in",
        )?;
        String::from_utf8(bytes).context("cannot read the URL from stdin: it is not UTF-8")?
    } else {
        job.url
    };
    let found = key.required(None)?;
    let check = cdn::check(url.trim(), &found.secret, job.now);
    let exit = Exit::worst_of(check.failures.iter().map(|f| f.class()));
    if job.quiet {
        return Ok(exit);
    }
    let clock = if job.now_given { "--now" } else { "now" };
    let failures: Vec<json::Failure> = check
        .failures
        .iter()
        .map(|f| failure_json(f, &check, clock))
        .collect();
    if job.json {
        let view = json::CdnCheck {
            valid: check.is_valid(),
            failures,
            notes: check.notes.iter().map(ToString::to_string).collect(),
            cdn: check.cdn.map(|c| c.name()),
            usage: check.usage.map(CdnUse::name),
            signed_name: check.signed_name.as_deref(),
            time: check.time,
            key_source: &found.origin,
        };
        return crate::commands::batch::json_verdict(out, &view, exit);
    }
    if check.is_valid() {
        let what = match (check.cdn, check.usage) {
            (Some(cdn), Some(usage)) => format!("{cdn} {usage} URL"),
            _ => "URL".to_owned(),
        };
        let until = match check.time {
            Some(time) if check.notes.is_empty() => {
                format!(", expires {}", relative(time, job.now))
            }
            Some(time) => format!(", signed {}", relative(time, job.now)),
            None => String::new(),
        };
        writeln!(
            out,
            "{}  {what} for {}{until}",
            "✓ valid".green().bold(),
            sanitize(check.signed_name.as_deref().unwrap_or("?")),
        )?;
        writeln!(out, "  {:<W$} the CDN key from {}", "checked", found.origin)?;
    } else {
        render::invalid_heading(out, failures.len())?;
        for (failure, shown) in check.failures.iter().zip(&failures) {
            let label = format!("{:<W$}", label(failure));
            writeln!(out, "  {} {}", label.red(), sanitize(&shown.message))?;
            for cause in shown.causes.iter().flatten() {
                let tag = if cause.confirmed { "cause:" } else { "likely:" };
                writeln!(out, "  {:<W$} {tag} {}", "", sanitize(&cause.message))?;
            }
            if let Some(hint) = &shown.hint {
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
        writeln!(out, "  {:<W$} {note}", "note".yellow())?;
    }
    Ok(exit)
}

/// The column a failure is shown under: the parameter it is about.
fn label(failure: &CdnFailure) -> &'static str {
    match failure {
        CdnFailure::Missing { param, .. }
        | CdnFailure::Empty { param }
        | CdnFailure::Repeated { param, .. }
        | CdnFailure::TimeMalformed { param, .. }
        | CdnFailure::TimeCase { param, .. }
        | CdnFailure::TimeDecimal { param, .. }
        | CdnFailure::SignatureMalformed { param, .. } => param,
        CdnFailure::SignatureMismatch { .. } => "signature",
        CdnFailure::Expired { .. } => "expiry",
        CdnFailure::KeyInUrl => "key",
        _ => "URL",
    }
}

fn failure_json(failure: &CdnFailure, check: &CdnCheck, clock: &str) -> json::Failure {
    let message = match failure {
        CdnFailure::Expired { expire_at, now, .. } => format!(
            "the URL expired {} ({clock}: {})",
            relative(*expire_at, *now),
            render::local_time(*now)
        ),
        other => other.to_string(),
    };
    let causes = match failure {
        CdnFailure::SignatureMismatch { causes } => Some(
            causes
                .iter()
                .map(|c| Cause {
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
        message,
        hint: hint(failure, check),
        causes,
    }
}

/// The next step for a failure.
fn hint(failure: &CdnFailure, check: &CdnCheck) -> Option<String> {
    Some(match failure {
        CdnFailure::MalformedUrl { .. } => {
            "pass the whole URL, e.g. rtmp://push-tencent1.zego.im/live/123?txSecret=...&txTime=..."
                .to_owned()
        }
        CdnFailure::NoAuth => {
            "sign it: zego-token cdn sign --cdn tencent --stream ID --ttl 2h --url".to_owned()
        }
        CdnFailure::Missing { param, .. } | CdnFailure::Empty { param } => {
            format!("add {param}: zego-token cdn sign prints every parameter the CDN wants")
        }
        CdnFailure::Repeated { param, .. } => format!("send {param} once"),
        CdnFailure::TimeMalformed { .. } | CdnFailure::TimeDecimal { .. } => {
            "write the time as unix seconds in hex (printf '%x' 1546064025 gives 5c271099), and sign that text".to_owned()
        }
        CdnFailure::TimeCase { uppercase, .. } => format!(
            "write the time in {} hex, and sign it as written",
            if *uppercase { "uppercase" } else { "lowercase" }
        ),
        CdnFailure::SignatureMalformed { .. } => {
            "the signature is the CDN's lowercase hex digest: md5 (32 characters) for Tencent and Wangsu, sha256 (64) for Huawei".to_owned()
        }
        CdnFailure::SignatureMismatch { causes } => match compare_command(check) {
            Some(command) if causes.iter().any(CdnCause::confirmed) => {
                format!("sign it as the CDN does: {command}")
            }
            Some(command) => format!(
                "check the key for this CDN in the console (ZEGO CDN), then compare: {command}"
            ),
            None => "check the key for this CDN in the console (ZEGO CDN)".to_owned(),
        },
        CdnFailure::Expired { .. } => {
            "sign a new URL with a later --expire-at; the CDN compares with its own clock"
                .to_owned()
        }
        CdnFailure::KeyInUrl => {
            "take the key out of the URL and change it in the console (ZEGO CDN): whoever saw this URL can sign any stream".to_owned()
        }
        _ => return None,
    })
}

/// `zego-token cdn sign …` for a stream URL's values, when they can be
/// shown as typed (a command printed runs as printed).
fn compare_command(check: &CdnCheck) -> Option<String> {
    let (cdn, usage, time) = (check.cdn?, check.usage?, check.time?);
    if !usage.is_stream() {
        return None;
    }
    let name = check.signed_name.as_deref()?;
    let stream = name.strip_prefix("/live/").unwrap_or(name);
    let plain = !stream.is_empty()
        && stream
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~'));
    plain.then(|| {
        format!(
            "zego-token cdn sign --cdn {cdn} --use {usage} --stream {stream} --expire-at {time}"
        )
    })
}
