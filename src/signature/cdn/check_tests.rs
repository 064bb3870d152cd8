//! Checking signed CDN URLs: what they are, every failure explained, the
//! key never shown, and round trips of what `sign` makes.
//!
//! Expected signatures were computed with Python from the formulas in
//! ZEGO's docs; the one-liner is next to each value.

use proptest::prelude::*;

use super::tests::{DOC_TIME, KEY, key};
use super::*;

fn kinds(check: &CdnCheck) -> Vec<&'static str> {
    check.failures.iter().map(CdnFailure::kind).collect()
}

fn causes(check: &CdnCheck) -> Vec<CdnCause> {
    check
        .failures
        .iter()
        .find_map(|f| match f {
            CdnFailure::SignatureMismatch { causes } => Some(causes.clone()),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no mismatch: {check:?}"))
}

/// The docs' Wangsu publish URL, signed.
const WS: &str = "rtmp://push-ws1.zego.im/live/streamid123?wsSecret=aa5879cbafc6269423d4381282fb6b10&wsABStime=5C271099";

#[test]
fn signed_urls_check_and_say_what_they_are() {
    let c = check(WS, &key(KEY), DOC_TIME);
    assert!(c.is_valid(), "{c:?}");
    assert_eq!(
        (c.cdn, c.usage, c.time),
        (Some(Cdn::Wangsu), Some(CdnUse::Publish), Some(DOC_TIME))
    );
    assert_eq!(c.signed_name.as_deref(), Some("/live/streamid123"));
    // Path and query apart.
    let parts = check_parts(
        "/live/streamid123",
        "?wsSecret=aa5879cbafc6269423d4381282fb6b10&wsABStime=5C271099",
        &key(KEY),
        0,
    );
    assert!(parts.is_valid(), "{parts:?}");
    let play = "http://play-tencent1.zego.im/live/123.flv?txSecret=0c479b9eca94374c002ea4407e582611&txTime=5c271099";
    let c = check(play, &key(KEY), DOC_TIME);
    assert!(c.is_valid(), "{c:?}");
    assert_eq!(c.usage, Some(CdnUse::Play));
    let hw = "http://h/820c7b282c8e03c208640ecd5adb3f4a1810debe406f897e1f752f7ec81546b9/5c271099/123.flv";
    let c = check(hw, &key(KEY), DOC_TIME + 1_000_000);
    assert!(c.is_valid(), "{c:?}");
    assert_eq!(
        (c.cdn, c.usage),
        (Some(Cdn::Huawei), Some(CdnUse::Recording))
    );
    assert_eq!(c.notes, [CdnNote::IssueTime]);
}

#[test]
fn failures_are_explained() {
    let k = key(KEY);
    let late = check(WS, &k, DOC_TIME + 5);
    assert_eq!(kinds(&late), ["expired"]);
    assert!(late.failures[0].to_string().contains("5 s before"));
    let wrong = check(WS, &key("KEY124"), DOC_TIME);
    assert_eq!(causes(&wrong), [CdnCause::OtherKey]);
    // Lowercase time for Wangsu, signed as written: the case is the fault.
    // python3 -c "import hashlib; print(hashlib.md5(b'5c271099/live/streamid123KEY123').hexdigest())"
    let lower = "/live/streamid123?wsSecret=2447accde0a6117a01d183c579b81886&wsABStime=5c271099";
    assert_eq!(kinds(&check(lower, &k, 0)), ["time_case"]);
    // Written uppercase, signed lowercase.
    let mixed = lower.replace("5c271099", "5C271099");
    assert_eq!(
        causes(&check(&mixed, &k, 0)),
        [CdnCause::TimeOtherCase {
            signed: "5c271099".into()
        }]
    );
    // Decimal time written and signed.
    // python3 -c "import hashlib; print(hashlib.md5(b'KEY123'+b'123'+b'1546064025').hexdigest())"
    let decimal = "/live/123?txSecret=6ccd244b993c538de1085336df60ea39&txTime=1546064025";
    assert_eq!(kinds(&check(decimal, &k, 0)), ["time_decimal"]);
    // Wangsu signed over the bare stream ID.
    // python3 -c "import hashlib; print(hashlib.md5(b'5C271099'+b'streamid123'+b'KEY123').hexdigest())"
    let bare = "/live/streamid123?wsSecret=f6996927ec58d04a72f8a2d4ebb2c986&wsABStime=5C271099";
    assert!(matches!(
        causes(&check(bare, &k, 0))[..],
        [CdnCause::StreamWithoutApp { .. }]
    ));
    // Tencent signed with /live/.
    // python3 -c "import hashlib; print(hashlib.md5(b'KEY123'+b'/live/123'+b'5c271099').hexdigest())"
    let with_app = "/live/123?txSecret=a8f05fdc3f846fdd5ffcb4ae792545ba&txTime=5c271099";
    assert!(matches!(
        causes(&check(with_app, &k, 0))[..],
        [CdnCause::StreamWithApp { .. }]
    ));
    let upper = WS.replace(
        "aa5879cbafc6269423d4381282fb6b10",
        "AA5879CBAFC6269423D4381282FB6B10",
    );
    assert_eq!(
        causes(&check(&upper, &k, 0)),
        [CdnCause::SignatureUppercase]
    );
    // Missing, misspelt, repeated, malformed.
    assert_eq!(
        kinds(&check(&WS.replace("&wsABStime=5C271099", ""), &k, 0)),
        ["missing"]
    );
    let misspelt = check(&WS.replace("wsABStime", "wsabstime"), &k, 0);
    assert_eq!(
        misspelt.failures,
        [CdnFailure::Missing {
            param: "wsABStime",
            near: Some("wsabstime".into())
        }]
    );
    assert_eq!(
        kinds(&check(&format!("{WS}&wsABStime=5C271099"), &k, 0)),
        ["repeated"]
    );
    assert_eq!(
        kinds(&check(&WS.replace("5C271099", "soon"), &k, 0)),
        ["time_malformed", "signature"]
    );
    assert_eq!(
        kinds(&check(&WS.replace("aa5879cb", "aa"), &k, 0)),
        ["signature_malformed"]
    );
    assert_eq!(
        kinds(&check("rtmp://push-ws1.zego.im/live/1", &k, 0)),
        ["no_auth"]
    );
    for bad in ["", "wsSecret=a&wsABStime=b", "push-ws1.zego.im/live?x"] {
        assert_eq!(kinds(&check(bad, &k, 0)), ["malformed_url"], "{bad}");
    }
}

#[test]
fn failures_never_show_the_key() {
    let secret = "S3cretCdnKey_42";
    let k = key(secret);
    let urls = [
        format!("/live/{secret}?txSecret={secret}&txTime={secret}"),
        format!("/live/x?wsSecret=00&wsABStime=5C271099&{secret}=1"),
        format!("/live/x?wssecret=1&hwTime={secret}"),
        format!(
            "http://h/live/{secret}.flv?hwSecret={}&hwTime=5c271099",
            "0".repeat(64)
        ),
        WS.to_owned(),
    ];
    for url in urls {
        let c = check(&url, &k, 0);
        let shown = format!(
            "{c:?} {}",
            c.failures
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(" ")
        );
        assert!(!shown.contains(secret), "{shown}");
        if url.contains(secret) {
            assert!(c.failures.contains(&CdnFailure::KeyInUrl), "{c:?}");
        }
    }
}

fn one_char_changes(text: &str) -> impl Strategy<Value = String> + use<> {
    let text = text.to_owned();
    (0..text.len(), any::<char>()).prop_filter_map("a change", move |(i, c)| {
        let mut changed: Vec<char> = text.chars().collect();
        let i = i % changed.len();
        (changed[i] != c).then(|| {
            changed[i] = c;
            changed.into_iter().collect()
        })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// What sign makes, check accepts until it expires; changing one
    /// character of the signature, the time or the stream is refused.
    #[test]
    fn signed_urls_round_trip(
        k in "[!-~]{1,40}",
        stream in "[A-Za-z0-9_-]{1,20}",
        expire_at in 1_i64..0xffff_ffff,
        cdn in 0_usize..3,
        usage in 0_usize..2,
        which in 0_usize..3,
        pick in any::<prop::sample::Index>(),
        replacement in "[0-9A-Za-z_-]",
    ) {
        let (cdn, usage) = (Cdn::ALL[cdn], CdnUse::ALL[usage]);
        let key = key(&k);
        let auth = sign(&key, &stream, expire_at, cdn, usage).expect("signable");
        let url = auth.url("rtmp://push.example.com/live", None).expect("a url");
        prop_assume!(!url.contains(&k));
        let c = check(&url, &key, expire_at);
        prop_assert!(c.is_valid(), "{url}: {c:?}");
        prop_assert_eq!(c.cdn, Some(cdn));
        prop_assert_eq!(c.time, Some(expire_at));
        // One character of one part, replaced by another.
        let (secret_name, time_name) = cdn.param_names(usage);
        let part = match which {
            0 => auth.param(secret_name).unwrap_or_default().to_owned(),
            1 => auth.param(time_name).unwrap_or_default().to_owned(),
            _ => stream.clone(),
        };
        let i = pick.index(part.len());
        let mut changed = part.clone().into_bytes();
        prop_assume!(changed[i] != replacement.as_bytes()[0]);
        changed[i] = replacement.as_bytes()[0];
        let changed = String::from_utf8(changed).expect("ascii");
        let tampered = match which {
            0 | 1 => url.replace(&format!("={part}"), &format!("={changed}")),
            _ => url.replace(&format!("/live/{part}?"), &format!("/live/{changed}?")),
        };
        prop_assume!(!tampered.contains(&k));
        let c = check(&tampered, &key, 0);
        prop_assert!(!c.is_valid(), "{tampered}: {c:?}");
    }

    /// Arbitrary text never panics the checker.
    #[test]
    fn arbitrary_urls_never_panic(text in ".{0,200}", k in ".{1,20}") {
        let key = key(&k);
        let _ = check(&text, &key, 0);
        let _ = check(&format!("/live/x?{text}"), &key, i64::MAX);
        let _ = check(&format!("http://h/{}/{text}", "a".repeat(64)), &key, i64::MIN);
    }

    /// Any one character changed in the docs' signed URL, after its host,
    /// is refused.
    #[test]
    fn one_character_changes_are_refused(changed in one_char_changes(WS)) {
        let c = check(&changed, &key(KEY), DOC_TIME);
        // Changing the host or scheme does not change what is signed.
        let tail_same = changed.split_once("/live/").map(|(_, t)| t) == WS.split_once("/live/").map(|(_, t)| t);
        prop_assert!(tail_same || !c.is_valid(), "{changed}: {c:?}");
    }
}
