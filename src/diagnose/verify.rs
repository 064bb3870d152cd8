//! The verification policy: every check a token must pass, each failure with
//! what was expected, what was found, and the SDK error it would cause.

use super::appsign::AppSign;
use super::failure::Failure;
#[cfg(test)]
use super::ids::IdWarning;
use super::ids::{IdKind, IdProblem, Product, id_warnings};
use super::misport::{find_misport, open_with};
use super::pasted::identify;
use super::repair::Repair;
use super::units::{in_seconds, unit_failures};
pub use super::warning::Warning;
use crate::claims::MAX_USER_ID_LEN;
use crate::contents::Contents;
use crate::error::{Malformed, OpenError, Untrusted};
use crate::kit::{Kit, KitError, split_kit};
use crate::privilege::{Privilege, Right};
use crate::secret::Secret;
use crate::wire::{Envelope, Mode, Version};

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

/// Everything learnt about a token: what could be read, and what failed.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Report {
    /// The parsed header, unless the token is malformed.
    pub envelope: Option<Envelope>,
    /// The claims, when the token opened with the secret and they are
    /// well formed.
    pub claims: Option<Contents>,
    /// The suffix of a kit token (`token#suffix`), which is read without
    /// the secret.
    pub kit: Option<Kit>,
    /// The decrypted claims as the generator wrote them (lossy UTF-8), kept
    /// only when the token opened but its claims are built wrong: exactly
    /// what the generator's author needs to see.
    pub plaintext: Option<String>,
    /// Every failed check, in the order checked; empty means valid.
    pub failures: Vec<Failure>,
}

impl Report {
    /// The report on input that is not a well-formed Token04: nothing read.
    pub fn malformed(reason: Malformed) -> Report {
        Report::failed(Failure::Malformed(reason))
    }

    /// The report on input that could not be read as a token, for `failure`.
    fn failed(failure: Failure) -> Report {
        Report {
            envelope: None,
            claims: None,
            kit: None,
            plaintext: None,
            failures: vec![failure],
        }
    }

    /// Makes this the report on the input the token was repaired from
    /// ([`repair`](super::repair)): when anything was changed, the first
    /// failure says what, since a [`Verifier`](crate::Verifier) and the
    /// SDK take only the token itself.
    pub fn add_repairs(&mut self, changes: &[Repair]) {
        if !changes.is_empty() {
            self.failures.insert(0, Failure::Repaired(changes.to_vec()));
        }
    }

    /// Whether every check passed.
    pub fn is_valid(&self) -> bool {
        self.failures.is_empty()
    }

    /// Whether the token was proven genuine: it opened, and the mode
    /// authenticates it (GCM). True also when the claims inside are built
    /// wrong: the tag proves who made them.
    pub fn authenticated(&self) -> bool {
        let opened = self.claims.is_some()
            || self
                .failures
                .iter()
                .any(|f| matches!(f, Failure::InvalidClaim { .. }));
        opened
            && self
                .envelope
                .as_ref()
                .is_some_and(|e| e.mode() == Mode::Gcm)
    }

    /// The room privileges, when the claims carry them (a Token04's
    /// privilege payload, a Token03's room).
    pub fn privilege(&self) -> Option<Privilege> {
        self.claims.as_ref().and_then(Contents::privilege)
    }

    /// What is doubtful about a token without failing a check.
    pub fn warnings(&self) -> Vec<Warning> {
        let mut out = Vec::new();
        match self.envelope.as_ref().map(|e| (e.version(), e.mode())) {
            Some((Version::V03, _)) => out.push(Warning::UnauthenticatedToken03),
            Some((_, Mode::Cbc)) => out.push(Warning::Unauthenticated),
            _ => {}
        }
        if let Some(payload) = self
            .claims
            .as_ref()
            .and_then(|c| c.as_v04())
            .map(|c| &c.payload)
            && !payload.is_empty()
            && serde_json::from_str::<serde::de::IgnoredAny>(payload).is_err()
        {
            out.push(Warning::PayloadNotJson);
        }
        if let Some(claims) = &self.claims {
            let user_id = claims.user_id();
            if user_id.is_empty() || user_id.len() > MAX_USER_ID_LEN {
                out.push(Warning::UserIdLength {
                    length: user_id.len(),
                });
            }
            if claims.app_id() == 0 {
                out.push(Warning::AppIdZero);
            }
            // Express's length and emptiness are UserIdLength above; ZIM
            // refuses more (32 bytes), and both refuse some characters.
            let user = id_warnings(IdKind::User, user_id, &[Product::Express, Product::Zim]);
            let room = claims.privilege().map(|p| p.room_id);
            let room = room.map_or_else(Vec::new, |r| {
                id_warnings(IdKind::Room, &r, &[Product::Express])
            });
            out.extend(
                user.into_iter()
                    .filter(|w| {
                        w.product != Product::Express
                            || matches!(w.problem, IdProblem::Character { .. })
                    })
                    .chain(room)
                    .map(Warning::Id),
            );
        }
        if let Some(kit) = &self.kit {
            if kit.utf8_encoded {
                out.push(Warning::KitSuffixUtf8);
            }
            out.extend(
                kit.unusual
                    .iter()
                    .map(|&what| Warning::KitSuffixUnusual(what)),
            );
        }
        out
    }
}

