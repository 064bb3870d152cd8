//! `zego-token callback sign`: the signature of a timestamp and nonce, or a
//! whole signed sample body.

use std::io::Write;

use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};
use rand::TryRng as _;
use rand::rngs::SysRng;
use serde_json::Value;
use zego_token::signature::{CallbackSecret, callback_signature};

use crate::exit::Exit;
use crate::settings::callback::{Sample, field_names};
use crate::settings::profile::Selected;
use crate::settings::secret::Source;

pub(super) fn signature(
    secret: &Source<CallbackSecret>,
    profile: Option<&Selected>,
    nonce: &str,
    timestamp: &str,
    out: &mut impl Write,
) -> anyhow::Result<Exit> {
    let secret = secret.required(profile)?;
    writeln!(
        out,
        "{}",
        callback_signature(&secret.secret, timestamp, nonce)
    )?;
    Ok(Exit::Ok)
}

pub(super) fn sample(
    secret: &Source<CallbackSecret>,
    profile: Option<&Selected>,
    sample: Sample,
    out: &mut impl Write,
) -> anyhow::Result<Exit> {
    let Sample {
        event,
        mut fields,
        app_id,
        capitalized,
        url_encoded,
        timestamp,
        nonce,
    } = sample;
    let nonce = match nonce {
        Some(n) => n,
        None => fresh_nonce(capitalized)?,
    };
    let secret = secret.required(profile)?;
    let signature = callback_signature(&secret.secret, &timestamp, &nonce);
    let [
        event_key,
        app_id_key,
        nonce_key,
        timestamp_key,
        signature_key,
    ] = field_names(capitalized);
    fields.insert(event_key.to_owned(), Value::from(event));
    if let Some(app_id) = app_id {
        fields.insert(app_id_key.to_owned(), Value::from(app_id));
    }
    fields.insert(nonce_key.to_owned(), Value::from(nonce));
    // The AI products send the Timestamp as a JSON number; RTC as a string.
    let timestamp = match timestamp.parse::<u64>() {
        Ok(n) if capitalized => Value::from(n),
        _ => Value::from(timestamp),
    };
    fields.insert(timestamp_key.to_owned(), timestamp);
    fields.insert(signature_key.to_owned(), Value::from(signature));
    if url_encoded {
        let json = serde_json::to_string(&fields)?;
        writeln!(out, "{}", utf8_percent_encode(&json, NON_ALPHANUMERIC))?;
        return Ok(Exit::Ok);
    }
    crate::commands::batch::json_verdict(out, &fields, Exit::Ok)
}

/// A random decimal nonce: 32 bits as RTC callbacks carry, 64 as the AI
/// products' (`7503829353462121337` in ASR's docs).
fn fresh_nonce(wide: bool) -> anyhow::Result<String> {
    let mut bytes = [0_u8; 8];
    SysRng
        .try_fill_bytes(&mut bytes)
        .map_err(|e| anyhow::anyhow!("the OS random source failed: {e}"))?;
    let n = u64::from_be_bytes(bytes);
    Ok(if wide {
        n.to_string()
    } else {
        (n >> 32).to_string()
    })
}
