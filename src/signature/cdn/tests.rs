//! Known answers of CDN URL authentication, and what cannot be signed.
//!
//! Every expected signature was computed with Python from the formulas in
//! ZEGO's docs (as summarised in PRODUCTS.md section 5), not with this
//! crate; the one-liner is next to each value.

use super::*;

pub(super) const KEY: &str = "KEY123";
/// 2018-12-29 06:13:45 UTC, the docs' example: `5c271099` in hex.
pub(super) const DOC_TIME: i64 = 1_546_064_025;
const KEY2: &str = "Zk9xQ2v";
/// `format(1796000000, 'x')` = `6b0cc900`.
const T2: i64 = 1_796_000_000;

pub(super) fn key(text: &str) -> CdnKey {
    CdnKey::new(text).expect("a usable key")
}

fn signed(k: &str, stream: &str, time: i64, cdn: Cdn, usage: CdnUse) -> CdnAuth {
    sign(&key(k), stream, time, cdn, usage).expect("signable")
}

#[test]
fn known_answers_for_every_cdn_and_use() {
    use Cdn::{Huawei, Tencent, Wangsu};
    use CdnUse::{Play, Publish, Recording, Screenshot};
    let cases: [(&str, &str, i64, Cdn, CdnUse, &str); 11] = [
        // python3 -c "import hashlib; print(hashlib.md5(b'KEY123'+b'123'+b'5c271099').hexdigest())"
        (
            KEY,
            "123",
            DOC_TIME,
            Tencent,
            Publish,
            "txSecret=0c479b9eca94374c002ea4407e582611&txTime=5c271099",
        ),
        // python3 -c "import hashlib; print(hashlib.md5(b'Zk9xQ2v'+b'stream_A-1'+b'6b0cc900').hexdigest())"
        (
            KEY2,
            "stream_A-1",
            T2,
            Tencent,
            Play,
            "txSecret=7274e5eab5300299560f0ca2818a74a8&txTime=6b0cc900",
        ),
        // python3 -c "import hashlib; print(hashlib.md5(b'KEY123'+b'/1.jpg'+b'5c271099').hexdigest())"
        (
            KEY,
            "/1.jpg",
            DOC_TIME,
            Tencent,
            Screenshot,
            "txSecret=c326ce3202201ae56b41f64d57d9e879&txTime=5c271099",
        ),
        // Dir = /dir1/dir2/, exper, rlimit and us empty:
        // python3 -c "import hashlib; print(hashlib.md5(b'KEY123'+b'/dir1/dir2/'+b'5c271099').hexdigest())"
        (
            KEY,
            "/dir1/dir2/a.mp4",
            DOC_TIME,
            Tencent,
            Recording,
            "t=5c271099&sign=9540364b9706d50da4d318a70c41c63b",
        ),
        // The docs' Wangsu example, MD5(5C271099/live/streamid123KEY123):
        // python3 -c "import hashlib; print(hashlib.md5(b'5C271099/live/streamid123KEY123').hexdigest())"
        (
            KEY,
            "streamid123",
            DOC_TIME,
            Wangsu,
            Publish,
            "wsSecret=aa5879cbafc6269423d4381282fb6b10&wsABStime=5C271099",
        ),
        // python3 -c "import hashlib; print(hashlib.md5(b'6B0CC900'+b'/live/stream_A-1'+b'Zk9xQ2v').hexdigest())"
        (
            KEY2,
            "stream_A-1",
            T2,
            Wangsu,
            Play,
            "wsSecret=e9ffcf070ad48fb691d028904108f4d3&wsABStime=6B0CC900",
        ),
        // The docs' Wangsu recording example, MD5(5C271099/123.flvKEY123):
        // python3 -c "import hashlib; print(hashlib.md5(b'5C271099/123.flvKEY123').hexdigest())"
        (
            KEY,
            "/123.flv",
            DOC_TIME,
            Wangsu,
            Recording,
            "wsSecret=ec3d4fd6ddcc07db21282449f954bcad&wsABStime=5C271099",
        ),
        // python3 -c "import hashlib; print(hashlib.md5(b'5C271099/snap/123.jpgKEY123').hexdigest())"
        (
            KEY,
            "/snap/123.jpg",
            DOC_TIME,
            Wangsu,
            Screenshot,
            "wsSecret=03d9667fb1b6742026eeade2c47a14f0&wsABStime=5C271099",
        ),
        // python3 -c "import hmac,hashlib; print(hmac.new(b'KEY123', b'123'+b'5c271099', hashlib.sha256).hexdigest())"
        (
            KEY,
            "123",
            DOC_TIME,
            Huawei,
            Publish,
            "hwSecret=9b61a8ed377720b986e6409838ffccd060a627c09f62f56d64c7926d832452e4&hwTime=5c271099",
        ),
        // python3 -c "import hmac,hashlib; print(hmac.new(b'Zk9xQ2v', b'stream_A-1'+b'6b0cc900', hashlib.sha256).hexdigest())"
        (
            KEY2,
            "stream_A-1",
            T2,
            Huawei,
            Play,
            "hwSecret=2f97d464f3e5e274291ba1f5104731ffa865c03a0d8c43198f19d7ba657b6bef&hwTime=6b0cc900",
        ),
        // python3 -c "import hashlib; print(hashlib.sha256(b'KEY123'+b'/123.flv'+b'5c271099').hexdigest())"
        (
            KEY,
            "/123.flv",
            DOC_TIME,
            Huawei,
            Recording,
            "hwSecret=820c7b282c8e03c208640ecd5adb3f4a1810debe406f897e1f752f7ec81546b9&hwTime=5c271099",
        ),
    ];
    for (k, stream, time, cdn, usage, expected) in cases {
        assert_eq!(
            signed(k, stream, time, cdn, usage).query(),
            expected,
            "{cdn} {usage}"
        );
    }
    // python3 -c "import hashlib; print(hashlib.sha256(b'KEY123'+b'/snap/123.jpg'+b'5c271099').hexdigest())"
    let shot = signed(KEY, "/snap/123.jpg", DOC_TIME, Huawei, Screenshot);
    assert_eq!(
        shot.url("http://snap.example.com", None).expect("a url"),
        "http://snap.example.com/d75bc6e1cf0296f5714d5efaedf09c8d33acec57ae6ea9fc9282d2f0746914d8/5c271099/snap/123.jpg"
    );
    assert_eq!(shot.placement, Placement::Path);
}

