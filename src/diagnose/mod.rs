//! The diagnostic door: everything wrong with a token, for people.
//!
//! Where [`Verifier`](crate::Verifier) answers a server with one opaque
//! [`Rejection`](crate::Rejection), this module explains: [`verify`]
//! checks a token against the secret, the clock and [`Expectations`] and
//! collects every [`Failure`] in a [`Report`], each failure with the ZEGO
//! SDK error codes it causes ([`SDK_CODES`], [`lookup`]); [`Report::warnings`] adds what is
//! doubtful without failing; [`repair`] undoes what chat apps, HTTP headers
//! and URLs do to a pasted token. This is what the `zego-token` command
//! line and its `serve` page use.
//!
//! A report is detailed on purpose (bad CBC padding is told apart from bad
//! JSON, claims are shown even when expired): show it to the token's
//! owner, not to whoever sent you a token.
//!
//! ```
//! use zego_token::diagnose::{self, Expectations, Failure};
//! use zego_token::{Mint, Secret};
//!
//! let secret = Secret::new("fa94dd0f974cf2e293728a526b028271")?;
//! let now = 1_796_000_000;
//! let token = Mint::new(1234, "alice").build(&secret, now, &mut rand::rng())?.token;
//!
//! let pasted = format!("Bearer {token}");
//! let repaired = diagnose::repair(&pasted);
//! let expect = Expectations::default().app_id(4321).user_id("bob");
//! let report = diagnose::verify(&repaired.token, &secret, &expect, now + 7200);
//! let kinds: Vec<_> = report.failures.iter().map(Failure::kind).collect();
//! assert_eq!(kinds, ["app_id_mismatch", "user_id_mismatch", "expired"]);
//! // Each failure names the SDK errors a client would see.
//! assert_eq!(report.failures[0].sdk_codes(), [1_002_076, 6_000_003]);
//! assert_eq!(diagnose::lookup(1_002_076).map(|c| c.meaning), Some("AppID mismatch"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod appsign;
mod failure;
mod ids;
#[cfg(test)]
mod invented;
mod misport;
mod pasted;
mod raw;
mod repair;
mod sdk;
mod time_unit;
mod units;
pub(crate) mod verify;
mod warning;

pub use crate::error::SecretWarning;
pub use crate::secret::secret_warnings;
pub use appsign::{APP_SIGN_LEN, AppSign, AppSignError};
pub use failure::{Class, Failure};
pub use ids::{IdKind, IdProblem, IdWarning, Product, id_warnings};
pub use misport::{KeyDerivation, Misport, find_misport};
pub use pasted::{AgoraVersion, Base64Json, Jwt, JwtVendor, Pasted, REDACTED, identify};
pub use raw::plaintext;
pub use repair::{Repair, Repaired, repair};
pub use sdk::{SDK_CODES, Sdk, SdkCode, lookup};
pub use time_unit::TimeUnit;
pub use verify::{
    Expectations, Report, Warning, check_claims, inspect, inspect_with, verify, verify_with,
};
