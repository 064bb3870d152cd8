//! Every rejection of a [`Verifier`], for every kind of token it takes.

use super::*;
use crate::claims::Claims;
use crate::mint::Mint;
use crate::privilege::Privilege;
use crate::token::{Iv, encode};
use crate::v03::Privilege03;
use crate::version::Version;
use crate::wire::Envelope;

const SECRET: &str = "fa94dd0f974cf2e293728a526b028271";
const OTHER: &str = "00000000000000000000000000000000";
const APP: u32 = 1234;
const NOW: i64 = 1_796_000_000;

fn secret() -> Secret {
    Secret::new(SECRET).expect("valid")
}

fn verifier() -> Verifier {
    Verifier::new(secret(), APP)
}

fn mint(mint: Mint) -> String {
    mint.build(&secret(), NOW, &mut rand::rng())
        .expect("mints")
        .token
}

fn room() -> Privilege {
    Privilege {
        room_id: "room1".into(),
        login: true,
        publish: true,
        stream_ids: None,
    }
}

/// Every kind of token a verifier takes.
fn every_kind() -> Vec<(&'static str, String)> {
    vec![
        ("gcm", mint(Mint::new(APP, "alice"))),
        ("cbc", mint(Mint::new(APP, "alice").mode(Mode::Cbc))),
        (
            "token03",
            mint(
                Mint::new(APP, "alice")
                    .version(Version::V03)
                    .privilege(room()),
            ),
        ),
        ("kit", mint(Mint::new(APP, "alice").kit("Alice", None))),
        (
            "cbc kit",
            mint(
                Mint::new(APP, "alice")
                    .mode(Mode::Cbc)
                    .kit("A", Some("r".into())),
            ),
        ),
    ]
}

#[test]
fn every_kind_of_token_passes_within_its_lifetime() {
    for (kind, token) in every_kind() {
        let verified = verifier().verify(&token, NOW).expect(kind);
        assert_eq!(
            (verified.app_id(), verified.user_id()),
            (APP, "alice"),
            "{kind}"
        );
        assert_eq!(verified.expire(), NOW + 3600, "{kind}");
        assert_eq!(
            verified.authenticated(),
            verified.mode == Mode::Gcm,
            "{kind}"
        );
        assert_eq!(verified.kit.is_some(), kind.contains("kit"), "{kind}");
        assert!(verifier().verify(&token, NOW + 3599).is_ok(), "{kind}");
    }
}

#[test]
fn expired_tokens_never_pass() {
    let verifier = verifier().leeway(60);
    for (kind, token) in every_kind() {
        assert!(verifier.verify(&token, NOW + 3659).is_ok(), "{kind}");
        for now in [NOW + 3660, NOW + 100_000, i64::MAX] {
            assert_eq!(
                verifier.verify(&token, now),
                Err(Rejection::Expired {
                    expire: NOW + 3600,
                    now
                }),
                "{kind}"
            );
        }
    }
}

#[test]
fn not_yet_valid_and_the_leeway() {
    let token = mint(Mint::new(APP, "alice"));
    assert_eq!(
        verifier().verify(&token, NOW - 1),
        Err(Rejection::NotYetValid {
            ctime: NOW,
            now: NOW - 1
        })
    );
    let lenient = verifier().leeway(30);
    assert!(lenient.verify(&token, NOW - 30).is_ok());
    assert!(matches!(
        lenient.verify(&token, NOW - 31),
        Err(Rejection::NotYetValid { .. })
    ));
    // A negative leeway is none, and extremes do not overflow.
    assert!(verifier().leeway(-100).verify(&token, NOW - 1).is_err());
    let forgiving = verifier().leeway(i64::MAX);
    assert!(forgiving.verify(&token, 0).is_ok());
    assert!(forgiving.verify(&token, i64::MAX).is_ok());
    assert!(matches!(
        forgiving.verify(&token, i64::MIN),
        Err(Rejection::NotYetValid { .. })
    ));
    assert!(matches!(
        verifier().verify(&token, i64::MIN),
        Err(Rejection::NotYetValid { .. })
    ));
}

#[test]
fn a_wrong_secret_does_not_open_in_either_mode() {
    let other = Verifier::new(Secret::new(OTHER).expect("valid"), APP);
    for (kind, token) in every_kind() {
        assert_eq!(
            other.verify(&token, NOW),
            Err(Rejection::DoesNotOpen),
            "{kind}"
        );
    }
}

