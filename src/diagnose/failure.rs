//! What can be wrong with a token: one variant per failed check, each with
//! its stable name and the SDK errors it causes.

use std::fmt;

use super::misport::Misport;
use super::pasted::Pasted;
use super::time_unit::TimeUnit;
use crate::error::{Malformed, Untrusted};
use crate::invalid::InvalidClaim;
use crate::privilege::Right;

use super::repair::Repair;

/// One failed check.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Failure {
    /// Not a well-formed Token04.
    Malformed(Malformed),
    /// The input is not the token itself but the token wrapped or encoded
    /// on its way ([`repair`](super::repair) undid these changes); the SDK,
    /// and a [`Verifier`](crate::Verifier), take only the token itself. The
    /// rest of the report is about the token with the changes undone.
    Repaired(Vec<Repair>),
    /// Does not open with the secret, or contradicts its header.
    Untrusted(Untrusted),
    /// Not a ZEGO token at all: a JWT, base64 JSON, another vendor's token
    /// or a credential, recognised. Its kind is [`Pasted::kind`].
    NotZegoToken(Pasted),
    /// Does not open with the secret, but with a key a faulty generator
    /// derived from it (or from the AppSign): the generator is at fault,
    /// not the secret. Its kind is the derivation's
    /// ([`KeyDerivation::kind`](super::KeyDerivation::kind)).
    WrongKey(Misport),
    /// A time claim in milliseconds (or a finer unit) instead of unix
    /// seconds. Its kind is [`TimeUnit::kind`].
    TimeUnit {
        /// The claim (`ctime`, `expire`, `create_time`, `expire_time`).
        field: &'static str,
        /// Its value.
        value: i64,
        /// The unit it is in.
        unit: TimeUnit,
    },
    /// Opened with the secret, but a claim is built wrong (one failure per
    /// claim at fault): the generator is at fault, not the secret.
    InvalidClaim {
        /// The claim and what is wrong with it.
        claim: InvalidClaim,
        /// Whether GCM proved the claims came from the secret's holder as
        /// they are. For legacy CBC they may also have been altered.
        authenticated: bool,
    },
    /// A kit token whose suffix names another user than the token inside.
    KitUserMismatch {
        /// The user the suffix names (the UIKit logs in as this one).
        kit: String,
        /// The user of the token inside.
        token: String,
    },
    /// A kit token whose suffix names another app than the token inside.
    KitAppIdMismatch {
        /// The AppID the suffix names.
        kit: u32,
        /// The AppID of the token inside.
        token: u32,
    },
    /// The expiry time has passed.
    Expired {
        /// The token's expiry.
        expire: i64,
        /// The time of the check.
        now: i64,
    },
    /// Created after the time of the check (a clock is off).
    NotYetValid {
        /// The token's creation time.
        ctime: i64,
        /// The time of the check.
        now: i64,
    },
    /// Made for another app.
    AppIdMismatch {
        /// The AppID expected.
        expected: u32,
        /// The AppID in the token.
        found: u32,
    },
    /// Made for another user.
    UserIdMismatch {
        /// The user expected.
        expected: String,
        /// The user in the token.
        found: String,
    },
    /// Made for another room, or for none.
    RoomIdMismatch {
        /// The room expected.
        expected: String,
        /// The room in the payload, if it has one.
        found: Option<String>,
    },
    /// A room or privilege was required, and the token has a payload, but
    /// not one in the privilege shape: it grants nothing.
    PrivilegeUnreadable {
        /// Why the payload is not a privilege payload.
        detail: String,
    },
    /// A required privilege is denied or absent.
    PrivilegeMissing {
        /// The privilege required.
        right: Right,
        /// `true` when the payload denies it, `false` when there is no
        /// privilege payload at all.
        denied: bool,
    },
}

/// What kind of wrong a [`Failure`] is, in the order a script fixes them:
/// the closed set that exit codes and HTTP statuses are chosen from.
///
/// Exhaustive on purpose: every new [`Failure`] falls in one of these, so
/// a caller's `match` on it never needs a wildcard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Class {
    /// Not a well-formed token, or one whose generator built it wrong.
    Malformed,
    /// Does not open with the secret, or contradicts itself.
    Untrusted,
    /// Genuine, but for another app, user, room, or without a privilege.
    Mismatch,
    /// Genuine, but outside its lifetime.
    Expired,
}

