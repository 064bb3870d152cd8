//! The mis-port: a token that does not open with the ServerSecret, tried
//! with the keys that ports of the generator are known to derive wrongly
//! from it (or from the AppSign). A key that opens it names exactly what
//! the generator did, so the secret is not blamed for it.
//!
//! Only called after the secret failed, so the normal path pays nothing;
//! at most [`KeyDerivation::ALL`] tries, each one decryption of a
//! ciphertext the format bounds at 64 KiB.

use std::fmt;

use aes::cipher::block_padding::Pkcs7;
use aes::cipher::{BlockModeDecrypt, InnerIvInit, KeyInit};
use aes::{Aes128, Aes256};
use aes_gcm::aead::Aead;
use aes_gcm::{Aes128Gcm, Aes256Gcm, Nonce};
use zeroize::Zeroizing;

use super::appsign::AppSign;
use crate::claims::Claims;
use crate::contents::Contents;
use crate::secret::{SECRET_LEN, Secret};
use crate::v03::Claims03;
use crate::wire::{Envelope, Mode, Version};

/// A wrong way of turning the ServerSecret (or the AppSign) into the AES
/// key, as ports of the generator get it wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeyDerivation {
    /// The 32 hex characters decoded into 16 bytes, used as an AES-128 key.
    HexAes128,
    /// The 16 hex-decoded bytes as an AES-256 key, zero-padded to 32 (what
    /// PHP's `openssl_encrypt` does with a short key).
    HexZeroPadded,
    /// The secret upper-cased.
    Uppercase,
    /// The secret lower-cased.
    Lowercase,
    /// The secret with its opening double quote kept, cut to 32 bytes
    /// (PHP's `openssl_encrypt` cuts long keys).
    KeptQuote,
    /// The secret with a leading space kept, cut to 32 bytes.
    KeptSpace,
    /// The AppSign's 64 hex characters decoded into a 32-byte AES-256 key.
    AppSignHex,
    /// The AppSign's first 32 characters as the AES-256 key.
    AppSignText,
}

impl KeyDerivation {
    /// Every derivation, in the order tried.
    pub const ALL: [KeyDerivation; 8] = [
        KeyDerivation::HexAes128,
        KeyDerivation::HexZeroPadded,
        KeyDerivation::Uppercase,
        KeyDerivation::Lowercase,
        KeyDerivation::KeptQuote,
        KeyDerivation::KeptSpace,
        KeyDerivation::AppSignHex,
        KeyDerivation::AppSignText,
    ];

    /// The stable snake_case name, used as the failure's kind.
    pub fn kind(self) -> &'static str {
        match self {
            KeyDerivation::HexAes128 => "hex_key_aes128",
            KeyDerivation::HexZeroPadded => "hex_key_zero_padded",
            KeyDerivation::Uppercase => "uppercase_secret_key",
            KeyDerivation::Lowercase => "lowercase_secret_key",
            KeyDerivation::KeptQuote => "quoted_secret_key",
            KeyDerivation::KeptSpace => "spaced_secret_key",
            KeyDerivation::AppSignHex => "appsign_key",
            KeyDerivation::AppSignText => "appsign_text_key",
        }
    }

    /// Whether the key comes from the AppSign rather than the ServerSecret.
    pub fn uses_app_sign(self) -> bool {
        matches!(self, KeyDerivation::AppSignHex | KeyDerivation::AppSignText)
    }

    /// What the generator did, completing "the token was encrypted with …".
    pub fn what(self) -> &'static str {
        match self {
            KeyDerivation::HexAes128 => "the ServerSecret hex-decoded into a 16-byte AES-128 key",
            KeyDerivation::HexZeroPadded => {
                "the ServerSecret hex-decoded into 16 bytes and zero-padded to an AES-256 key"
            }
            KeyDerivation::Uppercase => "the ServerSecret in upper case",
            KeyDerivation::Lowercase => "the ServerSecret in lower case",
            KeyDerivation::KeptQuote => {
                "the ServerSecret with its opening quote kept, cut to 32 bytes"
            }
            KeyDerivation::KeptSpace => {
                "the ServerSecret with a leading space kept, cut to 32 bytes"
            }
            KeyDerivation::AppSignHex => {
                "the AppSign, hex-decoded into a 32-byte AES-256 key, instead of the ServerSecret"
            }
            KeyDerivation::AppSignText => {
                "the first 32 characters of the AppSign instead of the ServerSecret"
            }
        }
    }

    /// How to fix the generator.
    pub fn fix(self) -> &'static str {
        match self {
            KeyDerivation::HexAes128 | KeyDerivation::HexZeroPadded => {
                "use the 32 characters of the ServerSecret as they are, as a 32-byte AES-256 key: do not hex-decode it"
            }
            KeyDerivation::Uppercase | KeyDerivation::Lowercase => {
                "use the ServerSecret exactly as the console shows it: do not change its case"
            }
            KeyDerivation::KeptQuote | KeyDerivation::KeptSpace => {
                "strip the quotes and whitespace from the configured ServerSecret; a 32-byte AES-256 key is exactly its 32 characters"
            }
            KeyDerivation::AppSignHex | KeyDerivation::AppSignText => {
                "encrypt with the 32-character ServerSecret (shown next to the AppSign in the console), as raw bytes; the AppSign is for the client SDK only"
            }
        }
    }

    /// The key this derivation makes, if it applies to these credentials.
    fn key(self, secret: &[u8], app_sign: Option<&AppSign>) -> Option<Zeroizing<Vec<u8>>> {
        let key = match self {
            KeyDerivation::HexAes128 => hex(secret)?,
            KeyDerivation::HexZeroPadded => {
                let mut key = hex(secret)?;
                key.resize(SECRET_LEN, 0);
                key
            }
            KeyDerivation::Uppercase => changed(secret, secret.to_ascii_uppercase())?,
            KeyDerivation::Lowercase => changed(secret, secret.to_ascii_lowercase())?,
            KeyDerivation::KeptQuote => prefixed(b'"', secret),
            KeyDerivation::KeptSpace => prefixed(b' ', secret),
            KeyDerivation::AppSignHex => hex(app_sign?.text())?,
            KeyDerivation::AppSignText => {
                Zeroizing::new(app_sign?.text().get(..SECRET_LEN)?.to_vec())
            }
        };
        Some(key)
    }
}

