//! The format's parts, for tools that work below [`Mint`](crate::Mint) and
//! [`Verifier`](crate::Verifier): the envelope read without the secret
//! ([`Envelope`]), the claims of each version ([`Claims`], [`Claims03`]),
//! the kit suffix ([`split_kit`], [`KitError`]), sealing claims with a
//! given IV ([`encode`]) or a random one ([`generate`]), the vendor's
//! argument rules, and the structural errors.
//!
//! ```
//! use zego_token::format::{Envelope, Grant, generate};
//! use zego_token::{Mode, Secret};
//!
//! let secret = Secret::new("fa94dd0f974cf2e293728a526b028271")?;
//! let now = 1_796_000_000;
//! let made = generate(&Grant::new(1, "demo", 3600), &secret, Mode::Gcm, now, &mut rand::rng())?;
//!
//! // Anyone can read the header; only the secret opens the claims.
//! let envelope = Envelope::parse(&made.token)?;
//! assert_eq!((envelope.mode(), envelope.expire()), (Mode::Gcm, now + 3600));
//! assert_eq!(envelope.open(&secret)?.user_id(), "demo");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub use crate::claims::{Claims, MAX_USER_ID_LEN, expiry, validate_app_id, validate_user_id};
pub use crate::error::{Field, Malformed, OpenError, Untrusted};
pub use crate::invalid::{ClaimProblem, InvalidClaim, InvalidClaims};
pub use crate::kit::{KIT_SEPARATOR, KitError, split_kit};
pub use crate::name::UnknownName;
pub use crate::privilege::{PrivilegeError, payload_privilege};
pub use crate::secret::SECRET_LEN;
pub use crate::token::{Generated, Grant, Iv, encode, generate};
pub use crate::v03::{Claims03, Generated03, Grant03, Privilege03, encode03, generate03};
pub use crate::version::{CBC_IV_LEN, GCM_NONCE_LEN, VERSION, VERSION_03};
pub use crate::wire::{Envelope, GCM_TAG_LEN, MAX_CIPHERTEXT_LEN, MAX_TOKEN_LEN};
