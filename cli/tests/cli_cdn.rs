//! End-to-end tests of `zego-token cdn sign|check`: known answers for
//! every CDN and use, computed apart from this code (Python's hashlib and
//! hmac from the formulas of ZEGO's docs, in ../shared/PRODUCTS.md §5),
//! exit codes, JSON, where the key comes from, and a property: what `cdn
//! sign` makes `cdn check` accepts, and one character changed it refuses.
//! No output may hold the key, even in part.

#![allow(clippy::unwrap_used)]

mod support;

use proptest::prelude::*;
use serde::Deserialize;
use support::cli::{Out, TempFile, assert_error_shape, run, run_cmd, zego};

/// The docs' example key and expiry: 2018-12-29 06:13:45 UTC = 0x5c271099.
const KEY: &str = "KEY123";
const EXPIRE: &str = "1546064025";
/// A recognisable key: no five characters of it may appear in any output.
const SECRET_KEY: &str = "Qz9KpWm7XvLr";

/// (cdn, use, stream or path, expected output), each computed with Python:
/// `hashlib.md5((KEY + "123" + "5c271099").encode()).hexdigest()` and so on.
const KNOWN: [(&str, &str, &str, &str); 10] = [
    (
        "tencent",
        "publish",
        "123",
        "txSecret=0c479b9eca94374c002ea4407e582611&txTime=5c271099",
    ),
    (
        "tencent",
        "play",
        "123",
        "txSecret=0c479b9eca94374c002ea4407e582611&txTime=5c271099",
    ),
    (
        "tencent",
        "screenshot",
        "/1.jpg",
        "txSecret=c326ce3202201ae56b41f64d57d9e879&txTime=5c271099",
    ),
    // md5(KEY + "/dir1/dir2/" + t), no exper, rlimit or us.
    (
        "tencent",
        "recording",
        "/dir1/dir2/123.mp4",
        "t=5c271099&sign=9540364b9706d50da4d318a70c41c63b",
    ),
    // md5("5C271099" + "/live/123" + KEY).
    (
        "wangsu",
        "publish",
        "123",
        "wsSecret=7775d55461c65e048f8bebdcd89cd84d&wsABStime=5C271099",
    ),
    // The docs' own example: MD5(5C271099/live/streamid123KEY123).
    (
        "wangsu",
        "play",
        "streamid123",
        "wsSecret=aa5879cbafc6269423d4381282fb6b10&wsABStime=5C271099",
    ),
    // The docs' own example: MD5(5C271099/123.flvKEY123).
    (
        "wangsu",
        "recording",
        "/123.flv",
        "wsSecret=ec3d4fd6ddcc07db21282449f954bcad&wsABStime=5C271099",
    ),
    (
        "wangsu",
        "screenshot",
        "/123.flv",
        "wsSecret=ec3d4fd6ddcc07db21282449f954bcad&wsABStime=5C271099",
    ),
    // hmac.new(KEY, "123" + "5c271099", sha256).
    (
        "huawei",
        "publish",
        "123",
        "hwSecret=9b61a8ed377720b986e6409838ffccd060a627c09f62f56d64c7926d832452e4&hwTime=5c271099",
    ),
    // sha256(KEY + "/123.flv" + "5c271099"), in the path.
    (
        "huawei",
        "recording",
        "/123.flv",
        "/820c7b282c8e03c208640ecd5adb3f4a1810debe406f897e1f752f7ec81546b9/5c271099/123.flv",
    ),
];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CheckJson {
    valid: bool,
    failures: Vec<FailureJson>,
    notes: Vec<String>,
    cdn: Option<String>,
    #[serde(rename = "use")]
    usage: Option<String>,
    signed_name: Option<String>,
    time: Option<i64>,
    key_source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FailureJson {
    kind: String,
    class: String,
    message: String,
    hint: Option<String>,
    causes: Option<Vec<CauseJson>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CauseJson {
    confirmed: bool,
    message: String,
}

/// Fails if any five characters of the recognisable key are in the output.
fn no_key(out: &Out) {
    for part in SECRET_KEY.as_bytes().windows(5) {
        let part = std::str::from_utf8(part).unwrap();
        assert!(
            !out.stdout.contains(part) && !out.stderr.contains(part),
            "key leaked ({part}): {out:?}"
        );
    }
}

fn cdn(args: &[&str]) -> Out {
    let out = run_cmd(zego().arg("cdn").args(args));
    no_key(&out);
    out
}

fn check_json(url: &str, key: &str, now: &str) -> (Out, CheckJson) {
    let out = cdn(&["check", "--json", "--key", key, "--now", now, url]);
    let json = serde_json::from_str(out.line()).unwrap_or_else(|e| panic!("{e}: {out:?}"));
    (out, json)
}

#[test]
fn every_cdn_and_use_signs_the_known_answer() {
    for (name, usage, stream, expected) in KNOWN {
        let out = cdn(&[
            "sign",
            "--cdn",
            name,
            "--use",
            usage,
            "--key",
            KEY,
            "--stream",
            stream,
            "--expire-at",
            EXPIRE,
        ]);
        assert_eq!(
            (out.code, out.line()),
            (Some(0), expected),
            "{name} {usage}: {out:?}"
        );
    }
    // RFC 3339 is the same moment.
    let out = cdn(&[
        "sign",
        "--cdn",
        "tencent",
        "--key",
        KEY,
        "--stream",
        "123",
        "--expire-at",
        "2018-12-29T14:13:45+08:00",
    ]);
    assert_eq!(out.line(), KNOWN[0].3);
}

#[test]
fn json_is_keyed_by_the_parameter_names_and_url_is_whole() {
    let base = ["sign", "--cdn", "wangsu", "--key", KEY, "--stream", "123"];
    let mut args = base.to_vec();
    args.extend(["--expire-at", EXPIRE, "--json"]);
    let out = cdn(&args);
    let json: serde_json::Value = serde_json::from_str(out.line()).unwrap();
    assert_eq!(
        json,
        serde_json::json!({"wsSecret": "7775d55461c65e048f8bebdcd89cd84d", "wsABStime": "5C271099"})
    );
    let mut args = base.to_vec();
    args.extend(["--expire-at", EXPIRE, "--url"]);
    assert_eq!(
        cdn(&args).line(),
        "rtmp://push-ws1.zego.im/live/123?wsSecret=7775d55461c65e048f8bebdcd89cd84d&wsABStime=5C271099"
    );
    let out = cdn(&[
        "sign",
        "--cdn",
        "tencent",
        "--use",
        "play",
        "--key",
        KEY,
        "--stream",
        "123",
        "--expire-at",
        EXPIRE,
        "--url",
        "http://play.example.com/live",
        "--extension",
        "flv",
    ]);
    assert_eq!(
        out.line(),
        "http://play.example.com/live/123.flv?txSecret=0c479b9eca94374c002ea4407e582611&txTime=5c271099"
    );
}

#[test]
fn check_exits_0_valid_3_malformed_4_wrong_signature_5_expired() {
    let url = format!("rtmp://push-tencent1.zego.im/live/123?{}", KNOWN[0].3);
    let (out, json) = check_json(&url, KEY, "1546064000");
    assert_eq!(out.code, Some(0), "{out:?}");
    assert!(json.valid && json.failures.is_empty() && json.notes.is_empty());
    assert_eq!(json.cdn.as_deref(), Some("tencent"));
    assert_eq!(json.usage.as_deref(), Some("publish"));
    assert_eq!(json.signed_name.as_deref(), Some("123"));
    assert_eq!(json.time, Some(1_546_064_025));
    assert_eq!(json.key_source, "--key");

    let (out, json) = check_json(&url, KEY, "1546064026");
    assert_eq!(out.code, Some(5), "{out:?}");
    assert_eq!(
        (
            json.failures[0].kind.as_str(),
            json.failures[0].class.as_str()
        ),
        ("expired", "expired")
    );
    assert!(json.failures[0].hint.is_some());

    let (out, json) = check_json(&url, "KEY124", "1546064000");
    assert_eq!(out.code, Some(4), "{out:?}");
    let failure = &json.failures[0];
    assert_eq!(
        (failure.kind.as_str(), failure.class.as_str()),
        ("signature", "untrusted")
    );
    let causes = failure.causes.as_ref().unwrap();
    assert!(causes.iter().all(|c| !c.confirmed), "{causes:?}");
    assert!(!failure.message.is_empty());

    // The time in the wrong case: malformed, and the cause is named.
    let upper = url.replace("5c271099", "5C271099");
    let (out, json) = check_json(&upper, KEY, "1546064000");
    assert_eq!(out.code, Some(3), "{out:?}");
    assert_eq!(json.failures[0].kind, "time_case");
    assert_eq!(json.failures[0].class, "malformed");

    for bad in ["nonsense", "rtmp://push-tencent1.zego.im/live/123"] {
        let (out, json) = check_json(bad, KEY, "1546064000");
        assert_eq!(out.code, Some(3), "{bad}: {out:?}");
        assert!(json.failures.iter().all(|f| f.class == "malformed"));
    }
    let (out, _) = check_json(&url.replace("&txTime=5c271099", ""), KEY, "1546064000");
    assert_eq!(out.code, Some(3), "{out:?}");

    // Wangsu's stream signed without /live/ (md5("5C271099" + "123" +
    // KEY), Python): the confirmed cause says so.
    let wrong = "rtmp://push-ws1.zego.im/live/123?wsSecret=b97b1b15155ba9aecd1b6cea610462fe&wsABStime=5C271099";
    let (out, json) = check_json(wrong, KEY, "1546064000");
    assert_eq!(out.code, Some(4), "{out:?}");
    let causes = json.failures[0].causes.as_ref().unwrap();
    assert!(
        causes[0].confirmed && causes[0].message.contains("/live/"),
        "{causes:?}"
    );
    // Human words for each: a heading and the quiet flag.
    let human = cdn(&["check", "--key", KEY, "--now", "1546064026", &url]);
    assert_eq!(human.code, Some(5));
    assert!(
        human.stdout.starts_with("✗ invalid: 1 check failed"),
        "{human:?}"
    );
    let quiet = cdn(&["check", "-q", "--key", KEY, "--now", "1546064000", &url]);
    assert_eq!((quiet.code, quiet.stdout.as_str()), (Some(0), ""));
}

#[test]
fn the_key_comes_from_a_flag_a_file_stdin_or_the_environment() {
    let url = cdn(&[
        "sign", "--cdn", "huawei", "--key", SECRET_KEY, "--stream", "s1", "--ttl", "1h", "--url",
    ]);
    assert_eq!(url.code, Some(0), "{url:?}");
    let url = url.line().to_owned();
    let file = TempFile::new("cdn-key", format!("{SECRET_KEY}\n").as_bytes());
    let from_file = cdn(&["check", "--key-file", file.path(), &url]);
    assert_eq!(from_file.code, Some(0), "{from_file:?}");
    let from_env = run_cmd(
        zego()
            .args(["cdn", "check", "--json", &url])
            .env("ZEGO_CDN_KEY", SECRET_KEY),
    );
    no_key(&from_env);
    assert_eq!(from_env.code, Some(0), "{from_env:?}");
    assert!(from_env.stdout.contains("\"key_source\":\"ZEGO_CDN_KEY\""));
    let out = run_cmd(
        zego()
            .args(["cdn", "check", "--key-file", "-", &url])
            .write_stdin(SECRET_KEY),
    );
    no_key(&out);
    assert_eq!(out.code, Some(0), "{out:?}");
    // Nothing gives one: a usage error naming every source.
    let none = cdn(&["check", &url]);
    assert_error_shape(&none, 2, "no key");
    assert!(none.stderr.contains("ZEGO_CDN_KEY") && none.stderr.contains("--key-file"));
    // An empty key is refused, without echo.
    let empty = cdn(&[
        "sign", "--cdn", "tencent", "--key", "", "--stream", "1", "--ttl", "1h",
    ]);
    assert_error_shape(&empty, 2, "empty key");
}

#[test]
fn bad_arguments_are_usage_errors() {
    let cases: [&[&str]; 6] = [
        &[
            "sign", "--cdn", "akamai", "--key", KEY, "--stream", "1", "--ttl", "1h",
        ],
        &[
            "sign", "--cdn", "tencent", "--key", KEY, "--stream", "/live/1", "--ttl", "1h",
        ],
        &["sign", "--cdn", "tencent", "--key", KEY, "--stream", "1"],
        &[
            "sign", "--cdn", "huawei", "--use", "play", "--key", KEY, "--stream", "1", "--ttl",
            "1h", "--url",
        ],
        &[
            "sign",
            "--cdn",
            "wangsu",
            "--key",
            KEY,
            "--stream",
            "1",
            "--ttl",
            "1h",
            "--max-ips",
            "3",
        ],
        &["check", "--key-file", "-", "-"],
    ];
    for case in cases {
        let out = run(&[&["cdn"][..], case].concat());
        assert_error_shape(&out, 2, &case.join(" "));
    }
}

/// One CDN, publish or play, from an index.
fn cdn_of(i: usize) -> &'static str {
    ["tencent", "wangsu", "huawei"][i % 3]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// What `cdn sign` makes, `cdn check` accepts until it expires; one
    /// character of the stream or the query changed, and it refuses.
    #[test]
    fn what_sign_makes_check_accepts_and_one_change_is_refused(
        which in 0_usize..3,
        play in any::<bool>(),
        stream in "[A-Za-z0-9_-]{1,24}",
        expire in 1_600_000_000_i64..4_000_000_000,
        position in any::<prop::sample::Index>(),
        replacement in "[A-Za-z0-9_.~-]",
    ) {
        let usage = if play { "play" } else { "publish" };
        let base = format!("rtmp://{}-x.example.com/live", if play { "play" } else { "push" });
        let signed = cdn(&[
            "sign", "--cdn", cdn_of(which), "--use", usage, "--key", SECRET_KEY,
            &format!("--stream={stream}"), "--expire-at", &expire.to_string(), "--url", &base,
        ]);
        prop_assert_eq!(signed.code, Some(0), "{:?}", signed);
        let url = signed.line().to_owned();
        let now = (expire - 60).to_string();
        let ok = cdn(&["check", "-q", "--key", SECRET_KEY, "--now", &now, &url]);
        prop_assert_eq!(ok.code, Some(0), "{}", url);
        // Everything after the application path is signed or checked.
        let start = url.find("/live/").unwrap() + "/live/".len();
        let i = start + position.index(url.len() - start);
        let mut changed = url.clone().into_bytes();
        let new = replacement.as_bytes()[0];
        prop_assume!(changed[i] != new);
        changed[i] = new;
        let changed = String::from_utf8(changed).unwrap();
        let refused = cdn(&["check", "-q", "--key", SECRET_KEY, "--now", &now, &changed]);
        prop_assert!(matches!(refused.code, Some(3..=5)), "{} -> {:?}", changed, refused);
    }
}