#[test]
fn does_not_open_is_opaque_for_padding_and_json() {
    // Flip every bit of a CBC token's ciphertext and IV: bad padding,
    // non-JSON plaintext and mangled claims all read as the same
    // rejection, never as a description of the plaintext.
    let token = mint(Mint::new(APP, "alice").mode(Mode::Cbc));
    let envelope = Envelope::parse(&token).expect("parses");
    let (iv, ct) = (envelope.iv().to_vec(), envelope.ciphertext().to_vec());
    let mut seen = std::collections::BTreeSet::new();
    for i in 0..(iv.len() + ct.len()) * 8 {
        let (mut iv, mut ct) = (iv.clone(), ct.clone());
        let byte = i / 8;
        if byte < iv.len() {
            iv[byte] ^= 1 << (i % 8);
        } else {
            ct[byte - iv.len()] ^= 1 << (i % 8);
        }
        let altered = Envelope::pack(Version::V04, NOW + 3600, Mode::Cbc, &iv, &ct);
        match verifier().verify(&altered, NOW) {
            Err(Rejection::DoesNotOpen) => seen.insert("does not open"),
            // A flipped IV bit in the user id (CBC is not authenticated).
            Err(Rejection::UserIdMismatch { .. }) | Ok(_) => seen.insert("altered claims"),
            Err(Rejection::AppIdMismatch { .. }) => seen.insert("altered claims"),
            other => panic!("bit {i}: {other:?}"),
        };
    }
    assert!(seen.contains("does not open"));
    // And GCM: any flipped bit fails the tag.
    let token = mint(Mint::new(APP, "alice"));
    let envelope = Envelope::parse(&token).expect("parses");
    let mut ct = envelope.ciphertext().to_vec();
    ct[0] ^= 1;
    let altered = Envelope::pack(Version::V04, NOW + 3600, Mode::Gcm, envelope.iv(), &ct);
    assert_eq!(
        verifier().verify(&altered, NOW),
        Err(Rejection::DoesNotOpen)
    );
}

#[test]
fn a_tampered_header_expire_does_not_open() {
    for mode in [Mode::Gcm, Mode::Cbc] {
        let token = mint(Mint::new(APP, "alice").mode(mode));
        let e = Envelope::parse(&token).expect("parses");
        let later = Envelope::pack(Version::V04, NOW + 99_999, mode, e.iv(), e.ciphertext());
        assert_eq!(verifier().verify(&later, NOW), Err(Rejection::DoesNotOpen));
    }
}

#[test]
fn malformed_input() {
    for input in ["", "   ", "04", "04AAAA", "05abc", "not a token", "04@@@@"] {
        assert!(
            matches!(verifier().verify(input, NOW), Err(Rejection::Malformed(_))),
            "{input:?}"
        );
    }
    let token = mint(Mint::new(APP, "alice"));
    assert!(matches!(
        verifier().verify(&format!("{token}#%%%"), NOW),
        Err(Rejection::Malformed(Malformed::Kit(_)))
    ));
    // Surrounding whitespace is forgiven, as everywhere.
    assert!(verifier().verify(&format!("  {token}\n"), NOW).is_ok());
}

#[test]
fn invalid_claims_are_described_only_when_authenticated() {
    let claims = Claims {
        app_id: APP,
        user_id: "alice".into(),
        nonce: 1,
        ctime: NOW,
        expire: 3600, // the effective time, where ctime + 3600 belongs
        payload: String::new(),
    };
    let gcm = encode(&claims, &secret(), &Iv::Gcm([1; 12])).expect("encodes");
    assert!(matches!(
        verifier().verify(&gcm, NOW),
        Err(Rejection::InvalidClaims(found)) if found.0[0].field == "expire"
    ));
    let cbc = encode(&claims, &secret(), &Iv::Cbc([1; 16])).expect("encodes");
    assert_eq!(verifier().verify(&cbc, NOW), Err(Rejection::DoesNotOpen));
}

#[test]
fn expectation_mismatches() {
    let token = mint(Mint::new(APP, "alice"));
    assert_eq!(
        Verifier::new(secret(), 4321).verify(&token, NOW),
        Err(Rejection::AppIdMismatch {
            expected: 4321,
            found: APP
        })
    );
    let bob = Err(Rejection::UserIdMismatch {
        expected: "bob".into(),
        found: "alice".into(),
    });
    assert_eq!(verifier().user_id("bob").verify(&token, NOW), bob);
    assert_eq!(verifier().verify_user(&token, "bob", NOW), bob);
    assert!(
        verifier()
            .user_id("bob")
            .verify_user(&token, "alice", NOW)
            .is_ok()
    );
    assert!(verifier().user_id("alice").verify(&token, NOW).is_ok());
}

#[test]
fn a_kit_suffix_must_name_the_token_inside() {
    let token = mint(Mint::new(APP, "alice"));
    for kit in [
        Kit::new("mallory", None, "M", APP),
        Kit::new("alice", None, "A", APP + 1),
    ] {
        let wrapped = kit.wrap(&token).expect("wraps");
        assert_eq!(
            verifier().verify(&wrapped, NOW),
            Err(Rejection::KitMismatch)
        );
    }
}

#[test]
fn token03_claims_come_back() {
    let token = mint(
        Mint::new(APP, "alice")
            .version(Version::V03)
            .privilege(Privilege {
                publish: false,
                ..room()
            }),
    );
    let verified = verifier().verify(&token, NOW).expect("passes");
    let claims = verified.contents.as_v03().expect("a Token03");
    assert_eq!(claims.room_id, "room1");
    assert_eq!(
        claims.privilege,
        Privilege03 {
            login: true,
            publish: false
        }
    );
    assert!(!verified.authenticated());
}
