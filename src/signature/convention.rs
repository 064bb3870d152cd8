//! The two callback conventions, timestamps in either unit, and checking a
//! callback body in one call.
//!
//! - Standard (RTC, ZIM, cloud recording, cloud player, whiteboard):
//!   `signature`, `timestamp` (seconds), `nonce`, `appid`.
//! - AI products (AI Agent, realtime ASR, Digital Human): `Signature`,
//!   `Timestamp` (milliseconds), `Nonce`, `AppId`; the body is to be
//!   UrlDecoded. Source: `core_products/aiagent/en/server/callbacks/receiving-callback.mdx`
//!   and `extended_services/cloud-realtime-asr/en/server/callbacks/receiving-callback.mdx`
//!   (`ZEGOCLOUD/docs_all`).
//!
//! Both sign alike ([`callback_signature`](super::callback_signature)).

use crate::diagnose::Class;

use super::body::{CallbackError, CallbackFields, Spelling};
use super::callback::{CallbackSecret, verify_callback};

/// Which products' convention a callback body follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum CallbackConvention {
    /// RTC, ZIM, cloud recording, ...: lowercase fields, seconds.
    Standard,
    /// AI Agent, realtime ASR, Digital Human: capitalised fields,
    /// milliseconds.
    AiProduct,
}

impl CallbackConvention {
    /// `standard` or `ai_product`, stable for scripts.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            CallbackConvention::Standard => "standard",
            CallbackConvention::AiProduct => "ai_product",
        }
    }

    /// The unit its docs give the timestamp in.
    #[must_use]
    pub fn unit(self) -> TimestampUnit {
        match self {
            CallbackConvention::Standard => TimestampUnit::Seconds,
            CallbackConvention::AiProduct => TimestampUnit::Milliseconds,
        }
    }
}

/// The unit of a callback's timestamp.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TimestampUnit {
    /// Unix seconds.
    Seconds,
    /// Unix milliseconds.
    Milliseconds,
}

/// Unix times from 1973 on have 12 digits or more in milliseconds, and
/// reach them in seconds only in the year 5138.
const MILLIS_FROM: i64 = 100_000_000_000;

impl CallbackFields {
    /// The convention the body follows, from its field names; `None` for
    /// a body that mixes them.
    #[must_use]
    pub fn convention(&self) -> Option<CallbackConvention> {
        match self.spelling {
            Spelling::Lower => Some(CallbackConvention::Standard),
            Spelling::Capitalized => Some(CallbackConvention::AiProduct),
            _ => None,
        }
    }

    /// The timestamp in unix milliseconds and the unit it was sent in
    /// (read from its size: Digital Human's docs call it milliseconds but
    /// show seconds); `None` unless it is a whole number.
    #[must_use]
    pub fn timestamp_millis(&self) -> Option<(i64, TimestampUnit)> {
        let t = &self.timestamp;
        if t.is_empty() || t.len() > 18 || !t.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let n: i64 = t.parse().ok()?;
        Some(if n >= MILLIS_FROM {
            (n, TimestampUnit::Milliseconds)
        } else {
            (n.saturating_mul(1000), TimestampUnit::Seconds)
        })
    }

    /// How old the callback is at `now` (unix seconds), in milliseconds;
    /// negative when it is from the future.
    #[must_use]
    pub fn age_millis(&self, now: i64) -> Option<i64> {
        let (sent, _) = self.timestamp_millis()?;
        Some(now.saturating_mul(1000).saturating_sub(sent))
    }
}

/// One reason a callback should not be trusted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CallbackFailure {
    /// The body holds no signature to check.
    #[error(transparent)]
    NoSignature(CallbackError),
    /// The signature is not this CallbackSecret's.
    #[error("the signature does not match this CallbackSecret")]
    SignatureMismatch {
        /// The signature is right but in uppercase hex.
        uppercase: bool,
    },
    /// The timestamp is not a whole number, so its age is unknown.
    #[error("the timestamp {found:?} is not a whole number: its age cannot be checked")]
    TimestampMalformed {
        /// The value sent.
        found: String,
    },
    /// Older (or further in the future) than the maximum age.
    #[error("the timestamp is {} ms {}; the maximum age is {max_age} s", age.unsigned_abs(), if *age >= 0 { "old" } else { "in the future" })]
    Stale {
        /// Its age in milliseconds (negative: from the future).
        age: i64,
        /// The maximum age allowed, in seconds.
        max_age: i64,
    },
}

