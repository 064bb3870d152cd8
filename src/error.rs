//! Typed errors of the core. Variants carry what was found so the caller can
//! explain the problem; none of them ever holds secret material.

use std::fmt;

use crate::invalid::InvalidClaims;
use crate::kit::KitError;
use crate::version::{Mode, Version};

/// A part of the token body, named in structural errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Field {
    /// The 8-byte expire time in the header.
    Expire,
    /// The 2-byte length of the IV / nonce.
    IvLength,
    /// The IV (CBC) or nonce (GCM).
    Iv,
    /// The 2-byte length of the ciphertext.
    CiphertextLength,
    /// The ciphertext (for GCM including its tag).
    Ciphertext,
    /// The 16-byte GCM authentication tag at the end of the ciphertext.
    Tag,
    /// The trailing byte that names the cipher mode.
    ModeByte,
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Field::Expire => "the expire field",
            Field::IvLength => "the IV length field",
            Field::Iv => "the IV / nonce",
            Field::CiphertextLength => "the ciphertext length field",
            Field::Ciphertext => "the ciphertext",
            Field::Tag => "the GCM tag",
            Field::ModeByte => "the mode byte",
        })
    }
}

/// The token string is not a well-formed Token04. Found without any secret.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Malformed {
    /// Nothing but whitespace.
    #[error("the token is empty")]
    Empty,
    /// Longer than any Token04 can be.
    #[error("the input is at least {length} bytes, longer than any Token04 ({max} at most)")]
    TooLong {
        /// Its length in bytes, or as many as were read before giving up.
        length: usize,
        /// The longest possible Token04.
        max: usize,
    },
    /// The string starts with `03`: the older Token03 format. (Token03 is
    /// read now; kept so that matches on it keep compiling.)
    #[error("this is a Token03 (prefix \"03\"), an older format that is not supported")]
    Token03,
    /// The string does not start with a version this crate reads.
    #[error("not a ZEGO token: it starts with {found:?} instead of \"04\" (or \"03\")")]
    BadPrefix {
        /// The first (at most two) characters found.
        found: String,
    },
    /// A character outside the standard base64 alphabet.
    #[error("not base64: {found:?} at position {position}")]
    InvalidCharacter {
        /// The offending character.
        found: char,
        /// Its character position in the token string (the prefix counts).
        position: usize,
    },
    /// The base64 text has the wrong length or padding.
    #[error("not base64: {reason}")]
    BadBase64 {
        /// What the base64 decoder reported.
        reason: String,
    },
    /// The data ends inside a field.
    #[error("truncated: the token ends inside {field} (needs {needed} bytes, has {available})")]
    Truncated {
        /// The field that is cut.
        field: Field,
        /// Bytes the field needs.
        needed: usize,
        /// Bytes that were left.
        available: usize,
    },
    /// A length field declares more bytes than the token holds, while the data
    /// itself looks complete: the length field was altered.
    #[error("{field} declares {declared} bytes but only {available} follow")]
    LengthPastEnd {
        /// The field whose length is declared.
        field: Field,
        /// The declared length.
        declared: usize,
        /// Bytes that were left.
        available: usize,
    },
    /// The IV / nonce length does not fit the mode.
    #[error("a {mode} token needs a {expected}-byte IV, this one has {found}")]
    WrongIvLength {
        /// The mode named by the mode byte (or its absence).
        mode: Mode,
        /// The length the mode needs.
        expected: usize,
        /// The length found.
        found: usize,
    },
    /// The trailing mode byte is neither 0 (CBC) nor 1 (GCM).
    #[error("unknown mode byte {0:#04x} (0 is CBC, 1 is GCM)")]
    UnknownMode(u8),
    /// Bytes after the ciphertext beyond the single mode byte.
    #[error("{count} unexpected bytes after the ciphertext")]
    TrailingBytes {
        /// How many bytes follow the ciphertext (mode byte included).
        count: usize,
    },
    /// The ciphertext length field holds the length modulo 256: the
    /// generator wrote it in one byte.
    #[error(
        "the ciphertext length field says {declared} bytes but the ciphertext has {actual}: the length was written in one byte"
    )]
    OneByteLength {
        /// The length the field declares.
        declared: usize,
        /// The length of the ciphertext that follows.
        actual: usize,
    },
    /// The prefix names one version, the claims inside are of the other.
    #[error("the token says {prefix} but holds {holds} claims: its version prefix is wrong")]
    VersionMismatch {
        /// The version of the prefix.
        prefix: Version,
        /// The version whose claims it holds.
        holds: Version,
    },
    /// A kit token (`token#suffix`) whose suffix cannot be read.
    #[error(transparent)]
    Kit(KitError),
}

