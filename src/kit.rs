//! UIKit kit tokens: `token04 + "#" + base64(JSON {"userID", "roomID",
//! "userName", "appID"})`, as ZEGO's web UIKits take them.
//!
//! The UIKit encodes the JSON with `btoa` and reads it back with
//! `JSON.parse(atob(suffix))`: the suffix bytes are Latin-1, one byte per
//! character. This module reads and writes them the same way.

use base64::Engine as _;
use base64::engine::DecodePaddingMode;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig, STANDARD};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// `atob`'s forgiving base64: padding optional, stray low bits ignored.
const FORGIVING: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    GeneralPurposeConfig::new()
        .with_decode_padding_mode(DecodePaddingMode::Indifferent)
        .with_decode_allow_trailing_bits(true),
);

/// The character that separates the token from the kit suffix.
pub const KIT_SEPARATOR: char = '#';

/// What `encodeURIComponent` leaves as it is, besides letters and digits.
const URI_COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'!')
    .remove(b'~')
    .remove(b'*')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')');

/// The suffix of a kit token: who the UIKit logs in as, and where. Built
/// with [`Kit::new`] or read with [`Kit::parse`].
///
/// ```
/// use zego_token::Kit;
/// use zego_token::format::split_kit;
///
/// let kit = Kit::new("alice", Some("room1".into()), "Alice B", 1234567890);
/// let kit_token = kit.wrap("04AAAA")?;
/// let (token, suffix) = split_kit(&kit_token);
/// assert_eq!(token, "04AAAA");
/// assert_eq!(Kit::parse(suffix.unwrap())?, kit);
/// # Ok::<(), zego_token::format::KitError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Kit {
    /// `userID`: the user the UIKit logs in as.
    pub user_id: String,
    /// `roomID`: the room it joins; `None` for call invitations.
    pub room_id: Option<String>,
    /// `userName`, URI-decoded: the name shown to others.
    pub user_name: String,
    /// `appID`.
    pub app_id: u32,
    /// Whether the suffix bytes look UTF-8-encoded (non-ASCII, and valid
    /// UTF-8): the UIKit reads them as Latin-1, so those characters come
    /// out garbled (`é` as `Ã©`). Rare Latin-1 text reads as UTF-8 too
    /// (`Â¡`), so this is a likelihood. The fields above are read as the
    /// UIKit reads them.
    pub utf8_encoded: bool,
    /// What the UIKit's `JSON.parse(atob(suffix))` reads but a strict
    /// reader would not, in words (unpadded base64, whitespace inside, an
    /// appID written `1.0`); empty for a suffix as the UIKit writes it.
    /// Found by reading a suffix, so never deserialized.
    #[cfg_attr(feature = "serde", serde(skip_deserializing))]
    pub unusual: Vec<&'static str>,
}

/// Why a kit suffix cannot be read or written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum KitError {
    /// The suffix is not standard base64.
    #[error("the kit suffix after '#' is not base64")]
    NotBase64,
    /// The decoded suffix is not a JSON object.
    #[error("the kit suffix after '#' is not a JSON object ({detail})")]
    NotJson {
        /// What the JSON parser reported.
        detail: String,
    },
    /// A key of the suffix is given twice: the UIKit's `JSON.parse` takes
    /// the last, a strict reader refuses or takes the first.
    #[error(
        "the kit suffix gives {key} twice: the UIKit reads the last one, other readers may read the first"
    )]
    Repeated {
        /// `userID`, `roomID`, `userName` or `appID`.
        key: &'static str,
    },
    /// A key of the suffix is missing or of the wrong type.
    #[error("the kit suffix's {key} is {problem}")]
    BadField {
        /// `userID`, `roomID`, `userName` or `appID`.
        key: &'static str,
        /// What is wrong with it, e.g. "missing".
        problem: &'static str,
    },
    /// A character the UIKit's `btoa` cannot encode, so it could never read
    /// the kit token back.
    #[error(
        "the {key} {value:?} has the character {found:?} (above U+00FF), which the UIKit cannot encode in a kit token"
    )]
    NotLatin1 {
        /// `userID` or `roomID`.
        key: &'static str,
        /// The value given.
        value: String,
        /// The first character it cannot encode.
        found: char,
    },
    /// The token before `#` is a Token03: a kit token carries a Token04,
    /// the only format the UIKit logs in with (and the only one
    /// [`Mint`](crate::Mint) wraps).
    #[error("a kit token carries a Token04, this one carries a Token03")]
    WrapsToken03,
}

/// The suffix's JSON, in the UIKit's key order.
#[derive(Serialize)]
struct Wire<'a> {
    #[serde(rename = "userID")]
    user_id: &'a str,
    #[serde(rename = "roomID")]
    room_id: Option<&'a str>,
    #[serde(rename = "userName")]
    user_name: &'a str,
    #[serde(rename = "appID")]
    app_id: u32,
}

#[derive(Deserialize)]
struct Read {
    #[serde(rename = "userID")]
    user_id: Option<Value>,
    #[serde(rename = "roomID")]
    room_id: Option<Value>,
    #[serde(rename = "userName")]
    user_name: Option<Value>,
    #[serde(rename = "appID")]
    app_id: Option<Value>,
}

/// Splits a kit token into its token and suffix; a plain token has none.
pub fn split_kit(token: &str) -> (&str, Option<&str>) {
    match token.split_once(KIT_SEPARATOR) {
        Some((token, suffix)) => (token, Some(suffix)),
        None => (token, None),
    }
}

