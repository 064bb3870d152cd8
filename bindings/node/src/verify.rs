//! Verifying: a verifier for an app's tokens, held by `index.js`'s
//! `Verifier`, and `verify` / `verifyUser` with it.

use napi::bindgen_prelude::{Either, External, Float64ArraySlice};
use napi_derive::napi;

use crate::args::{self, clock, parse_right, seconds};
use crate::claims::{Packed, handed_over};
use crate::errors::{Result, rejected, server_secret};

/// What a `Verifier` expects beyond the app.
#[napi(object)]
pub struct VerifierOptions {
    /// Seconds of clock difference forgiven at both ends.
    pub leeway: Option<f64>,
    /// Accept only tokens for this user.
    pub user_id: Option<String>,
    /// Accept only tokens whose privileges name this room.
    pub room_id: Option<String>,
    /// Rights the privileges must allow: `"login"`, `"publish"`.
    pub require: Option<Vec<String>>,
}

/// A verifier for `appId`'s tokens, which index.js's `Verifier` holds.
/// An external rather than a class: napi-rs pays its borrow bookkeeping on
/// every call of a class method, about a fifth of a verification.
#[napi]
pub fn verifier(
    secret: String,
    app_id: f64,
    options: Option<VerifierOptions>,
) -> Result<External<zego::Verifier>> {
    let mut inner = zego::Verifier::new(server_secret(&secret)?, args::app_id(app_id)?);
    if let Some(o) = options {
        if let Some(leeway) = seconds(o.leeway, "leeway")? {
            inner = inner.leeway(leeway);
        }
        if let Some(user) = o.user_id {
            inner = inner.user_id(user);
        }
        if let Some(room) = o.room_id {
            inner = inner.room_id(room);
        }
        for right in o.require.unwrap_or_default() {
            inner = inner.require(parse_right(&right)?);
        }
    }
    Ok(External::new(inner))
}

/// The claims of `token` checked at `now` (unix seconds; default the OS
/// clock), or an error with code `rejected:<kind>`; handed over as
/// `claims::handed_over` says, `slots` being index.js's.
#[napi]
pub fn verify(
    verifier: &External<zego::Verifier>,
    token: String,
    now: Option<f64>,
    mut slots: Float64ArraySlice,
) -> Result<Either<String, Packed>> {
    let verified = match seconds(now, "now")? {
        Some(now) => verifier.verify(&token, now),
        None => verifier.verify_now(&token),
    };
    verified
        .map(|v| handed_over(&v.contents, v.mode, v.kit.as_ref(), &mut slots))
        .map_err(|r| rejected(&r))
}

/// `verify`, expecting the token to be for `userId`.
#[napi]
pub fn verify_user(
    verifier: &External<zego::Verifier>,
    token: String,
    user_id: String,
    now: Option<f64>,
    mut slots: Float64ArraySlice,
) -> Result<Either<String, Packed>> {
    let now = seconds(now, "now")?.unwrap_or_else(clock);
    verifier
        .verify_user(&token, &user_id, now)
        .map(|v| handed_over(&v.contents, v.mode, v.kit.as_ref(), &mut slots))
        .map_err(|r| rejected(&r))
}
