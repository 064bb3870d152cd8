//! The verification policy's checks, one failure kind at a time.

use super::*;
use crate::claims::Claims;
use crate::diagnose::ids::{IdKind, IdProblem, IdWarning, Product};
use crate::error::Untrusted;
use crate::privilege::{Privilege, Right};
use crate::token::{Grant, generate};
use crate::wire::Mode;

const SECRET: &str = "fa94dd0f974cf2e293728a526b028271";
const NOW: i64 = 1_796_000_000;

fn token(payload: &str) -> String {
    let grant = Grant {
        app_id: 1,
        user_id: "demo".into(),
        effective_time: 3600,
        payload: payload.into(),
    };
    let secret = Secret::new(SECRET).expect("valid");
    generate(&grant, &secret, Mode::Gcm, NOW, &mut rand::rng())
        .expect("generates")
        .token
}

fn kinds(report: &Report) -> Vec<&'static str> {
    report.failures.iter().map(Failure::kind).collect()
}

fn check(token: &str, expect: &Expectations, now: i64) -> Report {
    verify(token, &Secret::new(SECRET).expect("valid"), expect, now)
}

#[test]
fn a_fresh_token_is_valid_and_authenticated() {
    let report = check(&token(""), &Expectations::default(), NOW);
    assert!(report.is_valid(), "{:?}", report.failures);
    assert!(report.authenticated());
}

#[test]
fn lifetime_bounds_with_and_without_leeway() {
    let t = token("");
    let none = Expectations::default();
    assert!(check(&t, &none, NOW + 3599).is_valid());
    assert_eq!(kinds(&check(&t, &none, NOW + 3600)), ["expired"]);
    assert_eq!(kinds(&check(&t, &none, NOW - 1)), ["not_yet_valid"]);
    let lenient = Expectations {
        leeway: 60,
        ..Expectations::default()
    };
    assert!(check(&t, &lenient, NOW + 3659).is_valid());
    assert!(check(&t, &lenient, NOW - 60).is_valid());
    assert_eq!(kinds(&check(&t, &lenient, NOW - 61)), ["not_yet_valid"]);
}

#[test]
fn reports_every_failed_expectation() {
    let room = Privilege {
        room_id: "r1".into(),
        login: true,
        publish: false,
        stream_ids: None,
    };
    let expect = Expectations {
        app_id: Some(2),
        user_id: Some("alice".into()),
        room_id: Some("r2".into()),
        require: vec![Right::Login, Right::Publish],
        leeway: 0,
    };
    let report = check(&token(&room.to_payload()), &expect, NOW + 7200);
    assert_eq!(
        kinds(&report),
        [
            "app_id_mismatch",
            "user_id_mismatch",
            "room_id_mismatch",
            "privilege_missing",
            "expired"
        ]
    );
    assert!(report.failures.contains(&Failure::PrivilegeMissing {
        right: Right::Publish,
        denied: true
    }));
}

#[test]
fn requirements_without_a_privilege_payload() {
    let expect = Expectations {
        room_id: Some("r".into()),
        require: vec![Right::Login],
        ..Expectations::default()
    };
    let report = check(&token(""), &expect, NOW);
    assert_eq!(
        report.failures,
        [
            Failure::RoomIdMismatch {
                expected: "r".into(),
                found: None
            },
            Failure::PrivilegeMissing {
                right: Right::Login,
                denied: false
            }
        ]
    );
}

#[test]
fn malformed_and_untrusted_stop_the_checks() {
    let report = check("04AAAA", &Expectations::default(), NOW);
    assert_eq!(kinds(&report), ["malformed"]);
    assert!(report.envelope.is_none());
    let other = Secret::new("00000000000000000000000000000000").expect("valid");
    let report = verify(&token(""), &other, &Expectations::default(), NOW);
    assert_eq!(
        report.failures,
        [Failure::Untrusted(Untrusted::TagMismatch)]
    );
    assert!(report.envelope.is_some() && !report.authenticated());
}

#[test]
fn doubtful_tokens_get_warnings() {
    assert!(
        check(&token(""), &Expectations::default(), NOW)
            .warnings()
            .is_empty()
    );
    assert_eq!(
        check(&token("not json"), &Expectations::default(), NOW).warnings(),
        [Warning::PayloadNotJson]
    );
    let secret = Secret::new(SECRET).expect("valid");
    let claims = Claims {
        app_id: 0,
        user_id: "u".repeat(65),
        nonce: 0,
        ctime: NOW,
        expire: NOW + 1,
        payload: "{}".into(),
    };
    let cbc =
        crate::token::encode(&claims, &secret, &crate::token::Iv::Cbc([0; 16])).expect("encodes");
    assert_eq!(
        inspect(&cbc, Some(&secret)).warnings(),
        [
            Warning::Unauthenticated,
            Warning::UserIdLength { length: 65 },
            Warning::AppIdZero,
            Warning::Id(IdWarning {
                product: Product::Zim,
                id: IdKind::User,
                problem: IdProblem::TooLong { bytes: 65, max: 32 },
                code: Some(660_000_012),
            })
        ]
    );
    // Without the secret only the mode is known.
    assert_eq!(inspect(&cbc, None).warnings(), [Warning::Unauthenticated]);
}

#[test]
fn extreme_times_do_not_overflow() {
    let claims = Claims {
        app_id: 1,
        user_id: "u".into(),
        nonce: 0,
        ctime: i64::MIN,
        expire: i64::MAX,
        payload: String::new(),
    };
    let expect = Expectations {
        leeway: i64::MAX,
        ..Expectations::default()
    };
    let claims = Contents::V04(claims);
    assert!(check_claims(&claims, &expect, i64::MIN).is_empty());
    assert!(check_claims(&claims, &Expectations::default(), i64::MAX).len() == 1);
}

#[test]
fn a_payload_that_is_there_but_unreadable_is_not_called_absent() {
    for bad in ["-1", "1180591620717411303424"] {
        let payload = format!(r#"{{"room_id":"r1","privilege":{{"1":{bad},"2":1}}}}"#);
        let expect = Expectations::default().room_id("r1").require(Right::Login);
        let report = check(&token(&payload), &expect, NOW);
        assert_eq!(kinds(&report), ["privilege_unreadable"], "{bad}");
        let message = report.failures[0].to_string();
        assert!(!message.contains("no privilege payload"), "{message}");
        assert!(message.contains(r#"privilege "1" is"#), "{message}");
    }
    // Without a payload at all, the wording stays.
    let report = check(
        &token(""),
        &Expectations::default().require(Right::Login),
        NOW,
    );
    assert!(
        report.failures[0]
            .to_string()
            .contains("no privilege payload")
    );
}

#[test]
fn a_repeated_room_id_in_the_payload_grants_nothing() {
    let payload = r#"{"room_id":"evil","privilege":{"1":1,"2":1},"room_id":"r1"}"#;
    let report = check(&token(payload), &Expectations::default().room_id("r1"), NOW);
    assert!(!report.is_valid(), "the last room_id must not decide");
}