#[test]
fn tencent_recording_limits() {
    let limits = RecordingLimits::new(Some(600), Some(3), Some("72d4cd1101"));
    let auth =
        sign_tencent_recording(&key(KEY), "/dir1/dir2/a.mp4", DOC_TIME, &limits).expect("signable");
    // python3 -c "import hashlib; print(hashlib.md5(b'KEY123'+b'/dir1/dir2/'+b'5c271099'+b'600'+b'3'+b'72d4cd1101').hexdigest())"
    assert_eq!(
        auth.query(),
        "t=5c271099&exper=600&rlimit=3&us=72d4cd1101&sign=13927fc50fe95f81dd67527ada9c9505"
    );
    let url = auth.url("http://vod.example.com", None).expect("a url");
    assert!(check(&url, &key(KEY), DOC_TIME).is_valid());
    // 300 s of grace past t, then expired.
    assert!(check(&url, &key(KEY), DOC_TIME + 300).is_valid());
    let late = check(&url, &key(KEY), DOC_TIME + 301);
    assert_eq!(
        late.failures
            .iter()
            .map(CdnFailure::kind)
            .collect::<Vec<_>>(),
        ["expired"]
    );
    let bad = RecordingLimits::new(None, Some(10), None);
    assert_eq!(
        sign_tencent_recording(&key(KEY), "/a.mp4", DOC_TIME, &bad).map(drop),
        Err(CdnError::IpLimit { found: 10 })
    );
}

#[test]
fn urls_and_their_bases() {
    let auth = signed(KEY, "123", DOC_TIME, Cdn::Tencent, CdnUse::Play);
    assert_eq!(
        auth.url("http://play-tencent1.zego.im/live/", Some("flv"))
            .expect("a url"),
        "http://play-tencent1.zego.im/live/123.flv?txSecret=0c479b9eca94374c002ea4407e582611&txTime=5c271099"
    );
    let ws = signed(KEY, "123", DOC_TIME, Cdn::Wangsu, CdnUse::Publish);
    assert!(ws.url("rtmp://push-ws1.zego.im/app", None).is_err());
    for base in [
        "push-tencent1.zego.im/live",
        "rtmp://push-tencent1.zego.im",
        "rtmp:///live",
        "rtmp://h/live?x=1",
    ] {
        assert!(auth.url(base, None).is_err(), "{base}");
    }
    let file = signed(KEY, "/a/b.mp4", DOC_TIME, Cdn::Wangsu, CdnUse::Recording);
    assert!(file.url("http://h/a", None).is_err());
}

#[test]
fn what_cannot_be_signed() {
    let k = key(KEY);
    let err = |stream: &str, time, usage| sign(&k, stream, time, Cdn::Tencent, usage).map(drop);
    assert_eq!(
        err("", DOC_TIME, CdnUse::Publish),
        Err(CdnError::EmptyStream)
    );
    assert!(matches!(
        err("/live/123", DOC_TIME, CdnUse::Publish),
        Err(CdnError::StreamWithPath { .. })
    ));
    assert!(matches!(
        err("a b", DOC_TIME, CdnUse::Play),
        Err(CdnError::Characters { .. })
    ));
    assert!(matches!(
        err("1.jpg", DOC_TIME, CdnUse::Screenshot),
        Err(CdnError::NotAFilePath { .. })
    ));
    assert!(matches!(
        err("/dir/", DOC_TIME, CdnUse::Recording),
        Err(CdnError::NotAFilePath { .. })
    ));
    assert_eq!(
        err("1", -1, CdnUse::Publish),
        Err(CdnError::TimeOutOfRange { time: -1 })
    );
    assert!(err("1", 0x1_0000_0000, CdnUse::Publish).is_err());
    assert_eq!(CdnKey::new("").map(drop), Err(CdnKeyError::Empty));
    assert!(!format!("{:?}", key("hunter2hunter2")).contains("hunter2"));
    assert_eq!(Cdn::from_name("WANGSU"), Some(Cdn::Wangsu));
    assert_eq!(CdnUse::from_name("screenshot"), Some(CdnUse::Screenshot));
}
