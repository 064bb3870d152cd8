//! Callback signatures: how ZEGO signs the events it posts to an app
//! server, with the CallbackSecret.

use std::fmt;

use zeroize::Zeroizing;

use super::body::CallbackFields;
use super::digest::{same, sha1_hex};
use crate::secret::Secret;

/// Longest CallbackSecret accepted: far more than any console shows.
const MAX_LEN: usize = 1024;

/// The CallbackSecret of a project: the secret ZEGO signs its callbacks
/// with. Its text is hashed as given; it is zeroized on drop and `Debug`
/// never shows it.
#[derive(Clone)]
pub struct CallbackSecret(Zeroizing<Vec<u8>>);

/// A CallbackSecret that cannot be one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CallbackSecretError {
    /// Nothing to hash.
    #[error("the CallbackSecret is empty")]
    Empty,
    /// Longer than any secret a console shows.
    #[error(
        "the CallbackSecret is {found} bytes long, more than {MAX_LEN}: is this the right input?"
    )]
    TooLong {
        /// Its length in bytes.
        found: usize,
    },
}

impl CallbackSecret {
    /// A CallbackSecret as typed or pasted (kept exactly: no trimming).
    ///
    /// # Errors
    /// [`CallbackSecretError`] when it is empty or absurdly long.
    pub fn new(secret: &str) -> Result<CallbackSecret, CallbackSecretError> {
        CallbackSecret::from_bytes(secret.as_bytes())
    }

    /// Like [`CallbackSecret::new`], for bytes read from a file or a pipe.
    ///
    /// # Errors
    /// As for [`CallbackSecret::new`].
    pub fn from_bytes(secret: &[u8]) -> Result<CallbackSecret, CallbackSecretError> {
        match secret.len() {
            0 => Err(CallbackSecretError::Empty),
            found if found > MAX_LEN => Err(CallbackSecretError::TooLong { found }),
            _ => Ok(CallbackSecret(Zeroizing::new(secret.to_vec()))),
        }
    }
}

/// Some products sign their callbacks with the ServerSecret: its 32
/// characters as the CallbackSecret.
impl From<&Secret> for CallbackSecret {
    fn from(secret: &Secret) -> CallbackSecret {
        CallbackSecret(Zeroizing::new(secret.text.to_vec()))
    }
}

impl fmt::Debug for CallbackSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("CallbackSecret(<redacted>)")
    }
}

/// `hex_lower(sha1(concat(sort([secret, timestamp, nonce]))))`: the three
/// values sorted bytewise and joined, hashed exactly as sent (a timestamp
/// in seconds or milliseconds is never reformatted).
///
/// ```
/// use zego_token::signature::{CallbackSecret, callback_signature};
///
/// // The vendor's documented example.
/// let secret = CallbackSecret::new("secret")?;
/// assert_eq!(
///     callback_signature(&secret, "1470820198", "123412"),
///     "5bd59fd62953a8059fb7eaba95720f66d19e4517"
/// );
/// # Ok::<(), zego_token::signature::CallbackSecretError>(())
/// ```
#[must_use]
pub fn callback_signature(secret: &CallbackSecret, timestamp: &str, nonce: &str) -> String {
    let mut parts: [&[u8]; 3] = [&secret.0, timestamp.as_bytes(), nonce.as_bytes()];
    parts.sort_unstable();
    sha1_hex(&parts)
}

/// Whether a callback's signature is the one this CallbackSecret makes for
/// its timestamp and nonce, compared in constant time. A signature in
/// uppercase hex does not match: ZEGO sends lowercase.
#[must_use]
pub fn verify_callback(secret: &CallbackSecret, fields: &CallbackFields) -> bool {
    let expected = callback_signature(secret, &fields.timestamp, &fields.nonce);
    same(&expected, &fields.signature)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secret(text: &str) -> CallbackSecret {
        CallbackSecret::new(text).expect("a usable secret")
    }

    /// Known answers. The first is the vendor's documented example; the
    /// others were computed with coreutils on the sorted concatenation,
    /// e.g. `printf '%s' 1234121470820198secret | sha1sum`, and checked with
    /// Python's `hashlib.sha1(''.join(sorted([s, t, n])).encode())`.
    #[test]
    fn known_answers() {
        let cases = [
            (
                "secret",
                "1470820198",
                "123412",
                "5bd59fd62953a8059fb7eaba95720f66d19e4517",
            ),
            // A ZIM-style timestamp in milliseconds; uppercase sorts first.
            (
                "Zc2f1a9bCallbackSecret000000001",
                "1796000000123",
                "abcXYZ",
                "1d10adf2fc156078868453b8f5254619b948e612",
            ),
            // The secret sorts first.
            (
                "0aa",
                "1796000000",
                "Nonce-9",
                "bf5f88d5bb2125dbc113c96e22c9726461fc27e6",
            ),
            // Equal timestamp and nonce.
            (
                "cbsecret",
                "1796000000",
                "1796000000",
                "a7e911a1ed0947b435b5dad1c40db540556e26cb",
            ),
        ];
        for (text, timestamp, nonce, expected) in cases {
            assert_eq!(
                callback_signature(&secret(text), timestamp, nonce),
                expected,
                "{timestamp} {nonce}"
            );
        }
    }

    #[test]
    fn the_order_of_timestamp_and_nonce_does_not_matter() {
        let s = secret("secret");
        assert_eq!(
            callback_signature(&s, "1470820198", "123412"),
            callback_signature(&s, "123412", "1470820198")
        );
    }

    #[test]
    fn bad_secrets() {
        assert_eq!(
            CallbackSecret::new("").map(drop),
            Err(CallbackSecretError::Empty)
        );
        assert_eq!(
            CallbackSecret::from_bytes(&[b'a'; 1025]).map(drop),
            Err(CallbackSecretError::TooLong { found: 1025 })
        );
        let shown = format!("{:?}", secret("hunter2hunter2"));
        assert!(!shown.contains("hunter2"), "{shown}");
    }
}
