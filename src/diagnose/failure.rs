//! What can be wrong with a token: one variant per failed check, each with
//! its stable name and the SDK errors it causes.

use std::fmt;

use crate::error::{Malformed, Untrusted};
use crate::invalid::InvalidClaim;
use crate::privilege::Right;

/// One failed check.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Failure {
    /// Not a well-formed Token04.
    Malformed(Malformed),
    /// Does not open with the secret, or contradicts its header.
    Untrusted(Untrusted),
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

impl Failure {
    /// The stable name used in JSON output.
    pub fn kind(&self) -> &'static str {
        match self {
            Failure::Malformed(_) => "malformed",
            Failure::Untrusted(_) => "untrusted",
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
            Failure::Malformed(_) => &[1_002_074, 6_000_103],
            Failure::Untrusted(_) => &[1_002_033, 6_000_103],
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
            Failure::Untrusted(e) => write!(f, "{e}"),
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
