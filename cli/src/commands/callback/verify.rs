//! `zego-token callback verify`: whether a callback body's signature is
//! the CallbackSecret's, and how old it is.

use std::io::Write;

use colored::Colorize;
use zego_token::signature::{
    BodyFormat, CallbackError, CallbackFields, CallbackSecret, Spelling, verify_callback,
};

use crate::args::{CallbackVerifyArgs, SecretArgs};
use crate::exit::{Exit, UserError};
use crate::input;
use crate::settings::callback_secret;
use crate::settings::credentials;
use crate::settings::profile::Selected;
use crate::views::json::signature as json;
use crate::views::render::{self, sanitize, span};

/// The largest callback body read.
const MAX_BODY: u64 = 1024 * 1024;

/// Label column width.
const W: usize = 10;

/// One failed check of a callback.
struct Failed {
    kind: &'static str,
    label: &'static str,
    exit: Exit,
    /// The whole sentence, for JSON.
    message: String,
    /// The sentence without the words the label says, for people.
    detail: String,
    hint: Option<String>,
}

pub(super) fn run(
    args: &CallbackVerifyArgs,
    profile: Option<&Selected>,
    max_age: Option<i64>,
    now: i64,
    out: &mut impl Write,
) -> anyhow::Result<Exit> {
    let body = match args.body.as_deref() {
        Some(body) if body != "-" => body.to_owned(),
        _ => read_stdin(callback_secret::uses_stdin(&args.secret))?,
    };
    let secret = callback_secret::required(&args.secret, profile)?;
    let fields = CallbackFields::parse(&body);
    let mut failures = Vec::new();
    match &fields {
        Err(e) => failures.push(no_fields(e)),
        Ok(fields) => {
            if !verify_callback(&secret.secret, fields) {
                failures.push(mismatch(fields, &secret, profile));
            }
            if let Some(max_age) = max_age {
                failures.extend(too_old(fields, max_age, now));
            }
        }
    }
    let exit = failures.iter().map(|f| f.exit).fold(Exit::Ok, Exit::graver);
    if args.quiet {
        return Ok(exit);
    }
    let fields = fields.ok();
    if args.json {
        let view = json::CallbackCheck {
            valid: failures.is_empty(),
            failures: failures
                .iter()
                .map(|f| json::Failure {
                    kind: f.kind,
                    message: f.message.clone(),
                    api_codes: &[],
                    hint: f.hint.clone(),
                    causes: None,
                })
                .collect(),
            format: fields.as_ref().map(|f| format_name(f.format)),
            spelling: fields.as_ref().map(|f| spelling_name(f.spelling)),
            timestamp: fields.as_ref().map(|f| f.timestamp.as_str()),
            nonce: fields.as_ref().map(|f| f.nonce.as_str()),
            secret_source: &secret.origin,
        };
        return crate::commands::batch::json_verdict(out, &view, exit);
    }
    if failures.is_empty() {
        writeln!(
            out,
            "{}  signed with the CallbackSecret from {}",
            "✓ valid".green().bold(),
            secret.origin
        )?;
    } else {
        render::invalid_heading(out, failures.len())?;
        for failure in &failures {
            let label = format!("{:<W$}", failure.label);
            writeln!(out, "  {} {}", label.red(), sanitize(&failure.detail))?;
            if let Some(hint) = &failure.hint {
                writeln!(out, "  {:<W$} hint: {}", "", sanitize(hint))?;
            }
        }
    }
    if let Some(fields) = &fields {
        let names = match fields.spelling {
            Spelling::Lower => "signature, timestamp, nonce",
            Spelling::Capitalized => "Signature, Timestamp, Nonce",
            _ => "signature fields in mixed spelling",
        };
        let format = match fields.format {
            BodyFormat::Form => "form-encoded",
            _ => "JSON",
        };
        writeln!(out, "  {:<W$} {format}, {names}", "body")?;
        writeln!(
            out,
            "  {:<W$} {}{}",
            "timestamp",
            sanitize(&fields.timestamp),
            if fields.timestamp_seconds().is_some_and(|(_, ms)| ms) {
                " (milliseconds)"
            } else {
                ""
            }
        )?;
        writeln!(out, "  {:<W$} {}", "nonce", sanitize(&fields.nonce))?;
    }
    Ok(exit)
}

