//! End-to-end tests of `zego-token sign`: the signed public parameters,
//! whole request URLs, and `sign --check` with its exit codes and JSON.
//! Every run is also checked for the ServerSecret in its output.

#![allow(clippy::unwrap_used)]

mod support;

use proptest::prelude::*;
use serde::Deserialize;
use support::SECRET;
use support::cli::{Out, TempFile, assert_error_shape, run, run_cmd, zego};

/// The vendor's documented example.
const DOC_SECRET: &str = "9193cc662a4c0ec135ec71fb57194b38";
const DOC_APP_ID: &str = "12345";
const DOC_NONCE: &str = "4fd24687296dd9f3";
const DOC_TIME: &str = "1615186943";
const DOC_SIGNATURE: &str = "43e5cfcca828314675f91b001390566a";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SignedJson {
    app_id: u32,
    signature_nonce: String,
    timestamp: i64,
    signature: String,
    signature_version: String,
    url: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CheckJson {
    valid: bool,
    failures: Vec<FailureJson>,
    notes: Vec<String>,
    action: Option<String>,
    app_id: Option<u32>,
    timestamp: Option<i64>,
    secret_source: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FailureJson {
    kind: String,
    class: String,
    message: String,
    api_codes: Vec<u32>,
    hint: Option<String>,
    causes: Option<Vec<CauseJson>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CauseJson {
    confirmed: bool,
    message: String,
}

/// Fails if the output of a run holds a secret.
fn no_secret(out: &Out) {
    for secret in [SECRET, DOC_SECRET] {
        assert!(
            !out.stdout.contains(secret) && !out.stderr.contains(secret),
            "secret leaked: {out:?}"
        );
    }
}

fn sign(args: &[&str]) -> Out {
    let out = run_cmd(
        zego()
            .arg("sign")
            .args(args)
            .env("ZEGO_SERVER_SECRET", SECRET),
    );
    no_secret(&out);
    out
}

fn doc(args: &[&str]) -> Out {
    let mut all = vec![
        "sign", "--app-id", DOC_APP_ID, "--nonce", DOC_NONCE, "--now", DOC_TIME, "--secret",
        DOC_SECRET,
    ];
    all.extend_from_slice(args);
    let out = run(&all);
    no_secret(&out);
    out
}

fn check(url: &str, args: &[&str]) -> (Out, CheckJson) {
    let out = run_cmd(
        zego()
            .args(["sign", "--json", "--check", url])
            .args(args)
            .env("ZEGO_SERVER_SECRET", DOC_SECRET),
    );
    no_secret(&out);
    let json = serde_json::from_str(out.line()).unwrap_or_else(|e| panic!("{e}: {out:?}"));
    (out, json)
}

fn doc_url() -> String {
    format!(
        "https://rtc-api.zego.im/?Action=DescribeUserNum&AppId={DOC_APP_ID}&SignatureNonce={DOC_NONCE}\
         &Timestamp={DOC_TIME}&Signature={DOC_SIGNATURE}&SignatureVersion=2.0"
    )
}

#[test]
fn the_documented_example_signs_as_documented() {
    let out = doc(&[]);
    assert_eq!(out.code, Some(0), "{out:?}");
    assert_eq!(
        out.line(),
        format!(
            "AppId=12345&SignatureNonce={DOC_NONCE}&Timestamp={DOC_TIME}&Signature={DOC_SIGNATURE}&SignatureVersion=2.0"
        )
    );
    let json: SignedJson = serde_json::from_str(doc(&["--json"]).line()).unwrap();
    assert_eq!(json.app_id, 12345);
    assert_eq!(json.signature_nonce, DOC_NONCE);
    assert_eq!(json.timestamp, 1_615_186_943);
    assert_eq!(json.signature, DOC_SIGNATURE);
    assert_eq!(json.signature_version, "2.0");
    assert_eq!(json.url, None);
}

#[test]
fn nonces_are_fresh_and_the_timestamp_is_now() {
    let before = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let a: SignedJson = serde_json::from_str(sign(&["--app-id", "1", "--json"]).line()).unwrap();
    let b: SignedJson = serde_json::from_str(sign(&["--app-id", "1", "--json"]).line()).unwrap();
    for nonce in [&a.signature_nonce, &b.signature_nonce] {
        assert_eq!(nonce.len(), 16, "{nonce}");
        assert!(
            nonce
                .bytes()
                .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
        );
    }
    assert_ne!(a.signature_nonce, b.signature_nonce);
    let t = u64::try_from(a.timestamp).unwrap();
    assert!((before..before + 60).contains(&t), "{t}");
    assert_eq!(a.signature.len(), 32);
}

#[test]
fn whole_urls_are_encoded_with_repeated_keys_kept() {
    let out = doc(&[
        "--action",
        "DescribeUserNum",
        "--param",
        "RoomId[]=room1",
        "--param",
        "RoomId[]=room 2&x",
    ]);
    assert_eq!(
        out.line(),
        format!("{}&RoomId%5B%5D=room1&RoomId%5B%5D=room%202%26x", doc_url())
    );
    let regional = doc(&[
        "--action",
        "QueryUserStatus",
        "--product",
        "zim",
        "--region",
        "sgp",
        "--json",
    ]);
    let json: SignedJson = serde_json::from_str(regional.line()).unwrap();
    let url = json.url.unwrap();
    assert!(
        url.starts_with("https://zim-api-sgp.zego.im/?Action=QueryUserStatus&AppId=12345&"),
        "{url}"
    );
}

#[test]
fn a_url_it_prints_passes_the_check() {
    let url = sign(&[
        "--app-id",
        "12345",
        "--action",
        "CloseRoom",
        "--param",
        "RoomId=r1",
    ]);
    let url = url.line().to_owned();
    let out = run_cmd(
        zego()
            .args(["sign", "--check", &url, "--app-id", "12345"])
            .env("ZEGO_SERVER_SECRET", SECRET),
    );
    no_secret(&out);
    assert_eq!(out.code, Some(0), "{out:?}");
    assert!(
        out.stdout.starts_with("✓ valid  CloseRoom for app 12345"),
        "{out:?}"
    );
    assert!(
        out.stdout.contains("ServerSecret from ZEGO_SERVER_SECRET"),
        "{out:?}"
    );
}

#[test]
fn the_documented_request_checks_valid_at_its_time() {
    let (out, json) = check(&doc_url(), &["--now", "1615187000"]);
    assert_eq!(out.code, Some(0), "{out:?}");
    assert!(json.valid && json.failures.is_empty() && json.notes.is_empty());
    assert_eq!(json.action.as_deref(), Some("DescribeUserNum"));
    assert_eq!(
        (json.app_id, json.timestamp),
        (Some(12345), Some(1_615_186_943))
    );
    assert_eq!(json.secret_source, "ZEGO_SERVER_SECRET");
    // Piped in, as a bare query string.
    let query = doc_url().split_once('?').unwrap().1.to_owned();
    let out = run_cmd(
        zego()
            .args(["sign", "--check", "-", "--now", DOC_TIME, "-q"])
            .env("ZEGO_SERVER_SECRET", DOC_SECRET)
            .write_stdin(query),
    );
    assert_eq!((out.code, out.stdout.as_str()), (Some(0), ""), "{out:?}");
}

#[test]
fn stale_requests_exit_5_and_say_by_how_much() {
    let (out, json) = check(&doc_url(), &["--now", "1615187943"]);
    assert_eq!(out.code, Some(5), "{out:?}");
    assert!(!json.valid);
    assert_eq!(json.failures.len(), 1);
    let failure = &json.failures[0];
    assert_eq!(
        (failure.kind.as_str(), failure.api_codes.as_slice()),
        ("stale", &[100_000_004][..])
    );
    assert!(
        failure.message.contains("16 min 40 s behind"),
        "{failure:?}"
    );
    assert!(failure.hint.is_some());
    // verify's vocabulary: the class the exit code follows.
    assert_eq!(failure.class, "expired");
    let human = run_cmd(
        zego()
            .args(["sign", "--check", &doc_url(), "--now", "1615187943"])
            .env("ZEGO_SERVER_SECRET", DOC_SECRET),
    );
    assert_eq!(human.code, Some(5));
    assert!(
        human
            .stdout
            .contains("→ server API 100000004 (signature expired)"),
        "{human:?}"
    );
}

#[test]
fn a_wrong_signature_exits_4_with_its_cause() {
    // Signed at 1615186943, sent with 1615186945.
    let url = doc_url().replace("Timestamp=1615186943", "Timestamp=1615186945");
    let (out, json) = check(&url, &["--now", DOC_TIME]);
    assert_eq!(out.code, Some(4), "{out:?}");
    let failure = &json.failures[0];
    assert_eq!(
        (failure.kind.as_str(), failure.api_codes.as_slice()),
        ("signature", &[100_000_005][..])
    );
    assert_eq!(failure.class, "untrusted");
    let causes = failure.causes.as_ref().unwrap();
    assert!(
        causes[0].confirmed && causes[0].message.contains("1615186943"),
        "{causes:?}"
    );
    // The expected signature is not printed, only how to compute it.
    assert!(!out.stdout.contains(DOC_SIGNATURE), "{out:?}");
    assert!(
        failure
            .hint
            .as_deref()
            .unwrap()
            .contains("zego-token sign --app-id 12345 --nonce 4fd24687296dd9f3 --now 1615186945")
    );
    // Another secret: nothing as written explains it.
    let out = run_cmd(
        zego()
            .args(["sign", "--json", "--check", &doc_url(), "--now", DOC_TIME])
            .env("ZEGO_SERVER_SECRET", SECRET),
    );
    no_secret(&out);
    assert_eq!(out.code, Some(4));
    let json: CheckJson = serde_json::from_str(out.line()).unwrap();
    let causes = json.failures[0].causes.as_ref().unwrap();
    assert!(causes.iter().all(|c| !c.confirmed), "{causes:?}");
    assert!(
        causes
            .last()
            .unwrap()
            .message
            .contains("ServerSecret most likely differs")
    );
}

#[test]
fn malformed_requests_exit_3_with_every_code() {
    let url = "https://rtc-api.zego.im/?Action=X&AppId=12345&Signature=43e5&SignatureVersion=1.0";
    let (out, json) = check(url, &["--now", DOC_TIME]);
    assert_eq!(out.code, Some(3), "{out:?}");
    let found: Vec<(&str, &[u32])> = json
        .failures
        .iter()
        .map(|f| (f.kind.as_str(), f.api_codes.as_slice()))
        .collect();
    assert_eq!(
        found,
        [
            ("missing", &[100_000_008][..]),
            ("missing", &[100_000_002][..]),
            ("signature_malformed", &[100_000_005][..]),
            ("version_unsupported", &[100_000_014][..]),
        ]
    );
    assert!(json.failures.iter().all(|f| f.class == "malformed"));
    let (out, json) = check("https://rtc-api.zego.im/", &[]);
    assert_eq!(out.code, Some(3));
    assert_eq!(json.failures[0].kind, "no_query");
    // Malformed wins over a wrong AppId.
    let (out, _) = check(
        &doc_url().replace("&SignatureVersion=2.0", ""),
        &["--app-id", "7"],
    );
    assert_eq!(out.code, Some(3));
}

#[test]
fn the_app_id_given_must_be_the_requests() {
    let (out, json) = check(&doc_url(), &["--now", DOC_TIME, "--app-id", "54321"]);
    assert_eq!(out.code, Some(4), "{out:?}");
    assert_eq!(json.failures[0].kind, "app_id");
    assert_eq!(json.failures[0].api_codes, [100_000_010, 100_000_005]);
}

#[test]
fn notes_about_the_endpoint() {
    let (out, json) = check(
        &doc_url().replace("https://rtc-api.zego.im", "http://example.com"),
        &["--now", DOC_TIME],
    );
    assert_eq!(out.code, Some(0), "{out:?}");
    assert_eq!(json.notes.len(), 2, "{json:?}");
}

#[test]
fn bad_arguments_are_usage_errors() {
    let cases: [&[&str]; 8] = [
        &["--app-id", "1", "--action", "A", "--param", "AppId=2"],
        &["--app-id", "1", "--action", "A", "--param", "novalue"],
        &["--app-id", "1", "--action", "A", "--param", "=v"],
        &["--app-id", "1", "--action", "A B"],
        &["--app-id", "1", "--action", "A", "--product", "rtc.evil"],
        &["--app-id", "1", "--nonce", ""],
        &["--app-id", "0"],
        &["--app-id", "1", "--now", "yesterday"],
    ];
    for args in cases {
        let out = sign(args);
        assert_error_shape(&out, 2, &format!("{args:?}"));
    }
    // No AppID, no secret.
    assert_error_shape(&run(&["sign"]), 2, "no app id");
    assert_error_shape(&run(&["sign", "--app-id", "1"]), 2, "no secret");
    assert_error_shape(&run(&["sign", "--check", "x"]), 2, "no secret for --check");
    let out = run(&["sign", "--app-id", "1", "--secret", "short"]);
    assert_error_shape(&out, 2, "short secret");
    // Options of a URL need --action; --check takes none of them.
    assert_eq!(sign(&["--app-id", "1", "--region", "fra"]).code, Some(2));
    assert_eq!(sign(&["--check", "x", "--nonce", "1"]).code, Some(2));
}

#[test]
fn the_secret_comes_from_a_file_or_a_profile() {
    let file = TempFile::new("sign-secret", format!("{DOC_SECRET}\n").as_bytes());
    let out = run(&[
        "sign",
        "--app-id",
        DOC_APP_ID,
        "--nonce",
        DOC_NONCE,
        "--now",
        DOC_TIME,
        "--secret-file",
        file.path(),
        "--json",
    ]);
    no_secret(&out);
    let json: SignedJson = serde_json::from_str(out.line()).unwrap();
    assert_eq!(json.signature, DOC_SIGNATURE);
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        format!(
            "default = \"doc\"\n[profiles.doc]\napp_id = 12345\nsecret_file = {:?}\n",
            file.path()
        ),
    )
    .unwrap();
    let out = run_cmd(
        zego()
            .env("ZEGO_TOKEN_CONFIG", &config)
            .args(["sign", "--nonce", DOC_NONCE, "--now", DOC_TIME, "--json"]),
    );
    no_secret(&out);
    let json: SignedJson = serde_json::from_str(out.line()).unwrap();
    assert_eq!(
        (json.app_id, json.signature.as_str()),
        (12345, DOC_SIGNATURE)
    );
    let out = run_cmd(zego().env("ZEGO_TOKEN_CONFIG", &config).args([
        "sign",
        "--json",
        "--check",
        &doc_url(),
        "--now",
        DOC_TIME,
    ]));
    let json: CheckJson = serde_json::from_str(out.line()).unwrap();
    assert!(json.valid, "{json:?}");
    assert!(
        json.secret_source.starts_with("profile doc (secret_file "),
        "{json:?}"
    );
}

#[test]
fn explain_knows_the_server_api_codes() {
    for code in [
        "100000001",
        "100000004",
        "100000005",
        "100000010",
        "100000016",
    ] {
        let out = run(&["explain", code]);
        assert_eq!(out.code, Some(0), "{out:?}");
        assert!(
            out.stdout.starts_with(code) && out.stdout.contains("(server API)"),
            "{out:?}"
        );
        assert!(out.stdout.contains("zego-token sign --check"), "{out:?}");
    }
    let token = run(&["explain", "1002078"]);
    assert!(token.stdout.contains("(Express SDK)"), "{token:?}");
    let unknown = run(&["explain", "100000006"]);
    assert_error_shape(&unknown, 2, "unknown code");
    assert!(unknown.stderr.contains("100000005"), "{unknown:?}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    /// Whatever the nonce and parameters, the URL the CLI prints passes
    /// `sign --check` (exit 0), at the signing time and 10 minutes later.
    #[test]
    fn printed_urls_round_trip_through_check(
        app_id in 1_u32..,
        nonce in "[!-~]{1,20}",
        now in 0_i64..4_000_000_000,
        skew in -600_i64..=600,
        params in proptest::collection::vec(("[a-z][A-Za-z0-9\\[\\]]{0,6}", "[ -~é]{0,10}"), 0..4),
    ) {
        let app = app_id.to_string();
        let at = now.to_string();
        // `--nonce=...`: a nonce may start with `-`.
        let nonce_arg = format!("--nonce={nonce}");
        let mut args = vec!["--app-id", &app, &nonce_arg, "--now", &at, "--action", "DescribeUserNum"];
        let pairs: Vec<String> = params.iter().map(|(k, v)| format!("{k}={v}")).collect();
        for pair in &pairs {
            args.extend(["--param", pair.as_str()]);
        }
        let out = sign(&args);
        prop_assert_eq!(out.code, Some(0), "{:?}", out);
        let url = out.line().to_owned();
        let later = (now + skew).max(0).to_string();
        let checked = run_cmd(
            zego()
                .args(["sign", "--check", &url, "--app-id", &app, "--now", &later, "-q"])
                .env("ZEGO_SERVER_SECRET", SECRET),
        );
        prop_assert_eq!(checked.code, Some(0), "{}: {:?}", url, checked);
    }
}
