//! What a check of a server API request can find: the public parameters
//! by name ([`Param`]), why ZEGO would reject the request
//! ([`RequestFailure`], with its codes and class), and what it accepts but
//! is probably not meant ([`RequestNote`]).

use std::fmt;

use crate::diagnose::Class;
use crate::signature::api::MAX_SKEW;
use crate::signature::causes::Cause;

/// A public parameter of a server API request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Param {
    /// `Action`: the API called.
    Action,
    /// `AppId`.
    AppId,
    /// `SignatureNonce`.
    SignatureNonce,
    /// `Timestamp`.
    Timestamp,
    /// `Signature`.
    Signature,
    /// `SignatureVersion`.
    SignatureVersion,
}

impl Param {
    /// Every public parameter, in the order requests carry them.
    pub const ALL: [Param; 6] = [
        Param::Action,
        Param::AppId,
        Param::SignatureNonce,
        Param::Timestamp,
        Param::Signature,
        Param::SignatureVersion,
    ];

    /// The parameter's name in a query string.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Param::Action => "Action",
            Param::AppId => "AppId",
            Param::SignatureNonce => "SignatureNonce",
            Param::Timestamp => "Timestamp",
            Param::Signature => "Signature",
            Param::SignatureVersion => "SignatureVersion",
        }
    }

    /// The code ZEGO answers when the parameter is missing or empty.
    pub(super) fn missing_codes(self) -> &'static [u32] {
        match self {
            Param::Action => &[],
            Param::AppId => &[100_000_001],
            Param::SignatureNonce => &[100_000_008],
            Param::Timestamp => &[100_000_002],
            Param::Signature => &[100_000_009],
            Param::SignatureVersion => &[100_000_013],
        }
    }
}

impl fmt::Display for Param {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One reason ZEGO would reject a request. Values quoted from the request
/// are as written; none of them is secret.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RequestFailure {
    /// There is no query string to read parameters from.
    #[error("no query string: a request is https://{{product}}-api.zego.im/?Action=...&AppId=...")]
    NoQuery,
    /// A public parameter is not in the query.
    #[error("{param} is missing{}", near.as_ref().map(|k| format!(" (there is {k:?}: names are case-sensitive)")).unwrap_or_default())]
    Missing {
        /// The parameter.
        param: Param,
        /// A key that differs from its name only in case.
        near: Option<String>,
    },
    /// A public parameter is there but empty.
    #[error("{param} is empty")]
    Empty {
        /// The parameter.
        param: Param,
    },
    /// A public parameter is given more than once.
    #[error("{param} is given {count} times")]
    Repeated {
        /// The parameter.
        param: Param,
        /// How many times.
        count: usize,
    },
    /// A public parameter's value is not UTF-8 once percent-decoded
    /// (`%ff`): it is refused rather than read with U+FFFD in its place.
    #[error("{param} is not UTF-8 once percent-decoded")]
    NotUtf8 {
        /// The parameter.
        param: Param,
    },
    /// The AppId is not a number from 1 to 4294967295.
    #[error("AppId {found:?} is not an AppID (a number from 1 to 4294967295)")]
    AppIdMalformed {
        /// The value written.
        found: String,
    },
    /// The Timestamp is not unix seconds.
    #[error("Timestamp {found:?} is not unix seconds")]
    TimestampMalformed {
        /// The value written.
        found: String,
    },
    /// The Signature is not 32 hex characters.
    #[error("Signature {found:?} is not 32 hex characters (an MD5 digest)")]
    SignatureMalformed {
        /// The value written.
        found: String,
    },
    /// The SignatureVersion is not `2.0`.
    #[error("SignatureVersion {found:?} is not supported: it must be 2.0")]
    VersionUnsupported {
        /// The value written.
        found: String,
    },
    /// The request is for another app than the one expected.
    #[error("AppId {found} is not the expected AppID {expected}")]
    AppIdMismatch {
        /// The AppId written.
        found: u32,
        /// The AppID expected.
        expected: u32,
    },
    /// The Signature is not the one this ServerSecret makes.
    #[error("the Signature does not match this ServerSecret")]
    SignatureMismatch {
        /// Why, as far as can be told: confirmed causes, or suspicions and
        /// [`Cause::OtherSecret`].
        causes: Vec<Cause>,
    },
    /// The Timestamp is in milliseconds (12 digits or more): ZEGO reads
    /// unix seconds, so it is thousands of years ahead.
    #[error("Timestamp {timestamp} is in milliseconds: ZEGO reads unix seconds ({} would be {} s {} the check time)", timestamp / 1000, (timestamp / 1000).abs_diff(*now), if timestamp / 1000 < *now { "behind" } else { "ahead of" })]
    TimestampMilliseconds {
        /// The Timestamp written.
        timestamp: i64,
        /// The check time.
        now: i64,
    },
    /// The Timestamp is more than [`MAX_SKEW`] seconds from the check time.
    #[error("Timestamp {timestamp} is {} s {} the check time; ZEGO allows {MAX_SKEW} s", timestamp.abs_diff(*now), if timestamp < now { "behind" } else { "ahead of" })]
    Stale {
        /// The Timestamp written.
        timestamp: i64,
        /// The check time.
        now: i64,
    },
}

