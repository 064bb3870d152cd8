//! Why a CDN would refuse a signed URL, and why its signature does not
//! match. Values quoted come from the URL, with the key blanked out should
//! the URL hold it; signatures are never quoted.

use std::fmt;

use crate::diagnose::Class;

/// One reason a CDN would refuse a URL (it answers 403 and says no more).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CdnFailure {
    /// Not a URL, nor a path with a query.
    #[error("malformed URL: {reason}")]
    MalformedUrl {
        /// What is wrong.
        reason: &'static str,
    },
    /// None of the CDNs' parameters is in the URL.
    #[error(
        "no CDN authentication parameters: txSecret and txTime (Tencent), wsSecret and wsABStime (Wangsu), hwSecret and hwTime (Huawei), or t and sign (Tencent recordings)"
    )]
    NoAuth,
    /// A parameter is missing.
    #[error("{param} is missing{}", near.as_ref().map(|k| format!(" (there is {k:?}: names are case-sensitive)")).unwrap_or_default())]
    Missing {
        /// The parameter's name.
        param: &'static str,
        /// A name that differs from it only in case.
        near: Option<String>,
    },
    /// A parameter is there but empty.
    #[error("{param} is empty")]
    Empty {
        /// The parameter's name.
        param: &'static str,
    },
    /// A parameter is given more than once.
    #[error("{param} is given {count} times")]
    Repeated {
        /// The parameter's name.
        param: &'static str,
        /// How many times.
        count: usize,
    },
    /// The time is not hex digits.
    #[error("{param} {found:?} is not a time: it must be unix seconds in hex, e.g. 5c271099")]
    TimeMalformed {
        /// The parameter's name.
        param: &'static str,
        /// The value written.
        found: String,
    },
    /// The time is hex in the other case than the CDN's docs require.
    #[error("{param} {found:?} is in {} hex: this CDN wants {}", if *uppercase { "lowercase" } else { "uppercase" }, if *uppercase { "uppercase (5C271099)" } else { "lowercase (5c271099)" })]
    TimeCase {
        /// The parameter's name.
        param: &'static str,
        /// The value written.
        found: String,
        /// Whether the CDN wants uppercase (Wangsu) rather than lowercase.
        uppercase: bool,
    },
    /// The time is written in decimal; the CDN reads hex.
    #[error(
        "{param} {found:?} is decimal: CDNs read the time in hex ({found} is {})",
        hex_of(found)
    )]
    TimeDecimal {
        /// The parameter's name.
        param: &'static str,
        /// The value written.
        found: String,
    },
    /// The signature is not the hex digest the CDN's formula makes.
    #[error("{param} is {length} characters long, not {expected} hex characters")]
    SignatureMalformed {
        /// The parameter's name.
        param: &'static str,
        /// Its length as written.
        length: usize,
        /// The length of the CDN's digest in hex.
        expected: usize,
    },
    /// The signature is not the one this key makes.
    #[error("the signature does not match this key")]
    SignatureMismatch {
        /// Why, as far as can be told: confirmed causes, or
        /// [`CdnCause::OtherKey`].
        causes: Vec<CdnCause>,
    },
    /// The URL is past its expiry.
    #[error("the URL expired at {expire_at}, {} s before the check time{}", now.saturating_sub(*expire_at), if *grace > 0 { format!(" (after {grace} s of grace)") } else { String::new() })]
    Expired {
        /// The expiry written (unix seconds).
        expire_at: i64,
        /// The check time.
        now: i64,
        /// Seconds the CDN accepts past the expiry (Tencent recordings: 300).
        grace: i64,
    },
    /// The key itself is written in the URL.
    #[error("the URL holds the key itself: never send it; it only goes into the hash")]
    KeyInUrl,
}

/// `5c271099` for `1546064025`, or why not.
fn hex_of(decimal: &str) -> String {
    decimal
        .parse::<u64>()
        .map_or_else(|_| "too large".to_owned(), |n| format!("{n:x} in hex"))
}

