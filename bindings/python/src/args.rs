//! Converting arguments: secrets, right names and `int`s as the vendor
//! tests them, into the library's types or this module's exceptions; and
//! the OS clock, for `now=None`.

use std::time::{SystemTime, UNIX_EPOCH};

use pyo3::prelude::*;
use pyo3::types::PyInt;
use zego::signature::CallbackSecret;
use zego::{Right, Secret};

use crate::errors::{InvalidSecret, ZegoTokenError, with_kind};

/// The ServerSecret, or `InvalidSecret` (its message names the slip, never
/// the secret's characters).
pub(crate) fn server_secret(py: Python<'_>, secret: &str) -> PyResult<Secret> {
    Secret::new(secret).map_err(|e| with_kind::<InvalidSecret>(py, e.to_string(), e.kind()))
}

pub(crate) fn callback_secret(py: Python<'_>, secret: &str) -> PyResult<CallbackSecret> {
    CallbackSecret::new(secret)
        .map_err(|e| with_kind::<InvalidSecret>(py, e.to_string(), "callback_secret"))
}

pub(crate) fn parse_right(py: Python<'_>, name: &str) -> PyResult<Right> {
    name.parse::<Right>()
        .map_err(|e| with_kind::<ZegoTokenError>(py, e.to_string(), "unknown_right"))
}

/// Whether `value` is exactly an `int`, as the vendor's `type(x) != int`
/// tests (a `bool` is not).
pub(crate) fn is_int(value: &Bound<'_, PyAny>) -> bool {
    value.is_exact_instance_of::<PyInt>()
}

/// The OS clock in unix seconds, for `now=None`.
pub(crate) fn clock() -> i64 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(after) => i64::try_from(after.as_secs()).unwrap_or(i64::MAX),
        Err(_) => 0,
    }
}
