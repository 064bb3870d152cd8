//! The token envelope: `"04" + base64(expire | ivlen | iv | ctlen | ct [| mode])`,
//! and Token03's `"03" + base64(expire | ivlen | iv | ctlen | ct)`.
//! Parsing and packing only; no cryptography and no secret.

use std::fmt;
use std::ops::Range;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

use crate::error::{Field, Malformed};

pub(crate) use crate::version::{CBC_IV_LEN, GCM_NONCE_LEN, Mode, VERSION, VERSION_03, Version};

/// Length of a GCM authentication tag.
pub const GCM_TAG_LEN: usize = 16;
/// The largest ciphertext the 16-bit length field can describe.
pub const MAX_CIPHERTEXT_LEN: usize = u16::MAX as usize;
/// The longest possible token string: both length fields at their maximum.
pub const MAX_TOKEN_LEN: usize =
    VERSION.len() + (8 + 2 + MAX_CIPHERTEXT_LEN + 2 + MAX_CIPHERTEXT_LEN + 1).div_ceil(3) * 4;

const MODE_CBC: u8 = 0;
const MODE_GCM: u8 = 1;

/// A structurally valid token, read without a secret.
///
/// Everything here is in clear and unauthenticated, the header `expire`
/// included: only [`Envelope::open`](crate::format::Envelope::open) can vouch for it.
#[derive(Clone, PartialEq, Eq)]
pub struct Envelope {
    body: Vec<u8>,
    version: Version,
    expire: i64,
    mode: Mode,
    mode_byte: Option<u8>,
    iv: Range<usize>,
    ciphertext: Range<usize>,
}

impl fmt::Debug for Envelope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Envelope")
            .field("version", &self.version)
            .field("expire", &self.expire)
            .field("mode", &self.mode)
            .field("mode_byte", &self.mode_byte)
            .field("iv_len", &self.iv.len())
            .field("ciphertext_len", &self.ciphertext.len())
            .finish()
    }
}

impl Envelope {
    /// Parses a token string, Token04 or Token03. Surrounding ASCII
    /// whitespace is ignored; all else must be exact.
    ///
    /// # Errors
    /// A [`Malformed`] variant naming the first structural problem.
    pub fn parse(token: &str) -> Result<Envelope, Malformed> {
        let token = token.trim_ascii();
        if token.is_empty() {
            return Err(Malformed::Empty);
        }
        if token.len() > MAX_TOKEN_LEN {
            // Bounds the work and memory spent on hostile input.
            return Err(Malformed::TooLong {
                length: token.len(),
                max: MAX_TOKEN_LEN,
            });
        }
        let (version, encoded) = if let Some(rest) = token.strip_prefix(VERSION) {
            (Version::V04, rest)
        } else if let Some(rest) = token.strip_prefix(VERSION_03) {
            (Version::V03, rest)
        } else {
            return Err(Malformed::BadPrefix {
                found: token.chars().take(2).collect(),
            });
        };
        // With the `simd` feature, decode first with SIMD and look for the
        // culprit only on failure: the `base64` crate's errors say what is
        // wrong and where.
        #[cfg(feature = "simd")]
        let body = match base64_simd::STANDARD.decode_to_vec(encoded) {
            Ok(body) => body,
            Err(_) => STANDARD
                .decode(encoded)
                .map_err(|e| bad_base64(encoded, &e))?,
        };
        #[cfg(not(feature = "simd"))]
        let body = STANDARD
            .decode(encoded)
            .map_err(|e| bad_base64(encoded, &e))?;
        Envelope::from_body(version, body)
    }