impl Class {
    /// The stable snake_case name: `malformed`, `untrusted`, `mismatch`,
    /// `expired`.
    pub fn as_str(self) -> &'static str {
        match self {
            Class::Malformed => "malformed",
            Class::Untrusted => "untrusted",
            Class::Mismatch => "mismatch",
            Class::Expired => "expired",
        }
    }
}

impl Failure {
    /// The class of failure: what exit code or status it earns.
    pub fn class(&self) -> Class {
        match self {
            // Claims built wrong: the token is not a well-formed one either.
            Failure::Malformed(_) | Failure::Repaired(_) | Failure::InvalidClaim { .. } => {
                Class::Malformed
            }
            // The token was made by a wrong generator: the SDK cannot open
            // it with the secret either.
            Failure::Untrusted(_) | Failure::WrongKey(_) => Class::Untrusted,
            Failure::NotZegoToken(_) | Failure::TimeUnit { .. } => Class::Malformed,
            Failure::Expired { .. } | Failure::NotYetValid { .. } => Class::Expired,
            Failure::KitUserMismatch { .. }
            | Failure::KitAppIdMismatch { .. }
            | Failure::AppIdMismatch { .. }
            | Failure::UserIdMismatch { .. }
            | Failure::RoomIdMismatch { .. }
            | Failure::PrivilegeUnreadable { .. }
            | Failure::PrivilegeMissing { .. } => Class::Mismatch,
        }
    }

    /// The stable name used in JSON output.
    pub fn kind(&self) -> &'static str {
        match self {
            Failure::Malformed(_) | Failure::Repaired(_) => "malformed",
            Failure::Untrusted(_) => "untrusted",
            Failure::NotZegoToken(pasted) => pasted.kind(),
            Failure::WrongKey(misport) => misport.derivation.kind(),
            Failure::TimeUnit { unit, .. } => unit.kind(),
            Failure::InvalidClaim { .. } => "invalid_claims",
            Failure::KitUserMismatch { .. } | Failure::KitAppIdMismatch { .. } => "kit_mismatch",
            Failure::Expired { .. } => "expired",
            Failure::NotYetValid { .. } => "not_yet_valid",
            Failure::AppIdMismatch { .. } => "app_id_mismatch",
            Failure::UserIdMismatch { .. } => "user_id_mismatch",
            Failure::RoomIdMismatch { .. } => "room_id_mismatch",
            Failure::PrivilegeMissing { .. } => "privilege_missing",
            Failure::PrivilegeUnreadable { .. } => "privilege_unreadable",
        }
    }

    /// The client SDK error codes this failure causes (Express, then ZIM).
    pub fn sdk_codes(&self) -> &'static [u32] {
        match self {
            Failure::Malformed(
                Malformed::Token03
                | Malformed::BadPrefix { .. }
                | Malformed::VersionMismatch { .. },
            ) => &[1_002_079, 6_000_107],
            Failure::Malformed(_) | Failure::Repaired(_) => &[1_002_074, 6_000_103],
            Failure::Untrusted(_) => &[1_002_033, 6_000_103],
            Failure::NotZegoToken(_) => &[1_002_079, 6_000_107, 1_102_016],
            Failure::WrongKey(_) => &[1_002_033, 6_000_103],
            Failure::TimeUnit { .. } => &[1_002_078],
            Failure::InvalidClaim { claim, .. } => claim.sdk_codes(),
            Failure::KitUserMismatch { .. } => &[1_002_077],
            Failure::KitAppIdMismatch { .. } => &[1_002_076],
            Failure::Expired { .. } => &[1_002_078, 6_000_106],
            Failure::NotYetValid { .. } => &[1_002_033, 6_000_103],
            Failure::AppIdMismatch { .. } => &[1_002_076, 6_000_003],
            Failure::UserIdMismatch { .. } => &[1_002_077],
            Failure::RoomIdMismatch { .. } | Failure::PrivilegeUnreadable { .. } => &[1_002_033],
            Failure::PrivilegeMissing {
                right: Right::Login,
                ..
            } => &[1_002_033],
            Failure::PrivilegeMissing {
                right: Right::Publish,
                ..
            } => &[1_002_082, 1_003_072],
        }
    }
}

