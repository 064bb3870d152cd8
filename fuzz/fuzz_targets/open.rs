//! Opening tokens with a fixed ServerSecret: `zego_token::decode` and
//! `zego_token::verify` (with and without expectations), in both modes.
//!
//! The first input byte picks how the rest becomes a token:
//!
//! * `% 4 == 0`: the rest *is* the token text (lossy UTF-8);
//! * `1`: the rest is a plaintext, sealed with AES-256-GCM under the secret;
//! * `2`: sealed with AES-256-CBC, legacy layout (no mode byte);
//! * `3`: sealed with AES-256-CBC, explicit mode byte 0.
//!
//! Sealing here (not through the library) lets the fuzzer reach what comes
//! after decryption: the claims JSON parser, the header / claims expire
//! check and every verification rule. The header expire is the plaintext's
//! `"expire"` when it has one (so the token opens), off by one when bit 7 of
//! the first byte is set.
//!
//! Checked: `decode` and `verify` agree (same envelope, claims and failure),
//! an opened token has matching expiries, `verify` lists exactly
//! `check_claims` for opened claims, GCM and only GCM is "authenticated",
//! opened claims survive re-encoding, and no failure text or SDK code lookup
//! panics.

#![no_main]

use std::sync::OnceLock;

use aes::Aes256;
use aes::cipher::block_padding::Pkcs7;
use aes::cipher::{BlockModeEncrypt, KeyInit, KeyIvInit};
use aes_gcm::Aes256Gcm;
use aes_gcm::aead::Aead;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use libfuzzer_sys::fuzz_target;
use zego_token::{
    Expectations, Failure, Iv, MAX_CIPHERTEXT_LEN, Mode, OpenError, Right, Secret, VERSION,
    check_claims, decode, encode, inspect, lookup, payload_privilege, verify,
};

/// The secret of most vendor vectors, so vendor tokens in the corpus open.
const SECRET: &str = "71679d494edcfc07eebe2ecc4f5069f2";
/// The vendor vectors' creation time.
const NOW: i64 = 1_796_003_729;
const NONCE: [u8; 12] = *b"fuzz-nonce12";
const IV: [u8; 16] = *b"fuzz-iv-16bytes!";

fn secret() -> &'static Secret {
    static SECRET_CELL: OnceLock<Secret> = OnceLock::new();
    SECRET_CELL.get_or_init(|| Secret::new(SECRET).expect("a valid secret"))
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let token = match selector % 4 {
        0 => String::from_utf8_lossy(rest).into_owned(),
        1 => seal(SealMode::Gcm, header_expire(selector, rest), rest),
        2 => seal(SealMode::CbcLegacy, header_expire(selector, rest), rest),
        _ => seal(SealMode::CbcExplicit, header_expire(selector, rest), rest),
    };
    check(&token);
});

#[derive(Clone, Copy)]
enum SealMode {
    Gcm,
    CbcLegacy,
    CbcExplicit,
}

/// The plaintext's `"expire"` (0 if none), off by one when bit 7 is set.
fn header_expire(selector: u8, plaintext: &[u8]) -> i64 {
    let expire = serde_json::from_slice::<serde_json::Value>(plaintext)
        .ok()
        .and_then(|v| v.get("expire").and_then(serde_json::Value::as_i64))
        .unwrap_or(0);
    if selector & 0x80 != 0 {
        expire.wrapping_add(1)
    } else {
        expire
    }
}

