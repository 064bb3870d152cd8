//! Minting: the vendor's `generateToken04` drop-in, `mint` (Token04 GCM
//! or CBC, Token03, kit tokens) and the privilege payload.

use std::panic::{AssertUnwindSafe, catch_unwind};

use napi::bindgen_prelude::{Either, Float64ArraySlice};
use napi_derive::napi;
use zego::format::{UnknownName, validate_app_id, validate_user_id};
use zego::{Mint, Mode, Secret, Version};

use crate::args::{app_id, as_app_id, as_seconds, seconds};
use crate::claims::{Packed, Privilege, handed_over};
use crate::errors::{Result, error, mint_error, server_secret};

/// Makes the token with `now` (or the OS clock) and the OS-seeded RNG.
/// The RNG panics only when the OS has no random source at all: caught
/// here, so no panic unwinds into Node.js.
fn build(mint: &Mint, secret: &Secret, now: Option<i64>) -> Result<zego::Minted> {
    let made = catch_unwind(AssertUnwindSafe(|| match now {
        Some(now) => mint.build(secret, now, &mut rand::rng()),
        None => mint.build_now(secret),
    }));
    match made {
        Ok(made) => made.map_err(|e| mint_error(&e)),
        Err(_) => Err(error(
            "mint",
            "no_randomness",
            "the OS random source failed",
        )),
    }
}

// ---------------------------------------------------------------- drop-in

/// The vendor's `generateToken04` checks in its order (1 AppID, 3 user
/// id, 5 secret, 6 effective time); `index.js` passes `null` for an
/// argument of the wrong type. Errors have the code `dropin:<n>`.
#[napi(js_name = "generateToken04")]
pub fn generate_token04(
    app_id: Option<f64>,
    user_id: Option<String>,
    secret: Option<String>,
    effective_time_in_seconds: Option<f64>,
    payload: Option<String>,
) -> Result<String> {
    let fail = |code: u8, message: &str| error("dropin", &code.to_string(), message);
    let app_id = app_id
        .and_then(as_app_id)
        .filter(|&id| validate_app_id(id).is_ok())
        .ok_or_else(|| fail(1, "appID invalid"))?;
    let user_id = user_id
        .filter(|u| validate_user_id(u).is_ok())
        .ok_or_else(|| fail(3, "userId invalid"))?;
    let secret = secret
        .and_then(|s| Secret::new(&s).ok())
        .ok_or_else(|| fail(5, "secret must be a 32 byte string"))?;
    let effective = effective_time_in_seconds
        .and_then(as_seconds)
        .ok_or_else(|| fail(6, "effectiveTimeInSeconds invalid"))?;
    let mint = Mint::new(app_id, user_id)
        .effective_time(effective)
        .payload(payload.unwrap_or_default());
    match build(&mint, &secret, None) {
        Ok(made) => Ok(made.token),
        Err(e)
            if e.status == "mint:effective_time_not_positive"
                || e.status == "mint:time_overflow" =>
        {
            Err(fail(6, "effectiveTimeInSeconds invalid"))
        }
        Err(e) => Err(e),
    }
}

// ---------------------------------------------------------------- minting

/// What to mint.
#[napi(object)]
pub struct MintOptions {
    /// The AppID.
    pub app_id: f64,
    /// The user.
    pub user_id: String,
    /// The ServerSecret (32 characters).
    pub secret: String,
    /// Seconds until expiry (default 3600).
    pub effective_time: Option<f64>,
    /// A raw payload (Token04).
    pub payload: Option<String>,
    /// Room privileges (a Token04's privilege payload, a Token03's room).
    pub privilege: Option<Privilege>,
    /// `"gcm"` (default) or `"cbc"`.
    pub mode: Option<String>,
    /// `"04"` (default) or `"03"`.
    pub version: Option<String>,
    /// Wrap in a UIKit kit token.
    pub kit: Option<KitOptions>,
    /// Creation time, unix seconds (default: the OS clock).
    pub now: Option<f64>,
}

/// The kit suffix to wrap a token in.
#[napi(object)]
pub struct KitOptions {
    /// The name shown to others.
    pub user_name: String,
    /// The room to join; absent or `null` for a call invitation (see
    /// `Privilege::stream_ids` for the two `Option`s).
    pub room_id: Option<Option<String>>,
}

/// Makes a Token04 (GCM or CBC), Token03 or kit token: the token and its
/// claims (handed over as `claims::handed_over` says), which `index.js` makes
/// `{ token, claims }`.
#[napi]
pub fn mint(
    options: MintOptions,
    mut slots: Float64ArraySlice,
) -> Result<(String, Either<String, Packed>)> {
    let secret = server_secret(&options.secret)?;
    let mut mint = Mint::new(app_id(options.app_id)?, options.user_id);
    if let Some(t) = seconds(options.effective_time, "effective_time")? {
        mint = mint.effective_time(t);
    }
    if let Some(mode) = options.mode {
        let mode: Mode = mode
            .parse()
            .map_err(|e: UnknownName| error("mint", "unknown_mode", &e))?;
        mint = mint.mode(mode);
    }
    if let Some(version) = options.version {
        let version: Version = version
            .parse()
            .map_err(|e: UnknownName| error("mint", "unknown_version", &e))?;
        mint = mint.version(version);
    }
    if options.payload.is_some() && options.privilege.is_some() {
        return Err(error(
            "mint",
            "payload_and_privilege",
            "give a payload or a privilege, not both",
        ));
    }
    if let Some(payload) = options.payload {
        mint = mint.payload(payload);
    }
    if let Some(privilege) = &options.privilege {
        mint = mint.privilege(privilege.to_core());
    }
    if let Some(kit) = options.kit {
        mint = mint.kit(kit.user_name, kit.room_id.flatten());
    }
    let made = build(&mint, &secret, seconds(options.now, "now")?)?;
    let claims = handed_over(&made.contents, made.mode, made.kit.as_ref(), &mut slots);
    Ok((made.token, claims))
}

/// Privilege payload JSON, as the vendor writes it.
#[napi]
pub fn privilege_payload(privilege: Privilege) -> String {
    privilege.to_core().to_payload()
}