impl RequestFailure {
    /// A short name for the failure, stable for scripts: `missing`,
    /// `signature`, `stale`, ...
    #[must_use]
    pub fn kind(&self) -> &'static str {
        match self {
            RequestFailure::NoQuery => "no_query",
            RequestFailure::Missing { .. } => "missing",
            RequestFailure::Empty { .. } => "empty",
            RequestFailure::Repeated { .. } => "repeated",
            RequestFailure::NotUtf8 { .. } => "not_utf8",
            RequestFailure::AppIdMalformed { .. } => "app_id_malformed",
            RequestFailure::TimestampMalformed { .. } => "timestamp_malformed",
            RequestFailure::SignatureMalformed { .. } => "signature_malformed",
            RequestFailure::VersionUnsupported { .. } => "version_unsupported",
            RequestFailure::AppIdMismatch { .. } => "app_id",
            RequestFailure::SignatureMismatch { .. } => "signature",
            RequestFailure::TimestampMilliseconds { .. } => "timestamp_milliseconds",
            RequestFailure::Stale { .. } => "stale",
        }
    }

    /// The server API return codes ZEGO answers for it (see
    /// [`lookup_api_code`](crate::signature::lookup_api_code)).
    #[must_use]
    pub fn api_codes(&self) -> &'static [u32] {
        match self {
            RequestFailure::NoQuery => &[],
            RequestFailure::Missing { param, .. } | RequestFailure::Empty { param } => {
                param.missing_codes()
            }
            RequestFailure::Repeated { param, .. } | RequestFailure::NotUtf8 { param } => {
                match param {
                    Param::AppId => &[100_000_001],
                    Param::Timestamp => &[100_000_003],
                    Param::SignatureVersion => &[100_000_014],
                    Param::Signature | Param::SignatureNonce => &[100_000_005],
                    Param::Action => &[],
                }
            }
            RequestFailure::AppIdMalformed { .. } => &[100_000_001],
            RequestFailure::TimestampMalformed { .. } => &[100_000_003],
            RequestFailure::SignatureMalformed { .. }
            | RequestFailure::SignatureMismatch { .. } => &[100_000_005],
            RequestFailure::VersionUnsupported { .. } => &[100_000_014],
            RequestFailure::AppIdMismatch { .. } => &[100_000_010, 100_000_005],
            RequestFailure::TimestampMilliseconds { .. } => &[100_000_003, 100_000_004],
            RequestFailure::Stale { .. } => &[100_000_004],
        }
    }

    /// What kind of wrong it is, for exit codes and `class` in JSON:
    /// unreadable parameters (and a Timestamp in the wrong unit) are
    /// malformed; a wrong signature, or an AppId whose ServerSecret this is
    /// not, untrusted; a stale Timestamp, expired.
    #[must_use]
    pub fn class(&self) -> Class {
        match self {
            RequestFailure::NoQuery
            | RequestFailure::Missing { .. }
            | RequestFailure::Empty { .. }
            | RequestFailure::Repeated { .. }
            | RequestFailure::NotUtf8 { .. }
            | RequestFailure::AppIdMalformed { .. }
            | RequestFailure::TimestampMalformed { .. }
            | RequestFailure::SignatureMalformed { .. }
            | RequestFailure::VersionUnsupported { .. }
            | RequestFailure::TimestampMilliseconds { .. } => Class::Malformed,
            RequestFailure::AppIdMismatch { .. } | RequestFailure::SignatureMismatch { .. } => {
                Class::Untrusted
            }
            RequestFailure::Stale { .. } => Class::Expired,
        }
    }

    /// Whether the request is malformed (a parameter missing or unreadable),
    /// as opposed to well formed but wrongly signed or stale.
    #[must_use]
    pub fn is_malformed(&self) -> bool {
        self.class() == Class::Malformed
    }
}

/// Something about a request that ZEGO does not reject but that is
/// probably not meant.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RequestNote {
    /// Plain HTTP: the request and its signature travel in the clear.
    #[error("the URL is http://, not https://")]
    NotHttps,
    /// The host is not a ZEGO server API host.
    #[error(
        "the host {0:?} is not a ZEGO server API host ({{product}}-api[-{{region}}].zego.im or .zegotech.cn)"
    )]
    UnknownHost(String),
}