fn read_stdin(secret_from_stdin: bool) -> anyhow::Result<String> {
    if secret_from_stdin {
        return Err(UserError::usage(
            "the callback body and the CallbackSecret cannot both come from stdin",
        )
        .hint("pass the body as an argument, or the secret with --secret-file PATH")
        .into());
    }
    let bytes = input::piped(
        "callback body",
        MAX_BODY,
        "pass the body as an argument or pipe it in: zego-token callback verify < body.json",
    )?;
    // Never read lossily: a byte turned into U+FFFD is not what was signed.
    String::from_utf8(bytes).map_err(|e| {
        UserError::new(
            Exit::Malformed,
            format!(
                "the callback body on stdin is not UTF-8 (byte {} is not)",
                e.utf8_error().valid_up_to()
            ),
        )
        .hint("pass the body exactly as ZEGO posted it")
        .into()
    })
}

fn no_fields(e: &CallbackError) -> Failed {
    Failed {
        kind: "no_signature",
        label: "body",
        exit: Exit::Malformed,
        message: e.to_string(),
        detail: e.to_string(),
        hint: Some(
            "pass the body exactly as ZEGO posted it: JSON or form-encoded, with signature, timestamp and nonce (or Signature, Timestamp, Nonce)"
                .to_owned(),
        ),
    }
}

fn mismatch(
    fields: &CallbackFields,
    secret: &callback_secret::Resolved,
    profile: Option<&Selected>,
) -> Failed {
    let mut lower = fields.clone();
    lower.signature.make_ascii_lowercase();
    let no_flags = SecretArgs {
        secret: None,
        secret_file: None,
    };
    let server_secret = credentials::secret(&no_flags, profile).ok().flatten();
    let hint = if lower.signature != fields.signature && verify_callback(&secret.secret, &lower) {
        "the signature is right but in uppercase hex; ZEGO sends lowercase".to_owned()
    } else if server_secret
        .as_ref()
        .is_some_and(|s| verify_callback(&CallbackSecret::from(s), fields))
    {
        format!(
            "it matches the ServerSecret from {}: this product signs callbacks with the ServerSecret; pass that as the CallbackSecret",
            credentials::secret_origin(&no_flags, profile)
        )
    } else {
        "the values are hashed exactly as sent: is this the body as posted, and the project's CallbackSecret (not the ServerSecret or AppSign)?".to_owned()
    };
    Failed {
        kind: "signature",
        label: "signature",
        exit: Exit::Untrusted,
        message: format!(
            "the signature does not match the CallbackSecret from {}",
            secret.origin
        ),
        detail: format!("does not match the CallbackSecret from {}", secret.origin),
        hint: Some(hint),
    }
}

fn too_old(fields: &CallbackFields, max_age: i64, now: i64) -> Option<Failed> {
    let Some((seconds, millis)) = fields.timestamp_seconds() else {
        return Some(Failed {
            kind: "timestamp_malformed",
            label: "timestamp",
            exit: Exit::Malformed,
            message: format!(
                "the timestamp {:?} is not a whole number: its age cannot be checked",
                fields.timestamp
            ),
            detail: format!(
                "{:?} is not a whole number: its age cannot be checked",
                fields.timestamp
            ),
            hint: None,
        });
    };
    let age = now.saturating_sub(seconds);
    if age.unsigned_abs() <= max_age.unsigned_abs() {
        return None;
    }
    let unit = if millis { " (milliseconds)" } else { "" };
    let when = if age > 0 {
        format!("{} old", span(age.unsigned_abs().into()))
    } else {
        format!("{} in the future", span(age.unsigned_abs().into()))
    };
    let message = format!(
        "{}{unit} is {when}; --max-age allows {}",
        fields.timestamp,
        span(max_age.unsigned_abs().into())
    );
    Some(Failed {
        kind: "stale",
        label: "timestamp",
        exit: Exit::Expired,
        detail: message.clone(),
        message: format!("the timestamp {message}"),
        hint: Some(
            "ZEGO retries failed deliveries; a replayed or delayed callback is older".to_owned(),
        ),
    })
}

fn format_name(format: BodyFormat) -> &'static str {
    match format {
        BodyFormat::Form => "form",
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
