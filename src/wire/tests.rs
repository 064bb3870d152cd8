//! Tests of the envelope: field round trips and every structural error.

use super::*;

fn body(expire: i64, iv: &[u8], ct: &[u8], mode: Option<u8>) -> String {
    let mut b = expire.to_be_bytes().to_vec();
    b.extend_from_slice(&(iv.len() as u16).to_be_bytes());
    b.extend_from_slice(iv);
    b.extend_from_slice(&(ct.len() as u16).to_be_bytes());
    b.extend_from_slice(ct);
    b.extend(mode);
    format!("04{}", STANDARD.encode(b))
}

#[test]
fn pack_then_parse_keeps_every_field() {
    let token = Envelope::pack(Version::V04, -5, Mode::Gcm, &[7; 12], &[9; 20]);
    let env = Envelope::parse(&token).expect("parses");
    assert_eq!(env.version(), Version::V04);
    assert_eq!(env.expire(), -5);
    assert_eq!(env.mode(), Mode::Gcm);
    assert_eq!(env.mode_byte(), Some(1));
    assert_eq!(env.iv(), &[7; 12]);
    assert_eq!(env.ciphertext(), &[9; 20]);
}

#[test]
fn legacy_cbc_has_no_mode_byte_and_explicit_zero_is_cbc_too() {
    let legacy = Envelope::parse(&body(1, &[1; 16], &[2; 32], None)).expect("legacy");
    assert_eq!((legacy.mode(), legacy.mode_byte()), (Mode::Cbc, None));
    let explicit = Envelope::parse(&body(1, &[1; 16], &[2; 32], Some(0))).expect("explicit");
    assert_eq!(
        (explicit.mode(), explicit.mode_byte()),
        (Mode::Cbc, Some(0))
    );
}

#[test]
fn cut_data_and_altered_length_are_told_apart() {
    // 30 of 32 CBC bytes present: cut.
    let cut = body(1, &[1; 16], &[2; 32], None);
    let mut raw = STANDARD.decode(&cut[2..]).expect("b64");
    raw.truncate(raw.len() - 2);
    let cut = format!("04{}", STANDARD.encode(&raw));
    assert!(matches!(
        Envelope::parse(&cut),
        Err(Malformed::Truncated {
            field: Field::Ciphertext,
            needed: 32,
            available: 30
        })
    ));
    // Whole blocks present but the field claims more: altered.
    let mut raw = STANDARD
        .decode(&body(1, &[1; 16], &[2; 32], None)[2..])
        .expect("b64");
    raw[26..28].copy_from_slice(&48u16.to_be_bytes());
    let altered = format!("04{}", STANDARD.encode(&raw));
    assert!(matches!(
        Envelope::parse(&altered),
        Err(Malformed::LengthPastEnd {
            field: Field::Ciphertext,
            declared: 48,
            available: 32
        })
    ));
}

#[test]
fn wrong_iv_length_for_explicit_modes() {
    assert!(matches!(
        Envelope::parse(&body(1, &[1; 16], &[2; 32], Some(1))),
        Err(Malformed::WrongIvLength {
            mode: Mode::Gcm,
            expected: 12,
            found: 16
        })
    ));
    assert!(matches!(
        Envelope::parse(&body(1, &[1; 12], &[2; 32], Some(0))),
        Err(Malformed::WrongIvLength {
            mode: Mode::Cbc,
            expected: 16,
            found: 12
        })
    ));
}

#[test]
fn prefix_errors_name_what_was_found() {
    // "03" is Token03 now: parsed as its container, so too short here.
    assert!(matches!(
        Envelope::parse("03AAAA"),
        Err(Malformed::Truncated { .. })
    ));
    assert_eq!(
        Envelope::parse("eyJhbGciOi"),
        Err(Malformed::BadPrefix { found: "ey".into() })
    );
    assert_eq!(Envelope::parse(" \t\n"), Err(Malformed::Empty));
    assert_eq!(
        Envelope::parse("04AA-A"),
        Err(Malformed::InvalidCharacter {
            found: '-',
            position: 4
        })
    );
}

#[cfg(feature = "simd")]
mod decoders {
    use base64::Engine as _;
    use base64::engine::general_purpose::STANDARD;
    use proptest::prelude::*;

    /// The SIMD decoder takes the fast path and the `base64` crate explains
    /// failures, so they must accept exactly the same texts.
    fn assert_agree(text: &str) -> Result<(), TestCaseError> {
        let simd = base64_simd::STANDARD.decode_to_vec(text).ok();
        prop_assert_eq!(simd, STANDARD.decode(text).ok(), "{:?}", text);
        Ok(())
    }

    #[test]
    fn agree_on_the_classic_mistakes() {
        for text in [
            "QQ==", "QR==", "QQ=", "Q===", "QUI", "QUJ=", "QUJD", "QU=D", "=QUJ", "",
        ] {
            assert_agree(text).expect("same verdict");
        }
    }

    proptest! {
        #[test]
        fn agree_on_base64_like_text(text in "[A-Za-z0-9+/=]{0,40}") {
            assert_agree(&text)?;
        }

        /// Real encodings with one character changed: stray bits in the last
        /// symbol, misplaced padding, a cut group.
        #[test]
        fn agree_on_near_misses(
            bytes in proptest::collection::vec(any::<u8>(), 0..64),
            at in any::<prop::sample::Index>(),
            c in "[A-Za-z0-9+/= ]",
            cut in any::<bool>(),
        ) {
            let mut text = STANDARD.encode(&bytes);
            assert_agree(&text)?;
            if !text.is_empty() {
                let i = at.index(text.len());
                text.replace_range(i..=i, &c);
                assert_agree(&text)?;
                if cut {
                    text.truncate(i);
                    assert_agree(&text)?;
                }
            }
        }
    }
}

#[test]
fn token03_is_the_cbc_container_under_its_own_prefix() {
    let token = Envelope::pack(Version::V03, 9, Mode::Cbc, &[1; 16], &[2; 32]);
    assert!(token.starts_with("03"));
    let env = Envelope::parse(&token).expect("parses");
    assert_eq!(
        (env.version(), env.mode(), env.expire()),
        (Version::V03, Mode::Cbc, 9)
    );
    // A mode byte is Token04's alone.
    let gcm_style = body(1, &[1; 16], &[2; 32], Some(0)).replacen("04", "03", 1);
    assert_eq!(
        Envelope::parse(&gcm_style),
        Err(Malformed::TrailingBytes { count: 1 })
    );
}

#[test]
fn a_length_written_in_one_byte_is_named() {
    // 272 bytes of ciphertext declared as 272 % 256 = 16.
    let mut b = 1i64.to_be_bytes().to_vec();
    b.extend_from_slice(&12u16.to_be_bytes());
    b.extend_from_slice(&[1; 12]);
    b.extend_from_slice(&16u16.to_be_bytes());
    b.extend_from_slice(&[2; 272]);
    b.push(1);
    let token = format!("04{}", STANDARD.encode(&b));
    assert_eq!(
        Envelope::parse(&token),
        Err(Malformed::OneByteLength {
            declared: 16,
            actual: 272
        })
    );
    // Other trailing data stays trailing data.
    let trailing = body(1, &[1; 16], &[2; 32], None);
    let mut raw = STANDARD.decode(&trailing[2..]).expect("base64");
    raw.extend_from_slice(&[0; 5]);
    assert_eq!(
        Envelope::parse(&format!("04{}", STANDARD.encode(&raw))),
        Err(Malformed::TrailingBytes { count: 5 })
    );
}
