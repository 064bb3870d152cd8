//! Each wrong key derivation found, in both modes and both versions; the
//! right secret and unrelated keys never named as one.

use aes::cipher::BlockModeEncrypt;

use super::*;
use crate::claims::Claims;
use crate::diagnose::{Expectations, Failure, verify_with};
use crate::token::{Grant, generate};

const SECRET: &str = "fa94dd0f974cf2e293728a526b028271";
const APP_SIGN: &str = "b6e5c1b2a7f04d3c9e8a1f2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f";
const NOW: i64 = 1_796_000_000;

fn claims() -> Claims {
    Claims {
        app_id: 1,
        user_id: "u1".into(),
        nonce: 7,
        ctime: NOW,
        expire: NOW + 3600,
        payload: String::new(),
    }
}

/// A Token04 as a faulty generator seals it: `key` of 16 or 32 bytes.
fn seal(key: &[u8], mode: Mode) -> String {
    let plaintext = claims().to_json();
    let (iv, ciphertext) = match mode {
        Mode::Gcm => {
            let nonce = [3u8; 12];
            let n = Nonce::from(nonce);
            let ct = if key.len() == 16 {
                Aes128Gcm::new_from_slice(key)
                    .expect("key")
                    .encrypt(&n, plaintext.as_slice())
            } else {
                Aes256Gcm::new_from_slice(key)
                    .expect("key")
                    .encrypt(&n, plaintext.as_slice())
            };
            (nonce.to_vec(), ct.expect("seals"))
        }
        Mode::Cbc => {
            let iv = *b"0123456789abcdef";
            let ct = if key.len() == 16 {
                cbc::Encryptor::<Aes128>::inner_iv_init(
                    Aes128::new_from_slice(key).expect("key"),
                    &iv.into(),
                )
                .encrypt_padded_vec::<Pkcs7>(&plaintext)
            } else {
                cbc::Encryptor::<Aes256>::inner_iv_init(
                    Aes256::new_from_slice(key).expect("key"),
                    &iv.into(),
                )
                .encrypt_padded_vec::<Pkcs7>(&plaintext)
            };
            (iv.to_vec(), ct)
        }
    };
    Envelope::pack(Version::V04, NOW + 3600, mode, &iv, &ciphertext)
}

fn found(token: &str, with_app_sign: bool) -> Option<KeyDerivation> {
    let secret = Secret::new(SECRET).expect("valid");
    let app_sign = AppSign::new(APP_SIGN).expect("valid");
    let envelope = Envelope::parse(token).expect("parses");
    find_misport(&envelope, &secret, with_app_sign.then_some(&app_sign)).map(|m| m.derivation)
}

#[test]
fn every_derivation_is_found_in_both_modes() {
    let hex16 = hex(SECRET.as_bytes()).expect("hex");
    let mut padded = hex16.to_vec();
    padded.resize(32, 0);
    let upper = SECRET.to_ascii_uppercase();
    let quoted = format!("\"{}", &SECRET[..31]);
    let spaced = format!(" {}", &SECRET[..31]);
    let app_hex = hex(APP_SIGN.as_bytes()).expect("hex");
    let cases: [(&[u8], KeyDerivation); 7] = [
        (&hex16, KeyDerivation::HexAes128),
        (&padded, KeyDerivation::HexZeroPadded),
        (upper.as_bytes(), KeyDerivation::Uppercase),
        (quoted.as_bytes(), KeyDerivation::KeptQuote),
        (spaced.as_bytes(), KeyDerivation::KeptSpace),
        (&app_hex, KeyDerivation::AppSignHex),
        (&APP_SIGN.as_bytes()[..32], KeyDerivation::AppSignText),
    ];
    for (key, derivation) in cases {
        for mode in [Mode::Gcm, Mode::Cbc] {
            let token = seal(key, mode);
            assert_eq!(
                found(&token, true),
                Some(derivation),
                "{derivation:?} {mode:?}"
            );
        }
    }
}

#[test]
fn the_appsign_is_tried_only_when_given() {
    let app_hex = hex(APP_SIGN.as_bytes()).expect("hex");
    assert_eq!(found(&seal(&app_hex, Mode::Gcm), false), None);
}

#[test]
fn a_lowercased_secret_is_found_for_an_uppercase_one() {
    let upper = SECRET.to_ascii_uppercase();
    let secret = Secret::new(&upper).expect("valid");
    let envelope = Envelope::parse(&seal(SECRET.as_bytes(), Mode::Gcm)).expect("parses");
    let misport = find_misport(&envelope, &secret, None).expect("found");
    assert_eq!(misport.derivation, KeyDerivation::Lowercase);
}

#[test]
fn unrelated_keys_and_the_right_secret_are_not_misports() {
    let other = "00000000000000000000000000000000";
    for mode in [Mode::Gcm, Mode::Cbc] {
        assert_eq!(found(&seal(other.as_bytes(), mode), true), None);
    }
    // The normal path: the token opens with the secret, nothing is tried.
    let secret = Secret::new(SECRET).expect("valid");
    let grant = Grant::new(1, "u1", 3600);
    let token = generate(&grant, &secret, Mode::Gcm, NOW, &mut rand::rng())
        .expect("generates")
        .token;
    let report = verify_with(&token, &secret, None, &Expectations::default(), NOW);
    assert!(report.is_valid(), "{:?}", report.failures);
}

#[test]
fn the_report_names_the_derivation_and_no_credential() {
    let secret = Secret::new(SECRET).expect("valid");
    let app_sign = AppSign::new(APP_SIGN).expect("valid");
    for (key, words) in [
        (hex(SECRET.as_bytes()).expect("hex").to_vec(), "AES-128"),
        (hex(APP_SIGN.as_bytes()).expect("hex").to_vec(), "AppSign"),
    ] {
        let token = seal(&key, Mode::Cbc);
        let report = verify_with(
            &token,
            &secret,
            Some(&app_sign),
            &Expectations::default(),
            NOW,
        );
        let [Failure::WrongKey(misport)] = report.failures.as_slice() else {
            panic!("{:?}", report.failures);
        };
        let message = misport.to_string();
        assert!(message.contains(words), "{message}");
        assert!(!message.contains("another project's secret") || words == "AppSign");
        for credential in [SECRET, APP_SIGN] {
            assert!(
                !crate::diagnose::pasted::shares_run(message.as_bytes(), credential.as_bytes()),
                "{message}"
            );
        }
    }
}
