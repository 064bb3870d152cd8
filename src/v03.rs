//! Token03, the older format: AES-256-CBC only, with the room and its
//! privileges in the claims themselves rather than in a payload string.
//! Everything particular to it is here: its claims (`claims`), what a new
//! one grants ([`Grant03`]) and making one ([`generate03`], [`encode03`]).
//! The envelope, the cipher and the [`Contents`](crate::Contents) that
//! opens as either version are shared with Token04.

use rand::CryptoRng;

use crate::claims::{expiry, validate_app_id, validate_user_id};
use crate::error::EncodeError;
use crate::secret::Secret;
use crate::token::{Iv, seal};
use crate::wire::{CBC_IV_LEN, Version};

mod claims;

pub use claims::{Claims03, Privilege03};

/// Encrypts `claims` into a Token03 (always CBC), deterministically for a
/// given IV. The header expire is `claims.expire_time`.
///
/// # Errors
/// [`EncodeError::PayloadTooLarge`] when the ciphertext would not fit the
/// 16-bit length field.
pub fn encode03(
    claims: &Claims03,
    secret: &Secret,
    iv: &[u8; CBC_IV_LEN],
) -> Result<String, EncodeError> {
    seal(
        Version::V03,
        &claims.to_json(),
        claims.expire_time,
        secret,
        &Iv::Cbc(*iv),
    )
}

/// What a new Token03 grants: a user in one room of one app. Built with
/// [`Grant03::new`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Grant03 {
    /// The AppID (non-zero).
    pub app_id: u32,
    /// The room (non-empty, as every vendor generator requires).
    pub room_id: String,
    /// The user (1 to 64 bytes).
    pub user_id: String,
    /// May log in and publish.
    pub privilege: Privilege03,
    /// Seconds from creation to expiry (positive).
    pub effective_time: i64,
}

impl Grant03 {
    /// A grant of `effective_time` seconds for `user_id` in room `room_id`
    /// of `app_id`, with `privilege`. Checked when a token is generated.
    pub fn new(
        app_id: u32,
        room_id: impl Into<String>,
        user_id: impl Into<String>,
        privilege: Privilege03,
        effective_time: i64,
    ) -> Grant03 {
        Grant03 {
            app_id,
            room_id: room_id.into(),
            user_id: user_id.into(),
            privilege,
            effective_time,
        }
    }
}

/// A freshly generated Token03 and the claims inside it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Generated03 {
    /// The token string.
    pub token: String,
    /// The claims it carries.
    pub claims: Claims03,
}

/// Generates a Token03 as the vendor's token03 generators do (AES-256-CBC),
/// with the time and the random source supplied by the caller. The nonce
/// is a non-negative 63-bit integer.
///
/// # Errors
/// As [`generate`](crate::format::generate), and [`EncodeError::RoomIdEmpty`].
pub fn generate03(
    grant: &Grant03,
    secret: &Secret,
    now: i64,
    rng: &mut impl CryptoRng,
) -> Result<Generated03, EncodeError> {
    validate_app_id(grant.app_id)?;
    validate_user_id(&grant.user_id)?;
    if grant.room_id.is_empty() {
        return Err(EncodeError::RoomIdEmpty);
    }
    let expire_time = expiry(now, grant.effective_time)?;
    let claims = Claims03 {
        app_id: grant.app_id,
        room_id: grant.room_id.clone(),
        user_id: grant.user_id.clone(),
        privilege: grant.privilege,
        create_time: now,
        expire_time,
        // Non-negative: the shift leaves 63 bits.
        nonce: i64::try_from(rng.next_u64() >> 1).unwrap_or_default(),
    };
    let mut iv = [0; CBC_IV_LEN];
    rng.fill_bytes(&mut iv);
    let token = encode03(&claims, secret, &iv)?;
    Ok(Generated03 { token, claims })
}
