//! The `pasted` and `misport` keys of a failure object: what a string that
//! is not a ZEGO token is, and which wrong key a generator used. Credentials
//! never appear: the library redacts them from a JWT's header and claims,
//! and a pasted ServerSecret or AppSign is named, not shown.

use serde::Serialize;
use serde_json::{Map, Value};
use zego_token::Contents;
use zego_token::diagnose::{Failure, JwtVendor, Misport, Pasted};

/// What was pasted instead of a ZEGO token.
#[derive(Debug, Serialize)]
pub(crate) struct PastedJson<'a> {
    /// The failure's kind again: `jwt`, `agora_access_token2`, …
    pub(crate) what: &'static str,
    /// `livekit`, `twilio`, or `null` for a JWT of no known vendor.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) vendor: Option<&'static str>,
    /// A JWT's header (its `alg` among it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) header: Option<&'a Map<String, Value>>,
    /// The JSON claims of a JWT or of base64 JSON, in clear.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) claims: Option<&'a Map<String, Value>>,
    /// Whether it is HMAC-signed with the ServerSecret given (`null`: no
    /// secret, or not signed); `true` means an invented generator made it.
    pub(crate) signed_with_secret: Option<bool>,
    /// Whether a credential (ServerSecret, AppSign) was pasted.
    pub(crate) credential: bool,
    /// Whether a generator of ZEGO-looking tokens made it (not a vendor).
    pub(crate) invented: bool,
}

/// A token sealed with a key a faulty generator derived.
#[derive(Debug, Serialize)]
pub(crate) struct MisportJson<'a> {
    /// The derivation's kind again: `hex_key_aes128`, `appsign_key`, …
    pub(crate) derivation: &'static str,
    /// The cipher the generator used, e.g. `AES-128-GCM`.
    pub(crate) cipher: &'static str,
    /// What the generator used as the key.
    pub(crate) generator: &'static str,
    /// What to change in it.
    pub(crate) fix: &'static str,
    /// The claims the wrong key opened, when they are well formed.
    pub(crate) claims: Option<&'a Contents>,
}

/// The `pasted` object of a [`Failure::NotZegoToken`].
pub(crate) fn pasted(failure: &Failure) -> Option<PastedJson<'_>> {
    let Failure::NotZegoToken(p) = failure else {
        return None;
    };
    let mut json = PastedJson {
        what: p.kind(),
        vendor: None,
        header: None,
        claims: None,
        signed_with_secret: None,
        credential: p.is_credential(),
        invented: p.invented(),
    };
    match p {
        Pasted::Jwt(jwt) => {
            json.vendor = jwt.vendor.map(|v| match v {
                JwtVendor::LiveKit => "livekit",
                JwtVendor::Twilio => "twilio",
                _ => "other",
            });
            json.header = Some(&jwt.header);
            json.claims = jwt.claims.as_ref();
            json.signed_with_secret = jwt.signed_with_secret;
        }
        Pasted::Base64Json(b) => {
            json.claims = Some(&b.claims);
            json.signed_with_secret = b.signed_with_secret;
        }
        _ => {}
    }
    Some(json)
}

/// The `misport` object of a [`Failure::WrongKey`].
pub(crate) fn misport(failure: &Failure) -> Option<MisportJson<'_>> {
    let Failure::WrongKey(m) = failure else {
        return None;
    };
    Some(of_misport(m))
}

fn of_misport(m: &Misport) -> MisportJson<'_> {
    MisportJson {
        derivation: m.derivation.kind(),
        cipher: m.cipher(),
        generator: m.derivation.what(),
        fix: m.derivation.fix(),
        claims: m.claims.as_ref(),
    }
}
