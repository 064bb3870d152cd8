//! What a pasted string is when it is not a ZEGO token: a JWT, base64 JSON,
//! another vendor's token, or a credential. Read without any key (none of
//! these is encrypted); with the ServerSecret, whether an invented
//! generator signed it with that secret.
//!
//! Formats from PRODUCTS.md section 6 (sources: `AgoraIO/Tools`
//! `AccessToken.py` / `AccessToken2.py`, docs.livekit.io authentication,
//! twilio.com/docs/iam/access-tokens, `tencentyun/tls-sig-api-v2-python`).
//! No message shows the pasted string or any credential: 8 consecutive
//! characters of either never appear in one.

use std::fmt;

use serde_json::{Map, Value};

use super::appsign::{APP_SIGN_LEN, AppSign};
use crate::secret::{SECRET_LEN, Secret};
use crate::wire::MAX_TOKEN_LEN;

mod json;

pub use json::{Base64Json, Jwt, JwtVendor, REDACTED};
// The tests hold every message to the redaction rule.
#[cfg(test)]
pub(crate) use json::shares_run;

/// A string that is not a ZEGO token, recognised.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Pasted {
    /// A JSON Web Token: LiveKit's, Twilio's, or an invented generator's.
    Jwt(Jwt),
    /// Base64 of a JSON object, with or without a signature after a dot.
    Base64Json(Base64Json),
    /// An Agora token.
    Agora {
        /// AccessToken (`006…`) or AccessToken2 (`007…`).
        version: AgoraVersion,
    },
    /// A Tencent Cloud (TRTC / IM) UserSig.
    TencentUserSig,
    /// 32 hex characters: the shape of a ServerSecret.
    ServerSecret {
        /// Whether it is the very ServerSecret given for the check.
        is_the_secret: bool,
    },
    /// 64 hex characters: the shape of an AppSign.
    AppSign,
}

/// The two Agora token formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AgoraVersion {
    /// AccessToken, `006` + App ID + base64.
    AccessToken,
    /// AccessToken2, `007` + base64 of zlib.
    AccessToken2,
}

// JSON values compare as equivalences: serde_json numbers are never NaN.
impl Eq for Pasted {}

impl Pasted {
    /// The stable snake_case name, used as the failure's kind.
    pub fn kind(&self) -> &'static str {
        match self {
            Pasted::Jwt(Jwt {
                vendor: Some(JwtVendor::LiveKit),
                ..
            }) => "livekit_jwt",
            Pasted::Jwt(Jwt {
                vendor: Some(JwtVendor::Twilio),
                ..
            }) => "twilio_jwt",
            Pasted::Jwt(_) => "jwt",
            Pasted::Base64Json(_) => "base64_json",
            Pasted::Agora {
                version: AgoraVersion::AccessToken,
            } => "agora_access_token",
            Pasted::Agora {
                version: AgoraVersion::AccessToken2,
            } => "agora_access_token2",
            Pasted::TencentUserSig => "tencent_usersig",
            Pasted::ServerSecret { .. } => "pasted_server_secret",
            Pasted::AppSign => "pasted_appsign",
        }
    }

    /// Whether a credential was pasted where a token goes.
    pub fn is_credential(&self) -> bool {
        matches!(self, Pasted::ServerSecret { .. } | Pasted::AppSign)
    }

    /// Whether it was made by a generator that imitates ZEGO's: ZEGO-like
    /// claims, or signed with the ServerSecret.
    pub fn invented(&self) -> bool {
        match self {
            Pasted::Jwt(jwt) => {
                jwt.vendor.is_none()
                    && (jwt.signed_with_secret == Some(true)
                        || jwt.claims.as_ref().is_some_and(zego_like))
            }
            Pasted::Base64Json(b) => b.signed_with_secret == Some(true) || zego_like(&b.claims),
            _ => false,
        }
    }
}

