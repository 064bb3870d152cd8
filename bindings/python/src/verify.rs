//! Checking tokens: the `Verifier`.

use pyo3::prelude::*;

use crate::args::{clock, parse_right, server_secret};
use crate::claims::Claims;
use crate::errors::rejected;

/// Checks tokens for one app; build it once and share it.
///
/// `verify(token, now=None)` returns the `Claims` of a token that opens
/// with the secret, is for this app (and `user_id`, `room_id`, `require`d
/// rights, where given) and is within its lifetime (widened by `leeway`
/// seconds at both ends), or raises `Rejected` with a `kind`. The
/// rejection is safe to show whoever sent the token.
#[pyclass(module = "zego_token", frozen)]
pub(crate) struct Verifier {
    inner: zego::Verifier,
}

#[pymethods]
impl Verifier {
    #[new]
    #[pyo3(signature = (secret, app_id, *, leeway = 0, user_id = None, room_id = None, require = Vec::new()))]
    fn new(
        py: Python<'_>,
        secret: &str,
        app_id: u32,
        leeway: i64,
        user_id: Option<String>,
        room_id: Option<String>,
        require: Vec<String>,
    ) -> PyResult<Verifier> {
        let mut inner = zego::Verifier::new(server_secret(py, secret)?, app_id).leeway(leeway);
        if let Some(user) = user_id {
            inner = inner.user_id(user);
        }
        if let Some(room) = room_id {
            inner = inner.room_id(room);
        }
        for right in require {
            inner = inner.require(parse_right(py, &right)?);
        }
        Ok(Verifier { inner })
    }

    /// The claims of `token` checked at `now` (unix seconds; the OS clock
    /// when `None`), or `Rejected`.
    #[pyo3(signature = (token, now = None))]
    fn verify(&self, py: Python<'_>, token: &str, now: Option<i64>) -> PyResult<Claims> {
        let verified = match now {
            Some(now) => self.inner.verify(token, now),
            None => self.inner.verify_now(token),
        };
        verified
            .map(|v| Claims::from_verified(&v))
            .map_err(|r| rejected(py, &r))
    }

    /// `verify`, expecting the token to be for `user_id` (this request's
    /// user, in place of any set on the verifier).
    #[pyo3(signature = (token, user_id, now = None))]
    fn verify_user(
        &self,
        py: Python<'_>,
        token: &str,
        user_id: &str,
        now: Option<i64>,
    ) -> PyResult<Claims> {
        self.inner
            .verify_user(token, user_id, now.unwrap_or_else(clock))
            .map(|v| Claims::from_verified(&v))
            .map_err(|r| rejected(py, &r))
    }

    fn __repr__(&self) -> String {
        "Verifier(<secret redacted>)".into()
    }
}
