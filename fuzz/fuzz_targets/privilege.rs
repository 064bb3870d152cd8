//! `Privilege::parse` on hostile payload strings.
//!
//! Each input is tried as UTF-8 text (or lossily converted text). Checked:
//! never panics; what parses survives `to_payload` and parsing again
//! unchanged (`to_payload` writes the vendor shape that `parse` reads); an
//! empty stream list is never reported (it means "no stream check", like
//! `null`); `payload_privilege` agrees with `parse` for non-empty payloads.

#![no_main]

use std::borrow::Cow;

use libfuzzer_sys::fuzz_target;
use zego_token::Privilege;
use zego_token::format::payload_privilege;

fuzz_target!(|data: &[u8]| {
    match String::from_utf8_lossy(data) {
        Cow::Borrowed(text) => check(text),
        Cow::Owned(lossy) => check(&lossy),
    }
});

fn check(payload: &str) {
    let parsed = Privilege::parse(payload);
    match &parsed {
        Ok(privilege) => {
            assert_ne!(privilege.stream_ids.as_deref(), Some(&[][..]));
            let written = privilege.to_payload();
            assert_eq!(
                Privilege::parse(&written).as_ref(),
                Ok(privilege),
                "to_payload wrote {written:?}"
            );
        }
        Err(error) => assert!(!error.to_string().is_empty()),
    }
    if payload.is_empty() {
        assert_eq!(payload_privilege(payload), Ok(None));
    } else {
        assert_eq!(payload_privilege(payload), parsed.map(Some));
    }
}
