//! `Envelope::parse` on hostile text.
//!
//! Each input is tried four ways: as UTF-8 text (when it is UTF-8), as
//! lossily converted text (when it is not), and as a raw token *body* under
//! each prefix (`"04" + base64(input)`, `"03" + base64(input)`), which takes
//! the fuzzer straight past the prefix and base64 checks into the field
//! reader of Token04 and of Token03.
//!
//! Beyond "never panics", a parsed envelope must obey the format
//! (FORMAT.md): its version is its prefix, the IV and ciphertext lengths
//! fit the mode, a Token03 is CBC without a mode byte, and packing the
//! fields again under the version's prefix gives back exactly the (trimmed)
//! input, so parsing accepts only canonical tokens and loses nothing.
//! Errors must describe themselves consistently ("needs 16 bytes, has 3"
//! with needs > has, positions that point at the character named), and
//! never be one `parse` cannot give (`Token03`, which is read now; the
//! version mismatch and kit errors, which need a secret or a suffix).

#![no_main]

use std::borrow::Cow;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use libfuzzer_sys::fuzz_target;
use zego_token::format::{
    CBC_IV_LEN, Envelope, GCM_NONCE_LEN, GCM_TAG_LEN, MAX_TOKEN_LEN, Malformed, VERSION, VERSION_03,
};
use zego_token::{Mode, Version};

fuzz_target!(|data: &[u8]| {
    match String::from_utf8_lossy(data) {
        Cow::Borrowed(text) => check(text),
        Cow::Owned(lossy) => check(&lossy),
    }
    for prefix in [VERSION, VERSION_03] {
        let mut token = String::from(prefix);
        STANDARD.encode_string(data, &mut token);
        check(&token);
    }
});

fn check(token: &str) {
    let trimmed = token.trim_ascii();
    match Envelope::parse(token) {
        Ok(envelope) => check_envelope(trimmed, &envelope),
        Err(error) => check_error(trimmed, &error),
    }
}

fn check_envelope(trimmed: &str, envelope: &Envelope) {
    let _ = format!("{envelope:?} {} {}", envelope.mode(), envelope.version());
    assert!(trimmed.len() <= MAX_TOKEN_LEN);
    let prefix = envelope.version().as_str();
    assert!(trimmed.starts_with(prefix), "{:?}", envelope.version());
    if envelope.version() == Version::V03 {
        assert_eq!(envelope.mode(), Mode::Cbc, "a Token03 is always CBC");
        assert_eq!(envelope.mode_byte(), None, "a Token03 has no mode byte");
    }
    let (iv, ct) = (envelope.iv(), envelope.ciphertext());
    match envelope.mode() {
        Mode::Gcm => {
            assert_eq!(envelope.mode_byte(), Some(1));
            assert_eq!(iv.len(), GCM_NONCE_LEN);
            assert!(ct.len() >= GCM_TAG_LEN, "GCM ciphertext without a tag");
        }
        Mode::Cbc => {
            assert!(matches!(envelope.mode_byte(), None | Some(0)));
            assert_eq!(iv.len(), CBC_IV_LEN);
            assert!(!ct.is_empty() && ct.len().is_multiple_of(CBC_IV_LEN));
        }
    }
    // Pack the fields again: the result must be the input, byte for byte.
    let mut body = envelope.expire().to_be_bytes().to_vec();
    body.extend_from_slice(&len16(iv.len()));
    body.extend_from_slice(iv);
    body.extend_from_slice(&len16(ct.len()));
    body.extend_from_slice(ct);
    body.extend(envelope.mode_byte());
    let mut packed = String::from(prefix);
    STANDARD.encode_string(&body, &mut packed);
    assert_eq!(packed, trimmed, "parse is not canonical / loses data");
    // Parsing is a function of the trimmed text.
    assert_eq!(Envelope::parse(trimmed).as_ref(), Ok(envelope));
}

fn len16(len: usize) -> [u8; 2] {
    u16::try_from(len)
        .expect("a parsed field longer than its 16-bit length field")
        .to_be_bytes()
}

fn check_error(trimmed: &str, error: &Malformed) {
    assert!(!error.to_string().is_empty());
    let v03 = trimmed.starts_with(VERSION_03);
    match *error {
        Malformed::Empty => assert!(trimmed.is_empty()),
        Malformed::TooLong { length, max } => {
            assert_eq!(length, trimmed.len());
            assert!(length > max);
        }
        Malformed::Token03 => panic!("Token03 is read now, yet {trimmed:?} is refused as one"),
        Malformed::BadPrefix { ref found } => {
            assert!(!trimmed.starts_with(VERSION) && !v03);
            assert_eq!(*found, trimmed.chars().take(2).collect::<String>());
        }
        Malformed::InvalidCharacter { found, position } => {
            assert_eq!(trimmed.chars().nth(position), Some(found), "{error}");
            assert!(!(found.is_ascii_alphanumeric() || matches!(found, '+' | '/' | '=')));
        }
        Malformed::Truncated {
            needed, available, ..
        } => assert!(needed > available, "{error}"),
        Malformed::LengthPastEnd {
            declared,
            available,
            ..
        } => assert!(declared > available, "{error}"),
        Malformed::WrongIvLength {
            expected, found, ..
        } => assert_ne!(expected, found),
        Malformed::UnknownMode(byte) => assert!(byte > 1 && !v03, "{error}"),
        // Token04 allows one mode byte after the ciphertext, Token03 none.
        Malformed::TrailingBytes { count } => assert!(count >= if v03 { 1 } else { 2 }),
        Malformed::OneByteLength { declared, actual } => {
            assert!(
                declared < 256 && actual > 255 && actual % 256 == declared,
                "{error}"
            );
        }
        Malformed::VersionMismatch { .. } | Malformed::Kit(_) => {
            panic!("parse cannot know {error:?}")
        }
        _ => {}
    }
    // The same text without the whitespace fails the same way.
    assert_eq!(Envelope::parse(trimmed).as_ref(), Err(error));
}
