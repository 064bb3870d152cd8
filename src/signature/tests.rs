//! Checking requests: every failure with its codes, the causes found for
//! a wrong signature, and round trips of what this module builds.

use proptest::prelude::*;

use super::*;
use crate::Secret;

const SECRET: &str = "9193cc662a4c0ec135ec71fb57194b38";
/// The documented example's request, at its own time.
const NOW: i64 = 1_615_186_943;
const GOOD: &str = "https://rtc-api.zego.im/?Action=DescribeUserNum&AppId=12345\
                    &SignatureNonce=4fd24687296dd9f3&Timestamp=1615186943\
                    &Signature=43e5cfcca828314675f91b001390566a&SignatureVersion=2.0";

fn secret() -> Secret {
    Secret::new(SECRET).expect("valid")
}

fn check(url: &str) -> RequestCheck {
    check_request(url, &secret(), None, NOW)
}

/// `(kind, codes)` of each failure.
fn kinds(check: &RequestCheck) -> Vec<(&'static str, &'static [u32])> {
    check
        .failures
        .iter()
        .map(|f| (f.kind(), f.api_codes()))
        .collect()
}

#[test]
fn the_documented_request_is_valid() {
    let check = check(GOOD);
    assert!(check.is_valid(), "{check:?}");
    assert_eq!(check.app_id, Some(12345));
    assert_eq!(check.action.as_deref(), Some("DescribeUserNum"));
    assert!(check.notes.is_empty());
    // A bare query string, and 10 minutes either way, are fine too.
    let query = GOOD.split_once('?').map(|(_, q)| q).unwrap_or_default();
    assert!(check_request(query, &secret(), None, NOW + MAX_SKEW).is_valid());
    assert!(check_request(GOOD, &secret(), Some(12345), NOW - MAX_SKEW).is_valid());
}

#[test]
fn missing_and_malformed_parameters_have_their_codes() {
    let cases: [(&str, &str, &[u32]); 10] = [
        ("AppId=12345", "AppId=", &[100_000_001]),
        ("AppId=12345", "AppId=12a45", &[100_000_001]),
        ("AppId=12345", "AppId=0", &[100_000_001]),
        ("&Timestamp=1615186943", "", &[100_000_002]),
        (
            "Timestamp=1615186943",
            "Timestamp=1615186943.5",
            &[100_000_003],
        ),
        ("&SignatureNonce=4fd24687296dd9f3", "", &[100_000_008]),
        (
            "&Signature=43e5cfcca828314675f91b001390566a",
            "",
            &[100_000_009],
        ),
        (
            "Signature=43e5cfcca828314675f91b001390566a",
            "Signature=43e5",
            &[100_000_005],
        ),
        ("&SignatureVersion=2.0", "", &[100_000_013]),
        (
            "SignatureVersion=2.0",
            "SignatureVersion=1.0",
            &[100_000_014],
        ),
    ];
    for (from, to, codes) in cases {
        let url = GOOD.replace(from, to);
        let check = check(&url);
        assert_eq!(check.failures.len(), 1, "{url}: {check:?}");
        assert_eq!(check.failures[0].api_codes(), codes, "{url}");
        assert!(check.failures[0].is_malformed(), "{url}");
    }
    let no_action = check(&GOOD.replace("Action=DescribeUserNum&", ""));
    assert_eq!(kinds(&no_action), [("missing", &[][..])]);
    assert_eq!(
        kinds(&check("https://rtc-api.zego.im/")),
        [("no_query", &[][..])]
    );
    assert_eq!(kinds(&check("")), [("no_query", &[][..])]);
}

#[test]
fn names_are_case_sensitive_and_repeats_are_refused() {
    let check1 = check(&GOOD.replace("AppId=", "appid="));
    assert_eq!(
        check1.failures[0],
        RequestFailure::Missing {
            param: Param::AppId,
            near: Some("appid".to_owned())
        }
    );
    let twice = check(&format!("{GOOD}&AppId=12345"));
    assert_eq!(kinds(&twice), [("repeated", &[100_000_001][..])]);
}

#[test]
fn stale_requests_say_by_how_much() {
    let late = check_request(GOOD, &secret(), None, NOW + 1000);
    assert_eq!(kinds(&late), [("stale", &[100_000_004][..])]);
    assert_eq!(
        late.failures[0].to_string(),
        "Timestamp 1615186943 is 1000 s behind the check time; ZEGO allows 600 s"
    );
    assert!(!late.failures[0].is_malformed());
    let early = check_request(GOOD, &secret(), None, NOW - MAX_SKEW - 1);
    assert!(early.failures[0].to_string().contains("601 s ahead of"));
}