/// Recognises `input` (surrounding whitespace ignored), or `None` when it
/// is none of the known shapes. Bounded work: longer input than any token
/// is not read.
///
/// ```
/// use zego_token::diagnose::{Pasted, identify};
///
/// let pasted = identify("fa94dd0f974cf2e293728a526b028271", None, None).expect("known shape");
/// assert_eq!(pasted.kind(), "pasted_server_secret");
/// assert!(!pasted.to_string().contains("fa94dd0f"));
/// ```
pub fn identify(
    input: &str,
    secret: Option<&Secret>,
    app_sign: Option<&AppSign>,
) -> Option<Pasted> {
    let text = input.trim_ascii();
    if text.is_empty() || text.len() > MAX_TOKEN_LEN {
        return None;
    }
    let bytes = text.as_bytes();
    let hex = bytes.iter().all(u8::is_ascii_hexdigit);
    let is_the_secret = secret.is_some_and(|s| s.text[..] == *bytes);
    if is_the_secret || (hex && bytes.len() == SECRET_LEN) {
        return Some(Pasted::ServerSecret { is_the_secret });
    }
    if hex && bytes.len() == APP_SIGN_LEN {
        return Some(Pasted::AppSign);
    }
    if let Some(version) = agora(text) {
        return Some(Pasted::Agora { version });
    }
    if let Some(jwt) = json::jwt(text, secret, app_sign) {
        return Some(Pasted::Jwt(jwt));
    }
    if let Some(b) = json::base64_json(text, secret, app_sign) {
        return Some(Pasted::Base64Json(b));
    }
    tencent(text).then_some(Pasted::TencentUserSig)
}

/// Agora: `006` + 32-hex App ID + base64 (which starts `IAA`), or `007` +
/// base64 of zlib (which starts `eJ`).
fn agora(text: &str) -> Option<AgoraVersion> {
    let base64 = |s: &str| {
        s.len() >= 16
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
    };
    if let Some(rest) = text.strip_prefix("006") {
        let (app_id, body) = (rest.get(..32)?, rest.get(32..)?);
        return (app_id.bytes().all(|b| b.is_ascii_hexdigit()) && base64(body))
            .then_some(AgoraVersion::AccessToken);
    }
    let body = text.strip_prefix("007")?;
    (body.starts_with("eJ") && base64(body)).then_some(AgoraVersion::AccessToken2)
}

/// Tencent UserSig: zlib (`eJ`) in base64 with `+/=` swapped for `*-_`.
fn tencent(text: &str) -> bool {
    text.len() >= 64
        && text.starts_with("eJ")
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'*' | b'-' | b'_'))
}

/// Claims that imitate a ZEGO token's.
fn zego_like(claims: &Map<String, Value>) -> bool {
    ["app_id", "user_id", "appId", "userId", "appID", "userID"]
        .iter()
        .any(|k| claims.contains_key(*k))
}

/// Claim names worth naming in a message: fixed words, never pasted text.
const KNOWN_CLAIMS: [&str; 16] = [
    "app_id", "user_id", "nonce", "ctime", "expire", "payload", "room_id", "appId", "userId",
    "iss", "sub", "exp", "nbf", "iat", "video", "grants",
];

/// The known claim names present, as `app_id, user_id, …`.
fn claim_names(claims: &Map<String, Value>) -> String {
    let names: Vec<&str> = KNOWN_CLAIMS
        .iter()
        .copied()
        .filter(|k| claims.contains_key(*k))
        .collect();
    if names.is_empty() {
        format!("{} claims", claims.len())
    } else {
        format!("claims {}", names.join(", "))
    }
}

/// What the SDK does with anything that does not start with `04`.
const SDK_REFUSES: &str = "the ZEGO SDK takes only a Token04 (\"04\" + base64 of AES-encrypted claims) and refuses this with a token version or format error (Express 1002079, ZIM 6000107, Web 1102016)";

/// What to do instead.
const USE_TOKEN04: &str = "generate a Token04 with an official ZEGO generator (zego_server_assistant) or `zego-token generate`, from the AppID and ServerSecret";

