//! Signatures: the server API's request signature and the callback
//! signature.

use std::collections::HashMap;

use napi_derive::napi;
use rand::TryRng as _;
use rand::rngs::SysRng;
use zego::signature::{self, Signed};

use crate::args::{self, clock, seconds};
use crate::errors::{self, Result, error, server_secret};

/// `hex(md5(AppId + SignatureNonce + ServerSecret + Timestamp))`.
#[napi]
pub fn api_signature(
    app_id: f64,
    signature_nonce: String,
    secret: String,
    timestamp: f64,
) -> Result<String> {
    let secret = server_secret(&secret)?;
    let timestamp = seconds(Some(timestamp), "timestamp")?.unwrap_or_default();
    Ok(signature::api_signature(
        args::app_id(app_id)?,
        &signature_nonce,
        &secret,
        timestamp,
    ))
}

/// Options of `signApiRequest`.
#[napi(object)]
pub struct SignOptions {
    /// The nonce (default: 8 random bytes from the OS, as 16 hex characters).
    pub signature_nonce: Option<String>,
    /// Unix seconds (default: the OS clock).
    pub timestamp: Option<f64>,
}

/// The public parameters of a signed server API request.
#[napi]
pub fn sign_api_request(
    app_id: f64,
    secret: String,
    options: Option<SignOptions>,
) -> Result<HashMap<String, String>> {
    let secret = server_secret(&secret)?;
    let (nonce, timestamp) = match options {
        Some(o) => (o.signature_nonce, seconds(o.timestamp, "timestamp")?),
        None => (None, None),
    };
    let nonce = match nonce {
        Some(nonce) => nonce,
        None => {
            let mut bytes = [0_u8; 8];
            SysRng
                .try_fill_bytes(&mut bytes)
                .map_err(|_| error("mint", "no_randomness", "the OS random source failed"))?;
            Signed::nonce_from_bytes(bytes)
        }
    };
    let signed = Signed::new(
        args::app_id(app_id)?,
        &nonce,
        &secret,
        timestamp.unwrap_or_else(clock),
    );
    Ok(signed
        .pairs()
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect())
}

/// `hex(sha1(sorted(secret, timestamp, nonce) joined))`.
#[napi]
pub fn callback_signature(
    callback_secret: String,
    timestamp: String,
    nonce: String,
) -> Result<String> {
    let secret = errors::callback_secret(&callback_secret)?;
    Ok(signature::callback_signature(&secret, &timestamp, &nonce))
}

/// Options of `verifyCallback`.
#[napi(object)]
pub struct CallbackOptions {
    /// The oldest a callback may be, seconds.
    pub max_age: Option<f64>,
    /// Unix seconds (default: the OS clock).
    pub now: Option<f64>,
}

/// Whether a callback body carries the CallbackSecret's signature.
#[napi]
pub fn verify_callback(
    callback_secret: String,
    body: String,
    options: Option<CallbackOptions>,
) -> Result<bool> {
    let secret = errors::callback_secret(&callback_secret)?;
    let (max_age, now) = match options {
        Some(o) => (seconds(o.max_age, "max_age")?, seconds(o.now, "now")?),
        None => (None, None),
    };
    let check = signature::check_callback(&secret, &body, max_age, now.unwrap_or_else(clock));
    Ok(check.is_valid())
}
