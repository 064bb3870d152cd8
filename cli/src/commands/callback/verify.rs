//! `zego-token callback verify`: whether a callback body's signature is
//! the CallbackSecret's, which convention it follows, and how old it is.

use std::io::Write;
use std::path::Path;

use anyhow::Context as _;
use colored::Colorize;
use zego_token::signature::{
    BodyFormat, CallbackCheck, CallbackConvention, CallbackFailure, CallbackFields, CallbackSecret,
    Spelling, TimestampUnit, check_callback, verify_callback,
};

use crate::exit::{Exit, UserError};
use crate::input;
use crate::settings::callback::{Body, VerifyCallback};
use crate::settings::credentials;
use crate::settings::profile::Selected;
use crate::settings::secret::Source;
use crate::views::json::signature as json;
use crate::views::render::{self, sanitize, span};

/// The largest callback body read.
const MAX_BODY: u64 = 1024 * 1024;

/// Label column width.
const W: usize = 10;

pub(super) fn run(
    source: &Source<CallbackSecret>,
    profile: Option<&Selected>,
    job: VerifyCallback,
    out: &mut impl Write,
) -> anyhow::Result<Exit> {
    let body = match &job.body {
        Body::Text(text) => text.clone(),
        Body::File(path) => read_file(path)?,
        Body::Stdin => read_stdin(source.reads_stdin())?,
    };
    let secret = source.required(profile)?;
    let check = check_callback(&secret.secret, &body, job.max_age, job.now);
    let exit = Exit::worst_of(check.failures.iter().map(|f| f.class()));
    if job.quiet {
        return Ok(exit);
    }
    let failures: Vec<json::Failure> = check
        .failures
        .iter()
        .map(|f| failure_json(f, &check, &secret.origin, profile))
        .collect();
    let fields = check.fields.as_ref();
    if job.json {
        let view = json::CallbackCheck {
            valid: check.is_valid(),
            failures,
            format: fields.map(|f| format_name(f.format)),
            spelling: fields.map(|f| spelling_name(f.spelling)),
            timestamp: fields.map(|f| f.timestamp.as_str()),
            nonce: fields.map(|f| f.nonce.as_str()),
            secret_source: &secret.origin,
            convention: check.convention.map(CallbackConvention::name),
            unit: check.unit.map(unit_name),
        };
        return crate::commands::batch::json_verdict(out, &view, exit);
    }
    if check.is_valid() {
        writeln!(
            out,
            "{}  signed with the CallbackSecret from {}",
            "✓ valid".green().bold(),
            secret.origin
        )?;
    } else {
        render::invalid_heading(out, failures.len())?;
        for (failure, shown) in check.failures.iter().zip(&failures) {
            let label = format!("{:<W$}", label(failure));
            writeln!(out, "  {} {}", label.red(), sanitize(&shown.message))?;
            if let Some(hint) = &shown.hint {
                writeln!(out, "  {:<W$} hint: {}", "", sanitize(hint))?;
            }
        }
    }
    if let Some(fields) = fields {
        write_fields(out, fields, &check)?;
    }
    Ok(exit)
}

/// What the body holds: its encoding, its convention and its values.
fn write_fields(
    out: &mut impl Write,
    fields: &CallbackFields,
    check: &CallbackCheck,
) -> std::io::Result<()> {
    let names = match fields.spelling {
        Spelling::Lower => "signature, timestamp, nonce",
        Spelling::Capitalized => "Signature, Timestamp, Nonce",
        _ => "signature fields in mixed spelling",
    };
    let format = match fields.format {
        BodyFormat::Form => "form-encoded",
        BodyFormat::UrlEncodedJson => "URL-encoded JSON",
        _ => "JSON",
    };
    let convention = match check.convention {
        Some(CallbackConvention::Standard) => " (RTC, ZIM, cloud recording convention)",
        Some(CallbackConvention::AiProduct) => " (AI products' convention)",
        _ => "",
    };
    writeln!(out, "  {:<W$} {format}, {names}{convention}", "body")?;
    let unit = match check.unit {
        Some(TimestampUnit::Milliseconds) => " (milliseconds)",
        Some(TimestampUnit::Seconds) => " (seconds)",
        _ => "",
    };
    writeln!(
        out,
        "  {:<W$} {}{unit}",
        "timestamp",
        sanitize(&fields.timestamp)
    )?;
    writeln!(out, "  {:<W$} {}", "nonce", sanitize(&fields.nonce))?;
    if check.unit_unexpected() {
        let note = match check.unit {
            Some(TimestampUnit::Seconds) => {
                "the timestamp is in seconds, though the AI products' docs say milliseconds (Digital Human's example shows seconds too)"
            }
            _ => "the timestamp is in milliseconds, though this convention's docs say seconds",
        };
        writeln!(out, "  {:<W$} {note}", "note".yellow())?;
    }
    Ok(())
}

fn label(failure: &CallbackFailure) -> &'static str {
    match failure {
        CallbackFailure::SignatureMismatch { .. } => "signature",
        CallbackFailure::TimestampMalformed { .. } | CallbackFailure::Stale { .. } => "timestamp",
        _ => "body",
    }
}