fn seal(mode: SealMode, expire: i64, plaintext: &[u8]) -> String {
    let key = SECRET.as_bytes();
    let (iv, ct): (&[u8], Vec<u8>) = match mode {
        SealMode::Gcm => {
            let gcm = Aes256Gcm::new_from_slice(key).expect("32-byte key");
            let ct = gcm
                .encrypt(&NONCE.into(), plaintext)
                .expect("small inputs encrypt");
            (&NONCE, ct)
        }
        SealMode::CbcLegacy | SealMode::CbcExplicit => {
            let cbc = cbc::Encryptor::<Aes256>::new_from_slices(key, &IV).expect("key and IV");
            (&IV, cbc.encrypt_padded_vec::<Pkcs7>(plaintext))
        }
    };
    let ct_len = u16::try_from(ct.len().min(MAX_CIPHERTEXT_LEN)).unwrap_or(u16::MAX);
    let mut body = expire.to_be_bytes().to_vec();
    body.extend_from_slice(&u16::try_from(iv.len()).unwrap_or(0).to_be_bytes());
    body.extend_from_slice(iv);
    body.extend_from_slice(&ct_len.to_be_bytes());
    body.extend_from_slice(&ct);
    match mode {
        SealMode::Gcm => body.push(1),
        SealMode::CbcExplicit => body.push(0),
        SealMode::CbcLegacy => {}
    }
    let mut token = String::from(VERSION);
    STANDARD.encode_string(&body, &mut token);
    token
}

fn expectations() -> [Expectations; 3] {
    [
        Expectations::default(),
        Expectations {
            app_id: Some(1_234_567_890),
            user_id: Some("user1".into()),
            room_id: Some("room1".into()),
            require: vec![Right::Login, Right::Publish],
            leeway: 30,
        },
        Expectations {
            app_id: Some(1),
            user_id: Some(String::new()),
            room_id: Some(String::new()),
            require: vec![Right::Publish],
            leeway: i64::MAX,
        },
    ]
}

fn check(token: &str) {
    let secret = secret();
    let decoded = decode(token, secret);
    let header_only = inspect(token, None);
    assert!(header_only.claims.is_none() && !header_only.authenticated());
    match &decoded {
        Err(OpenError::Malformed(m)) => {
            assert_eq!(header_only.failures, [Failure::Malformed(m.clone())]);
        }
        _ => assert!(header_only.failures.is_empty() && header_only.envelope.is_some()),
    }
    if let Ok((envelope, claims)) = &decoded {
        assert_eq!(
            claims.expire,
            envelope.expire(),
            "opened with mismatched expiries"
        );
        // The claims survive a round trip through the library's encoder.
        let iv = match envelope.mode() {
            Mode::Gcm => Iv::Gcm(NONCE),
            Mode::Cbc => Iv::Cbc(IV),
        };
        if let Ok(again) = encode(claims, secret, &iv) {
            let (_, reopened) = decode(&again, secret).expect("a re-encoded token opens");
            assert_eq!(&reopened, claims);
        }
    }
    let mut nows = vec![NOW, 0, i64::MIN, i64::MAX];
    if let Ok((_, claims)) = &decoded {
        nows.extend([claims.ctime, claims.expire, claims.expire.wrapping_sub(1)]);
    }
    for expect in &expectations() {
        for &now in &nows {
            let report = verify(token, secret, expect, now);
            assert_eq!(report.is_valid(), report.failures.is_empty());
            for failure in &report.failures {
                let _ = (failure.to_string(), failure.kind());
                assert!(!failure.sdk_codes().is_empty());
                for &code in failure.sdk_codes() {
                    assert!(lookup(code).is_some(), "{code} is not in the SDK table");
                }
            }
            match &decoded {
                Err(OpenError::Malformed(m)) => {
                    assert!(report.envelope.is_none() && report.claims.is_none());
                    assert_eq!(report.failures, [Failure::Malformed(m.clone())]);
                }
                Err(OpenError::Untrusted(u)) => {
                    assert!(report.envelope.is_some() && report.claims.is_none());
                    assert_eq!(report.failures, [Failure::Untrusted(u.clone())]);
                }
                Err(_) => unreachable!("OpenError has two kinds"),
                Ok((envelope, claims)) => {
                    assert_eq!(report.envelope.as_ref(), Some(envelope));
                    assert_eq!(report.claims.as_ref(), Some(claims));
                    assert_eq!(report.authenticated(), envelope.mode() == Mode::Gcm);
                    assert_eq!(report.failures, check_claims(claims, expect, now));
                    assert_eq!(
                        report.privilege(),
                        payload_privilege(&claims.payload).ok().flatten()
                    );
                }
            }
        }
    }
}
