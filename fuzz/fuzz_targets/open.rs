//! Opening tokens with a fixed ServerSecret: `zego_token::unchecked::open`,
//! `zego_token::inspect` and `zego_token::verify` (with and without
//! expectations), Token04 in both modes, Token03, and kit tokens.
//!
//! The first input byte picks how the rest becomes a token. Its low six
//! bits, modulo 5:
//!
//! * `0`: the rest *is* the token text (lossy UTF-8);
//! * `1`: the rest is a plaintext, sealed with AES-256-GCM under `"04"`;
//! * `2`: sealed with AES-256-CBC under `"04"`, legacy layout (no mode byte);
//! * `3`: sealed with AES-256-CBC under `"04"`, explicit mode byte 0;
//! * `4`: sealed with AES-256-CBC under `"03"` (Token03: no mode byte).
//!
//! Bit 6 makes it a kit token: the rest is cut at its first `0xFF` byte
//! (which UTF-8 plaintext never holds), the part before becomes the token
//! as above and the part after, base64-encoded, its kit suffix
//! (`token#suffix`).
//!
//! Sealing here (not through the library) lets the fuzzer reach what comes
//! after decryption: the claims parsers of both versions, the header /
//! claims expire check and every verification rule. The header expire is
//! the plaintext's `"expire"` (Token03: `"expire_time"`) when it has one,
//! so the token opens, and off by one when bit 7 of the first byte is set.
//!
//! Checked, beyond "never panics":
//!
//! * `decode` is what a reference opening computes from the envelope:
//!   decrypted here with the AES crates, then the claims of the envelope's
//!   version read; a header expire that differs is `ExpireMismatch`;
//!   `VersionMismatch` exactly when these claims do not read and the other
//!   version's do; otherwise CBC plaintext that is not a JSON object is
//!   `Untrusted::NotJson`, and everything else (a repeated key too)
//!   `InvalidClaims`;
//! * an opened token's expiries match, its contents are of its version, and
//!   they survive re-encoding (`encode`, or `encode03` for Token03) and
//!   `decode` unchanged;
//! * `inspect` without the secret reads the header and the kit suffix and
//!   nothing else (the suffix is read first: a bad one is `Malformed::Kit`);
//! * `verify` agrees with `decode` (same envelope, contents and failure;
//!   invalid claims one failure each, `authenticated` only for GCM), and for
//!   opened contents lists exactly the kit checks (suffix user and AppID
//!   against the token's) followed by `check_claims`, with the kit's room
//!   standing in when the token carries no privileges; only opened GCM is
//!   `authenticated`; the privileges are the contents'; the warnings are
//!   consistent; and no failure text or SDK code lookup panics.

#![no_main]

use std::sync::OnceLock;

use aes::Aes256;
use aes::cipher::block_padding::Pkcs7;
use aes::cipher::{BlockModeDecrypt, BlockModeEncrypt, KeyInit, KeyIvInit};
use aes_gcm::Aes256Gcm;
use aes_gcm::aead::Aead;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use zego_token::diagnose::{Expectations, Failure, Warning, check_claims, inspect, lookup, verify};
use zego_token::format::{
    ClaimProblem, Claims, Claims03, Envelope, InvalidClaim, InvalidClaims, Iv, KIT_SEPARATOR,
    MAX_CIPHERTEXT_LEN, Malformed, OpenError, Untrusted, VERSION, VERSION_03, encode, encode03,
    payload_privilege, split_kit,
};
use zego_token::{Contents, Kit, Mode, Privilege, Right, Secret, Version, unchecked};

/// The secret of most vendor vectors, so vendor tokens in the corpus open.
const SECRET: &str = "71679d494edcfc07eebe2ecc4f5069f2";
/// The vendor vectors' creation time.
const NOW: i64 = 1_796_003_729;
const NONCE: [u8; 12] = *b"fuzz-nonce12";
const IV: [u8; 16] = *b"fuzz-iv-16bytes!";
/// Ends the token part of a kit input (bit 6 of the selector).
const KIT_CUT: u8 = 0xFF;