/// The token is well formed but does not open with the secret, or what it
/// holds contradicts its header. Every variant means "do not trust this token".
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Untrusted {
    /// GCM authentication failed: wrong secret or altered token.
    #[error("the GCM authentication tag does not match")]
    TagMismatch,
    /// CBC decryption produced invalid PKCS#7 padding: wrong secret or altered token.
    #[error("the CBC padding is invalid")]
    BadPadding,
    /// The CBC plaintext is not a JSON object: what a wrong secret gives.
    #[error("the decrypted text is not JSON ({detail})")]
    NotJson {
        /// What the JSON parser reported.
        detail: String,
    },
    /// No longer returned: claims that opened but are of the wrong shape
    /// are [`OpenError::InvalidClaims`].
    #[error("the decrypted claims are invalid ({detail})")]
    BadClaims {
        /// What was wrong.
        detail: String,
    },
    /// The unauthenticated header expire differs from the encrypted one.
    #[error("the header expire {header} differs from the encrypted expire {claims}")]
    ExpireMismatch {
        /// The expire in the clear header.
        header: i64,
        /// The expire inside the encrypted claims.
        claims: i64,
    },
}

/// Why a token could not be opened.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum OpenError {
    /// The string is not a well-formed Token04.
    #[error(transparent)]
    Malformed(#[from] Malformed),
    /// The token does not open with this secret or contradicts itself.
    #[error(transparent)]
    Untrusted(#[from] Untrusted),
    /// The token opened with this secret (the secret is right), but the
    /// generator built its claims wrong.
    #[error("the token opened, but its claims are invalid: {0}")]
    InvalidClaims(#[from] InvalidClaims),
}

/// The ServerSecret is unusable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SecretError {
    /// Not 32 bytes long.
    #[error("the ServerSecret must be exactly 32 characters, this one has {found}")]
    Length {
        /// Its length in bytes.
        found: usize,
    },
    /// 64 hexadecimal characters: the AppSign, a different credential.
    #[error("this looks like the AppSign (64 hex characters), not the ServerSecret")]
    LooksLikeAppSign,
    /// 32 characters once the whitespace in or around it is removed: a
    /// space, tab or line break came along with the copy.
    #[error(
        "the ServerSecret has whitespace in or around it ({found} bytes in all, 32 without it): remove the spaces or line breaks"
    )]
    Whitespace {
        /// Its length in bytes, whitespace included.
        found: usize,
    },
    /// 32 characters inside quotes: the quotes of a config file or code
    /// were copied too.
    #[error(
        "the ServerSecret is in quotes ({found} bytes with them, 32 without): remove the quotes"
    )]
    Quoted {
        /// Its length in bytes, quotes included.
        found: usize,
    },
    /// The same 32 characters twice: pasted twice.
    #[error(
        "the ServerSecret was pasted twice: its {found} bytes are the same 32 characters repeated; keep one copy"
    )]
    Doubled {
        /// Its length in bytes.
        found: usize,
    },
}

/// Something doubtful about a 32-byte ServerSecret that may still be the
/// right one: the official generators accept any 32 bytes, but every
/// secret the console shows is 32 lowercase hex characters (PRODUCTS.md
/// section 7). None of them shows any part of the secret.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SecretWarning {
    /// A space, tab or line break inside it.
    #[error(
        "the ServerSecret contains whitespace (character {position}); console secrets have none: check that it was copied whole"
    )]
    Whitespace {
        /// The 1-based character position of the first one.
        position: usize,
    },
    /// A quote character inside it.
    #[error(
        "the ServerSecret contains a quote (character {position}): it may have been copied with the quotes of a config file"
    )]
    Quote {
        /// The 1-based character position of the first one.
        position: usize,
    },
    /// A character that is not hexadecimal.
    #[error(
        "the ServerSecret has a character that is not hexadecimal (character {position}); console secrets are 32 hex characters: check it was copied right"
    )]
    NotHex {
        /// The 1-based character position of the first one.
        position: usize,
    },
    /// Hex with upper-case letters.
    #[error(
        "the ServerSecret has upper-case letters; console secrets are lower-case, and a secret in another case is another key"
    )]
    Uppercase,
}

