//! Every line of tests/data/invented.jsonl named for its cause by the
//! diagnosis: its failure's kind, words of its message, and no credential
//! in any message.

use serde::Deserialize;

use super::{AppSign, Failure, Report, verify_with};
use crate::secret::Secret;

/// The AppSign the vectors were made with (VECTORS.md, `invented.jsonl`).
const APP_SIGN: &str = "b6e5c1b2a7f04d3c9e8a1f2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f";

#[derive(Debug, Deserialize)]
struct Invented {
    id: String,
    token: String,
    secret: String,
    now: i64,
    cause: String,
    expect: Vec<String>,
}

fn vector(id: &str) -> Invented {
    include_str!("../../tests/data/invented.jsonl")
        .split('\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_str::<Invented>(l).expect("vector line is JSON"))
        .find(|v| v.id == id)
        .unwrap_or_else(|| panic!("no vector {id}"))
}

/// The failure kinds that name each cause.
fn kinds_for(cause: &str) -> &'static [&'static str] {
    match cause {
        "jwt" => &["jwt", "livekit_jwt", "twilio_jwt"],
        "base64-json" => &["base64_json"],
        "hex-key" => &["hex_key_aes128", "hex_key_zero_padded"],
        "appsign-key" => &["appsign_key", "appsign_text_key"],
        "agora" => &["agora_access_token", "agora_access_token2"],
        "secret" => &["pasted_server_secret"],
        "milliseconds" => &["milliseconds"],
        other => panic!("unknown cause {other}"),
    }
}

fn assert_no_run(message: &str, credential: &str) {
    for window in credential.as_bytes().windows(8) {
        let window = std::str::from_utf8(window).expect("ascii");
        assert!(!message.contains(window), "{message:?} holds {window:?}");
    }
}

fn diagnose(id: &str) -> (Invented, Report) {
    let v = vector(id);
    let secret = Secret::new(&v.secret).expect("valid secret");
    let app_sign = AppSign::new(APP_SIGN).expect("valid AppSign");
    let expect = super::Expectations::default();
    let report = verify_with(&v.token, &secret, Some(&app_sign), &expect, v.now);
    (v, report)
}

fn named_for_its_cause(id: &str) {
    let (v, report) = diagnose(id);
    assert!(!report.is_valid(), "{id}: valid");
    let wanted = kinds_for(&v.cause);
    let failure = report
        .failures
        .iter()
        .find(|f| wanted.contains(&f.kind()))
        .unwrap_or_else(|| panic!("{id}: {:?} names no {wanted:?}", report.failures));
    let message = failure.to_string();
    assert!(
        v.expect.iter().any(|word| message.contains(word.as_str())),
        "{id}: {message:?} has none of {:?}",
        v.expect
    );
    for failure in &report.failures {
        let message = failure.to_string();
        assert_no_run(&message, &v.secret);
        assert_no_run(&message, APP_SIGN);
        assert_no_run(&message, v.token.trim());
        assert!(!failure.sdk_codes().is_empty(), "{id}: {failure:?}");
    }
    for warning in report.warnings() {
        assert_no_run(&warning.to_string(), &v.secret);
    }
    // Never blame another project's secret for a generator's mistake.
    assert!(
        !report
            .failures
            .iter()
            .any(|f| matches!(f, Failure::Untrusted(_))),
        "{id}: {:?}",
        report.failures
    );
}

macro_rules! per_line {
    ($($name:ident => $id:literal,)*) => {
        $(
            #[test]
            fn $name() {
                named_for_its_cause($id);
            }
        )*

        #[test]
        fn every_line_has_its_test() {
            let ids: Vec<String> = include_str!("../../tests/data/invented.jsonl")
                .split('\n')
                .filter(|l| !l.is_empty())
                .map(|l| serde_json::from_str::<Invented>(l).expect("JSON").id)
                .collect();
            assert_eq!(ids, [$($id),*]);
        }
    };
}

per_line! {
    jwt_hs256_serversecret => "invented/jwt-hs256-serversecret",
    b64json_hmac => "invented/b64json-hmac",
    aes128_hex_key_gcm => "invented/aes128-hex-key-gcm",
    appsign_as_key_gcm => "invented/appsign-as-key-gcm",
    agora_007 => "invented/agora-007",
    pasted_serversecret => "invented/pasted-serversecret",
    ms_timestamps_gcm => "invented/ms-timestamps-gcm",
}

#[test]
fn the_jwt_is_known_to_be_signed_with_the_secret() {
    let (_, report) = diagnose("invented/jwt-hs256-serversecret");
    let Some(Failure::NotZegoToken(super::Pasted::Jwt(jwt))) = report.failures.first() else {
        panic!("{:?}", report.failures);
    };
    assert_eq!(jwt.signed_with_secret, Some(true));
    assert_eq!(
        jwt.claims.as_ref().and_then(|c| c.get("user_id")),
        Some(&serde_json::json!("u1"))
    );
    assert!(
        report.failures[0]
            .to_string()
            .contains("invented generator")
    );
}

#[test]
fn the_base64_json_is_known_to_be_signed_with_the_secret() {
    let (_, report) = diagnose("invented/b64json-hmac");
    let Some(Failure::NotZegoToken(super::Pasted::Base64Json(b))) = report.failures.first() else {
        panic!("{:?}", report.failures);
    };
    assert_eq!(b.signed_with_secret, Some(true));
}

#[test]
fn the_misported_tokens_show_their_claims_and_cipher() {
    let (_, report) = diagnose("invented/aes128-hex-key-gcm");
    let Some(Failure::WrongKey(misport)) = report.failures.first() else {
        panic!("{:?}", report.failures);
    };
    assert_eq!(misport.cipher(), "AES-128-GCM");
    assert_eq!(misport.claims.as_ref().map(|c| c.user_id()), Some("u1"));
    assert!(report.claims.is_none(), "the secret did not open it");
}

#[test]
fn without_the_appsign_the_appsign_token_stays_untrusted() {
    let v = vector("invented/appsign-as-key-gcm");
    let secret = Secret::new(&v.secret).expect("valid");
    let report = super::verify(&v.token, &secret, &super::Expectations::default(), v.now);
    assert_eq!(
        report
            .failures
            .iter()
            .map(Failure::kind)
            .collect::<Vec<_>>(),
        ["untrusted"]
    );
}

#[test]
fn milliseconds_are_not_called_years_ahead() {
    let (_, report) = diagnose("invented/ms-timestamps-gcm");
    let kinds: Vec<_> = report.failures.iter().map(Failure::kind).collect();
    assert_eq!(kinds, ["milliseconds", "milliseconds"]);
    assert!(report.claims.is_some(), "it opened with the secret");
}