fn secret() -> &'static Secret {
    static SECRET_CELL: OnceLock<Secret> = OnceLock::new();
    SECRET_CELL.get_or_init(|| Secret::new(SECRET).expect("a valid secret"))
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let (rest, suffix) = match rest.iter().position(|&b| b == KIT_CUT) {
        Some(cut) if selector & 0x40 != 0 => (&rest[..cut], Some(&rest[cut + 1..])),
        _ => (rest, None),
    };
    let mut token = match (selector & 0x3f) % 5 {
        0 => String::from_utf8_lossy(rest).into_owned(),
        1 => seal(SealMode::Gcm, header_expire(selector, "expire", rest), rest),
        2 => seal(
            SealMode::CbcLegacy,
            header_expire(selector, "expire", rest),
            rest,
        ),
        3 => seal(
            SealMode::CbcExplicit,
            header_expire(selector, "expire", rest),
            rest,
        ),
        _ => seal(
            SealMode::Cbc03,
            header_expire(selector, "expire_time", rest),
            rest,
        ),
    };
    if let Some(suffix) = suffix {
        token.push(KIT_SEPARATOR);
        STANDARD.encode_string(suffix, &mut token);
    }
    check(&token);
});

#[derive(Clone, Copy)]
enum SealMode {
    Gcm,
    CbcLegacy,
    CbcExplicit,
    Cbc03,
}

/// The plaintext's `key` (0 if none), off by one when bit 7 is set.
fn header_expire(selector: u8, key: &str, plaintext: &[u8]) -> i64 {
    let expire = serde_json::from_slice::<Value>(plaintext)
        .ok()
        .and_then(|v| v.get(key).and_then(Value::as_i64))
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
        SealMode::CbcLegacy | SealMode::CbcExplicit | SealMode::Cbc03 => {
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
        SealMode::CbcLegacy | SealMode::Cbc03 => {}
    }
    let mut token = String::from(match mode {
        SealMode::Cbc03 => VERSION_03,
        _ => VERSION,
    });
    STANDARD.encode_string(&body, &mut token);
    token
}

/// What opening `envelope` must give, worked out independently of
/// `Envelope::open` but for the claims readers themselves (which the
/// `claims` target checks against serde_json).
fn reference_open(envelope: &Envelope) -> Result<Contents, OpenError> {
    let key = SECRET.as_bytes();
    let plaintext = match envelope.mode() {
        Mode::Gcm => Aes256Gcm::new_from_slice(key)
            .expect("32-byte key")
            .decrypt(
                &<[u8; 12]>::try_from(envelope.iv())
                    .expect("parse checked the nonce")
                    .into(),
                envelope.ciphertext(),
            )
            .map_err(|_| Untrusted::TagMismatch)?,
        Mode::Cbc => cbc::Decryptor::<Aes256>::new_from_slices(key, envelope.iv())
            .expect("parse checked the IV")
            .decrypt_padded_vec::<Pkcs7>(envelope.ciphertext())
            .map_err(|_| Untrusted::BadPadding)?,
    };
    let v04 = || Claims::from_json(&plaintext).map(Contents::V04);
    let v03 = || Claims03::from_json(&plaintext).map(Contents::V03);
    let (own, other, other_version) = match envelope.version() {
        Version::V04 => (v04(), v03(), Version::V03),
        Version::V03 => (v03(), v04(), Version::V04),
        v => panic!("a version this target does not know: {v:?}"),
    };
    let invalid = match own {
        Ok(contents) if contents.expire() == envelope.expire() => return Ok(contents),
        Ok(contents) => {
            return Err(Untrusted::ExpireMismatch {
                header: envelope.expire(),
                claims: contents.expire(),
            }
            .into());
        }
        Err(invalid) => invalid,
    };
    if other.is_ok() {
        return Err(Malformed::VersionMismatch {
            prefix: envelope.version(),
            holds: other_version,
        }
        .into());
    }
    if envelope.mode() == Mode::Cbc
        && let Some(detail) = refused_whole(&invalid)
    {
        return Err(Untrusted::NotJson { detail }.into());
    }
    Err(OpenError::InvalidClaims(invalid))
}

/// The diagnosis of plaintext that is not JSON or not an object is one
/// problem, field `claims` (the `claims` target checks that these are
/// exactly those cases): what the parser said, or what the plaintext is.
/// An object refused as a whole (a repeated key) is still an object: its
/// `Unreadable` problem is invalid claims, not untrusted.
fn refused_whole(invalid: &InvalidClaims) -> Option<String> {
    let detail = match invalid.0.as_slice() {
        [
            InvalidClaim {
                field: "claims",
                problem: ClaimProblem::NotJson { detail },
            },
        ] => detail.clone(),
        [
            InvalidClaim {
                field: "claims",
                problem: ClaimProblem::NotObject { found },
            },
        ] => format!("it is {found}"),
        _ => {
            assert!(!invalid.not_an_object(), "{invalid:?}");
            return None;
        }
    };
    assert!(invalid.not_an_object(), "{invalid:?}");
    Some(detail)
}

