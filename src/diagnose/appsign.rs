//! The AppSign, given to the diagnosis so that a token a generator
//! encrypted with it can be named. It is checked as the Express SDK checks
//! it (PRODUCTS.md section 1, codes 1001001-1001003) and never shown.

use std::fmt;

use zeroize::Zeroizing;

/// Length of an AppSign: 64 hex characters.
pub const APP_SIGN_LEN: usize = 64;

/// A project's AppSign (64 hex characters), held only to try it as a key.
///
/// `Debug` never shows it and its bytes are zeroized on drop.
///
/// ```
/// use zego_token::diagnose::{AppSign, AppSignError};
///
/// assert!(AppSign::new(&"ab".repeat(32)).is_ok());
/// assert_eq!(AppSign::new("").unwrap_err().sdk_code(), 1_001_003);
/// assert_eq!(AppSign::new("xyz").unwrap_err(), AppSignError::Length { found: 3 });
/// ```
#[derive(Clone)]
pub struct AppSign(pub(crate) Zeroizing<[u8; APP_SIGN_LEN]>);

/// Why a string is not an AppSign, as the Express SDK would refuse it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum AppSignError {
    /// Empty (Express 1001003).
    #[error("the AppSign is empty (the Express SDK reports 1001003)")]
    Empty,
    /// Not 64 characters (Express 1001001).
    #[error(
        "the AppSign must be 64 hex characters, this one has {found} bytes (the Express SDK reports 1001001)"
    )]
    Length {
        /// Its length in bytes.
        found: usize,
    },
    /// A character other than 0-9, a-f, A-F (Express 1001002).
    #[error(
        "the AppSign has a character that is not hexadecimal (character {position}; the Express SDK reports 1001002)"
    )]
    NotHex {
        /// The 1-based position of the first one.
        position: usize,
    },
}

impl AppSignError {
    /// The Express SDK error code for the same mistake.
    pub fn sdk_code(&self) -> u32 {
        match self {
            AppSignError::Empty => 1_001_003,
            AppSignError::Length { .. } => 1_001_001,
            AppSignError::NotHex { .. } => 1_001_002,
        }
    }
}

impl AppSign {
    /// Checks an AppSign as the Express SDK does. Surrounding whitespace is
    /// ignored.
    ///
    /// # Errors
    /// [`AppSignError`]: empty, not 64 characters, or not hexadecimal.
    pub fn new(app_sign: &str) -> Result<AppSign, AppSignError> {
        let text = app_sign.trim_ascii().as_bytes();
        if text.is_empty() {
            return Err(AppSignError::Empty);
        }
        if text.len() != APP_SIGN_LEN {
            return Err(AppSignError::Length { found: text.len() });
        }
        if let Some(position) = text.iter().position(|b| !b.is_ascii_hexdigit()) {
            return Err(AppSignError::NotHex {
                position: position + 1,
            });
        }
        let mut bytes = Zeroizing::new([0; APP_SIGN_LEN]);
        bytes.copy_from_slice(text);
        Ok(AppSign(bytes))
    }

    /// The text as given.
    pub(crate) fn text(&self) -> &[u8] {
        &self.0[..]
    }
}

impl fmt::Debug for AppSign {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AppSign(<redacted>)")
    }
}
