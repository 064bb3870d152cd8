//! The ServerSecret, validated once and held as expanded AES keys (and, for
//! server API signatures, its 32 bytes).

use std::fmt;

use aes::Aes256;
use aes::cipher::KeyInit;
use aes_gcm::Aes256Gcm;
use zeroize::Zeroizing;

use crate::error::SecretError;

mod shape;

pub use shape::{SECRET_LEN, secret_warnings};

/// A ZEGOCLOUD ServerSecret, ready to seal and open tokens.
///
/// The 32 characters are used as raw key bytes (never hex-decoded). The key
/// schedules are built once here, so one `Secret` serves any number of
/// tokens; they are zeroized on drop and `Debug` never shows them. The same
/// secret signs server API requests ([`crate::signature`]), which hash its
/// text: those bytes are kept too, zeroized on drop as well (the AES-256 key
/// schedule begins with them anyway).
#[derive(Clone)]
pub struct Secret {
    pub(crate) aes: Aes256,
    pub(crate) gcm: Aes256Gcm,
    /// The 32 bytes as given, for the MD5 of server API signatures.
    pub(crate) text: Zeroizing<[u8; SECRET_LEN]>,
}

impl Secret {
    /// Validates a ServerSecret as typed or pasted.
    ///
    /// # Errors
    /// Any length but 32 bytes, named by the slip that explains it:
    /// [`SecretError::Whitespace`] or [`SecretError::Quoted`] when the 32
    /// characters came with whitespace or quotes, [`SecretError::Doubled`]
    /// when pasted twice, [`SecretError::LooksLikeAppSign`] for 64 hex
    /// characters (the other credential the console shows), else
    /// [`SecretError::Length`]. A 32-byte secret that may still be wrong
    /// is accepted: see [`secret_warnings`](crate::diagnose::secret_warnings).
    pub fn new(secret: &str) -> Result<Secret, SecretError> {
        Secret::from_bytes(secret.as_bytes())
    }

    /// Like [`Secret::new`], for bytes read from a file or pipe.
    ///
    /// # Errors
    /// As for [`Secret::new`].
    pub fn from_bytes(secret: &[u8]) -> Result<Secret, SecretError> {
        if secret.len() != SECRET_LEN {
            return Err(shape::length_error(secret));
        }
        let length = SecretError::Length {
            found: secret.len(),
        };
        let mut text = Zeroizing::new([0; SECRET_LEN]);
        text.copy_from_slice(secret);
        Ok(Secret {
            aes: Aes256::new_from_slice(secret).map_err(|_| length.clone())?,
            gcm: Aes256Gcm::new_from_slice(secret).map_err(|_| length)?,
            text,
        })
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_exactly_32_bytes() {
        assert!(Secret::new("fa94dd0f974cf2e293728a526b028271").is_ok());
        assert_eq!(
            Secret::new("fa94dd0f974cf2e29372").map(drop),
            Err(SecretError::Length { found: 20 })
        );
        assert_eq!(
            Secret::new("").map(drop),
            Err(SecretError::Length { found: 0 })
        );
    }

    #[test]
    fn names_the_appsign_mistake() {
        let app_sign = "b6e5c1b2a7f04d3c9e8a1f2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f";
        assert_eq!(
            Secret::new(app_sign).map(drop),
            Err(SecretError::LooksLikeAppSign)
        );
        // 64 characters that are not all hex are just the wrong length.
        let other = "z".repeat(63) + "y";
        assert_eq!(
            Secret::new(&other).map(drop),
            Err(SecretError::Length { found: 64 })
        );
    }

    #[test]
    fn debug_hides_the_value() {
        let secret = Secret::new("fa94dd0f974cf2e293728a526b028271").expect("valid");
        let shown = format!("{secret:?}");
        assert!(!shown.contains("fa94"), "{shown}");
    }
}