fn expectations() -> [Expectations; 3] {
    [
        Expectations::default(),
        {
            let mut value = Expectations::default();
            value.app_id = Some(1_234_567_890);
            value.user_id = Some("user1".into());
            value.room_id = Some("room1".into());
            value.require = vec![Right::Login, Right::Publish];
            value.leeway = 30;
            value
        },
        {
            let mut value = Expectations::default();
            value.app_id = Some(1);
            value.user_id = Some(String::new());
            value.room_id = Some(String::new());
            value.require = vec![Right::Publish];
            value.leeway = i64::MAX;
            value
        },
    ]
}

fn check(token: &str) {
    let secret = secret();
    let (inner, suffix) = split_kit(token);
    let kit = suffix.map(Kit::parse).transpose();
    let parsed = Envelope::parse(inner);
    let decoded = unchecked::open(inner, secret);

    // Without the secret: the suffix, then the header, nothing more.
    let header_only = inspect(token, None);
    assert!(header_only.claims.is_none() && !header_only.authenticated());
    match (&kit, &parsed) {
        (Err(e), _) => {
            assert_eq!(
                header_only.failures,
                [Failure::Malformed(Malformed::Kit(e.clone()))]
            );
            assert!(header_only.envelope.is_none() && header_only.kit.is_none());
        }
        (Ok(_), Err(m)) => {
            assert_eq!(header_only.failures, [Failure::Malformed(m.clone())]);
            assert!(header_only.envelope.is_none() && header_only.kit.is_none());
        }
        (Ok(k), Ok(envelope)) => {
            assert!(header_only.failures.is_empty());
            assert_eq!(header_only.envelope.as_ref(), Some(envelope));
            assert_eq!(header_only.kit.as_ref(), k.as_ref());
        }
    }

    match &parsed {
        Ok(envelope) => assert_eq!(
            decoded.as_ref().map(|(_, contents)| contents),
            reference_open(envelope).as_ref(),
            "{token:?}"
        ),
        Err(m) => assert_eq!(
            decoded.as_ref().err(),
            Some(&OpenError::Malformed(m.clone()))
        ),
    }
    if let Ok((envelope, contents)) = &decoded {
        assert_eq!(parsed.as_ref(), Ok(envelope));
        assert_eq!(contents.expire(), envelope.expire(), "mismatched expiries");
        assert_eq!(contents.version(), envelope.version());
        reencode(envelope, contents);
    }

    let mut nows = vec![NOW, 0, i64::MIN, i64::MAX];
    if let Ok((_, contents)) = &decoded {
        let expire = contents.expire();
        nows.extend([contents.ctime(), expire, expire.wrapping_sub(1)]);
    }
    for expect in &expectations() {
        for &now in &nows {
            let report = verify(token, secret, expect, now);
            check_report_basics(&report);
            let kit = match &kit {
                Err(e) => {
                    assert!(report.envelope.is_none() && report.claims.is_none());
                    assert!(report.kit.is_none());
                    assert_eq!(
                        report.failures,
                        [Failure::Malformed(Malformed::Kit(e.clone()))]
                    );
                    continue;
                }
                Ok(kit) => kit.as_ref(),
            };
            match &decoded {
                Err(OpenError::Malformed(m)) if parsed.is_err() => {
                    assert!(report.envelope.is_none() && report.claims.is_none());
                    assert!(report.kit.is_none());
                    assert_eq!(report.failures, [Failure::Malformed(m.clone())]);
                }
                Err(error) => {
                    assert_eq!(report.envelope.as_ref(), parsed.as_ref().ok());
                    assert!(report.claims.is_none());
                    assert_eq!(report.kit.as_ref(), kit);
                    let gcm = parsed.as_ref().is_ok_and(|e| e.mode() == Mode::Gcm);
                    let want: Vec<Failure> = match error {
                        OpenError::Malformed(m) => {
                            assert!(matches!(m, Malformed::VersionMismatch { .. }), "{m:?}");
                            vec![Failure::Malformed(m.clone())]
                        }
                        OpenError::Untrusted(u) => vec![Failure::Untrusted(u.clone())],
                        OpenError::InvalidClaims(invalid) => {
                            assert!(!invalid.0.is_empty());
                            invalid
                                .0
                                .iter()
                                .map(|claim| Failure::InvalidClaim {
                                    claim: claim.clone(),
                                    authenticated: gcm,
                                })
                                .collect()
                        }
                        other => panic!("an OpenError this target does not know: {other:?}"),
                    };
                    assert_eq!(report.failures, want);
                    let invalid = matches!(error, OpenError::InvalidClaims(_));
                    assert_eq!(report.authenticated(), gcm && invalid);
                }
                Ok((envelope, contents)) => {
                    assert_eq!(report.envelope.as_ref(), Some(envelope));
                    assert_eq!(report.claims.as_ref(), Some(contents));
                    assert_eq!(report.kit.as_ref(), kit);
                    assert_eq!(report.authenticated(), envelope.mode() == Mode::Gcm);
                    assert_eq!(report.failures, expected_checks(contents, kit, expect, now));
                    assert_eq!(report.privilege(), contents.privilege());
                    match contents {
                        Contents::V04(claims) => assert_eq!(
                            report.privilege(),
                            payload_privilege(&claims.payload).ok().flatten()
                        ),
                        Contents::V03(claims) => assert_eq!(
                            report.privilege(),
                            Some(Privilege {
                                room_id: claims.room_id.clone(),
                                login: claims.privilege.login,
                                publish: claims.privilege.publish,
                                stream_ids: None,
                            })
                        ),
                        other => panic!("contents this target does not know: {other:?}"),
                    }
                }
            }
        }
    }
}

