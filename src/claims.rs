//! The encrypted claims and the rules the vendor generators apply to them.

use crate::error::EncodeError;
use crate::invalid::{ClaimProblem, InvalidClaim, InvalidClaims};

// The lenient reader is shared with Token03's claims (crate::v03).
pub(crate) mod lenient;
mod record;
mod scan;

pub use record::Claims;

/// Expire values up to this many seconds (ten years) below ctime look like
/// an effective time written where `ctime + effective time` belongs.
const LONGEST_DURATION_LIKE: i64 = 10 * 365 * 86_400;

/// Token04's claims and what each must be.
const SPEC: &lenient::Spec = &[
    ("app_id", lenient::Kind::AppId),
    ("user_id", lenient::Kind::Str),
    ("nonce", lenient::Kind::Int),
    ("ctime", lenient::Kind::Int),
    ("expire", lenient::Kind::Int),
    ("payload", lenient::Kind::Payload),
];

/// The longest user id the newest vendor generators and the SDK accept, in bytes.
pub const MAX_USER_ID_LEN: usize = 64;

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

    /// Parses decrypted plaintext as [`Envelope::open`](crate::format::Envelope::open)
    /// does: keys in any order, unknown keys ignored, `payload` optional.
    /// Plain claims take a fast path; anything else goes to serde_json, and
    /// what serde_json refuses is examined claim by claim.
    ///
    /// # Errors
    /// [`InvalidClaims`] naming every claim at fault: a wrong JSON type, a
    /// missing key, an `expire` that holds the effective time, or plaintext
    /// that is not a JSON object (field `claims`).
    pub fn from_json(plaintext: &[u8]) -> Result<Claims, InvalidClaims> {
        let claims = match scan::claims(plaintext) {
            Some(claims) => claims,
            None if !lenient::is_object(plaintext) => {
                return Err(lenient::diagnose(plaintext, SPEC, None));
            }
            None => serde_json::from_slice(plaintext)
                .map_err(|e| lenient::diagnose(plaintext, SPEC, Some(&e)))?,
        };
        match claims.duration_like_expire() {
            Some(problem) => Err(InvalidClaims(vec![problem])),
            None => Ok(claims),
        }
    }

    /// The mistake of writing the effective time into `expire`: an expiry
    /// before creation that is small enough to be a duration.
    fn duration_like_expire(&self) -> Option<InvalidClaim> {
        let looks_like = self.expire < self.ctime
            && self.expire > 0
            && self.expire <= LONGEST_DURATION_LIKE
            && self.ctime > LONGEST_DURATION_LIKE;
        looks_like.then(|| {
            InvalidClaim::new(
                "expire",
                ClaimProblem::ExpireIsDuration {
                    expire: self.expire,
                    ctime: self.ctime,
                },
            )
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
        let not_json = Claims::from_json(b"\x93garbage").expect_err("not JSON");
        assert!(not_json.not_an_object());
        let wrong = Claims::from_json(br#"{"app_id":"x"}"#).expect_err("wrong shape");
        assert!(!wrong.not_an_object());
        assert_eq!(wrong.0[0].field, "app_id");
        assert!(
            Claims::from_json(br#"[1,2]"#)
                .expect_err("array")
                .not_an_object()
        );
        // serde alone would fill the claims from an array.
        let array = Claims::from_json(br#"[1,"u",2,3,4,""]"#).expect_err("array");
        assert!(array.not_an_object());
        let repeated = br#"{"app_id":1,"app_id":1,"user_id":"u","nonce":7,"ctime":1,"expire":2}"#;
        let repeated = Claims::from_json(repeated).expect_err("repeated key");
        assert!(!repeated.not_an_object(), "an object, though unreadable");
    }

    #[test]
    fn an_expire_that_is_a_duration_is_named() {
        let json = br#"{"app_id":1,"user_id":"u","nonce":7,"ctime":1796000000,"expire":3600}"#;
        let found = Claims::from_json(json).expect_err("faulty");
        assert_eq!(
            found.0,
            [InvalidClaim::new(
                "expire",
                ClaimProblem::ExpireIsDuration {
                    expire: 3600,
                    ctime: 1_796_000_000
                }
            )]
        );
        // An ordinary expired token is no such thing.
        let old = br#"{"app_id":1,"user_id":"u","nonce":7,"ctime":1000000000,"expire":1000003600}"#;
        assert!(Claims::from_json(old).is_ok());
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
