//! The small door for servers: a [`Verifier`] built once, whose
//! [`verify`](Verifier::verify) answers `Ok(claims)` or one [`Rejection`].

use crate::contents::Contents;
use crate::diagnose::verify::{Expect, checks, read};
use crate::diagnose::{Failure, Report, TimeUnit};
use crate::error::Malformed;
use crate::invalid::InvalidClaims;
use crate::kit::Kit;
use crate::privilege::Right;
use crate::secret::Secret;
use crate::version::Mode;

/// Checks tokens for one app: built once from the secret (its AES key
/// schedules are kept), then shared by every request.
///
/// It takes Token04 (GCM and legacy CBC), Token03 and UIKit kit tokens
/// (`token#suffix`, whose suffix must name the user and app of the token
/// inside, which must be a Token04). A token passes when it opens with the
/// secret, its claims are well formed, it is for the expected app (and
/// user, room and privileges, where set), and `now` lies in
/// `[ctime, expire)`, widened by the leeway at both ends.
///
/// The checks are those of [`diagnose::verify`](crate::diagnose::verify):
/// a verifier accepts a token exactly when that report is valid, and
/// rejects it with the first failure the report lists.
///
/// ```
/// use zego_token::{Mint, Rejection, Secret, Verifier};
///
/// let secret = Secret::new("fa94dd0f974cf2e293728a526b028271")?;
/// let now = 1_796_000_000;
/// let token = Mint::new(1234, "alice").build(&secret, now, &mut rand::rng())?.token;
///
/// let verifier = Verifier::new(secret, 1234).leeway(30);
/// let claims = verifier.verify(&token, now + 60)?;
/// assert_eq!(claims.user_id(), "alice");
/// // Expired tokens never come back as `Ok`.
/// assert!(matches!(verifier.verify(&token, now + 7200), Err(Rejection::Expired { .. })));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Verifier {
    secret: Secret,
    app_id: u32,
    user_id: Option<String>,
    room_id: Option<String>,
    require: Vec<Right>,
    leeway: i64,
}

/// A token that passed every check of a [`Verifier`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Verified {
    /// The claims, Token04's or Token03's.
    pub contents: Contents,
    /// The cipher mode. A [`Mode::Cbc`] token (every Token03) is not
    /// authenticated: see [`Verified::authenticated`].
    pub mode: Mode,
    /// The suffix of a kit token; `None` for a bare token.
    pub kit: Option<Kit>,
}

impl Verified {
    /// The AppID.
    pub fn app_id(&self) -> u32 {
        self.contents.app_id()
    }

    /// The user the token is for.
    pub fn user_id(&self) -> &str {
        self.contents.user_id()
    }

    /// Expiry time, unix seconds.
    pub fn expire(&self) -> i64 {
        self.contents.expire()
    }

    /// Whether the mode proves who made the token (GCM). Legacy CBC
    /// tokens pass on their claims alone, which someone without the
    /// secret can partly change.
    pub fn authenticated(&self) -> bool {
        self.mode.authenticates()
    }
}

