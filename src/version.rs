//! The format's closed sets, named: its versions ([`Version`]) and cipher
//! modes ([`Mode`]), with the lengths each fixes.

use std::fmt;
use std::str::FromStr;

use crate::name::{self, UnknownName};

/// The version prefix of every Token04.
pub const VERSION: &str = "04";
/// The version prefix of the older Token03.
pub const VERSION_03: &str = "03";
/// Length of a GCM nonce.
pub const GCM_NONCE_LEN: usize = 12;
/// Length of a CBC IV (and the AES block).
pub const CBC_IV_LEN: usize = 16;

/// The format of a token, named by its first two characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum Version {
    /// Token04: the current format, GCM or legacy CBC, claims with a payload.
    #[cfg_attr(feature = "serde", serde(rename = "04"))]
    V04,
    /// Token03: the older format, always CBC, the room and privileges in the
    /// claims.
    #[cfg_attr(feature = "serde", serde(rename = "03"))]
    V03,
}

impl Version {
    /// The prefix: `"04"` or `"03"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Version::V04 => VERSION,
            Version::V03 => VERSION_03,
        }
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Version::V04 => "Token04",
            Version::V03 => "Token03",
        })
    }
}

impl FromStr for Version {
    type Err = UnknownName;

    /// `04` or `03` (the prefix), or `token04` / `token03` (the
    /// [`Display`](fmt::Display) form), in any case.
    fn from_str(text: &str) -> Result<Version, UnknownName> {
        let table = [
            ("04", Version::V04),
            ("03", Version::V03),
            ("token04", Version::V04),
            ("token03", Version::V03),
        ];
        name::parse(text, &table, "token version", "04 or 03")
    }
}

/// The cipher mode of a token.
///
/// The format knows these two (its mode byte is `1` or absent / `0`), so
/// the enum is exhaustive: a new mode would be a new format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum Mode {
    /// AES-256-GCM: authenticated, the vendor's current mode.
    Gcm,
    /// AES-256-CBC with PKCS#7: legacy and not authenticated.
    Cbc,
}

impl Mode {
    /// The lowercase name used in JSON and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Gcm => "gcm",
            Mode::Cbc => "cbc",
        }
    }

    /// Whether a token in this mode that opens proves it was made with the
    /// secret (GCM's tag); a CBC token's claims can be partly changed by
    /// someone without it.
    pub fn authenticates(self) -> bool {
        self == Mode::Gcm
    }

    /// The IV / nonce length this mode needs.
    pub fn iv_len(self) -> usize {
        match self {
            Mode::Gcm => GCM_NONCE_LEN,
            Mode::Cbc => CBC_IV_LEN,
        }
    }
}

impl fmt::Display for Mode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Mode::Gcm => "AES-256-GCM",
            Mode::Cbc => "AES-256-CBC",
        })
    }
}

impl FromStr for Mode {
    type Err = UnknownName;

    /// `gcm` or `cbc` ([`Mode::as_str`]), or `aes-256-gcm` / `aes-256-cbc`
    /// (the [`Display`](fmt::Display) form), in any case.
    fn from_str(text: &str) -> Result<Mode, UnknownName> {
        let table = [
            ("gcm", Mode::Gcm),
            ("cbc", Mode::Cbc),
            ("aes-256-gcm", Mode::Gcm),
            ("aes-256-cbc", Mode::Cbc),
        ];
        name::parse(text, &table, "mode", "gcm or cbc")
    }
}
