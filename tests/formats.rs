//! The library against the vendor's Token03 tokens, the UIKit's kit tokens
//! and faulty generators' tokens (tests/data/VECTORS.md): known answers,
//! tamper tests and round-trip properties.

mod support;

use proptest::prelude::*;
use support::vectors::{faulty, kits, official, token03};
use zego_token::diagnose::{Expectations, Failure, inspect, verify};
use zego_token::format::{
    Claims03, Grant03, KitError, Malformed, OpenError, Privilege03, encode03, generate03, split_kit,
};
use zego_token::{Contents, Kit, Mode, Right, Secret, Version, unchecked};

fn secret(s: &str) -> Secret {
    Secret::new(s).expect("vector secret is valid")
}

fn kinds(failures: &[Failure]) -> Vec<&'static str> {
    failures.iter().map(Failure::kind).collect()
}

// ---------------------------------------------------------------------------
// Token03
// ---------------------------------------------------------------------------

#[test]
fn every_token03_vector_opens_to_its_claims() {
    let vectors = token03();
    assert_eq!(vectors.len(), 34);
    for v in &vectors {
        let (envelope, contents) = unchecked::open(&v.token, &secret(&v.secret))
            .unwrap_or_else(|e| panic!("{}: {e}", v.id));
        assert_eq!(envelope.version(), Version::V03, "{}", v.id);
        assert_eq!(envelope.mode(), Mode::Cbc, "{}", v.id);
        assert_eq!(envelope.mode_byte(), None, "{}", v.id);
        assert_eq!(envelope.expire(), v.header_expire, "{}", v.id);
        let claims = contents
            .as_v03()
            .unwrap_or_else(|| panic!("{}: not 03", v.id));
        // Against the vector's own JSON, keys as the generator named them;
        // the nonce compared as an exact 64-bit integer.
        let want = &v.claims;
        assert_eq!(Some(i64::from(claims.app_id)), want["app_id"].as_i64());
        assert_eq!(claims.room_id, want["room_id"].as_str().unwrap_or_default());
        assert_eq!(claims.user_id, want["user_id"].as_str().unwrap_or_default());
        assert_eq!(Some(claims.create_time), want["create_time"].as_i64());
        assert_eq!(Some(claims.expire_time), want["expire_time"].as_i64());
        assert_eq!(Some(claims.nonce), want["nonce"].as_i64(), "{}", v.id);
        assert_eq!(
            (
                claims.app_id,
                claims.room_id.as_str(),
                claims.user_id.as_str()
            ),
            (v.app_id, v.room_id.as_str(), v.user_id.as_str()),
            "{}",
            v.id
        );
        assert_eq!(
            claims.privilege,
            Privilege03 {
                login: v.privilege.login,
                publish: v.privilege.publish
            },
            "{}",
            v.id
        );
        assert_eq!(claims.expire_time - claims.create_time, v.effective_time);
        // Serialised again, the claims are the generator's plaintext.
        let ours = serde_json::to_value(claims).expect("serialises");
        assert_eq!(&ours, want, "{}", v.id);
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&v.plaintext).expect("JSON"),
            ours,
            "{}",
            v.id
        );
    }
}

#[test]
fn token03_verifies_with_the_expectations_token04_has() {
    for v in token03() {
        let s = secret(&v.secret);
        let created = v.claims["create_time"].as_i64().expect("create_time");
        let report = verify(&v.token, &s, &Expectations::default(), created);
        assert!(report.is_valid(), "{}: {:?}", v.id, report.failures);
        assert!(
            !report.authenticated(),
            "{}: CBC is never authenticated",
            v.id
        );
        let privilege = report.privilege().expect("a Token03 names its room");
        assert_eq!(privilege.room_id, v.room_id);
        assert_eq!(privilege.stream_ids, None);

        let expect = {
            let mut value = Expectations::default();
            value.app_id = Some(v.app_id ^ 1);
            value.user_id = Some(format!("{}x", v.user_id));
            value.room_id = Some(format!("{}x", v.room_id));
            value.require = vec![Right::Login, Right::Publish];
            value.leeway = 0;
            value
        };
        let report = verify(&v.token, &s, &expect, v.header_expire);
        let mut want = vec!["app_id_mismatch", "user_id_mismatch", "room_id_mismatch"];
        want.extend(
            [v.privilege.login, v.privilege.publish]
                .iter()
                .filter(|&&allowed| !allowed)
                .map(|_| "privilege_missing"),
        );
        want.push("expired");
        assert_eq!(kinds(&report.failures), want, "{}", v.id);
    }
}