fn causes(url: &str, expected_app_id: Option<u32>) -> Vec<Cause> {
    let check = check_request(url, &secret(), expected_app_id, NOW);
    check
        .failures
        .iter()
        .find_map(|f| match f {
            RequestFailure::SignatureMismatch { causes } => Some(causes.clone()),
            _ => None,
        })
        .unwrap_or_else(|| panic!("{url}: {check:?}"))
}

#[test]
fn a_wrong_signature_names_what_was_signed() {
    let s = secret();
    // Signed at one moment, sent with the next.
    let later = GOOD.replace("1615186943", "1615186945");
    assert_eq!(
        causes(&later, None),
        [Cause::SignedAtTimestamp {
            timestamp: 1_615_186_943
        }]
    );
    // Uppercase hex.
    let upper = GOOD.replace(
        "43e5cfcca828314675f91b001390566a",
        "43E5CFCCA828314675F91B001390566A",
    );
    assert_eq!(causes(&upper, None), [Cause::SignatureUppercase]);
    // Signed for the expected app, sent with another AppId.
    let other_app = GOOD.replace("AppId=12345", "AppId=54321");
    assert_eq!(
        causes(&other_app, Some(12345)),
        [Cause::SignedForAppId { app_id: 12345 }]
    );
    // The nonce hashed still encoded.
    let encoded = api_signature(12345, "a%2Bb", &s, NOW);
    let url = format!(
        "?Action=A&AppId=12345&SignatureNonce=a%2Bb&Timestamp={NOW}&Signature={encoded}&SignatureVersion=2.0"
    );
    assert_eq!(causes(&url, None), [Cause::NonceSignedEncoded]);
    // Nothing explains it: another secret, with what looks suspicious.
    let other = Secret::new("0123456789abcdef0123456789abcdef").expect("valid");
    let wrong = api_signature(12345, "a b", &other, 1_615_186_943_000);
    let url = format!(
        "?Action=A&AppId=12345&SignatureNonce=a%20b&Timestamp=1615186943000&Signature={wrong}&SignatureVersion=2.0"
    );
    let found = causes(&url, None);
    assert_eq!(
        found,
        [
            Cause::NonceNeedsEncoding,
            Cause::TimestampInMillis,
            Cause::OtherSecret
        ]
    );
    assert!(found.iter().all(|c| !c.confirmed()));
}

#[test]
fn the_app_id_must_be_the_expected_one() {
    let check = check_request(GOOD, &secret(), Some(999), NOW);
    assert_eq!(kinds(&check), [("app_id", &[100_000_010, 100_000_005][..])]);
}

#[test]
fn hosts_and_schemes_get_notes() {
    let http = check(&GOOD.replace("https://", "http://"));
    assert!(http.is_valid());
    assert_eq!(http.notes, [RequestNote::NotHttps]);
    let other = check(&GOOD.replace("rtc-api.zego.im", "example.com"));
    assert_eq!(
        other.notes,
        [RequestNote::UnknownHost("example.com".to_owned())]
    );
    for host in ["zim-api-sgp.zego.im", "cloudrecord-api.zego.im"] {
        assert!(
            check(&GOOD.replace("rtc-api.zego.im", host))
                .notes
                .is_empty()
        );
    }
    assert_eq!(
        check(&GOOD.replace("rtc-api.zego.im", "rtc-api-xyz.zego.im"))
            .notes
            .len(),
        1
    );
}

#[test]
fn callback_bodies_verify() {
    let secret = CallbackSecret::new("secret").expect("valid");
    let body = r#"{"event":"room_login","timestamp":1470820198,"nonce":"123412","signature":"5bd59fd62953a8059fb7eaba95720f66d19e4517"}"#;
    let fields = CallbackFields::parse(body).expect("fields");
    assert!(verify_callback(&secret, &fields));
    let tampered = CallbackFields::parse(&body.replace("123412", "123413")).expect("fields");
    assert!(!verify_callback(&secret, &tampered));
    let upper = CallbackFields::parse(&body.replace("5bd59fd6", "5BD59FD6")).expect("fields");
    assert!(!verify_callback(&secret, &upper));
    let other = CallbackSecret::new("secreT").expect("valid");
    assert!(!verify_callback(&other, &fields));
}