impl fmt::Display for Pasted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Pasted::Jwt(jwt) => fmt_jwt(jwt, f),
            Pasted::Base64Json(b) => {
                write!(f, "this is base64 of a JSON object ({})", claim_names(&b.claims))?;
                match (b.signed, b.signed_with_secret) {
                    (true, Some(true)) => f.write_str(
                        " with an HMAC-SHA256 made with this ServerSecret: an invented generator made it",
                    )?,
                    (true, Some(false)) => {
                        f.write_str(" with a signature that is not an HMAC of this ServerSecret")?;
                    }
                    (true, None) => f.write_str(" with a signature")?,
                    (false, _) => f.write_str(", unsigned")?,
                }
                write!(
                    f,
                    "; the claims are in clear JSON, not encrypted, so this is not a ZEGO token: {SDK_REFUSES}; {USE_TOKEN04}"
                )
            }
            Pasted::Agora { version } => {
                let (name, layout) = match version {
                    AgoraVersion::AccessToken => ("AccessToken", "\"006\" + App ID + base64"),
                    AgoraVersion::AccessToken2 => {
                        ("AccessToken2", "\"007\" + base64 of zlib-compressed data")
                    }
                };
                write!(
                    f,
                    "this is an Agora {name} ({layout}), Agora's token, not a ZEGO token: {SDK_REFUSES}; {USE_TOKEN04}"
                )
            }
            Pasted::TencentUserSig => write!(
                f,
                "this is a Tencent Cloud UserSig (TRTC / IM: zlib-compressed JSON in base64 with *-_), Tencent's credential, not a ZEGO token: {SDK_REFUSES}; {USE_TOKEN04}"
            ),
            Pasted::ServerSecret { is_the_secret } => {
                let which = if *is_the_secret {
                    "it is the ServerSecret given for the check"
                } else {
                    "32 hex characters, the shape of a ZEGO ServerSecret"
                };
                write!(
                    f,
                    "this is not a token but a credential: {which}; a ServerSecret is the key tokens are made with and must stay on your server: paste the token your server generated with it, and if the ServerSecret was shared, reset it in the console"
                )
            }
            Pasted::AppSign => f.write_str(
                "this is not a token but a credential: 64 hex characters, the shape of a ZEGO AppSign (the client SDK's key); a token is made on your server with the 32-character ServerSecret: paste that token instead, and keep the AppSign out of chats and logs",
            ),
        }
    }
}

fn fmt_jwt(jwt: &Jwt, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let alg = jwt
        .alg
        .as_deref()
        .filter(|a| a.len() <= 8 && a.bytes().all(|b| b.is_ascii_alphanumeric()));
    let names = jwt
        .claims
        .as_ref()
        .map_or_else(|| "claims that are not JSON".to_owned(), claim_names);
    match jwt.vendor {
        Some(JwtVendor::LiveKit) => {
            f.write_str("this is a LiveKit access token (a JWT with a video grant)")?
        }
        Some(JwtVendor::Twilio) => {
            f.write_str("this is a Twilio access token (a JWT with grants)")?
        }
        None => f.write_str("this is a JWT")?,
    }
    write!(
        f,
        " ({}, {names}); a JWT is signed, not encrypted: anyone can read its claims; it is not a ZEGO token",
        alg.unwrap_or("no alg")
    )?;
    match jwt.signed_with_secret {
        Some(true) => f.write_str(
            "; it is HMAC-signed with this ServerSecret, so an invented generator made it: ZEGO never signs JWTs",
        )?,
        Some(false) => f.write_str("; it is not signed with this ServerSecret")?,
        None => {}
    }
    if jwt.vendor.is_none() && jwt.claims.as_ref().is_some_and(zego_like) {
        f.write_str("; its ZEGO-like claims do not make it a ZEGO token")?;
    }
    write!(f, ": {SDK_REFUSES}; {USE_TOKEN04}")
}

#[cfg(test)]
mod tests;