#[test]
fn token03_header_and_bits_are_checked() {
    let v = &token03()[0];
    let s = secret(&v.secret);
    // The header expire is not authenticated: a changed one is caught.
    let mut body = support::format::body_of(&v.token);
    body[7] ^= 1;
    let tampered = format!("03{}", &support::format::token_of(&body)[2..]);
    assert!(matches!(
        unchecked::open(&tampered, &s),
        Err(OpenError::Untrusted(
            zego_token::format::Untrusted::ExpireMismatch { .. }
        ))
    ));
    // Another secret does not open it.
    let other = secret("00000000000000000000000000000000");
    assert!(matches!(
        unchecked::open(&v.token, &other),
        Err(OpenError::Untrusted(_))
    ));
    // Token04 claims under a "03" prefix, and Token03 claims under "04",
    // are a wrong version prefix, said once the secret shows them.
    let node = official().into_iter().find(|o| o.id == "node-cbc/basic");
    let node = node.expect("node-cbc/basic");
    let relabelled = format!("03{}", &node.token[2..]);
    assert_eq!(
        unchecked::open(&relabelled, &secret(&node.secret)).map(drop),
        Err(OpenError::Malformed(Malformed::VersionMismatch {
            prefix: Version::V03,
            holds: Version::V04
        }))
    );
    let relabelled = format!("04{}", &v.token[2..]);
    assert_eq!(
        unchecked::open(&relabelled, &s).map(drop),
        Err(OpenError::Malformed(Malformed::VersionMismatch {
            prefix: Version::V04,
            holds: Version::V03
        }))
    );
}

proptest! {
    /// What `generate03` makes opens to what it was given.
    #[test]
    fn token03_round_trips(
        app_id in 1u32..,
        room_id in "\\PC{1,40}",
        user_id in "\\PC{1,20}",
        login: bool,
        publish: bool,
        effective_time in 1i64..=315_360_000,
        now in 0i64..=4_000_000_000,
    ) {
        prop_assume!(user_id.len() <= 64);
        let s = secret("fa94dd0f974cf2e293728a526b028271");
        let grant = Grant03::new(app_id, room_id.clone(), user_id.clone(), Privilege03 { login, publish }, effective_time);
        let made = generate03(&grant, &s, now, &mut rand::rng()).expect("generates");
        prop_assert!(made.token.starts_with("03"));
        prop_assert!(made.claims.nonce >= 0);
        let (envelope, opened) = unchecked::open(&made.token, &s).expect("opens");
        prop_assert_eq!(envelope.version(), Version::V03);
        prop_assert_eq!(opened.as_v03(), Some(&made.claims));
        prop_assert_eq!(
            (opened.app_id(), opened.user_id(), opened.ctime(), opened.expire()),
            (app_id, user_id.as_str(), now, now + effective_time)
        );
        let privilege = opened.privilege().expect("room privileges");
        prop_assert_eq!((privilege.room_id, privilege.login, privilege.publish), (room_id, login, publish));
    }

    /// Any nonce survives the trip exactly, above 2^53 too.
    #[test]
    fn token03_nonces_are_exact(nonce: i64) {
        let s = secret("fa94dd0f974cf2e293728a526b028271");
        let claims = Claims03 {
            app_id: 1,
            room_id: "r".into(),
            user_id: "u".into(),
            privilege: Privilege03 { login: true, publish: false },
            create_time: 10,
            expire_time: 20,
            nonce,
        };
        let token = encode03(&claims, &s, &[7; 16]).expect("encodes");
        prop_assert_eq!(unchecked::open(&token, &s).expect("opens").1, Contents::V03(claims));
    }
}

