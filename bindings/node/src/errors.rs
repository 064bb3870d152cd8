//! Errors as JS sees them: a `code` of the form `family:kind`, which
//! `index.js` turns into its error classes, and the secrets, whose errors
//! name the slip, never the characters.

use zego::signature::CallbackSecret;
use zego::{EncodeError, Rejection, Secret};

/// An error whose JS `code` is `family:kind`.
pub(crate) type Error = napi::Error<String>;
/// A result whose error becomes such a JS error.
pub(crate) type Result<T> = std::result::Result<T, Error>;

pub(crate) fn error(family: &str, kind: &str, message: impl ToString) -> Error {
    napi::Error::new(format!("{family}:{kind}"), message)
}

pub(crate) fn rejected(r: &Rejection) -> Error {
    error("rejected", r.kind(), r)
}

pub(crate) fn mint_error(e: &EncodeError) -> Error {
    error("mint", e.kind(), e)
}

/// The ServerSecret; the error names the slip, never the characters.
pub(crate) fn server_secret(secret: &str) -> Result<Secret> {
    Secret::new(secret).map_err(|e| error("secret", e.kind(), &e))
}

pub(crate) fn callback_secret(secret: &str) -> Result<CallbackSecret> {
    CallbackSecret::new(secret).map_err(|e| error("secret", "callback_secret", &e))
}
