//! The encrypted claims and the rules the vendor generators apply to them.

use serde::{Deserialize, Serialize};

use crate::error::{EncodeError, Untrusted};

mod scan;

/// The longest user id the newest vendor generators and the SDK accept, in bytes.
pub const MAX_USER_ID_LEN: usize = 64;

/// The JSON object inside a token.
///
/// Field order here is the order written (the Node.js / Python generators'
/// order); reading accepts any order and ignores unknown keys.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claims {
    /// The AppID from the ZEGOCLOUD console.
    pub app_id: u32,
    /// The user the token is for.
    pub user_id: String,
    /// A random number; vendors emit both signs, so it is read as 64-bit.
    pub nonce: i64,
    /// Creation time, unix seconds.
    pub ctime: i64,
    /// Expiry time, unix seconds.
    pub expire: i64,
    /// Empty, or a JSON document encoded as a string (see [`crate::Privilege`]).
    #[serde(default)]
    pub payload: String,
}

impl Claims {
    /// Checks the claims as the vendor generators check their arguments.
    ///
    /// # Errors
    /// [`EncodeError::AppIdZero`], [`EncodeError::UserIdEmpty`] or
    /// [`EncodeError::UserIdTooLong`].
    pub fn validate(&self) -> Result<(), EncodeError> {
        validate_app_id(self.app_id)?;
        validate_user_id(&self.user_id)
    }

    /// The JSON text that gets encrypted.
    pub(crate) fn to_json(&self) -> Vec<u8> {
        // Serialising plain strings and integers into a Vec cannot fail.
        serde_json::to_vec(self).unwrap_or_default()
    }

    /// Parses decrypted plaintext as [`Envelope::open`](crate::Envelope::open)
    /// does: keys in any order, unknown keys ignored. Plain claims take a
    /// fast path; anything else goes to serde_json.
    ///
    /// # Errors
    /// [`Untrusted::NotJson`] or [`Untrusted::BadClaims`].
    pub fn from_json(plaintext: &[u8]) -> Result<Claims, Untrusted> {
        if let Some(claims) = scan::claims(plaintext) {
            return Ok(claims);
        }
        serde_json::from_slice(plaintext).map_err(|e| {
            let detail = e.to_string();
            if e.is_data() {
                Untrusted::BadClaims { detail }
            } else {
                Untrusted::NotJson { detail }
            }
        })
    }
}

/// Rejects AppID 0, as the vendor generators do.
///
/// # Errors
/// [`EncodeError::AppIdZero`].
pub fn validate_app_id(app_id: u32) -> Result<(), EncodeError> {
    if app_id == 0 {
        return Err(EncodeError::AppIdZero);
    }
    Ok(())
}

/// Rejects empty user ids and ones over [`MAX_USER_ID_LEN`] bytes.
///
/// # Errors
/// [`EncodeError::UserIdEmpty`] or [`EncodeError::UserIdTooLong`].
pub fn validate_user_id(user_id: &str) -> Result<(), EncodeError> {
    if user_id.is_empty() {
        return Err(EncodeError::UserIdEmpty);
    }
    if user_id.len() > MAX_USER_ID_LEN {
        return Err(EncodeError::UserIdTooLong {
            found: user_id.len(),
            max: MAX_USER_ID_LEN,
        });
    }
    Ok(())
}

/// `ctime + effective_time`, refusing non-positive durations and overflow.
///
/// # Errors
/// [`EncodeError::EffectiveTimeNotPositive`] or [`EncodeError::TimeOverflow`].
pub fn expiry(ctime: i64, effective_time: i64) -> Result<i64, EncodeError> {
    if effective_time <= 0 {
        return Err(EncodeError::EffectiveTimeNotPositive(effective_time));
    }
    ctime
        .checked_add(effective_time)
        .ok_or(EncodeError::TimeOverflow {
            ctime,
            effective_time,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_any_key_order_and_negative_nonces() {
        let java = br#"{"user_id":"u","payload":"","expire":20,"ctime":10,"app_id":7,"nonce":-2147483648}"#;
        let claims = Claims::from_json(java).expect("parses");
        assert_eq!(claims.app_id, 7);
        assert_eq!(claims.nonce, -2_147_483_648);
        assert_eq!((claims.ctime, claims.expire), (10, 20));
    }

    #[test]
    fn writes_the_node_order() {
        let claims = Claims {
            app_id: 1,
            user_id: "a".into(),
            nonce: 2,
            ctime: 3,
            expire: 4,
            payload: String::new(),
        };
        assert_eq!(
            String::from_utf8(claims.to_json()).expect("utf-8"),
            r#"{"app_id":1,"user_id":"a","nonce":2,"ctime":3,"expire":4,"payload":""}"#
        );
    }

    #[test]
    fn not_json_and_wrong_shape_are_distinguished() {
        assert!(matches!(
            Claims::from_json(b"\x93garbage"),
            Err(Untrusted::NotJson { .. })
        ));
        assert!(matches!(
            Claims::from_json(br#"{"app_id":"x"}"#),
            Err(Untrusted::BadClaims { .. })
        ));
        assert!(matches!(
            Claims::from_json(br#"[1,2]"#),
            Err(Untrusted::BadClaims { .. })
        ));
    }

    #[test]
    fn vendor_argument_rules() {
        assert_eq!(validate_app_id(0), Err(EncodeError::AppIdZero));
        assert_eq!(validate_user_id(""), Err(EncodeError::UserIdEmpty));
        assert!(validate_user_id(&"a".repeat(64)).is_ok());
        assert_eq!(
            validate_user_id(&"a".repeat(65)),
            Err(EncodeError::UserIdTooLong { found: 65, max: 64 })
        );
        assert_eq!(expiry(10, 0), Err(EncodeError::EffectiveTimeNotPositive(0)));
        assert!(matches!(
            expiry(i64::MAX, 1),
            Err(EncodeError::TimeOverflow { .. })
        ));
        assert_eq!(expiry(10, 5), Ok(15));
    }
}
