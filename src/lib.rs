//! Make and check ZEGOCLOUD **Token04** authentication tokens, the older
//! **Token03**, and the web UIKit's **kit tokens**, in an app server.
//!
//! ```toml
//! [dependencies]
//! zego-token = { version = "0.2", default-features = false }
//! ```
//!
//! (The default `cli` feature builds the `zego-token` command line and its
//! dependencies; a library user turns it off.)
//!
//! The crate has two doors:
//!
//! - the **small door for servers**: [`Mint`] makes a token, a
//!   [`Verifier`] built once checks tokens and answers `Ok(claims)` or one
//!   opaque [`Rejection`];
//! - the **diagnostic door**, [`diagnose`]: a [`Report`](diagnose::Report)
//!   of every failed check with the SDK error codes it causes, for the
//!   token's owner (this is what the `zego-token` CLI shows).
//!
//! Beneath them are the format's parts: [`Envelope`] (the header, read
//! without the secret), [`Envelope::open`], [`Claims`], [`Claims03`],
//! [`Kit`] and [`Privilege`].
//!
//! The core does no I/O and reads no clock: times and random sources are
//! parameters, so every result is reproducible. The `os` feature adds
//! `Mint::build_now` and `Verifier::verify_now`, which use the OS
//! clock and random source; `serde` adds `Serialize` / `Deserialize` to
//! the public data types.
//!
//! # Mint and verify
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
//! ciphertext is the JSON [`Claims`] encrypted with the app's 32-character
//! ServerSecret: AES-256-GCM (current) or AES-256-CBC (legacy). A Token03
//! ([`Claims03`], [`generate03`]) is the same container, always CBC, with
//! the room in its claims; a kit token is `token#suffix` ([`Kit`]).
//!
//! ```
//! use zego_token::{Envelope, Grant, Mode, Secret, generate};
//!
//! let secret = Secret::new("fa94dd0f974cf2e293728a526b028271")?;
//! let grant = Grant::new(1, "demo", 3600);
//! let now = 1_796_000_000;
//! let made = generate(&grant, &secret, Mode::Gcm, now, &mut rand::rng())?;
//!
//! // Anyone can read the header; only the secret opens the claims.
//! let envelope = Envelope::parse(&made.token)?;
//! assert_eq!(envelope.mode(), Mode::Gcm);
//! assert_eq!(envelope.expire(), now + 3600);
//! let claims = envelope.open(&secret)?;
//! assert_eq!(claims.user_id(), "demo");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # What opening proves
//!
//! For GCM tokens, a successful [`Envelope::open`] proves the token was made
//! with this secret and not altered. Legacy CBC tokens are not
//! authenticated: bit flips in the IV change the first 16 bytes of the
//! claims without the secret, so a CBC token that opens is only *probably*
//! genuine ([`Verified::authenticated`] says which).
//!
//! # Tokens from faulty generators
//!
//! A token that opened (GCM authenticated it, or its CBC plaintext is a
//! JSON object) was made with this secret: when its claims are built wrong,
//! [`Envelope::open`] says which, as [`OpenError::InvalidClaims`], rather
//! than blaming the secret.
//!
//! ```
//! use zego_token::{ClaimProblem, Claims, OpenError};
//!
//! let faulty = br#"{"app_id":"1","user_id":"u","nonce":0.5,"ctime":1,"expire":2}"#;
//! let found = Claims::from_json(faulty).unwrap_err();
//! assert_eq!(found.0[0].field, "app_id");
//! assert_eq!(found.0[0].to_string(), r#"app_id is the string "1"; it must be a JSON number"#);
//! assert_eq!(found.0[1].problem, ClaimProblem::Fraction { found: "0.5".into() });
//! # let _ = OpenError::InvalidClaims(found);
//! ```
//!
//! # Signatures
//!
//! The same ServerSecret signs server API requests, and a CallbackSecret
//! signs the callbacks ZEGO sends: see [`signature`].

mod claims;
mod contents;
pub mod diagnose;
mod error;
mod format;
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
mod verifier;
mod wire;

pub use claims::{
    Claims, Claims03, MAX_USER_ID_LEN, Privilege03, expiry, validate_app_id, validate_user_id,
};
pub use contents::Contents;
pub use error::{EncodeError, Field, Malformed, OpenError, SecretError, Untrusted};
pub use invalid::{ClaimProblem, InvalidClaim, InvalidClaims};
pub use kit::{KIT_SEPARATOR, Kit, KitError, split_kit};
pub use mint::{DEFAULT_EFFECTIVE_TIME, Mint, Minted};
pub use name::UnknownName;
pub use privilege::{Privilege, PrivilegeError, Right, payload_privilege};
pub use secret::{SECRET_LEN, Secret};
pub use token::{
    Generated, Generated03, Grant, Grant03, Iv, decode, encode, encode03, generate, generate03,
};
pub use verifier::{Rejection, Verified, Verifier};
pub use wire::{
    CBC_IV_LEN, Envelope, GCM_NONCE_LEN, GCM_TAG_LEN, MAX_CIPHERTEXT_LEN, MAX_TOKEN_LEN, Mode,
    VERSION, VERSION_03, Version,
};
