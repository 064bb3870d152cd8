//! The verification policy: every check a token must pass, each failure with
//! what was expected, what was found, and the SDK error it would cause.
//! Reading a token is here; the [`Report`] and its warnings are in
//! `report`, the checks on opened claims in `checks`.

mod checks;
mod report;

pub use checks::Expectations;
pub(crate) use checks::{Expect, checks};
pub use report::Report;

use super::appsign::AppSign;
use super::failure::Failure;
use super::misport::{find_misport, open_with};
use super::pasted::identify;
use super::units::unit_failures;
pub use super::warning::Warning;
use crate::contents::Contents;
use crate::error::{Malformed, OpenError, Untrusted};
use crate::kit::{Kit, KitError, split_kit};
use crate::secret::Secret;
use crate::wire::{Envelope, Version};

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
            let authenticated = envelope.mode().authenticates();
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

#[cfg(test)]
mod tests;