/// Claims or a payload that cannot be made into a token.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EncodeError {
    /// AppID 0 is never valid.
    #[error("the AppID must not be 0")]
    AppIdZero,
    /// Empty user id.
    #[error("the user id must not be empty")]
    UserIdEmpty,
    /// Empty room id, which a Token03 cannot have.
    #[error("a Token03 needs a room id")]
    RoomIdEmpty,
    /// Longer than the SDK accepts.
    #[error("the user id is {found} bytes long, the maximum is {max}")]
    UserIdTooLong {
        /// Its length in bytes.
        found: usize,
        /// The limit.
        max: usize,
    },
    /// Zero or negative effective time.
    #[error("the effective time must be positive, got {0} s")]
    EffectiveTimeNotPositive(i64),
    /// `ctime + effective time` does not fit a 64-bit time.
    #[error("the expiry time overflows (ctime {ctime} + {effective_time} s)")]
    TimeOverflow {
        /// The creation time.
        ctime: i64,
        /// The effective time in seconds.
        effective_time: i64,
    },
    /// Something a Token03 cannot carry (a payload, stream ids) or be
    /// (wrapped in a kit token).
    #[error("a Token03 cannot carry {0}: make a Token04")]
    NotInToken03(&'static str),
    /// GCM asked of a Token03, which is always AES-256-CBC.
    #[error("a Token03 is always AES-256-CBC")]
    Token03IsCbc,
    /// A kit suffix the UIKit could not read back.
    #[error(transparent)]
    Kit(#[from] KitError),
    /// The ciphertext would not fit the 16-bit length field.
    #[error("the claims make a {ciphertext_len}-byte ciphertext, a token holds at most {max}")]
    PayloadTooLarge {
        /// The ciphertext length the claims would need.
        ciphertext_len: usize,
        /// The format's limit.
        max: usize,
    },
}

impl SecretError {
    /// The stable snake_case name of the problem: `length`,
    /// `looks_like_app_sign`, `whitespace`, `quoted`, `doubled`; for the
    /// language packages' errors and logs.
    pub fn kind(&self) -> &'static str {
        match self {
            SecretError::Length { .. } => "length",
            SecretError::LooksLikeAppSign => "looks_like_app_sign",
            SecretError::Whitespace { .. } => "whitespace",
            SecretError::Quoted { .. } => "quoted",
            SecretError::Doubled { .. } => "doubled",
        }
    }
}

impl EncodeError {
    /// The stable snake_case name of the refusal (`app_id_zero`,
    /// `user_id_too_long`, `token03_is_cbc`, ...), for the language
    /// packages' errors and logs; [`EncodeError::field`] names the argument.
    pub fn kind(&self) -> &'static str {
        match self {
            EncodeError::AppIdZero => "app_id_zero",
            EncodeError::UserIdEmpty => "user_id_empty",
            EncodeError::RoomIdEmpty => "room_id_empty",
            EncodeError::UserIdTooLong { .. } => "user_id_too_long",
            EncodeError::EffectiveTimeNotPositive(_) => "effective_time_not_positive",
            EncodeError::TimeOverflow { .. } => "time_overflow",
            EncodeError::NotInToken03(_) => "not_in_token03",
            EncodeError::Token03IsCbc => "token03_is_cbc",
            EncodeError::Kit(_) => "kit",
            EncodeError::PayloadTooLarge { .. } => "payload_too_large",
        }
    }

    /// The argument of [`Mint`](crate::Mint) at fault, as its method is
    /// named: `app_id`, `user_id`, `effective_time`, `room_id` (a Token03's
    /// room, or a kit suffix's), `stream_ids`, `payload` (a raw payload, or
    /// the privilege payload that grew too large), `mode` or `kit`. A
    /// server can point at its own parameter with it.
    pub fn field(&self) -> &'static str {
        match self {
            EncodeError::AppIdZero => "app_id",
            EncodeError::UserIdEmpty | EncodeError::UserIdTooLong { .. } => "user_id",
            EncodeError::RoomIdEmpty => "room_id",
            EncodeError::EffectiveTimeNotPositive(_) | EncodeError::TimeOverflow { .. } => {
                "effective_time"
            }
            EncodeError::NotInToken03("stream ids") => "stream_ids",
            EncodeError::NotInToken03("a kit suffix") => "kit",
            EncodeError::NotInToken03(_) | EncodeError::PayloadTooLarge { .. } => "payload",
            EncodeError::Token03IsCbc => "mode",
            EncodeError::Kit(KitError::NotLatin1 { key: "roomID", .. }) => "room_id",
            EncodeError::Kit(_) => "user_id",
        }
    }
}