// ---------------------------------------------------------------------------
// Kit tokens
// ---------------------------------------------------------------------------

#[test]
fn every_kit_vector_reads_as_the_uikit_wrote_it() {
    let vectors = kits();
    assert_eq!(vectors.len(), 9);
    for v in vectors.iter().filter(|v| v.kit_token.is_some()) {
        let kit_token = v.kit_token.as_deref().expect("filtered");
        let (token, suffix) = split_kit(kit_token);
        let kit = Kit::parse(suffix.expect("a '#'")).unwrap_or_else(|e| panic!("{}: {e}", v.id));
        assert_eq!(kit.user_id, v.user_id, "{}", v.id);
        assert_eq!(kit.room_id, v.room_id, "{}", v.id);
        assert_eq!(kit.user_name, v.user_name, "{}", v.id);
        assert_eq!(kit.app_id, v.app_id, "{}", v.id);
        assert!(!kit.utf8_encoded, "{}", v.id);
        if let Some(inner) = &v.inner_token {
            assert_eq!(token, inner, "{}", v.id);
        }

        // The token inside opens; the UIKit's own test tokens have no payload key.
        let report = inspect(kit_token, Some(&secret(&v.secret)));
        assert!(
            report.failures.is_empty(),
            "{}: {:?}",
            v.id,
            report.failures
        );
        assert_eq!(report.kit.as_ref(), Some(&kit), "{}", v.id);
        let claims = report.claims.as_ref().expect("opened");
        let inner_user = v.inner_user_id.as_deref().unwrap_or(&v.user_id);
        assert_eq!(claims.user_id(), inner_user, "{}", v.id);
        assert_eq!(claims.app_id(), v.app_id, "{}", v.id);
        if let Some(effective_time) = v.effective_time {
            assert_eq!(claims.expire() - claims.ctime(), effective_time, "{}", v.id);
            assert_eq!(report.envelope.as_ref().map(|e| e.mode()), Some(Mode::Cbc));
        }
    }
}

#[test]
fn our_kit_suffix_is_the_uikits_byte_for_byte() {
    for v in kits().iter().filter(|v| v.kit_token.is_some()) {
        let kit_token = v.kit_token.as_deref().expect("filtered");
        let (token, _) = split_kit(kit_token);
        let kit = Kit::new(
            v.user_id.clone(),
            v.room_id.clone(),
            v.user_name.clone(),
            v.app_id,
        );
        assert_eq!(kit.wrap(token).as_deref(), Ok(kit_token), "{}", v.id);
    }
}

#[test]
fn ids_the_uikit_cannot_encode_are_refused() {
    let refused: Vec<_> = kits()
        .into_iter()
        .filter(|v| v.kit_token.is_none())
        .collect();
    assert_eq!(refused.len(), 2);
    for v in refused {
        let kit = Kit::new(
            v.user_id.clone(),
            v.room_id.clone(),
            v.user_name.clone(),
            v.app_id,
        );
        assert!(
            matches!(kit.encode(), Err(KitError::NotLatin1 { .. })),
            "{}",
            v.id
        );
    }
}