impl fmt::Display for KeyDerivation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.what())
    }
}

/// A token that opened with a wrongly derived key.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Misport {
    /// The key the generator used.
    pub derivation: KeyDerivation,
    /// The token's format.
    pub version: Version,
    /// The cipher mode (with an AES-128 key for [`KeyDerivation::HexAes128`]).
    pub mode: Mode,
    /// The claims inside, when they are well formed.
    pub claims: Option<Contents>,
}

impl Misport {
    /// The cipher as the generator ran it, e.g. `AES-128-GCM`.
    pub fn cipher(&self) -> &'static str {
        match (self.derivation, self.mode) {
            (KeyDerivation::HexAes128, Mode::Gcm) => "AES-128-GCM",
            (KeyDerivation::HexAes128, Mode::Cbc) => "AES-128-CBC",
            (_, Mode::Gcm) => "AES-256-GCM",
            (_, Mode::Cbc) => "AES-256-CBC",
        }
    }
}

impl fmt::Display for Misport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let who = if self.derivation.uses_app_sign() {
            "the generator used the wrong credential, not another project's secret"
        } else {
            "the ServerSecret is right, the generator derives the key from it wrongly"
        };
        write!(
            f,
            "this {} was encrypted ({}) with {}: {who}; fix the generator: {}",
            self.version,
            self.cipher(),
            self.derivation.what(),
            self.derivation.fix()
        )
    }
}

/// Tries the known wrong key derivations on a token that did not open with
/// `secret`; the first that opens it is the mis-port. The AppSign, when
/// given, is tried too.
pub fn find_misport(
    envelope: &Envelope,
    secret: &Secret,
    app_sign: Option<&AppSign>,
) -> Option<Misport> {
    KeyDerivation::ALL.into_iter().find_map(|derivation| {
        let key = derivation.key(&secret.text[..], app_sign)?;
        let plaintext = open_with(envelope, &key)?;
        let claims = match envelope.version() {
            Version::V04 => Claims::from_json(&plaintext).ok().map(Contents::V04),
            Version::V03 => Claims03::from_json(&plaintext).ok().map(Contents::V03),
        };
        // CBC is not authenticated: only a JSON object inside tells a key
        // that opens it from one whose garbage happens to be well padded.
        let opened = envelope.mode().authenticates()
            || claims.is_some()
            || serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(&plaintext)
                .is_ok();
        opened.then(|| Misport {
            derivation,
            version: envelope.version(),
            mode: envelope.mode(),
            claims,
        })
    })
}

/// Decrypts with an AES-128 or AES-256 key in the envelope's mode.
pub(crate) fn open_with(envelope: &Envelope, key: &[u8]) -> Option<Vec<u8>> {
    let (iv, ciphertext) = (envelope.iv(), envelope.ciphertext());
    match (envelope.mode(), key.len()) {
        (Mode::Gcm, 16) => {
            let nonce = Nonce::try_from(iv).ok()?;
            Aes128Gcm::new_from_slice(key)
                .ok()?
                .decrypt(&nonce, ciphertext)
                .ok()
        }
        (Mode::Gcm, _) => {
            let nonce = Nonce::try_from(iv).ok()?;
            Aes256Gcm::new_from_slice(key)
                .ok()?
                .decrypt(&nonce, ciphertext)
                .ok()
        }
        (Mode::Cbc, 16) => {
            cbc::Decryptor::<Aes128>::inner_iv_slice_init(Aes128::new_from_slice(key).ok()?, iv)
                .ok()?
                .decrypt_padded_vec::<Pkcs7>(ciphertext)
                .ok()
        }
        (Mode::Cbc, _) => {
            cbc::Decryptor::<Aes256>::inner_iv_slice_init(Aes256::new_from_slice(key).ok()?, iv)
                .ok()?
                .decrypt_padded_vec::<Pkcs7>(ciphertext)
                .ok()
        }
    }
}

/// Hex text decoded, when it is all hex digits of even length.
fn hex(text: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    let digit = |b: u8| {
        char::from(b)
            .to_digit(16)
            .and_then(|d| u8::try_from(d).ok())
    };
    let bytes = text
        .chunks_exact(2)
        .map(|pair| Some(digit(pair[0])? << 4 | digit(pair[1])?))
        .collect::<Option<Vec<u8>>>()?;
    Some(Zeroizing::new(bytes))
}

/// `changed` when it differs from `original`: the same key is not tried twice.
fn changed(original: &[u8], changed: Vec<u8>) -> Option<Zeroizing<Vec<u8>>> {
    let changed = Zeroizing::new(changed);
    (changed.as_slice() != original).then_some(changed)
}

/// `first` followed by all but the last byte of `secret`.
fn prefixed(first: u8, secret: &[u8]) -> Zeroizing<Vec<u8>> {
    let mut key = Zeroizing::new(Vec::with_capacity(SECRET_LEN));
    key.push(first);
    key.extend_from_slice(&secret[..secret.len().saturating_sub(1)]);
    key
}

#[cfg(test)]
mod tests;