    /// Splits a decoded body into its fields.
    fn from_body(version: Version, body: Vec<u8>) -> Result<Envelope, Malformed> {
        let mut r = Reader {
            body: &body,
            pos: 0,
        };
        let expire = i64::from_be_bytes(r.array(Field::Expire)?);
        let iv_len = usize::from(u16::from_be_bytes(r.array(Field::IvLength)?));
        let iv = r.sized(Field::Iv, iv_len, |_| {
            !matches!(iv_len, GCM_NONCE_LEN | CBC_IV_LEN)
        })?;
        let ct_len = usize::from(u16::from_be_bytes(r.array(Field::CiphertextLength)?));
        let ciphertext = r.sized(Field::Ciphertext, ct_len, |rest| {
            looks_complete(iv_len, rest)
        })?;
        let rest = &body[r.pos..];
        let mode_byte = match (version, rest) {
            (_, []) => None,
            (Version::V04, [b @ (MODE_CBC | MODE_GCM)]) => Some(*b),
            (Version::V04, [b]) => return Err(Malformed::UnknownMode(*b)),
            _ => return Err(one_byte_length(iv_len, ct_len, rest.len())),
        };
        let mode = match mode_byte {
            Some(MODE_GCM) => Mode::Gcm,
            _ => Mode::Cbc,
        };
        check_lengths(mode, mode_byte, iv.len(), ciphertext.len())?;
        Ok(Envelope {
            body,
            version,
            expire,
            mode,
            mode_byte,
            iv,
            ciphertext,
        })
    }

    /// Packs the fields into a token string. The caller guarantees the
    /// lengths fit their 16-bit fields (and that a Token03 is CBC).
    pub(crate) fn pack(
        version: Version,
        expire: i64,
        mode: Mode,
        iv: &[u8],
        ciphertext: &[u8],
    ) -> String {
        let mut body = Vec::with_capacity(13 + iv.len() + ciphertext.len());
        body.extend_from_slice(&expire.to_be_bytes());
        body.extend_from_slice(&len16(iv.len()).to_be_bytes());
        body.extend_from_slice(iv);
        body.extend_from_slice(&len16(ciphertext.len()).to_be_bytes());
        body.extend_from_slice(ciphertext);
        // The vendor writes the mode byte only for GCM; legacy CBC has none.
        if mode == Mode::Gcm {
            body.push(MODE_GCM);
        }
        let mut token = String::with_capacity(VERSION.len() + body.len().div_ceil(3) * 4);
        token.push_str(version.as_str());
        STANDARD.encode_string(&body, &mut token);
        token
    }

    /// The format: Token04 or Token03.
    pub fn version(&self) -> Version {
        self.version
    }

    /// The expire time from the clear header (unix seconds, unauthenticated).
    pub fn expire(&self) -> i64 {
        self.expire
    }

    /// The cipher mode.
    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// The raw mode byte: `None` for legacy CBC tokens that carry none.
    pub fn mode_byte(&self) -> Option<u8> {
        self.mode_byte
    }

    /// The IV (CBC) or nonce (GCM).
    pub fn iv(&self) -> &[u8] {
        &self.body[self.iv.clone()]
    }

    /// The ciphertext; for GCM it ends with the 16-byte tag.
    pub fn ciphertext(&self) -> &[u8] {
        &self.body[self.ciphertext.clone()]
    }
}

fn len16(len: usize) -> u16 {
    debug_assert!(len <= MAX_CIPHERTEXT_LEN);
    u16::try_from(len).unwrap_or(u16::MAX)
}

/// Reads fields front to back, naming the field where the data runs out.
struct Reader<'a> {
    body: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn rest(&self) -> &[u8] {
        &self.body[self.pos..]
    }

    fn array<const N: usize>(&mut self, field: Field) -> Result<[u8; N], Malformed> {
        let range = self.sized(field, N, |_| false)?;
        let mut out = [0; N];
        out.copy_from_slice(&self.body[range]);
        Ok(out)
    }

    /// Takes `len` bytes. When they are not there, `length_altered` decides
    /// between "the data was cut" and "the length field was altered", which
    /// point the user at different mistakes.
    fn sized(
        &mut self,
        field: Field,
        len: usize,
        length_altered: impl FnOnce(&[u8]) -> bool,
    ) -> Result<Range<usize>, Malformed> {
        let available = self.rest().len();
        if len > available {
            return Err(if length_altered(self.rest()) {
                Malformed::LengthPastEnd {
                    field,
                    declared: len,
                    available,
                }
            } else {
                Malformed::Truncated {
                    field,
                    needed: len,
                    available,
                }
            });
        }
        let start = self.pos;
        self.pos += len;
        Ok(start..self.pos)
    }
}

