//! `zego-token callback sign`: the signature of a timestamp and nonce, or a
//! whole signed sample body.

use std::io::Write;

use rand::TryRng as _;
use rand::rngs::SysRng;
use serde_json::{Map, Value};
use zego_token::signature::callback_signature;

use crate::args::CallbackSignArgs;
use crate::exit::{Exit, UserError};
use crate::settings::callback_secret;
use crate::settings::credentials;
use crate::settings::profile::Selected;
use crate::settings::time;
use crate::views::render::sanitize;

pub(super) fn run(
    args: &CallbackSignArgs,
    profile: Option<&Selected>,
    out: &mut impl Write,
) -> anyhow::Result<Exit> {
    let Some(event) = &args.event else {
        let (Some(nonce), Some(timestamp)) = (&args.nonce, &args.timestamp) else {
            return Err(UserError::usage("give --nonce and --timestamp, or --event").into());
        };
        let secret = callback_secret::required(&args.secret, profile)?;
        writeln!(
            out,
            "{}",
            callback_signature(&secret.secret, timestamp, nonce)
        )?;
        return Ok(Exit::Ok);
    };
    let names = if args.capitalized {
        ["Event", "AppId", "Nonce", "Timestamp", "Signature"]
    } else {
        ["event", "appid", "nonce", "timestamp", "signature"]
    };
    let mut body = Map::new();
    for param in &args.param {
        let (key, value) = field(param)?;
        if names.iter().any(|n| n.eq_ignore_ascii_case(&key)) {
            return Err(UserError::usage(format!(
                "{key} is a field that zego-token callback sign sets itself"
            ))
            .hint("use --event, --app-id, --nonce and --timestamp for them")
            .into());
        }
        body.insert(key, value);
    }
    let timestamp = match &args.timestamp {
        Some(t) => t.clone(),
        None => time::now(args.now.as_deref())?.to_string(),
    };
    let nonce = match &args.nonce {
        Some(n) => n.clone(),
        None => fresh_nonce()?,
    };
    let secret = callback_secret::required(&args.secret, profile)?;
    let signature = callback_signature(&secret.secret, &timestamp, &nonce);
    let [
        event_key,
        app_id_key,
        nonce_key,
        timestamp_key,
        signature_key,
    ] = names;
    body.insert(event_key.to_owned(), Value::from(event.as_str()));
    if let Some(app_id) = credentials::app_id(args.app_id, profile) {
        body.insert(app_id_key.to_owned(), Value::from(app_id));
    }
    body.insert(nonce_key.to_owned(), Value::from(nonce));
    body.insert(timestamp_key.to_owned(), Value::from(timestamp));
    body.insert(signature_key.to_owned(), Value::from(signature));
    crate::commands::batch::json_verdict(out, &body, Exit::Ok)
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

/// A random decimal nonce, as RTC callbacks carry one.
fn fresh_nonce() -> anyhow::Result<String> {
    let mut bytes = [0_u8; 4];
    SysRng
        .try_fill_bytes(&mut bytes)
        .map_err(|e| anyhow::anyhow!("the OS random source failed: {e}"))?;
    Ok(u32::from_be_bytes(bytes).to_string())
}
