//! Signing: the server API signature and signed request parameters, and
//! callback signatures and their check.

use pyo3::prelude::*;
use pyo3::types::PyDict;
use rand::TryRng as _;
use rand::rngs::SysRng;
use zego::signature::{self, Signed};

use crate::args::{callback_secret, clock, server_secret};
use crate::errors::{ZegoTokenError, with_kind};

/// The server API signature: `hex(md5(AppId + SignatureNonce +
/// ServerSecret + Timestamp))`.
#[pyfunction]
pub(crate) fn api_signature(
    py: Python<'_>,
    app_id: u32,
    signature_nonce: &str,
    secret: &str,
    timestamp: i64,
) -> PyResult<String> {
    let secret = server_secret(py, secret)?;
    Ok(signature::api_signature(
        app_id,
        signature_nonce,
        &secret,
        timestamp,
    ))
}

/// The public parameters of a signed server API request (`AppId`,
/// `SignatureNonce`, `Timestamp`, `Signature`, `SignatureVersion`), as a
/// dict to merge into the query. The nonce defaults to 8 random bytes
/// from the OS as 16 hex characters, the timestamp to the OS clock.
#[pyfunction]
#[pyo3(signature = (app_id, secret, *, signature_nonce = None, timestamp = None))]
pub(crate) fn sign_api_request<'py>(
    py: Python<'py>,
    app_id: u32,
    secret: &str,
    signature_nonce: Option<String>,
    timestamp: Option<i64>,
) -> PyResult<Bound<'py, PyDict>> {
    let secret = server_secret(py, secret)?;
    let nonce = match signature_nonce {
        Some(nonce) => nonce,
        None => {
            let mut bytes = [0_u8; 8];
            SysRng.try_fill_bytes(&mut bytes).map_err(|_| {
                with_kind::<ZegoTokenError>(
                    py,
                    "the OS random source failed".into(),
                    "no_randomness",
                )
            })?;
            Signed::nonce_from_bytes(bytes)
        }
    };
    let signed = Signed::new(app_id, &nonce, &secret, timestamp.unwrap_or_else(clock));
    let dict = PyDict::new(py);
    for (key, value) in signed.pairs() {
        dict.set_item(key, value)?;
    }
    Ok(dict)
}

/// The signature ZEGO puts on a callback: `hex(sha1(sorted(secret,
/// timestamp, nonce) joined))`, with the CallbackSecret.
#[pyfunction]
pub(crate) fn callback_signature(
    py: Python<'_>,
    callback_secret: &str,
    timestamp: &str,
    nonce: &str,
) -> PyResult<String> {
    let secret = self::callback_secret(py, callback_secret)?;
    Ok(signature::callback_signature(&secret, timestamp, nonce))
}

/// Whether a callback body as posted (JSON or form-encoded) carries the
/// signature the CallbackSecret makes, compared in constant time; with
/// `max_age` (seconds) also whether it is at most that old at `now`.
#[pyfunction]
#[pyo3(signature = (callback_secret, body, *, max_age = None, now = None))]
pub(crate) fn verify_callback(
    py: Python<'_>,
    callback_secret: &str,
    body: &str,
    max_age: Option<i64>,
    now: Option<i64>,
) -> PyResult<bool> {
    let secret = self::callback_secret(py, callback_secret)?;
    let check = signature::check_callback(&secret, body, max_age, now.unwrap_or_else(clock));
    Ok(check.is_valid())
}
