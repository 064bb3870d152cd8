//! The CDN key: kept as given, zeroized on drop, never shown.

use std::fmt;

use zeroize::Zeroizing;

/// Longest key accepted: far more than any console field holds.
const MAX_KEY_LEN: usize = 1024;

/// The authentication key of a CDN, as set in the console. Its text is
/// hashed as given; it is zeroized on drop and `Debug` never shows it.
#[derive(Clone)]
pub struct CdnKey(Zeroizing<Vec<u8>>);

/// A CDN key that cannot be one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CdnKeyError {
    /// Nothing to sign with.
    #[error("the CDN key is empty")]
    Empty,
    /// Longer than any key a console holds.
    #[error("the CDN key is {found} bytes long, more than {MAX_KEY_LEN}: is this the right input?")]
    TooLong {
        /// Its length in bytes.
        found: usize,
    },
}

impl CdnKey {
    /// A key as typed or pasted (kept exactly: no trimming).
    ///
    /// # Errors
    /// [`CdnKeyError`] when it is empty or absurdly long.
    pub fn new(key: &str) -> Result<CdnKey, CdnKeyError> {
        CdnKey::from_bytes(key.as_bytes())
    }

    /// Like [`CdnKey::new`], for bytes read from a file or a pipe.
    ///
    /// # Errors
    /// As for [`CdnKey::new`].
    pub fn from_bytes(key: &[u8]) -> Result<CdnKey, CdnKeyError> {
        match key.len() {
            0 => Err(CdnKeyError::Empty),
            found if found > MAX_KEY_LEN => Err(CdnKeyError::TooLong { found }),
            _ => Ok(CdnKey(Zeroizing::new(key.to_vec()))),
        }
    }

    pub(super) fn bytes(&self) -> &[u8] {
        &self.0
    }
}

impl fmt::Debug for CdnKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("CdnKey(<redacted>)")
    }
}