fn query_text() -> impl Strategy<Value = String> {
    // Any characters, including those URL encoding changes.
    proptest::string::string_regex("[a-zA-Z0-9 _.~+%&=?#\\[\\]/:é-]{0,12}").expect("regex")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever the nonce, action and business parameters, the URL built
    /// here passes the check, and changing any signed value fails it.
    #[test]
    fn built_urls_round_trip(
        app_id in 1_u32..,
        nonce in "[!-~]{1,24}",
        timestamp in 0_i64..253_402_300_799,
        skew in -MAX_SKEW..=MAX_SKEW,
        action in "[A-Za-z]{1,20}",
        region in proptest::option::of(0_usize..6),
        params in proptest::collection::vec(("[A-Za-z][A-Za-z0-9\\[\\]]{0,8}", query_text()), 0..5),
    ) {
        let secret = secret();
        let signed = Signed::new(app_id, &nonce, &secret, timestamp);
        let mut url = RequestUrl::new("rtc", region.map(|i| Region::ALL[i]))
            .expect("valid")
            .action(&action);
        for (key, value) in &params {
            prop_assume!(!PUBLIC_PARAMS.contains(&key.as_str()) && key != "Action");
            url = url.param(key, value);
        }
        let url = url.build(&signed);
        let check = check_request(&url, &secret, Some(app_id), timestamp + skew);
        prop_assert!(check.is_valid(), "{url}: {check:?}");
        prop_assert_eq!(check.timestamp, Some(timestamp));
        prop_assert_eq!(check.action.as_deref(), Some(action.as_str()));
        prop_assert!(check.notes.is_empty());
        let later = url.replace(
            &format!("Timestamp={timestamp}&"),
            &format!("Timestamp={}&", timestamp + 1),
        );
        let check = check_request(&later, &secret, None, timestamp);
        prop_assert!(
            check.failures.iter().any(|f| f.kind() == "signature"),
            "{later}: {check:?}"
        );
    }

    /// Arbitrary text never panics the checker or the body parser.
    #[test]
    fn arbitrary_input_never_panics(text in ".{0,200}") {
        let _ = check_request(&text, &secret(), Some(1), NOW);
        let _ = check_request(&format!("?{text}"), &secret(), None, NOW);
        let _ = CallbackFields::parse(&text);
        let _ = CallbackFields::parse(&format!("{{{text}"));
    }
}

/// A bare query string (what `zego-token sign` prints) needs no Action:
/// the signature does not cover it (issue #24, item 2).
#[test]
fn a_bare_query_string_needs_no_action() {
    let query = GOOD.split_once('?').map(|(_, q)| q).unwrap_or_default();
    let bare = query.replace("Action=DescribeUserNum&", "");
    assert!(check(&bare).is_valid(), "{:?}", check(&bare));
    assert!(check(&format!("?{bare}")).is_valid());
    // A whole URL still needs one.
    let url = GOOD.replace("Action=DescribeUserNum&", "");
    assert_eq!(kinds(&check(&url)), [("missing", &[][..])]);
}

/// A Timestamp in milliseconds is named as such, not as years ahead
/// (issue #24, item 3).
#[test]
fn a_millisecond_timestamp_is_named() {
    let millis = NOW * 1000;
    let signed = Signed::new(12345, "4fd24687296dd9f3", &secret(), millis);
    let url = RequestUrl::new("rtc", None)
        .expect("rtc")
        .action("A")
        .build(&signed);
    let found = check_request(&url, &secret(), None, NOW + 30);
    assert_eq!(
        kinds(&found),
        [("timestamp_milliseconds", &[100_000_003, 100_000_004][..])]
    );
    let message = found.failures[0].to_string();
    assert!(message.contains("in milliseconds"), "{message}");
    assert!(message.contains("30 s behind"), "{message}");
    assert_eq!(found.failures[0].class(), crate::diagnose::Class::Malformed);
}

#[test]
fn every_request_failure_has_the_class_of_its_exit_code() {
    use crate::diagnose::Class;
    let late = check_request(GOOD, &secret(), None, NOW + 1000);
    assert_eq!(late.failures[0].class(), Class::Expired);
    let other = check_request(GOOD, &secret(), Some(54321), NOW);
    assert!(
        other.failures.iter().all(|f| f.class() == Class::Untrusted),
        "{other:?}"
    );
    let missing = check(&GOOD.replace("&Signature=43e5cfcca828314675f91b001390566a", ""));
    assert_eq!(missing.failures[0].class(), Class::Malformed);
}
