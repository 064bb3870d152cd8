//! Readers for the JSON-carrying strings people paste as ZEGO tokens: a JWT
//! and base64 of a JSON object with or without a signature. Neither is
//! encrypted, so both are read without any key; with the ServerSecret, the
//! HMAC tells whether an invented generator signed it with that secret.
//! What they read ([`Jwt`], [`Base64Json`]) is defined here too, with the
//! rule that redacts decoded values holding part of a credential.

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD_PAD_INDIFFERENT, URL_SAFE_PAD_INDIFFERENT};
use hmac::{Hmac, KeyInit, Mac};
use memchr::memmem;
use serde_json::{Map, Value};
use sha2::{Sha256, Sha384, Sha512};

use crate::diagnose::appsign::AppSign;
use crate::secret::Secret;

/// What replaces a decoded value that holds part of a credential.
pub const REDACTED: &str = "<redacted>";

/// The shortest run of a credential's characters that a message may never
/// hold.
const RUN: usize = 8;

/// A JWT, its header and claims decoded (values holding part of a
/// credential replaced by [`REDACTED`]).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Jwt {
    /// The vendor whose token it is, when the claims tell.
    pub vendor: Option<JwtVendor>,
    /// The header's `alg`.
    pub alg: Option<String>,
    /// The decoded header.
    pub header: Map<String, Value>,
    /// The decoded claims, when they are a JSON object.
    pub claims: Option<Map<String, Value>>,
    /// With the ServerSecret and an HMAC `alg`: whether the ServerSecret
    /// signed it.
    pub signed_with_secret: Option<bool>,
}

/// Vendors whose tokens are JWTs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum JwtVendor {
    /// A LiveKit access token (`video` grant).
    LiveKit,
    /// A Twilio access token (`cty: twilio-fpa;v=1`, `grants`).
    Twilio,
}

/// Base64 of a JSON object, as invented generators make "tokens".
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Base64Json {
    /// The decoded object (values holding part of a credential replaced).
    pub claims: Map<String, Value>,
    /// Whether a signature follows the JSON.
    pub signed: bool,
    /// With the ServerSecret and a signature: whether it is an HMAC-SHA256
    /// made with the ServerSecret.
    pub signed_with_secret: Option<bool>,
}

// JSON values compare as equivalences: serde_json numbers are never NaN.
impl Eq for Jwt {}
impl Eq for Base64Json {}

/// Whether `text` holds 8 or more consecutive bytes of `credential`.
pub(crate) fn shares_run(text: &[u8], credential: &[u8]) -> bool {
    credential
        .windows(RUN)
        .any(|window| memmem::find(text, window).is_some())
}

/// A JSON object, as read from a pasted string.
pub(super) type Object = Map<String, Value>;

/// Reads `text` as a JWT (`header.claims.signature`, base64url), if it is one.
pub(super) fn jwt(text: &str, secret: Option<&Secret>, app_sign: Option<&AppSign>) -> Option<Jwt> {
    let mut parts = text.split('.');
    let (head, body, signature) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let mut header = object(head)?;
    if !header.contains_key("alg") && !header.contains_key("typ") {
        return None;
    }
    let mut claims = object(body);
    let alg = header.get("alg").and_then(Value::as_str).map(str::to_owned);
    let signed_with_secret = secret.zip(alg.as_deref()).and_then(|(secret, alg)| {
        let signature = URL_SAFE_PAD_INDIFFERENT.decode(signature).ok()?;
        let signed = text.len() - signature_len(text);
        hmac_matches(
            alg,
            &secret.text[..],
            &text.as_bytes()[..signed],
            &signature,
        )
    });
    let vendor = jwt_vendor(&header, claims.as_ref());
    redact(&mut header, secret, app_sign);
    if let Some(claims) = claims.as_mut() {
        redact(claims, secret, app_sign);
    }
    Some(Jwt {
        vendor,
        alg,
        header,
        claims,
        signed_with_secret,
    })
}

/// Length of the `.signature` part of a JWT, dot included.
fn signature_len(text: &str) -> usize {
    text.rfind('.').map_or(0, |dot| text.len() - dot)
}

