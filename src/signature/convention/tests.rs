//! The AI products' callbacks: a known answer, both conventions, URL-encoded
//! bodies and ages measured in milliseconds.

use super::*;
use crate::signature::BodyFormat;

const SECRET: &str = "cbSecretAiAgent";
/// Realtime ASR docs' example Nonce and millisecond Timestamp.
/// python3 -c "import hashlib; print(hashlib.sha1(''.join(sorted(['cbSecretAiAgent','1747121418250','7503829353462121337'])).encode()).hexdigest())"
const AI_SIGNATURE: &str = "9afed117dca865722770806e9062549f09668f5e";
const AI_BODY: &str = r#"{"AppId":1234567890,"Event":"Exception","Nonce":"7503829353462121337","Timestamp":1747121418250,"Signature":"9afed117dca865722770806e9062549f09668f5e"}"#;
/// AI_BODY through python3 -c "import urllib.parse; print(urllib.parse.quote(body, safe=''))"
const AI_BODY_ENCODED: &str = "%7B%22AppId%22%3A1234567890%2C%22Event%22%3A%22Exception%22%2C%22Nonce%22%3A%227503829353462121337%22%2C%22Timestamp%22%3A1747121418250%2C%22Signature%22%3A%229afed117dca865722770806e9062549f09668f5e%22%7D";
/// 1747121418.250 s: the callback's own time.
const SENT: i64 = 1_747_121_418;

fn secret() -> CallbackSecret {
    CallbackSecret::new(SECRET).expect("valid")
}

#[test]
fn an_ai_agent_callback_verifies() {
    assert!(AI_BODY.contains(AI_SIGNATURE));
    for (body, format) in [
        (AI_BODY, BodyFormat::Json),
        (AI_BODY_ENCODED, BodyFormat::UrlEncodedJson),
    ] {
        let check = check_callback(&secret(), body, Some(60), SENT + 10);
        assert!(check.is_valid(), "{check:?}");
        assert_eq!(check.convention, Some(CallbackConvention::AiProduct));
        assert_eq!(check.unit, Some(TimestampUnit::Milliseconds));
        assert!(!check.unit_unexpected());
        let fields = check.fields.expect("fields");
        assert_eq!(fields.format, format);
        assert_eq!(fields.app_id.as_deref(), Some("1234567890"));
        assert_eq!(fields.timestamp, "1747121418250");
    }
}

#[test]
fn ages_are_measured_in_milliseconds() {
    let fields = CallbackFields::parse(AI_BODY).expect("fields");
    assert_eq!(
        fields.timestamp_millis(),
        Some((1_747_121_418_250, TimestampUnit::Milliseconds))
    );
    assert_eq!(fields.age_millis(SENT + 60), Some(59_750));
    assert_eq!(fields.age_millis(SENT), Some(-250));
    // 59.75 s old at SENT + 60: fine; 60.75 s at SENT + 61: stale.
    assert!(check_callback(&secret(), AI_BODY, Some(60), SENT + 60).is_valid());
    let late = check_callback(&secret(), AI_BODY, Some(60), SENT + 61);
    assert_eq!(
        late.failures,
        [CallbackFailure::Stale {
            age: 60_750,
            max_age: 60
        }]
    );
    assert_eq!(
        late.failures[0].to_string(),
        "the timestamp is 60750 ms old; the maximum age is 60 s"
    );
}

#[test]
fn the_standard_convention_is_unchanged() {
    // The vendor's documented example, seconds and lowercase.
    let body = r#"{"appid":1,"timestamp":1470820198,"nonce":"123412","signature":"5bd59fd62953a8059fb7eaba95720f66d19e4517"}"#;
    let s = CallbackSecret::new("secret").expect("valid");
    let check = check_callback(&s, body, Some(300), 1_470_820_198 + 300);
    assert!(check.is_valid(), "{check:?}");
    assert_eq!(check.convention, Some(CallbackConvention::Standard));
    assert_eq!(check.unit, Some(TimestampUnit::Seconds));
    let old = check_callback(&s, body, Some(300), 1_470_820_198 + 301);
    assert_eq!(
        old.failures
            .iter()
            .map(CallbackFailure::kind)
            .collect::<Vec<_>>(),
        ["stale"]
    );
}

#[test]
fn failures_and_unexpected_units() {
    let wrong = check_callback(
        &CallbackSecret::new("other").expect("valid"),
        AI_BODY,
        None,
        0,
    );
    assert_eq!(
        wrong.failures,
        [CallbackFailure::SignatureMismatch { uppercase: false }]
    );
    let upper = AI_BODY.replace(AI_SIGNATURE, &AI_SIGNATURE.to_ascii_uppercase());
    let upper = check_callback(&secret(), &upper, None, 0);
    assert_eq!(
        upper.failures,
        [CallbackFailure::SignatureMismatch { uppercase: true }]
    );
    let bad_time = AI_BODY.replace("1747121418250", "\"soon\"");
    let kinds: Vec<_> = check_callback(&secret(), &bad_time, Some(60), SENT)
        .failures
        .iter()
        .map(CallbackFailure::kind)
        .collect();
    assert_eq!(kinds, ["signature", "timestamp_malformed"]);
    let none = check_callback(&secret(), "%7Bnot json", None, 0);
    assert_eq!(none.failures[0].kind(), "no_signature");
    // Digital Human's docs show a capitalised body with seconds.
    let seconds = AI_BODY.replace("1747121418250", "1681221510");
    let check = check_callback(&secret(), &seconds, None, 0);
    assert!(check.unit_unexpected());
    assert_eq!(
        check.convention.map(CallbackConvention::name),
        Some("ai_product")
    );
}