/// Whether what follows the ciphertext length field looks like a whole
/// ciphertext (and mode byte), so a too-large length means an altered field
/// rather than a cut token.
fn looks_complete(iv_len: usize, rest: &[u8]) -> bool {
    match (iv_len, rest.split_last()) {
        (GCM_NONCE_LEN, Some((&MODE_GCM, ct))) => ct.len() >= GCM_TAG_LEN,
        (CBC_IV_LEN, _) => !rest.is_empty() && rest.len().is_multiple_of(CBC_IV_LEN),
        _ => false,
    }
}

/// Bytes after the ciphertext: trailing data, unless the ciphertext length
/// field holds the true length modulo 256, as generators that write it in
/// one byte (ZEGO's Flutter ZIMKit helper) leave it.
fn one_byte_length(iv_len: usize, declared: usize, after: usize) -> Malformed {
    let mode_byte = usize::from(iv_len == GCM_NONCE_LEN);
    let actual = declared + after - mode_byte.min(after);
    if declared < 256 && actual > 255 && actual % 256 == declared {
        return Malformed::OneByteLength { declared, actual };
    }
    Malformed::TrailingBytes { count: after }
}

fn check_lengths(
    mode: Mode,
    mode_byte: Option<u8>,
    iv_len: usize,
    ct_len: usize,
) -> Result<(), Malformed> {
    if mode_byte.is_none() && iv_len == GCM_NONCE_LEN {
        // Only GCM uses 12-byte nonces: this is a GCM token whose final
        // mode byte was cut off.
        return Err(Malformed::Truncated {
            field: Field::ModeByte,
            needed: 1,
            available: 0,
        });
    }
    if iv_len != mode.iv_len() {
        return Err(Malformed::WrongIvLength {
            mode,
            expected: mode.iv_len(),
            found: iv_len,
        });
    }
    match mode {
        Mode::Gcm if ct_len < GCM_TAG_LEN => Err(Malformed::Truncated {
            field: Field::Tag,
            needed: GCM_TAG_LEN,
            available: ct_len,
        }),
        Mode::Cbc if ct_len == 0 || !ct_len.is_multiple_of(CBC_IV_LEN) => {
            Err(Malformed::Truncated {
                field: Field::Ciphertext,
                needed: ct_len.div_ceil(CBC_IV_LEN).max(1) * CBC_IV_LEN,
                available: ct_len,
            })
        }
        _ => Ok(()),
    }
}

/// The most useful description of undecodable text: the first character
/// outside the alphabet if there is one, else what the decoder found.
fn bad_base64(encoded: &str, e: &base64::DecodeError) -> Malformed {
    let invalid = encoded
        .chars()
        .enumerate()
        .find(|&(_, c)| !(c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '=')));
    match invalid {
        Some((position, found)) => Malformed::InvalidCharacter {
            found,
            position: position + VERSION.len(),
        },
        None => Malformed::BadBase64 {
            reason: base64_reason(e),
        },
    }
}

fn base64_reason(e: &base64::DecodeError) -> String {
    match e {
        base64::DecodeError::InvalidByte(offset, b'=') => {
            format!(
                "misplaced '=' padding at position {}",
                offset + VERSION.len()
            )
        }
        base64::DecodeError::InvalidByte(offset, byte) => {
            format!(
                "invalid byte {byte:#04x} at position {}",
                offset + VERSION.len()
            )
        }
        base64::DecodeError::InvalidLength(_) => {
            "its length is not a whole number of base64 groups (characters missing?)".to_owned()
        }
        base64::DecodeError::InvalidLastSymbol { offset, .. } => format!(
            "the last symbol at position {} has stray bits (truncated or altered)",
            offset + VERSION.len()
        ),
        base64::DecodeError::InvalidPadding => "missing or wrong '=' padding".to_owned(),
    }
}

#[cfg(test)]
mod tests;
