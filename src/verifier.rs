//! The small door for servers: a [`Verifier`] built once, whose
//! [`verify`](Verifier::verify) answers `Ok(claims)` or one [`Rejection`].

use crate::contents::Contents;
use crate::error::{Malformed, OpenError};
use crate::invalid::InvalidClaims;
use crate::kit::{Kit, split_kit};
use crate::secret::Secret;
use crate::version::Mode;
use crate::wire::Envelope;

/// Checks tokens for one app: built once from the secret (its AES key
/// schedules are kept), then shared by every request.
///
/// It takes Token04 (GCM and legacy CBC), Token03 and UIKit kit tokens
/// (`token#suffix`, whose suffix must name the user and app of the token
/// inside). A token passes when it opens with the secret, its claims are
/// well formed, it is for the expected app (and user, if one is set), and
/// `now` lies in `[ctime, expire)`, widened by the leeway at both ends.
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
        self.mode == Mode::Gcm
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
}

impl Verifier {
    /// A verifier for tokens of `app_id`, opened with `secret`, without
    /// leeway and for any user.
    pub fn new(secret: Secret, app_id: u32) -> Verifier {
        Verifier {
            secret,
            app_id,
            user_id: None,
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
        let (token, suffix) = split_kit(token.trim_ascii());
        let kit = match suffix {
            Some(suffix) => {
                Some(Kit::parse(suffix).map_err(|e| Rejection::Malformed(Malformed::Kit(e)))?)
            }
            None => None,
        };
        let envelope = Envelope::parse(token).map_err(Rejection::Malformed)?;
        let mode = envelope.mode();
        let contents = envelope
            .open(&self.secret)
            .map_err(|e| rejection(e, mode))?;
        if let Some(kit) = &kit
            && (kit.user_id != contents.user_id() || kit.app_id != contents.app_id())
        {
            return Err(Rejection::KitMismatch);
        }
        if contents.app_id() != self.app_id {
            return Err(Rejection::AppIdMismatch {
                expected: self.app_id,
                found: contents.app_id(),
            });
        }
        if let Some(expected) = user_id.filter(|&id| id != contents.user_id()) {
            return Err(Rejection::UserIdMismatch {
                expected: expected.to_owned(),
                found: contents.user_id().to_owned(),
            });
        }
        if now.saturating_sub(self.leeway) >= contents.expire() {
            return Err(Rejection::Expired {
                expire: contents.expire(),
                now,
            });
        }
        if contents.ctime().saturating_sub(self.leeway) > now {
            return Err(Rejection::NotYetValid {
                ctime: contents.ctime(),
                now,
            });
        }
        Ok(Verified {
            contents,
            mode,
            kit,
        })
    }
}

/// What a failed [`Envelope::open`] may tell the token's sender. For CBC,
/// nothing past "does not open": the plaintext is not authenticated, so
/// any detail about it (padding, JSON, claims) would help forge one.
fn rejection(error: OpenError, mode: Mode) -> Rejection {
    match (error, mode) {
        (OpenError::InvalidClaims(claims), Mode::Gcm) => Rejection::InvalidClaims(claims),
        (OpenError::Malformed(m @ Malformed::VersionMismatch { .. }), Mode::Gcm) => {
            Rejection::Malformed(m)
        }
        // Tag, padding, JSON or a header that contradicts the claims.
        _ => Rejection::DoesNotOpen,
    }
}

#[cfg(test)]
mod tests;