/// Reads a token (Token04, Token03, or a kit token) without judging it: the
/// header and any kit suffix, and with a secret the claims. `failures`
/// holds at most why it is malformed, untrusted or its claims invalid, or
/// what it is when it is not a ZEGO token ([`Failure::NotZegoToken`]),
/// which wrong key opens it ([`Failure::WrongKey`]), and times in the
/// wrong unit ([`Failure::TimeUnit`]).
pub fn inspect(token: &str, secret: Option<&Secret>) -> Report {
    inspect_with(token, secret, None)
}

/// [`inspect`], also trying the AppSign as the key a faulty generator may
/// have used (the AppSign is never shown).
pub fn inspect_with(token: &str, secret: Option<&Secret>, app_sign: Option<&AppSign>) -> Report {
    let mut report = read(token, secret);
    explain(&mut report, token, secret, app_sign);
    report
}

/// Where the token did not parse or open, what it is instead: a string of
/// another kind ([`identify`]), or a token sealed with a key a faulty
/// generator derived ([`find_misport`]). Only after the plain reading
/// failed, so a good token pays nothing for it.
fn explain(report: &mut Report, token: &str, secret: Option<&Secret>, app_sign: Option<&AppSign>) {
    let found = match (report.failures.as_slice(), &report.envelope, secret) {
        ([Failure::Malformed(_)], None, _) => {
            identify(token, secret, app_sign).map(Failure::NotZegoToken)
        }
        (
            [
                Failure::Untrusted(
                    Untrusted::TagMismatch | Untrusted::BadPadding | Untrusted::NotJson { .. },
                ),
            ],
            Some(envelope),
            Some(secret),
        ) => find_misport(envelope, secret, app_sign).map(Failure::WrongKey),
        _ => None,
    };
    if let Some(found) = found {
        report.failures = vec![found];
    }
}

/// [`inspect`] without [`explain`]: the plain reading, all a
/// [`Verifier`](crate::Verifier) needs.
pub(crate) fn read(token: &str, secret: Option<&Secret>) -> Report {
    let (inner, suffix) = split_kit(token);
    let kit = match suffix.map(Kit::parse).transpose() {
        Ok(kit) => kit,
        Err(e) => return Report::malformed(Malformed::Kit(e)),
    };
    let envelope = match Envelope::parse(inner) {
        Ok(envelope) => envelope,
        Err(e) => return Report::malformed(e),
    };
    if kit.is_some() && envelope.version() == Version::V03 {
        // The UIKit logs in with a Token04 only, and no generator wraps a
        // Token03: refused before the secret is tried.
        return Report {
            envelope: Some(envelope),
            claims: None,
            kit,
            plaintext: None,
            failures: vec![Failure::Malformed(Malformed::Kit(KitError::WrapsToken03))],
        };
    }
    let mut plaintext = None;
    let (claims, failures) = match secret.map(|s| envelope.open(s)) {
        None => (None, vec![]),
        Some(Ok(claims)) => {
            let failures = unit_failures(&claims);
            (Some(claims), failures)
        }
        Some(Err(OpenError::Untrusted(e))) => (None, vec![Failure::Untrusted(e)]),
        Some(Err(OpenError::Malformed(e))) => (None, vec![Failure::Malformed(e)]),
        Some(Err(OpenError::InvalidClaims(e))) => {
            // Decrypted again, only on this rare path: the claims as written.
            plaintext = secret
                .and_then(|s| open_with(&envelope, &s.text[..]))
                .map(|bytes| String::from_utf8_lossy(&bytes).into_owned());
            let authenticated = envelope.mode() == Mode::Gcm;
            let failures = e.0.into_iter().map(|claim| Failure::InvalidClaim {
                claim,
                authenticated,
            });
            (None, failures.collect())
        }
    };
    Report {
        envelope: Some(envelope),
        claims,
        kit,
        plaintext,
        failures,
    }
}

/// Checks a token against the secret, the clock and `expect`, collecting
/// every failure rather than stopping at the first. A kit token's suffix
/// must name the user and app of the token inside.
///
/// A [`Verifier`](crate::Verifier) answers from these same checks: it
/// accepts a token exactly when this report is valid.
pub fn verify(token: &str, secret: &Secret, expect: &Expectations, now: i64) -> Report {
    verify_with(token, secret, None, expect, now)
}

/// [`verify`], also trying the AppSign as the key a faulty generator may
/// have used (the AppSign is never shown).
pub fn verify_with(
    token: &str,
    secret: &Secret,
    app_sign: Option<&AppSign>,
    expect: &Expectations,
    now: i64,
) -> Report {
    // As `inspect_with`, written out: a report moved once less per token.
    let mut report = read(token, Some(secret));
    explain(&mut report, token, Some(secret), app_sign);
    if let Some(claims) = &report.claims {
        report.failures = checks(claims, report.kit.as_ref(), &expect.borrowed(), now);
    }
    report
}

/// The checks on opened claims: expectations first, then the lifetime.
pub fn check_claims(claims: &Contents, expect: &Expectations, now: i64) -> Vec<Failure> {
    checks(claims, None, &expect.borrowed(), now)
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
    fn borrowed(&self) -> Expect<'_> {
        Expect {
            app_id: self.app_id,
            user_id: self.user_id.as_deref(),
            room_id: self.room_id.as_deref(),
            require: &self.require,
            leeway: self.leeway,
        }
    }
}

/// [`check_claims`], after the kit suffix's own checks; the kit's room
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

#[cfg(test)]
mod tests;