/// Why a [`Verifier`] refused a token: exactly one reason, the first found.
///
/// Safe to show to whoever sent the token: [`Rejection::DoesNotOpen`]
/// says nothing about *how* a token failed to open (no padding or JSON
/// detail, which for CBC would be a padding oracle), and for CBC tokens
/// every failure after decryption is `DoesNotOpen`. Only claims that GCM
/// authenticated are described ([`Rejection::InvalidClaims`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Rejection {
    /// Not a token: its structure is wrong (found without the secret).
    #[error("the token is malformed: {0}")]
    Malformed(Malformed),
    /// It does not open with the secret, or it was altered: a wrong
    /// secret, a forged or a damaged token.
    #[error("the token does not open with this app's secret")]
    DoesNotOpen,
    /// GCM proved the token was made with the secret, but its generator
    /// built the claims wrong.
    #[error("the token's claims are invalid: {0}")]
    InvalidClaims(InvalidClaims),
    /// `now` is at or past its expiry (plus the leeway).
    #[error("the token expired at {expire}")]
    Expired {
        /// Its expiry, unix seconds.
        expire: i64,
        /// The time of the check.
        now: i64,
    },
    /// Created after `now` (plus the leeway): a clock is off.
    #[error("the token is not valid before {ctime}")]
    NotYetValid {
        /// Its creation time, unix seconds.
        ctime: i64,
        /// The time of the check.
        now: i64,
    },
    /// Made for another app.
    #[error("the token is for app {found}, not {expected}")]
    AppIdMismatch {
        /// The verifier's AppID.
        expected: u32,
        /// The token's.
        found: u32,
    },
    /// Made for another user than the one expected.
    #[error("the token is for user {found:?}, not {expected:?}")]
    UserIdMismatch {
        /// The user expected.
        expected: String,
        /// The token's.
        found: String,
    },
    /// A kit token whose suffix names another user or app than the token
    /// inside: the UIKit would log in as someone the token is not for.
    #[error("the kit suffix names another user or app than the token inside")]
    KitMismatch,
    /// Its privileges name another room, or none (see
    /// [`Verifier::room_id`]).
    #[error("the token is for room {found:?}, not {expected:?}")]
    RoomIdMismatch {
        /// The room expected.
        expected: String,
        /// The token's room, if it names one.
        found: Option<String>,
    },
    /// GCM proved the token was made with the secret, but its generator
    /// wrote a time in milliseconds (or a finer unit), not unix seconds.
    #[error("the token's {field} is in {unit}, not unix seconds")]
    TimeUnit {
        /// The claim (`ctime`, `expire`, `create_time`, `expire_time`).
        field: &'static str,
        /// The unit it is in.
        unit: TimeUnit,
    },
    /// GCM proved the token was made with the secret, and a room or right
    /// is required, but its payload is not a privilege payload: it grants
    /// nothing.
    #[error("the token's payload grants no room and no privilege")]
    PrivilegeUnreadable,
    /// Its privileges deny, or do not grant, a right the verifier requires
    /// (see [`Verifier::require`]).
    #[error("the token does not allow {right}")]
    PrivilegeMissing {
        /// The right required.
        right: Right,
    },
}

impl Rejection {
    /// The stable snake_case name of the rejection, the same as the
    /// [`Failure::kind`] it stands for (`expired`, `untrusted`, ...):
    /// for logs, metrics and replies.
    pub fn kind(&self) -> &'static str {
        match self {
            Rejection::Malformed(_) => "malformed",
            Rejection::DoesNotOpen => "untrusted",
            Rejection::InvalidClaims(_) => "invalid_claims",
            Rejection::Expired { .. } => "expired",
            Rejection::NotYetValid { .. } => "not_yet_valid",
            Rejection::AppIdMismatch { .. } => "app_id_mismatch",
            Rejection::UserIdMismatch { .. } => "user_id_mismatch",
            Rejection::KitMismatch => "kit_mismatch",
            Rejection::TimeUnit { unit, .. } => unit.kind(),
            Rejection::RoomIdMismatch { .. } => "room_id_mismatch",
            Rejection::PrivilegeMissing { .. } => "privilege_missing",
            Rejection::PrivilegeUnreadable => "privilege_unreadable",
        }
    }
}

impl Verifier {
    /// A verifier for tokens of `app_id`, opened with `secret`, without
    /// leeway and for any user.
    pub fn new(secret: Secret, app_id: u32) -> Verifier {
        Verifier {
            secret,
            app_id,
            user_id: None,
            room_id: None,
            require: Vec::new(),
            leeway: 0,
        }
    }

    /// Forgive `seconds` of clock difference at both ends of a token's
    /// lifetime (negative counts as 0).
    #[must_use]
    pub fn leeway(mut self, seconds: i64) -> Verifier {
        self.leeway = seconds.max(0);
        self
    }

    /// Accept only tokens for `user_id`. For a different user per request,
    /// see [`Verifier::verify_user`].
    #[must_use]
    pub fn user_id(mut self, user_id: impl Into<String>) -> Verifier {
        self.user_id = Some(user_id.into());
        self
    }

    /// Accept only tokens whose privileges (a Token04's privilege payload,
    /// a Token03's room) name `room_id`.
    #[must_use]
    pub fn room_id(mut self, room_id: impl Into<String>) -> Verifier {
        self.room_id = Some(room_id.into());
        self
    }

    /// Accept only tokens whose privileges allow `right` (in addition to
    /// any required before).
    #[must_use]
    pub fn require(mut self, right: Right) -> Verifier {
        self.require.push(right);
        self
    }

    /// Checks `token` (surrounding ASCII whitespace ignored) at `now`
    /// (unix seconds).
    ///
    /// # Errors
    /// The first [`Rejection`] found: structure, opening, claims, kit
    /// suffix, app, user, then lifetime.
    pub fn verify(&self, token: &str, now: i64) -> Result<Verified, Rejection> {
        self.check(token, self.user_id.as_deref(), now)
    }