impl CallbackFailure {
    /// A short name, stable for scripts: `no_signature`, `signature`,
    /// `timestamp_malformed`, `stale`.
    #[must_use]
    pub fn kind(&self) -> &'static str {
        match self {
            CallbackFailure::NoSignature(_) => "no_signature",
            CallbackFailure::SignatureMismatch { .. } => "signature",
            CallbackFailure::TimestampMalformed { .. } => "timestamp_malformed",
            CallbackFailure::Stale { .. } => "stale",
        }
    }
}

impl CallbackFailure {
    /// What kind of wrong it is, for exit codes and `class` in JSON: no
    /// signature or an unreadable timestamp is malformed, a wrong
    /// signature untrusted, a stale one expired.
    #[must_use]
    pub fn class(&self) -> Class {
        match self {
            CallbackFailure::NoSignature(_) | CallbackFailure::TimestampMalformed { .. } => {
                Class::Malformed
            }
            CallbackFailure::SignatureMismatch { .. } => Class::Untrusted,
            CallbackFailure::Stale { .. } => Class::Expired,
        }
    }
}

/// What [`check_callback`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct CallbackCheck {
    /// Every reason not to trust the callback; empty when it is valid.
    pub failures: Vec<CallbackFailure>,
    /// The signature fields, when the body has them.
    pub fields: Option<CallbackFields>,
    /// The convention the body follows (`None`: unreadable or mixed).
    pub convention: Option<CallbackConvention>,
    /// The unit the timestamp was sent in, when it is a whole number.
    pub unit: Option<TimestampUnit>,
}

impl CallbackCheck {
    /// Whether the callback is signed with this secret (and recent enough).
    #[must_use]
    pub fn is_valid(&self) -> bool {
        self.failures.is_empty()
    }

    /// Whether the timestamp's unit is not the one its convention's docs
    /// give (seconds in a capitalised body, as Digital Human's example
    /// shows, or milliseconds in a lowercase one, as some ZIM callbacks).
    #[must_use]
    pub fn unit_unexpected(&self) -> bool {
        matches!((self.convention, self.unit), (Some(c), Some(u)) if c.unit() != u)
    }
}

/// Checks a callback body as posted (JSON, form-encoded, or URL-encoded
/// JSON, in either convention): its signature with this CallbackSecret,
/// and with `max_age` (seconds) its age at `now` (unix seconds), measured
/// in milliseconds whatever unit the timestamp is in.
#[must_use]
pub fn check_callback(
    secret: &CallbackSecret,
    body: &str,
    max_age: Option<i64>,
    now: i64,
) -> CallbackCheck {
    let mut check = CallbackCheck {
        failures: Vec::new(),
        fields: None,
        convention: None,
        unit: None,
    };
    let fields = match CallbackFields::parse(body) {
        Ok(fields) => fields,
        Err(e) => {
            check.failures.push(CallbackFailure::NoSignature(e));
            return check;
        }
    };
    if !verify_callback(secret, &fields) {
        let mut lower = fields.clone();
        lower.signature.make_ascii_lowercase();
        check.failures.push(CallbackFailure::SignatureMismatch {
            uppercase: lower.signature != fields.signature && verify_callback(secret, &lower),
        });
    }
    check.convention = fields.convention();
    check.unit = fields.timestamp_millis().map(|(_, unit)| unit);
    if let Some(max_age) = max_age {
        match fields.age_millis(now) {
            None => check.failures.push(CallbackFailure::TimestampMalformed {
                found: fields.timestamp.clone(),
            }),
            Some(age) if age.unsigned_abs() > max_age.unsigned_abs().saturating_mul(1000) => {
                check.failures.push(CallbackFailure::Stale { age, max_age });
            }
            Some(_) => {}
        }
    }
    check.fields = Some(fields);
    check
}

#[cfg(test)]
mod tests;
