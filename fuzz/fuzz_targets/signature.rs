//! `check_request` and `CallbackFields::parse` on any text, and URLs built
//! from it.
//!
//! Checked besides "never panics": a check is valid exactly when it lists
//! no failure; every code a failure names is in the API code table; a
//! wrong signature always comes with a cause; a URL built by `RequestUrl`
//! from the input (as nonce, action-free parameters) always checks valid;
//! callback fields re-signed with a secret verify with it.

#![no_main]

use libfuzzer_sys::fuzz_target;
use zego_token::Secret;
use zego_token::signature::{
    CallbackFields, CallbackSecret, RequestFailure, RequestUrl, Signed, callback_signature,
    check_request, lookup_api_code, verify_callback,
};

const NOW: i64 = 1_796_000_000;

fuzz_target!(|data: &[u8]| {
    let secret = Secret::new("71679d494edcfc07eebe2ecc4f5069f2").expect("32 bytes");
    let text = String::from_utf8_lossy(data);

    for expected in [None, Some(1)] {
        let check = check_request(&text, &secret, expected, NOW);
        assert_eq!(check.is_valid(), check.failures.is_empty());
        for failure in &check.failures {
            for code in failure.api_codes() {
                assert!(lookup_api_code(*code).is_some(), "{code}");
            }
            if let RequestFailure::SignatureMismatch { causes } = failure {
                assert!(!causes.is_empty());
            }
        }
        if check.is_valid() {
            assert!(check.app_id.is_some() && check.timestamp.is_some());
            assert!(check.action.is_some() && check.nonce.is_some());
        }
    }

    // The input as nonce and as a business parameter of a built URL.
    let app_id = data.first().map_or(1, |&b| u32::from(b) + 1);
    let nonce: String = text.chars().filter(|c| !c.is_control()).take(64).collect();
    if !nonce.is_empty() {
        let signed = Signed::new(app_id, &nonce, &secret, NOW);
        let url = RequestUrl::new("rtc", None)
            .expect("valid product")
            .action("DescribeUserNum")
            .param("data", &text)
            .build(&signed);
        let check = check_request(&url, &secret, Some(app_id), NOW);
        assert!(check.is_valid(), "{url}: {check:?}");
        assert_eq!(check.nonce.as_deref(), Some(nonce.as_str()));
    }

    if let Ok(mut fields) = CallbackFields::parse(&text) {
        let secret = CallbackSecret::new("secret").expect("non-empty");
        fields.signature = callback_signature(&secret, &fields.timestamp, &fields.nonce);
        assert!(verify_callback(&secret, &fields));
    }
});