impl Kit {
    /// The suffix for `user_id` in `app_id`, joining `room_id` (`None` for
    /// a call invitation), shown to others as `user_name`.
    pub fn new(
        user_id: impl Into<String>,
        room_id: Option<String>,
        user_name: impl Into<String>,
        app_id: u32,
    ) -> Kit {
        Kit {
            user_id: user_id.into(),
            room_id,
            user_name: user_name.into(),
            app_id,
            utf8_encoded: false,
            unusual: Vec::new(),
        }
    }

    /// Reads a suffix as the UIKit does: base64, the bytes as Latin-1,
    /// JSON, `userName` URI-decoded, `appID` coerced to a number.
    ///
    /// # Errors
    /// A [`KitError`] naming what cannot be read.
    pub fn parse(suffix: &str) -> Result<Kit, KitError> {
        let mut unusual = Vec::new();
        // atob drops ASCII whitespace anywhere (trailing whitespace is
        // only what a paste leaves, not worth a word).
        let trimmed = suffix.trim_ascii();
        let compact: String = trimmed
            .chars()
            .filter(|c| !matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0c'))
            .collect();
        if compact.len() != trimmed.len() {
            unusual.push("has whitespace inside its base64");
        }
        let bytes = match STANDARD.decode(&compact) {
            Ok(bytes) => bytes,
            Err(_) => {
                let bytes = FORGIVING
                    .decode(&compact)
                    .map_err(|_| KitError::NotBase64)?;
                unusual.push(if compact.len().is_multiple_of(4) {
                    "has stray bits at the end of its base64"
                } else {
                    "lacks the '=' padding of its base64"
                });
                bytes
            }
        };
        let utf8_encoded =
            !bytes.is_ascii() && std::str::from_utf8(&bytes).is_ok_and(|s| !s.is_ascii());
        // atob: one character per byte.
        let text: String = bytes.iter().map(|&b| char::from(b)).collect();
        let read: Read = serde_json::from_str(&text).map_err(|e| {
            let detail = e.to_string();
            match KEYS
                .iter()
                .find(|k| detail.starts_with(&format!("duplicate field `{k}`")))
            {
                Some(key) => KitError::Repeated { key },
                None => KitError::NotJson { detail },
            }
        })?;
        let bad = |key, problem| KitError::BadField { key, problem };
        let user_id = match read.user_id {
            Some(Value::String(s)) => s,
            None | Some(Value::Null) => return Err(bad("userID", "missing")),
            Some(_) => return Err(bad("userID", "not a string")),
        };
        let room_id = match read.room_id {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(s),
            Some(_) => return Err(bad("roomID", "not a string or null")),
        };
        let user_name = match read.user_name {
            Some(Value::String(s)) => percent_decode_str(&s)
                .decode_utf8()
                .map_err(|_| bad("userName", "not URI-encoded UTF-8"))?
                .into_owned(),
            None | Some(Value::Null) => String::new(),
            Some(_) => return Err(bad("userName", "not a string")),
        };
        // `1 * appID` in the UIKit: a number, or a string of one; `1.0`
        // and `"7"` are the number the UIKit uses.
        let (app_id, plain) = match &read.app_id {
            Some(Value::Number(n)) => match n.as_u64() {
                Some(n) => (Some(n), true),
                None => (n.as_f64().and_then(whole), false),
            },
            Some(Value::String(s)) => match s.trim().parse::<u64>() {
                Ok(n) => (Some(n), true),
                Err(_) => (s.trim().parse::<f64>().ok().and_then(whole), false),
            },
            _ => (None, true),
        };
        let app_id = app_id
            .and_then(|n| u32::try_from(n).ok())
            .ok_or(bad("appID", "not an AppID"))?;
        if !plain {
            unusual.push("writes its appID as a fraction or an exponent");
        }
        Ok(Kit {
            user_id,
            room_id,
            user_name,
            app_id,
            utf8_encoded,
            unusual,
        })
    }

    /// The suffix as the UIKit's `generateKitTokenForProduction` writes it.
    ///
    /// # Errors
    /// [`KitError::NotLatin1`] for a user or room id the UIKit cannot encode.
    pub fn encode(&self) -> Result<String, KitError> {
        latin1("userID", &self.user_id)?;
        if let Some(room) = &self.room_id {
            latin1("roomID", room)?;
        }
        let name = utf8_percent_encode(&self.user_name, URI_COMPONENT).to_string();
        let wire = Wire {
            user_id: &self.user_id,
            room_id: self.room_id.as_deref(),
            user_name: &name,
            app_id: self.app_id,
        };
        // Strings and a number always serialise.
        let json = serde_json::to_string(&wire).unwrap_or_default();
        // btoa: every character is one byte, as checked above.
        let bytes: Vec<u8> = json.chars().map(|c| c as u8).collect();
        Ok(STANDARD.encode(bytes))
    }

    /// `token#suffix`: the kit token that carries `token` for this user.
    ///
    /// # Errors
    /// As [`Kit::encode`].
    pub fn wrap(&self, token: &str) -> Result<String, KitError> {
        Ok(format!("{token}{KIT_SEPARATOR}{}", self.encode()?))
    }
}

/// The suffix's keys, as the UIKit spells them.
const KEYS: [&str; 4] = ["userID", "roomID", "userName", "appID"];

/// A float that is a whole number from 0 to `u32::MAX`, as an integer.
fn whole(n: f64) -> Option<u64> {
    // Checked to be whole and in range first: the cast is exact.
    (n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&n)).then_some(n as u64)
}

/// Refuses characters above U+00FF, which `btoa` throws on.
fn latin1(key: &'static str, value: &str) -> Result<(), KitError> {
    match value.chars().find(|&c| u32::from(c) > 0xFF) {
        Some(found) => Err(KitError::NotLatin1 {
            key,
            value: value.to_owned(),
            found,
        }),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests;