    /// [`Verifier::verify`] at the OS clock's time.
    ///
    /// # Errors
    /// As [`Verifier::verify`].
    #[cfg(feature = "os")]
    pub fn verify_now(&self, token: &str) -> Result<Verified, Rejection> {
        self.verify(token, crate::os::now())
    }

    /// [`Verifier::verify`], expecting the token to be for `user_id` (in
    /// place of any user set with [`Verifier::user_id`]).
    ///
    /// # Errors
    /// As [`Verifier::verify`].
    pub fn verify_user(&self, token: &str, user_id: &str, now: i64) -> Result<Verified, Rejection> {
        self.check(token, Some(user_id), now)
    }

    fn check(&self, token: &str, user_id: Option<&str>, now: i64) -> Result<Verified, Rejection> {
        let Report {
            envelope,
            claims,
            kit,
            failures,
            ..
        } = read(token.trim_ascii(), Some(&self.secret));
        let mode = envelope.map(|e| e.mode());
        let Some(contents) = claims else {
            return Err(rejection(failures, mode));
        };
        let expect = Expect {
            app_id: Some(self.app_id),
            user_id: user_id.or(self.user_id.as_deref()),
            room_id: self.room_id.as_deref(),
            require: &self.require,
            leeway: self.leeway,
        };
        let failures = checks(&contents, kit.as_ref(), &expect, now);
        if !failures.is_empty() {
            return Err(rejection(failures, mode));
        }
        Ok(Verified {
            contents,
            mode: mode.unwrap_or(Mode::Cbc),
            kit,
        })
    }
}

/// The first failure of a report, as much of it as the token's sender may
/// be told. For CBC, nothing past "does not open": the plaintext is not
/// authenticated, so any detail about it (padding, JSON, claims, the
/// version it holds) would help forge one.
fn rejection(failures: Vec<Failure>, mode: Option<Mode>) -> Rejection {
    let cbc = mode == Some(Mode::Cbc);
    let mut failures = failures.into_iter();
    let Some(first) = failures.next() else {
        // A report without claims always says why; should it not, refuse.
        return Rejection::DoesNotOpen;
    };
    match first {
        Failure::Malformed(Malformed::VersionMismatch { .. }) if cbc => Rejection::DoesNotOpen,
        Failure::Malformed(m) => Rejection::Malformed(m),
        // Only reports on repaired input say this, and a verifier repairs
        // nothing: what follows is the answer.
        Failure::Repaired(_) => rejection(failures.collect(), mode),
        // The verifier looks for neither (see `diagnose::inspect_with`);
        // were they found, no more than "does not open" would be told.
        Failure::Untrusted(_) | Failure::WrongKey(_) | Failure::NotZegoToken(_) => {
            Rejection::DoesNotOpen
        }
        Failure::TimeUnit { .. } if cbc => Rejection::DoesNotOpen,
        Failure::TimeUnit { field, unit, .. } => Rejection::TimeUnit { field, unit },
        Failure::InvalidClaim { .. } if cbc => Rejection::DoesNotOpen,
        Failure::InvalidClaim { claim, .. } => {
            let rest = failures.filter_map(|f| match f {
                Failure::InvalidClaim { claim, .. } => Some(claim),
                _ => None,
            });
            Rejection::InvalidClaims(InvalidClaims(std::iter::once(claim).chain(rest).collect()))
        }
        Failure::KitUserMismatch { .. } | Failure::KitAppIdMismatch { .. } => {
            Rejection::KitMismatch
        }
        Failure::Expired { expire, now } => Rejection::Expired { expire, now },
        Failure::NotYetValid { ctime, now } => Rejection::NotYetValid { ctime, now },
        Failure::AppIdMismatch { expected, found } => Rejection::AppIdMismatch { expected, found },
        Failure::UserIdMismatch { expected, found } => {
            Rejection::UserIdMismatch { expected, found }
        }
        Failure::RoomIdMismatch { expected, found } => {
            Rejection::RoomIdMismatch { expected, found }
        }
        Failure::PrivilegeMissing { right, .. } => Rejection::PrivilegeMissing { right },
        Failure::PrivilegeUnreadable { .. } if cbc => Rejection::DoesNotOpen,
        Failure::PrivilegeUnreadable { .. } => Rejection::PrivilegeUnreadable,
    }
}

#[cfg(test)]
mod tests;
