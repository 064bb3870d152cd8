//! Opening a token **without checking it**: no expiry, AppID or user is
//! looked at. For tools that show what a token holds; a server that lets
//! users in wants a [`Verifier`](crate::Verifier), which checks all of
//! that, or [`diagnose::verify`](crate::diagnose::verify) to explain why a
//! token fails.
//!
//! The errors here are detailed (for CBC, bad padding is told apart from
//! plaintext that is not JSON): show them to the token's owner only, never
//! to whoever sent the token, or they become a padding oracle.
//!
//! ```
//! use zego_token::{Mint, Secret, unchecked};
//!
//! let secret = Secret::new("fa94dd0f974cf2e293728a526b028271")?;
//! let token = Mint::new(1, "demo").build(&secret, 1_796_000_000, &mut rand::rng())?.token;
//! // Long expired, and still readable.
//! let (envelope, claims) = unchecked::open(&token, &secret)?;
//! assert_eq!((claims.user_id(), envelope.expire()), ("demo", 1_796_003_600));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use crate::contents::Contents;
use crate::error::OpenError;
use crate::secret::Secret;
use crate::wire::Envelope;

/// Parses and opens a token (Token04 or Token03, without a kit suffix) in
/// one step, checking only that it opens with `secret` and that its clear
/// header agrees with its claims.
///
/// # Errors
/// As [`Envelope::parse`] and [`Envelope::open`].
pub fn open(token: &str, secret: &Secret) -> Result<(Envelope, Contents), OpenError> {
    let envelope = Envelope::parse(token)?;
    let claims = envelope.open(secret)?;
    Ok((envelope, claims))
}
