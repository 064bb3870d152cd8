//! The checks on opened claims: what the caller expects of them
//! ([`Expectations`]), then their lifetime.

use crate::contents::Contents;
use crate::diagnose::failure::Failure;
use crate::diagnose::units::{in_seconds, unit_failures};
use crate::kit::Kit;
use crate::privilege::{Privilege, Right};

/// What the caller expects of a token beyond being genuine and current.
///
/// `Expectations::default()` expects nothing; the setters add to it:
///
/// ```
/// use zego_token::Right;
/// use zego_token::diagnose::Expectations;
///
/// let expect = Expectations::default()
///     .app_id(1)
///     .user_id("alice")
///     .room_id("room1")
///     .require(Right::Publish)
///     .leeway(30);
/// assert_eq!(expect.require, [Right::Publish]);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Expectations {
    /// The app the token must be for.
    pub app_id: Option<u32>,
    /// The user the token must be for.
    pub user_id: Option<String>,
    /// The room its privilege payload must name.
    pub room_id: Option<String>,
    /// Privileges the payload must allow.
    pub require: Vec<Right>,
    /// Seconds of clock difference to forgive at both ends of the lifetime.
    pub leeway: i64,
}

impl Expectations {
    /// Expect the token to be for `app_id`.
    #[must_use]
    pub fn app_id(mut self, app_id: u32) -> Expectations {
        self.app_id = Some(app_id);
        self
    }

    /// Expect the token to be for `user_id`.
    #[must_use]
    pub fn user_id(mut self, user_id: impl Into<String>) -> Expectations {
        self.user_id = Some(user_id.into());
        self
    }

    /// Expect its privileges to name `room_id`.
    #[must_use]
    pub fn room_id(mut self, room_id: impl Into<String>) -> Expectations {
        self.room_id = Some(room_id.into());
        self
    }

    /// Require its privileges to allow `right` (in addition to any before).
    #[must_use]
    pub fn require(mut self, right: Right) -> Expectations {
        self.require.push(right);
        self
    }

    /// Forgive `seconds` of clock difference at both ends of the lifetime.
    #[must_use]
    pub fn leeway(mut self, seconds: i64) -> Expectations {
        self.leeway = seconds;
        self
    }
}

/// [`Expectations`] borrowed, so a [`Verifier`](crate::Verifier) can state
/// its own per request without copying strings.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Expect<'a> {
    pub(crate) app_id: Option<u32>,
    pub(crate) user_id: Option<&'a str>,
    pub(crate) room_id: Option<&'a str>,
    pub(crate) require: &'a [Right],
    pub(crate) leeway: i64,
}

impl Expectations {
    pub(super) fn borrowed(&self) -> Expect<'_> {
        Expect {
            app_id: self.app_id,
            user_id: self.user_id.as_deref(),
            room_id: self.room_id.as_deref(),
            require: &self.require,
            leeway: self.leeway,
        }
    }
}

/// [`check_claims`](super::check_claims), after the kit suffix's own checks; the kit's room
/// stands in for the expected room when the token carries no privileges.
pub(crate) fn checks(
    claims: &Contents,
    kit: Option<&Kit>,
    expect: &Expect<'_>,
    now: i64,
) -> Vec<Failure> {
    let mut failures = Vec::new();
    if let Some(kit) = kit {
        if kit.user_id != claims.user_id() {
            failures.push(Failure::KitUserMismatch {
                kit: kit.user_id.clone(),
                token: claims.user_id().to_owned(),
            });
        }
        if kit.app_id != claims.app_id() {
            failures.push(Failure::KitAppIdMismatch {
                kit: kit.app_id,
                token: claims.app_id(),
            });
        }
    }
    if let Some(expected) = expect.app_id.filter(|&id| id != claims.app_id()) {
        failures.push(Failure::AppIdMismatch {
            expected,
            found: claims.app_id(),
        });
    }
    if let Some(expected) = expect.user_id.filter(|&id| id != claims.user_id()) {
        failures.push(Failure::UserIdMismatch {
            expected: expected.to_owned(),
            found: claims.user_id().to_owned(),
        });
    }
    // Read only when asked for: parsing the payload costs.
    let asked = expect.room_id.is_some() || !expect.require.is_empty();
    let privilege = if asked { claims.privilege() } else { None };
    let found = privilege_checks(privilege.as_ref(), kit, expect);
    // A payload that is there but unreadable grants nothing: say so once,
    // rather than that there is no payload.
    let unreadable = match claims.as_v04() {
        Some(c) if privilege.is_none() && !c.payload.is_empty() && !found.is_empty() => {
            Privilege::parse(&c.payload).err()
        }
        _ => None,
    };
    match unreadable {
        Some(error) => failures.push(Failure::PrivilegeUnreadable {
            detail: error.to_string(),
        }),
        None => failures.extend(found),
    }
    // A time in milliseconds is named as such, not as a token created or
    // expiring tens of thousands of years from now.
    failures.extend(unit_failures(claims));
    let (ctime_in_seconds, expire_in_seconds) = in_seconds(claims);
    let leeway = expect.leeway.max(0);
    if expire_in_seconds && now.saturating_sub(leeway) >= claims.expire() {
        failures.push(Failure::Expired {
            expire: claims.expire(),
            now,
        });
    }
    if ctime_in_seconds && claims.ctime().saturating_sub(leeway) > now {
        failures.push(Failure::NotYetValid {
            ctime: claims.ctime(),
            now,
        });
    }
    failures
}

/// The room and the privileges `expect` requires, against a readable
/// payload or none.
fn privilege_checks(
    privilege: Option<&Privilege>,
    kit: Option<&Kit>,
    expect: &Expect<'_>,
) -> Vec<Failure> {
    let mut failures = Vec::new();
    if let Some(expected) = expect.room_id {
        let found = match privilege {
            Some(p) => Some(p.room_id.as_str()),
            None => kit.and_then(|k| k.room_id.as_deref()),
        };
        if found != Some(expected) {
            failures.push(Failure::RoomIdMismatch {
                expected: expected.to_owned(),
                found: found.map(str::to_owned),
            });
        }
    }
    for &right in expect.require {
        let allowed = privilege.map(|p| match right {
            Right::Login => p.login,
            Right::Publish => p.publish,
        });
        if allowed != Some(true) {
            failures.push(Failure::PrivilegeMissing {
                right,
                denied: allowed.is_some(),
            });
        }
    }
    failures
}
