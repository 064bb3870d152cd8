//! Digests as lowercase hex, and comparing signatures in constant time.

use hmac::{Hmac, KeyInit as _, Mac as _};
use md5::{Digest as _, Md5};
use sha1::Sha1;
use sha2::Sha256;

/// `hex_lower(md5(parts joined))`.
pub(super) fn md5_hex(parts: &[&[u8]]) -> String {
    let mut md5 = Md5::new();
    for part in parts {
        md5.update(part);
    }
    hex(&md5.finalize())
}

/// `hex_lower(sha1(parts joined))`.
pub(super) fn sha1_hex(parts: &[&[u8]]) -> String {
    let mut sha1 = Sha1::new();
    for part in parts {
        sha1.update(part);
    }
    hex(&sha1.finalize())
}

/// `hex_lower(sha256(parts joined))`: Huawei's recording and screenshot URLs.
pub(super) fn sha256_hex(parts: &[&[u8]]) -> String {
    let mut sha256 = Sha256::new();
    for part in parts {
        sha256.update(part);
    }
    hex(&sha256.finalize())
}

/// `hex_lower(hmac_sha256(key, parts joined))`: Huawei's publish and play
/// URLs.
pub(super) fn hmac_sha256_hex(key: &[u8], parts: &[&[u8]]) -> String {
    // HMAC takes a key of any length (a long one is hashed first), so this
    // cannot fail; the fallback only keeps the signature total.
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key) else {
        return String::new();
    };
    for part in parts {
        mac.update(part);
    }
    hex(&mac.finalize().into_bytes())
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(2 * bytes.len());
    for &b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 0xf)]));
    }
    out
}

/// Whether two signatures are equal, in time that depends only on their
/// lengths (which are public: 32 or 40 hex characters).
pub(super) fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let diff = a.iter().zip(b).fold(0_u8, |acc, (x, y)| acc | (x ^ y));
    // Keep the optimizer from turning the fold into an early exit.
    std::hint::black_box(diff) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_input_digests() {
        // md5sum / sha1sum of nothing: printf '' | md5sum
        assert_eq!(md5_hex(&[]), "d41d8cd98f00b204e9800998ecf8427e");
        assert_eq!(sha1_hex(&[]), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
        // python3 -c "import hashlib; print(hashlib.sha256(b'').hexdigest())"
        assert_eq!(
            sha256_hex(&[]),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }

    #[test]
    fn hmac_sha256() {
        // RFC 4231 test case 2, also
        // python3 -c "import hmac,hashlib; print(hmac.new(b'Jefe', b'what do ya want for nothing?', hashlib.sha256).hexdigest())"
        assert_eq!(
            hmac_sha256_hex(b"Jefe", &[b"what do ya want ", b"for nothing?"]),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn parts_are_concatenated() {
        assert_eq!(md5_hex(&[b"ab", b"c"]), md5_hex(&[b"abc"]));
        // printf 'abc' | md5sum
        assert_eq!(md5_hex(&[b"abc"]), "900150983cd24fb0d6963f7d28e17f72");
    }

    #[test]
    fn comparison() {
        assert!(same("", ""));
        assert!(same("abc", "abc"));
        assert!(!same("abc", "abd"));
        assert!(!same("abc", "abcd"));
        assert!(!same("ABC", "abc"));
    }
}