#[test]
fn a_kit_for_another_user_or_app_fails_verify() {
    let vectors = kits();
    let mismatch = vectors
        .iter()
        .find(|v| v.id == "uikit-prod/prod-user-mismatch")
        .expect("vector");
    let s = secret(&mismatch.secret);
    let kit_token = mismatch.kit_token.as_deref().expect("made");
    let created = inspect(kit_token, Some(&s)).claims.expect("opens").ctime();
    let report = verify(kit_token, &s, &Expectations::default(), created);
    assert_eq!(
        report.failures,
        [Failure::KitUserMismatch {
            kit: "mallory".into(),
            token: "user1".into()
        }]
    );
    assert_eq!(report.failures[0].sdk_codes(), [1_002_077]);

    // The same token under a suffix for another app.
    let (token, _) = split_kit(kit_token);
    let other_app = Kit::new("user1", Some("room9".into()), "x", 7);
    let wrapped = other_app.wrap(token).expect("wraps");
    let report = verify(&wrapped, &s, &Expectations::default(), created);
    assert_eq!(kinds(&report.failures), ["kit_mismatch"]);
    assert_eq!(report.failures[0].sdk_codes(), [1_002_076]);

    // With no privilege payload inside, --room-id is the kit's room.
    let mut expect = {
        let mut value = Expectations::default();
        value.room_id = Some("room9".into());
        value
    };
    assert!(verify(&wrapped, &s, &expect, created).failures.len() == 1);
    expect.room_id = Some("elsewhere".into());
    assert_eq!(
        kinds(&verify(&wrapped, &s, &expect, created).failures),
        ["kit_mismatch", "room_id_mismatch"]
    );
}

