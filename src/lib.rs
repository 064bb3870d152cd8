//! Read, write and check ZEGOCLOUD **Token04** authentication tokens, the
//! older **Token03**, and the web UIKit's **kit tokens**.
//!
//! A Token04 is `"04" + base64(expire | iv | ciphertext | mode)`, where the
//! ciphertext is the JSON [`Claims`] encrypted with the app's 32-character
//! ServerSecret: AES-256-GCM (current) or AES-256-CBC (legacy). A Token03
//! ([`Claims03`], [`generate03`]) is the same container, always CBC, with
//! the room in its claims; a kit token is `token#suffix` ([`Kit`]).
//!
//! The crate does no I/O and reads no clock: times and random sources are
//! parameters, so every result is reproducible.
//!
//! ```
//! use zego_token::{Envelope, Grant, Mode, Secret, generate};
//!
//! let secret = Secret::new("fa94dd0f974cf2e293728a526b028271")?;
//! let grant = Grant {
//!     app_id: 1,
//!     user_id: "demo".into(),
//!     effective_time: 3600,
//!     payload: String::new(),
//! };
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
//! genuine.
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
mod error;
mod failure;
mod invalid;
mod kit;
mod privilege;
mod repair;
mod sdk;
mod secret;
pub mod signature;
mod token;
mod verify;
mod wire;

pub use claims::{
    Claims, Claims03, MAX_USER_ID_LEN, Privilege03, expiry, validate_app_id, validate_user_id,
};
pub use contents::Contents;
pub use error::{EncodeError, Field, Malformed, OpenError, SecretError, Untrusted};
pub use failure::{Failure, Right};
pub use invalid::{ClaimProblem, InvalidClaim, InvalidClaims};
pub use kit::{KIT_SEPARATOR, Kit, KitError, split_kit};
pub use privilege::{Privilege, PrivilegeError};
pub use repair::{Repair, Repaired, repair};
pub use sdk::{SDK_CODES, Sdk, SdkCode, lookup};
pub use secret::{SECRET_LEN, Secret};
pub use token::{
    Generated, Generated03, Grant, Grant03, Iv, decode, encode, encode03, generate, generate03,
};
pub use verify::{Expectations, Report, Warning, check_claims, inspect, payload_privilege, verify};
pub use wire::{
    CBC_IV_LEN, Envelope, GCM_NONCE_LEN, GCM_TAG_LEN, MAX_CIPHERTEXT_LEN, MAX_TOKEN_LEN, Mode,
    VERSION, VERSION_03, Version,
};
