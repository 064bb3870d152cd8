//! `zego_token::repair` on hostile pasted text, and its documented
//! properties: it never panics; it is idempotent (repairing its output
//! changes nothing and reports no repairs); the result has no surrounding
//! ASCII whitespace; each repair is reported at most once; with no repairs
//! reported the result is just the trimmed input; a valid token comes back
//! unchanged with no repairs.
//!
//! Each input is tried as UTF-8 text (or lossily converted text), and also
//! behind the wrappers `repair` peels off, so that the fuzzer spends its
//! time on the interesting cases.

#![no_main]

use std::borrow::Cow;

use libfuzzer_sys::fuzz_target;
use zego_token::diagnose::repair;
use zego_token::format::Envelope;

const WRAPPERS: &[(&str, &str)] = &[
    ("\"", "\""),
    ("Bearer ", ""),
    ("Authorization: Bearer '", "'"),
    ("token=", ""),
    ("\u{201C}", "\u{201D}"),
    (" \t`", "`\r\n"),
];

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    check(&text);
    if let Some((&first, _)) = data.split_first() {
        let (open, close) = WRAPPERS[usize::from(first) % WRAPPERS.len()];
        check(&format!("{open}{text}{close}"));
    }
    if let Cow::Borrowed(text) = text
        && Envelope::parse(text).is_ok()
        && text.trim_ascii() == text
    {
        let same = repair(text);
        assert_eq!(same.token, text, "a valid token was changed");
        assert!(same.changes.is_empty(), "{:?}", same.changes);
    }
});

fn check(input: &str) {
    let once = repair(input);
    assert_eq!(once.is_changed(), !once.changes.is_empty());
    assert_eq!(once.token.trim_ascii(), once.token, "not trimmed");
    for (i, change) in once.changes.iter().enumerate() {
        assert!(!once.changes[..i].contains(change), "{change:?} twice");
        assert!(!change.describe().is_empty());
    }
    if once.changes.is_empty() {
        assert_eq!(once.token, input.trim_ascii(), "changed without a repair");
    }
    let twice = repair(&once.token);
    assert_eq!(twice.token, once.token, "not idempotent for {input:?}");
    assert!(
        twice.changes.is_empty(),
        "not idempotent for {input:?}: {:?}",
        twice.changes
    );
}