#[test]
fn a_bad_or_utf8_suffix_is_named() {
    let v = &kits()[0];
    let kit_token = v.kit_token.as_deref().expect("made");
    let (token, _) = split_kit(kit_token);
    let report = inspect(&format!("{token}#not base64!"), None);
    assert!(matches!(
        report.failures.as_slice(),
        [Failure::Malformed(Malformed::Kit(KitError::NotBase64))]
    ));
    use base64::Engine as _;
    let utf8 = base64::engine::general_purpose::STANDARD
        .encode(r#"{"userID":"é","roomID":"r","userName":"n","appID":1234567890}"#);
    let report = inspect(&format!("{token}#{utf8}"), None);
    assert!(report.failures.is_empty());
    assert_eq!(report.kit.as_ref().map(|k| k.user_id.as_str()), Some("Ã©"));
    assert!(
        report
            .warnings()
            .contains(&zego_token::diagnose::Warning::KitSuffixUtf8)
    );
}

proptest! {
    /// A kit suffix reads back to what was written, for any Latin-1 ids
    /// and any name.
    #[test]
    fn kit_suffixes_round_trip(
        user_id in "[\\x20-\\x7e\\u{a0}-\\u{ff}]{1,64}",
        room_id in proptest::option::of("[\\x20-\\u{ff}]{1,64}"),
        user_name in "\\PC{0,30}",
        app_id: u32,
    ) {
        let kit = Kit::new(user_id, room_id, user_name, app_id);
        let suffix = kit.encode().expect("Latin-1 ids encode");
        let read = Kit::parse(&suffix).expect("reads back");
        // Latin-1 text whose bytes also read as UTF-8 ("Â¡" is C2 A1, "¡")
        // cannot be told from a UTF-8 suffix: the flag says it looks so.
        let bytes = base64::Engine::decode(&base64::engine::general_purpose::STANDARD, &suffix)
            .expect("base64");
        let looks_utf8 = std::str::from_utf8(&bytes).is_ok_and(|s| !s.is_ascii());
        prop_assert_eq!(read.utf8_encoded, looks_utf8);
        let mut want = kit;
        want.utf8_encoded = looks_utf8;
        prop_assert_eq!(read, want);
    }

    /// No suffix makes the reader panic, and `#` anywhere is handled.
    #[test]
    fn any_suffix_is_read_or_refused(suffix in "\\PC{0,80}") {
        let _ = Kit::parse(&suffix);
        let _ = inspect(&format!("04AAAA#{suffix}"), None);
    }
}

// ---------------------------------------------------------------------------
// Faulty generators
// ---------------------------------------------------------------------------

#[test]
fn every_faulty_vector_is_invalid_claims_of_its_field() {
    let vectors = faulty();
    assert_eq!(vectors.len(), 8);
    for v in &vectors {
        let s = secret(&v.secret);
        let report = verify(&v.token, &s, &Expectations::default(), v.now);
        assert!(!report.failures.is_empty(), "{}", v.id);
        for failure in &report.failures {
            let Failure::InvalidClaim {
                claim,
                authenticated,
            } = failure
            else {
                panic!("{}: {failure:?} is not invalid claims", v.id);
            };
            assert_eq!(claim.field, v.field, "{}", v.id);
            assert_eq!(claim.sdk_codes(), [v.sdk_code], "{}", v.id);
            assert_eq!(*authenticated, v.mode == "gcm", "{}", v.id);
        }
        assert_eq!(report.authenticated(), v.mode == "gcm", "{}", v.id);
        assert!(report.envelope.is_some() && report.claims.is_none());
        // Never blamed on the secret.
        assert!(
            !report
                .failures
                .iter()
                .any(|f| matches!(f, Failure::Untrusted(_))),
            "{}",
            v.id
        );
        assert!(matches!(
            unchecked::open(&v.token, &s),
            Err(OpenError::InvalidClaims(_))
        ));
    }
}

#[test]
fn every_claim_at_fault_is_reported() {
    let s = secret("fa94dd0f974cf2e293728a526b028271");
    let faulty =
        br#"{"app_id":"1","user_id":7,"nonce":0.5,"ctime":1796000000,"expire":"x","payload":{}}"#;
    let report = inspect(&seal(faulty), Some(&s));
    let fields: Vec<&str> = report
        .failures
        .iter()
        .map(|f| match f {
            Failure::InvalidClaim { claim, .. } => claim.field,
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(fields, ["app_id", "user_id", "nonce", "expire", "payload"]);
}

/// A GCM Token04 around any plaintext, sealed by the `aes-gcm` crate
/// directly (not through the library) with the sample secret.
fn seal(plaintext: &[u8]) -> String {
    use aes_gcm::aead::{Aead, KeyInit};
    use base64::Engine as _;
    let key =
        aes_gcm::Aes256Gcm::new_from_slice(b"fa94dd0f974cf2e293728a526b028271").expect("32 bytes");
    let nonce = [3u8; 12];
    let ct = key
        .encrypt(&aes_gcm::Nonce::from(nonce), plaintext)
        .expect("encrypts");
    let mut body = 1_796_003_600i64.to_be_bytes().to_vec();
    body.extend_from_slice(&12u16.to_be_bytes());
    body.extend_from_slice(&nonce);
    body.extend_from_slice(&u16::try_from(ct.len()).expect("short").to_be_bytes());
    body.extend_from_slice(&ct);
    body.push(1);
    format!(
        "04{}",
        base64::engine::general_purpose::STANDARD.encode(body)
    )
}

/// Found by the `open` fuzz target: a CBC object with a repeated key is
/// an object, so its generator is at fault, not the secret.
#[test]
fn a_repeated_key_under_cbc_is_invalid_claims() {
    let token = "04AAAAAAAAAAIAEAcHBwcHBwcHBwcHBwcHBwcAYAaYrvBefya93w5eczGeqhRWK3ww8sMAMTIJnfyZM/J7w2I3ENQr5waR7S761+xC6jS4M7jekjVYbe927qc7Dq8TyM5RPPVI8T/x1dECxu94+QjxLGV6vNinlQT1jJojUQ==";
    let s = secret("71679d494edcfc07eebe2ecc4f5069f2");
    match unchecked::open(token, &s) {
        Err(OpenError::InvalidClaims(found)) => {
            assert_eq!(found.0.len(), 1);
            assert_eq!(found.0[0].field, "claims");
            assert!(!found.not_an_object());
            assert!(found.to_string().contains("duplicate field"), "{found}");
        }
        other => panic!("{other:?}"),
    }
}