/// Reads `text` as base64 of a JSON object, optionally followed by `.` and
/// a signature in hex or base64.
pub(super) fn base64_json(
    text: &str,
    secret: Option<&Secret>,
    app_sign: Option<&AppSign>,
) -> Option<Base64Json> {
    let (encoded, signature) = match text.split_once('.') {
        Some((encoded, signature)) if !signature.contains('.') => (encoded, Some(signature)),
        Some(_) => return None,
        None => (text, None),
    };
    let json = decode_any(encoded)?;
    let mut claims: Object = serde_json::from_slice(&json).ok()?;
    let signature_bytes = signature.and_then(|s| hex(s).or_else(|| decode_any(s)));
    let signed_with_secret = secret.zip(signature_bytes.as_ref()).map(|(secret, sig)| {
        // Invented generators sign either the JSON or its base64 text.
        [json.as_slice(), encoded.as_bytes()]
            .into_iter()
            .any(|message| hmac_matches("HS256", &secret.text[..], message, sig) == Some(true))
    });
    redact(&mut claims, secret, app_sign);
    Some(Base64Json {
        claims,
        signed: signature.is_some(),
        signed_with_secret,
    })
}

/// Whether `signature` is the HMAC of `message` under `key`, for the JWT
/// HMAC algorithms; `None` for algorithms that are not HMAC.
fn hmac_matches(alg: &str, key: &[u8], message: &[u8], signature: &[u8]) -> Option<bool> {
    fn check<M: Mac + KeyInit>(key: &[u8], message: &[u8], signature: &[u8]) -> Option<bool> {
        let mut mac = <M as KeyInit>::new_from_slice(key).ok()?;
        mac.update(message);
        Some(mac.verify_slice(signature).is_ok())
    }
    match alg {
        "HS256" => check::<Hmac<Sha256>>(key, message, signature),
        "HS384" => check::<Hmac<Sha384>>(key, message, signature),
        "HS512" => check::<Hmac<Sha512>>(key, message, signature),
        _ => None,
    }
}

/// LiveKit and Twilio tokens are JWTs with tell-tale claims (PRODUCTS.md
/// section 6: LiveKit's `video` grant, Twilio's `cty` and `grants`).
fn jwt_vendor(header: &Object, claims: Option<&Object>) -> Option<JwtVendor> {
    let text = |map: &Object, key: &str| map.get(key).and_then(Value::as_str).map(str::to_owned);
    if text(header, "cty").is_some_and(|cty| cty.starts_with("twilio-fpa")) {
        return Some(JwtVendor::Twilio);
    }
    let claims = claims?;
    if claims.contains_key("grants") && text(claims, "iss").is_some_and(|iss| iss.starts_with("SK"))
    {
        return Some(JwtVendor::Twilio);
    }
    if claims.get("video").is_some_and(Value::is_object) || claims.contains_key("sip") {
        return Some(JwtVendor::LiveKit);
    }
    None
}

/// A base64 (standard or URL-safe, padded or not) JSON object.
fn object(encoded: &str) -> Option<Object> {
    serde_json::from_slice(&decode_any(encoded)?).ok()
}

fn decode_any(encoded: &str) -> Option<Vec<u8>> {
    URL_SAFE_PAD_INDIFFERENT
        .decode(encoded)
        .or_else(|_| STANDARD_PAD_INDIFFERENT.decode(encoded))
        .ok()
}

fn hex(text: &str) -> Option<Vec<u8>> {
    if text.is_empty() || !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

/// Replaces every string value (and key) that holds 8 or more consecutive
/// characters of the secret or the AppSign: the decoded claims are shown
/// to the user, and an invented generator may have put a credential in them.
fn redact(object: &mut Object, secret: Option<&Secret>, app_sign: Option<&AppSign>) {
    let credentials: Vec<&[u8]> = secret
        .map(|s| &s.text[..])
        .into_iter()
        .chain(app_sign.map(AppSign::text))
        .collect();
    if credentials.is_empty() {
        return;
    }
    let leaks = |text: &str| credentials.iter().any(|c| shares_run(text.as_bytes(), c));
    let taken = std::mem::take(object);
    for (key, mut value) in taken {
        redact_value(&mut value, &leaks);
        let key = if leaks(&key) {
            REDACTED.to_owned()
        } else {
            key
        };
        object.insert(key, value);
    }
}

fn redact_value(value: &mut Value, leaks: &dyn Fn(&str) -> bool) {
    match value {
        Value::String(s) if leaks(s) => *s = REDACTED.to_owned(),
        Value::Number(n) if leaks(&n.to_string()) => {
            *value = Value::String(REDACTED.to_owned());
        }
        Value::Array(items) => items.iter_mut().for_each(|v| redact_value(v, leaks)),
        Value::Object(map) => {
            let taken = std::mem::take(map);
            for (key, mut v) in taken {
                redact_value(&mut v, leaks);
                let key = if leaks(&key) {
                    REDACTED.to_owned()
                } else {
                    key
                };
                map.insert(key, v);
            }
        }
        _ => {}
    }
}