impl CdnFailure {
    /// A short name for the failure, stable for scripts: `expired`,
    /// `signature`, `time_case`, ...
    #[must_use]
    pub fn kind(&self) -> &'static str {
        match self {
            CdnFailure::MalformedUrl { .. } => "malformed_url",
            CdnFailure::NoAuth => "no_auth",
            CdnFailure::Missing { .. } => "missing",
            CdnFailure::Empty { .. } => "empty",
            CdnFailure::Repeated { .. } => "repeated",
            CdnFailure::TimeMalformed { .. } => "time_malformed",
            CdnFailure::TimeCase { .. } => "time_case",
            CdnFailure::TimeDecimal { .. } => "time_decimal",
            CdnFailure::SignatureMalformed { .. } => "signature_malformed",
            CdnFailure::SignatureMismatch { .. } => "signature",
            CdnFailure::Expired { .. } => "expired",
            CdnFailure::KeyInUrl => "key_in_url",
        }
    }

    /// Whether the URL is malformed (a parameter missing or unreadable,
    /// the time in the wrong case or base), as opposed to well formed but
    /// wrongly signed, expired, or leaking the key.
    #[must_use]
    pub fn is_malformed(&self) -> bool {
        self.class() == Class::Malformed
    }

    /// What kind of wrong it is, for exit codes and `class` in JSON:
    /// unreadable parameters are malformed; a wrong signature untrusted,
    /// as is a URL carrying its key (whoever saw it can sign anything);
    /// a past expiry, expired.
    #[must_use]
    pub fn class(&self) -> Class {
        match self {
            CdnFailure::MalformedUrl { .. }
            | CdnFailure::NoAuth
            | CdnFailure::Missing { .. }
            | CdnFailure::Empty { .. }
            | CdnFailure::Repeated { .. }
            | CdnFailure::TimeMalformed { .. }
            | CdnFailure::TimeCase { .. }
            | CdnFailure::TimeDecimal { .. }
            | CdnFailure::SignatureMalformed { .. } => Class::Malformed,
            CdnFailure::SignatureMismatch { .. } | CdnFailure::KeyInUrl => Class::Untrusted,
            CdnFailure::Expired { .. } => Class::Expired,
        }
    }
}

/// A reason a CDN signature does not match. All but the last are
/// confirmed: the signature matches once that one thing is changed.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum CdnCause {
    /// Wangsu signs `/live/{stream}`; this was signed over the stream ID
    /// alone.
    StreamWithoutApp {
        /// The name that was signed.
        signed: String,
        /// The name Wangsu signs.
        expected: String,
    },
    /// Tencent and Huawei sign the stream ID alone; this was signed with
    /// the application path.
    StreamWithApp {
        /// The name that was signed.
        signed: String,
        /// The stream ID.
        expected: String,
    },
    /// Signed over the stream with its format extension (`.flv`); the CDN
    /// signs the stream ID without it.
    ExtensionSigned {
        /// The name that was signed.
        signed: String,
    },
    /// Signed over the time in the other case of hex than written.
    TimeOtherCase {
        /// The time text that was signed.
        signed: String,
    },
    /// Signed over the time in decimal while the URL has it in hex.
    TimeDecimal {
        /// The time text that was signed.
        signed: String,
    },
    /// The signature is right but in uppercase hex.
    SignatureUppercase,
    /// Nothing else explains it: most likely another key (another CDN's,
    /// another project's, or the ServerSecret).
    OtherKey,
}

impl CdnCause {
    /// Whether the signature was shown to match with this one change.
    #[must_use]
    pub fn confirmed(&self) -> bool {
        !matches!(self, CdnCause::OtherKey)
    }
}

impl fmt::Display for CdnCause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CdnCause::StreamWithoutApp { signed, expected } => write!(
                f,
                "signed over {signed:?}, the stream without /live/: Wangsu signs {expected:?}"
            ),
            CdnCause::StreamWithApp { signed, expected } => write!(
                f,
                "signed over {signed:?}, the stream with its path: this CDN signs the stream ID alone, {expected:?}"
            ),
            CdnCause::ExtensionSigned { signed } => write!(
                f,
                "signed over {signed:?}, with the format extension: sign the stream ID without it"
            ),
            CdnCause::TimeOtherCase { signed } => write!(
                f,
                "signed over the time written {signed:?}: sign the time exactly as the URL carries it"
            ),
            CdnCause::TimeDecimal { signed } => write!(
                f,
                "signed over the time in decimal ({signed}): sign the hex text the URL carries"
            ),
            CdnCause::SignatureUppercase => f.write_str(
                "the signature is right but in uppercase hex; CDNs compare lowercase hex",
            ),
            CdnCause::OtherKey => f.write_str(
                "stream and time as written do not explain it: the key most likely differs (another CDN's or project's, or not the CDN key at all)",
            ),
        }
    }
}
