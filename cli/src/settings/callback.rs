//! `callback`'s settings: owned, checked values. The CallbackSecret is
//! located here (the one secret chain) and read by the command.

use std::path::PathBuf;

use serde_json::{Map, Value};
use zego_token::signature::CallbackSecret;

use super::callback_secret::CALLBACK_SECRET;
use super::credentials;
use super::profile::{self, Selected};
use super::secret::{Flags, Source};
use super::time;
use crate::args::{
    CallbackArgs, CallbackCommand, CallbackSecretArgs, CallbackSignArgs, CallbackVerifyArgs,
    ProfileFlags,
};
use crate::exit::UserError;
use crate::views::render::sanitize;

/// `callback sign` or `callback verify`, resolved.
pub(crate) struct Callback {
    pub(crate) profile: Option<Selected>,
    pub(crate) secret: Source<CallbackSecret>,
    pub(crate) job: CallbackJob,
}

pub(crate) enum CallbackJob {
    /// Print the signature of a timestamp and nonce.
    Signature {
        nonce: String,
        timestamp: String,
    },
    /// Print a whole signed sample body.
    Sample(Sample),
    Verify(VerifyCallback),
}

/// A sample body to sign: every field but the signature fields, in order.
pub(crate) struct Sample {
    pub(crate) event: String,
    pub(crate) fields: Map<String, Value>,
    pub(crate) app_id: Option<u32>,
    pub(crate) capitalized: bool,
    pub(crate) url_encoded: bool,
    pub(crate) timestamp: String,
    /// `None`: a fresh one.
    pub(crate) nonce: Option<String>,
}

/// Where the body to verify is.
pub(crate) enum Body {
    Text(String),
    File(PathBuf),
    Stdin,
}

pub(crate) struct VerifyCallback {
    pub(crate) body: Body,
    /// `--max-age`, in seconds.
    pub(crate) max_age: Option<i64>,
    pub(crate) now: i64,
    pub(crate) json: bool,
    pub(crate) quiet: bool,
}

/// Resolves `callback`'s arguments: all of them before any secret is read.
pub(crate) fn callback(args: &CallbackArgs, flags: &ProfileFlags) -> anyhow::Result<Callback> {
    let profile = profile::select(flags)?;
    let (secret, job) = match &args.command {
        CallbackCommand::Sign(args) => (&args.secret, sign(args, profile.as_ref())?),
        CallbackCommand::Verify(args) => (&args.secret, CallbackJob::Verify(verify(args)?)),
    };
    Ok(Callback {
        profile,
        secret: source(secret),
        job,
    })
}

fn source(args: &CallbackSecretArgs) -> Source<CallbackSecret> {
    Source::new(
        &CALLBACK_SECRET,
        Flags::new(
            args.callback_secret.as_ref(),
            args.callback_secret_file.as_ref(),
        ),
    )
}

fn verify(args: &CallbackVerifyArgs) -> anyhow::Result<VerifyCallback> {
    let max_age = args
        .max_age
        .as_deref()
        .map(time::parse_duration)
        .transpose()?;
    Ok(VerifyCallback {
        body: match args.body.as_deref() {
            None | Some("-") => Body::Stdin,
            Some(text) if looks_like_body(text) => Body::Text(text.to_owned()),
            Some(path) => Body::File(PathBuf::from(path)),
        },
        max_age,
        now: time::now(args.now.as_deref())?,
        json: args.json,
        quiet: args.quiet,
    })
}

/// Whether an argument is a body rather than a file name: JSON, JSON
/// URL-encoded as a whole, or form fields. No callback body is otherwise.
fn looks_like_body(text: &str) -> bool {
    let text = text.trim_start();
    text.starts_with('{')
        || text.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("%7B"))
        || text.contains('=')
}

fn sign(args: &CallbackSignArgs, profile: Option<&Selected>) -> anyhow::Result<CallbackJob> {
    let Some(event) = &args.event else {
        let hint =
            "e.g. --nonce 123412 --timestamp 1470820198; or --event NAME for a whole signed body";
        return Ok(match (&args.nonce, &args.timestamp) {
            (Some(nonce), Some(t)) => CallbackJob::Signature {
                nonce: nonce.clone(),
                timestamp: timestamp(Some(t), args.capitalized)?,
            },
            (None, Some(_)) => {
                return Err(UserError::usage("give --nonce, the nonce that was sent")
                    .hint(hint)
                    .into());
            }
            (Some(_), None) => {
                return Err(
                    UserError::usage("give --timestamp, the timestamp that was sent")
                        .hint(hint)
                        .into(),
                );
            }
            (None, None) => {
                return Err(UserError::usage("give --nonce and --timestamp, or --event")
                    .hint(hint)
                    .into());
            }
        });
    };
    let names = field_names(args.capitalized);
    let mut fields = Map::new();
    for param in &args.param {
        let (key, value) = field(param)?;
        if names.iter().any(|n| n.eq_ignore_ascii_case(&key)) {
            return Err(UserError::usage(format!(
                "{} is a field that zego-token callback sign sets itself",
                sanitize(&key)
            ))
            .hint("use --event, --app-id, --nonce and --timestamp for them")
            .into());
        }
        fields.insert(key, value);
    }
    Ok(CallbackJob::Sample(Sample {
        event: event.clone(),
        fields,
        app_id: credentials::app_id(args.app_id, profile),
        capitalized: args.capitalized,
        url_encoded: args.url_encoded,
        timestamp: timestamp(args.timestamp.as_deref(), args.capitalized)?,
        nonce: args.nonce.clone(),
    }))
}

/// The names of the fields a sample body sets itself: event, appid,
/// nonce, timestamp, signature.
pub(crate) fn field_names(capitalized: bool) -> [&'static str; 5] {
    if capitalized {
        ["Event", "AppId", "Nonce", "Timestamp", "Signature"]
    } else {
        ["event", "appid", "nonce", "timestamp", "signature"]
    }
}

/// The timestamp to sign: digits exactly as written (the signature is over
/// the text); a time (RFC 3339) or the clock in the convention's unit.
fn timestamp(given: Option<&str>, millis: bool) -> Result<String, UserError> {
    if let Some(digits) = given.filter(|t| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit())) {
        return Ok(digits.to_owned());
    }
    let seconds = time::now(given)?;
    Ok(if millis {
        seconds.saturating_mul(1000).to_string()
    } else {
        seconds.to_string()
    })
}

/// `KEY=VALUE` (a string) or `KEY:=JSON`.
fn field(param: &str) -> Result<(String, Value), UserError> {
    let bad = || {
        UserError::usage(format!(
            "--param {:?} is not KEY=VALUE or KEY:=JSON",
            sanitize(param)
        ))
        .hint("e.g. --param room_id=room1 --param user_count:=2")
    };
    let (key, value) = match param.split_once('=') {
        Some((key, json)) if key.ends_with(':') => {
            let value = serde_json::from_str(json).map_err(|e| {
                UserError::usage(format!("--param {:?}: not JSON ({e})", sanitize(param)))
                    .hint("quote strings, or use KEY=VALUE for them")
            })?;
            (&key[..key.len() - 1], value)
        }
        Some((key, text)) => (key, Value::from(text)),
        None => return Err(bad()),
    };
    if key.is_empty() {
        return Err(bad());
    }
    Ok((key.to_owned(), value))
}