fn failure_json(
    failure: &CallbackFailure,
    check: &CallbackCheck,
    origin: &str,
    profile: Option<&Selected>,
) -> json::Failure {
    let (message, hint) = match failure {
        CallbackFailure::NoSignature(e) => (
            e.to_string(),
            Some("pass the body exactly as ZEGO posted it: JSON, form- or URL-encoded, with signature, timestamp and nonce (or Signature, Timestamp, Nonce)".to_owned()),
        ),
        CallbackFailure::SignatureMismatch { uppercase } => (
            format!("the signature does not match the CallbackSecret from {origin}"),
            Some(mismatch_hint(*uppercase, check.fields.as_ref(), profile)),
        ),
        CallbackFailure::Stale { age, max_age } => {
            let unit = match check.unit {
                Some(TimestampUnit::Milliseconds) => " (milliseconds)",
                _ => "",
            };
            let when = if *age >= 0 { "old" } else { "in the future" };
            let timestamp = check.fields.as_ref().map_or("", |f| f.timestamp.as_str());
            (
                format!(
                    "the timestamp {timestamp}{unit} is {} {when}; --max-age allows {}",
                    span(u128::from(age.unsigned_abs() / 1000)),
                    span(u128::from(max_age.unsigned_abs()))
                ),
                Some("ZEGO retries failed deliveries; a replayed or delayed callback is older".to_owned()),
            )
        }
        other => (other.to_string(), None),
    };
    json::Failure {
        kind: failure.kind(),
        class: failure.class().as_str(),
        message,
        api_codes: &[],
        hint,
        causes: None,
    }
}

/// Why the signature may not match: uppercase hex, the ServerSecret (some
/// products sign with it), or the body or secret not being the ones meant.
fn mismatch_hint(
    uppercase: bool,
    fields: Option<&CallbackFields>,
    profile: Option<&Selected>,
) -> String {
    if uppercase {
        return "the signature is right but in uppercase hex; ZEGO sends lowercase".to_owned();
    }
    let server = credentials::ambient_secret(profile);
    if let (Some((secret, origin)), Some(fields)) = (server, fields)
        && verify_callback(&CallbackSecret::from(&secret), fields)
    {
        return format!(
            "it matches the ServerSecret from {origin}: this product signs callbacks with the ServerSecret; pass that as the CallbackSecret"
        );
    }
    "the values are hashed exactly as sent: is this the body as posted, and the project's CallbackSecret (not the ServerSecret or AppSign)?".to_owned()
}

fn read_file(path: &Path) -> anyhow::Result<String> {
    let shown = render::path(path);
    let meta = std::fs::metadata(path).map_err(|e| {
        UserError::new(
            Exit::Other,
            format!("cannot read the callback body file {shown}: {e}"),
        )
        .hint("pass the body itself (JSON starts with '{', form fields hold '='), a file that holds it, or pipe it in")
    })?;
    if meta.len() > MAX_BODY {
        return Err(UserError::usage(format!(
            "{shown} is over {} KiB: no callback body is this long",
            MAX_BODY / 1024
        ))
        .hint("pass the file that holds only the body")
        .into());
    }
    let bytes = std::fs::read(path)
        .with_context(|| format!("cannot read the callback body file {shown}"))?;
    utf8(bytes, &shown)
}

fn read_stdin(secret_from_stdin: bool) -> anyhow::Result<String> {
    if secret_from_stdin {
        return Err(UserError::usage(
            "the callback body and the CallbackSecret cannot both come from stdin",
        )
        .hint("pass the body or its file as an argument, or the secret with --callback-secret-file PATH")
        .into());
    }
    let bytes = input::piped(
        "callback body",
        MAX_BODY,
        "pass the body or its file as an argument, or pipe it in: zego-token callback verify < body.json",
    )?;
    utf8(bytes, "stdin")
}

/// Never read lossily: a byte turned into U+FFFD is not what was signed.
fn utf8(bytes: Vec<u8>, place: &str) -> anyhow::Result<String> {
    String::from_utf8(bytes).map_err(|e| {
        UserError::new(
            Exit::Malformed,
            format!(
                "the callback body in {place} is not UTF-8 (byte {} is not)",
                e.utf8_error().valid_up_to()
            ),
        )
        .hint("pass the body exactly as ZEGO posted it")
        .into()
    })
}

fn format_name(format: BodyFormat) -> &'static str {
    match format {
        BodyFormat::Form => "form",
        BodyFormat::UrlEncodedJson => "url_encoded_json",
        _ => "json",
    }
}

fn spelling_name(spelling: Spelling) -> &'static str {
    match spelling {
        Spelling::Lower => "lower",
        Spelling::Capitalized => "capitalized",
        _ => "mixed",
    }
}

fn unit_name(unit: TimestampUnit) -> &'static str {
    match unit {
        TimestampUnit::Milliseconds => "milliseconds",
        _ => "seconds",
    }
}
