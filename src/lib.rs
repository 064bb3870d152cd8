//! Make and check ZEGOCLOUD **Token04** authentication tokens, the older
//! **Token03**, and the web UIKit's **kit tokens**, in an app server.
//!
//! ```
//! use zego_token::{Mint, Rejection, Secret, Verifier};
//!
//! // Once, at start-up.
//! let secret = Secret::new("fa94dd0f974cf2e293728a526b028271")?;
//! let verifier = Verifier::new(secret.clone(), 1234).leeway(30);
//!
//! // Per request: the app has checked its own session for "alice".
//! let now = 1_796_000_000;
//! let made = Mint::new(1234, "alice")
//!     .effective_time(3600)
//!     .build(&secret, now, &mut rand::rng())?;
//!
//! let claims = verifier.verify(&made.token, now + 10)?;
//! assert_eq!((claims.app_id(), claims.user_id()), (1234, "alice"));
//! assert!(claims.authenticated());
//!
//! // Expired, forged or foreign tokens are one `Err` each.
//! assert!(matches!(verifier.verify(&made.token, now + 3630), Err(Rejection::Expired { .. })));
//! let other = Verifier::new(Secret::new("00000000000000000000000000000000")?, 1234);
//! assert_eq!(other.verify(&made.token, now).unwrap_err(), Rejection::DoesNotOpen);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ```toml
//! [dependencies]
//! zego-token = "0.3"
//! ```
//!
//! The library builds no command-line dependency; the `zego-token` command
//! is the package `zego-token-cli`.
//!
//! # The doors
//!
//! - **Servers**: [`Mint`] makes a token; a [`Verifier`], built once,
//!   checks tokens (secret, app, user, lifetime) and answers
//!   `Ok(claims)` or one opaque [`Rejection`], safe to show whoever sent
//!   the token.
//! - **Diagnosis**, [`diagnose`]: a [`Report`](diagnose::Report) of every
//!   failed check, each with the SDK error codes it causes, for the token's
//!   owner (this is what the `zego-token` command line shows). A
//!   `Verifier` answers from the same checks.
//! - **Signatures**, [`signature`]: the same ServerSecret signs server API
//!   requests, and a CallbackSecret signs the callbacks ZEGO sends.
//! - **Below them**: [`format`](mod@format) holds the format's parts (the header read
//!   without the secret, each version's claims, sealing with a given IV),
//!   and [`unchecked`] opens a token without checking its times or ids.
//!
//! The core does no I/O and reads no clock: times and random sources are
//! parameters, so every result is reproducible. The default `os` feature
//! adds `Mint::build_now` and `Verifier::verify_now`, which use the OS
//! clock and random source; `serde` adds `Serialize` / `Deserialize` to
//! the public data types.
//!
//! # Diagnose
//!
//! ```
//! use zego_token::diagnose::{self, Expectations};
//! use zego_token::{Mint, Secret};
//!
//! let secret = Secret::new("fa94dd0f974cf2e293728a526b028271")?;
//! let now = 1_796_000_000;
//! let token = Mint::new(1234, "alice").build(&secret, now, &mut rand::rng())?.token;
//!
//! let report = diagnose::verify(&token, &secret, &Expectations::default().user_id("bob"), now);
//! assert!(!report.is_valid());
//! let failure = &report.failures[0];
//! assert_eq!(failure.to_string(), r#"token has user_id "alice", expected "bob""#);
//! assert_eq!(failure.sdk_codes(), [1_002_077]);
//! // Unlike a `Verifier`, a report shows the claims it could read.
//! assert_eq!(report.claims.map(|c| c.user_id().to_owned()).as_deref(), Some("alice"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # The format
//!
//! A Token04 is `"04" + base64(expire | iv | ciphertext | mode)`, where the
//! ciphertext is the JSON [`Claims`](format::Claims) encrypted with the
//! app's 32-character ServerSecret: AES-256-GCM (current) or AES-256-CBC
//! (legacy). A Token03 ([`Claims03`](format::Claims03)) is the same
//! container, always CBC, with the room in its claims; a kit token is
//! `token#suffix` ([`Kit`]).
//!
//! # What opening proves
//!
//! For GCM tokens, opening proves the token was made with this secret and
//! not altered. Legacy CBC tokens are not authenticated: bit flips in the
//! IV change the first 16 bytes of the claims without the secret, so a CBC
//! token that opens is only *probably* genuine ([`Verified::authenticated`]
//! says which).
//!
//! # Tokens from faulty generators
//!
//! A token that opened (GCM authenticated it, or its CBC plaintext is a
//! JSON object) was made with this secret: when its claims are built wrong,
//! opening says which, as [`OpenError::InvalidClaims`](format::OpenError),
//! rather than blaming the secret.
//!
//! ```
//! use zego_token::format::{ClaimProblem, Claims};
//!
//! let faulty = br#"{"app_id":"1","user_id":"u","nonce":0.5,"ctime":1,"expire":2}"#;
//! let found = Claims::from_json(faulty).unwrap_err();
//! assert_eq!(found.0[0].field, "app_id");
//! assert_eq!(found.0[0].to_string(), r#"app_id is the string "1"; it must be a JSON number"#);
//! assert_eq!(found.0[1].problem, ClaimProblem::Fraction { found: "0.5".into() });
//! ```

mod claims;
mod contents;
pub mod diagnose;
mod error;
pub mod format;
mod invalid;
mod kit;
mod mint;
mod name;
#[cfg(feature = "os")]
mod os;
mod privilege;
mod secret;
pub mod signature;
mod token;
pub mod unchecked;
mod v03;
mod verifier;
mod version;
mod wire;

pub use contents::Contents;
pub use error::{EncodeError, SecretError};
pub use kit::Kit;
pub use mint::{Mint, Minted};
pub use privilege::{Privilege, Right};
pub use secret::Secret;
pub use verifier::{Rejection, Verified, Verifier};
pub use version::{Mode, Version};