/// Opened contents survive the library's encoder and `decode`.
fn reencode(envelope: &Envelope, contents: &Contents) {
    let secret = secret();
    let again = match contents {
        Contents::V04(claims) => {
            let iv = match envelope.mode() {
                Mode::Gcm => Iv::Gcm(NONCE),
                Mode::Cbc => Iv::Cbc(IV),
            };
            encode(claims, secret, &iv)
        }
        Contents::V03(claims) => {
            assert_eq!(envelope.mode(), Mode::Cbc);
            encode03(claims, secret, &IV)
        }
        other => panic!("contents this target does not know: {other:?}"),
    };
    if let Ok(again) = again {
        let (reparsed, reopened) =
            unchecked::open(&again, secret).expect("a re-encoded token opens");
        assert_eq!(&reopened, contents);
        assert_eq!(reparsed.version(), envelope.version());
        assert_eq!(reparsed.mode(), envelope.mode());
        if let Contents::V04(claims) = contents {
            assert!(reopened == *claims);
        }
    }
}

/// What `verify` must list for opened contents: the kit suffix's checks,
/// then `check_claims`, except that when the token carries no privileges
/// the kit's room stands in for the room it lacks.
fn expected_checks(
    contents: &Contents,
    kit: Option<&Kit>,
    expect: &Expectations,
    now: i64,
) -> Vec<Failure> {
    let mut want = Vec::new();
    let mut rest = check_claims(contents, expect, now);
    if let Some(kit) = kit {
        if kit.user_id != contents.user_id() {
            want.push(Failure::KitUserMismatch {
                kit: kit.user_id.clone(),
                token: contents.user_id().to_owned(),
            });
        }
        if kit.app_id != contents.app_id() {
            want.push(Failure::KitAppIdMismatch {
                kit: kit.app_id,
                token: contents.app_id(),
            });
        }
        if contents.privilege().is_none() {
            rest.retain_mut(|failure| match failure {
                Failure::RoomIdMismatch { expected, found } => {
                    assert_eq!(*found, None);
                    *found = kit.room_id.clone();
                    found.as_ref() != Some(expected)
                }
                _ => true,
            });
        }
    }
    want.extend(rest);
    want
}

fn check_report_basics(report: &zego_token::diagnose::Report) {
    assert_eq!(report.is_valid(), report.failures.is_empty());
    for failure in &report.failures {
        let _ = (failure.to_string(), failure.kind());
        assert!(!failure.sdk_codes().is_empty(), "{failure:?}");
        for &code in failure.sdk_codes() {
            assert!(lookup(code).is_some(), "{code} is not in the SDK table");
        }
    }
    let warnings = report.warnings();
    for w in &warnings {
        assert!(!w.to_string().is_empty());
    }
    // Token03 (always CBC) has its own warning, Token04 CBC the other.
    let header = report.envelope.as_ref().map(|e| (e.version(), e.mode()));
    assert_eq!(
        warnings.contains(&Warning::UnauthenticatedToken03),
        matches!(header, Some((Version::V03, _)))
    );
    assert_eq!(
        warnings.contains(&Warning::Unauthenticated),
        matches!(header, Some((Version::V04, Mode::Cbc)))
    );
    let utf8 = report.kit.as_ref().is_some_and(|k| k.utf8_encoded);
    assert_eq!(warnings.contains(&Warning::KitSuffixUtf8), utf8);
}