impl std::error::Error for Failure {}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Malformed(e) => write!(f, "{e}"),
            Failure::Repaired(changes) => {
                f.write_str("the input is not the token itself: ")?;
                for (i, change) in changes.iter().enumerate() {
                    if i > 0 {
                        f.write_str("; ")?;
                    }
                    write!(f, "{change}")?;
                }
                Ok(())
            }
            Failure::Untrusted(e) => write!(f, "{e}"),
            Failure::NotZegoToken(pasted) => write!(f, "{pasted}"),
            Failure::WrongKey(misport) => write!(f, "{misport}"),
            Failure::TimeUnit { field, value, unit } => write!(
                f,
                "{field} is {value}, a time in {unit}, not unix seconds ({})",
                unit.fix()
            ),
            Failure::InvalidClaim { claim, .. } => write!(f, "{claim}"),
            Failure::KitUserMismatch { kit, token } => write!(
                f,
                "the kit token names user {kit:?}, the token inside is for {token:?}"
            ),
            Failure::KitAppIdMismatch { kit, token } => write!(
                f,
                "the kit token names app {kit}, the token inside is for app {token}"
            ),
            Failure::Expired { expire, now } => {
                write!(
                    f,
                    "expired at {expire}, {} s before the check",
                    now.saturating_sub(*expire)
                )
            }
            Failure::NotYetValid { ctime, now } => {
                write!(
                    f,
                    "created at {ctime}, {} s after the check",
                    ctime.saturating_sub(*now)
                )
            }
            Failure::AppIdMismatch { expected, found } => {
                write!(f, "token has app_id {found}, expected {expected}")
            }
            Failure::UserIdMismatch { expected, found } => {
                write!(f, "token has user_id {found:?}, expected {expected:?}")
            }
            Failure::RoomIdMismatch {
                expected,
                found: Some(found),
            } => write!(f, "token has room_id {found:?}, expected {expected:?}"),
            Failure::RoomIdMismatch {
                expected,
                found: None,
            } => write!(
                f,
                "token has no room privilege payload, expected room {expected:?}"
            ),
            Failure::PrivilegeMissing {
                right,
                denied: true,
            } => {
                write!(f, "{right} is required but the token's privileges deny it")
            }
            Failure::PrivilegeMissing {
                right,
                denied: false,
            } => write!(
                f,
                "{right} is required but the token has no privilege payload"
            ),
            Failure::PrivilegeUnreadable { detail } => {
                write!(f, "{detail}, so it grants no room and no privilege")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sdk_code_named_is_in_the_table() {
        let right = Right::Login;
        let failures = [
            Failure::Malformed(Malformed::Token03),
            Failure::Malformed(Malformed::Empty),
            Failure::Untrusted(Untrusted::BadPadding),
            Failure::NotZegoToken(Pasted::AppSign),
            Failure::TimeUnit {
                field: "ctime",
                value: 1_796_000_000_000,
                unit: TimeUnit::Milliseconds,
            },
            Failure::InvalidClaim {
                claim: InvalidClaim::new("nonce", crate::invalid::ClaimProblem::Missing),
                authenticated: true,
            },
            Failure::KitUserMismatch {
                kit: "a".into(),
                token: "b".into(),
            },
            Failure::KitAppIdMismatch { kit: 1, token: 2 },
            Failure::Expired { expire: 0, now: 0 },
            Failure::NotYetValid { ctime: 0, now: 0 },
            Failure::AppIdMismatch {
                expected: 1,
                found: 2,
            },
            Failure::UserIdMismatch {
                expected: "a".into(),
                found: "b".into(),
            },
            Failure::RoomIdMismatch {
                expected: "a".into(),
                found: None,
            },
            Failure::PrivilegeMissing {
                right,
                denied: true,
            },
            Failure::PrivilegeMissing {
                right: Right::Publish,
                denied: false,
            },
            Failure::PrivilegeUnreadable { detail: "x".into() },
        ];
        for failure in &failures {
            assert!(!failure.sdk_codes().is_empty(), "{failure:?}");
            for &code in failure.sdk_codes() {
                assert!(
                    crate::diagnose::lookup(code).is_some(),
                    "{code} of {failure:?}"
                );
            }
        }
    }
}
