//! `sign` for every product (hyphenated names, the AI products on
//! zegotech.cn, private hosts), `sign --check` on the tool's own output,
//! and the AI products' callbacks (capitalised fields, milliseconds,
//! URL-encoded bodies). Issue #23's CLI side and issue #24 items 1, 2, 3, 8.
//! Known answers from the vendor's docs, recomputed with Python's hashlib.

#![allow(clippy::unwrap_used)]

mod support;

use serde_json::Value;
use support::SECRET;
use support::cli::{Out, TempFile, assert_error_shape, run, run_cmd, zego};

const DOC_SECRET: &str = "9193cc662a4c0ec135ec71fb57194b38";
/// md5("12345" + "4fd24687296dd9f3" + DOC_SECRET + "1615186943").
const DOC_SIGNATURE: &str = "43e5cfcca828314675f91b001390566a";
/// Realtime ASR's example callback: Nonce, Timestamp (milliseconds).
const ASR_NONCE: &str = "7503829353462121337";
const ASR_TIMESTAMP: &str = "1747121418250";
/// sha1("1747121418250" + "7503829353462121337" + "secret"), sorted, Python.
const ASR_SIGNATURE: &str = "eec1e42132ef83af3eb5a84771f928df13c2fcce";

fn no_secret(out: &Out) {
    for secret in [SECRET, DOC_SECRET] {
        assert!(
            !out.stdout.contains(secret) && !out.stderr.contains(secret),
            "secret leaked: {out:?}"
        );
    }
}

fn doc_sign(args: &[&str]) -> Out {
    let mut all = vec![
        "sign",
        "--app-id",
        "12345",
        "--nonce",
        "4fd24687296dd9f3",
        "--now",
        "1615186943",
        "--secret",
        DOC_SECRET,
    ];
    all.extend_from_slice(args);
    let out = run(&all);
    no_secret(&out);
    out
}

fn json(out: &Out) -> Value {
    serde_json::from_str(out.line()).unwrap_or_else(|e| panic!("{e}: {out:?}"))
}

#[test]
fn every_product_is_named_as_its_host_is() {
    let cases = [
        (
            &["--product", "cloud-player"][..],
            "https://cloud-player-api.zego.im/",
        ),
        (
            &["--product", "mini-game", "--region", "sgp"][..],
            "https://mini-game-api-sgp.zego.im/",
        ),
        (
            &["--product", "aigc-aiagent"][..],
            "https://aigc-aiagent-api.zegotech.cn/",
        ),
        (
            &["--product", "ai-agent", "--region", "fra"][..],
            "https://aigc-aiagent-api-fra.zegotech.cn/",
        ),
        (
            &["--product", "aigc-digitalhuman"][..],
            "https://aigc-digitalhuman-api.zegotech.cn/",
        ),
        (
            &["--product", "cloud-realtime-asr"][..],
            "https://cloud-realtime-asr-api.zegotech.cn/",
        ),
        (
            &["--host", "aigc-digitalhuman-api-sgp.zegotech.cn"][..],
            "https://aigc-digitalhuman-api-sgp.zegotech.cn/",
        ),
    ];
    for (flags, base) in cases {
        let mut args = vec!["--action", "Test"];
        args.extend_from_slice(flags);
        let out = doc_sign(&args);
        assert_eq!(out.code, Some(0), "{flags:?}: {out:?}");
        let url = out.line();
        assert!(
            url.starts_with(&format!("{base}?Action=Test&AppId=12345&")),
            "{url}"
        );
        // The same signature whatever the host: the documented one.
        assert!(
            url.contains(&format!("&Signature={DOC_SIGNATURE}&")),
            "{url}"
        );
        // And sign --check knows the host: valid, no note about it.
        let check = run_cmd(
            zego()
                .args(["sign", "--check", url, "--now", "1615186943", "--json"])
                .env("ZEGO_SERVER_SECRET", DOC_SECRET),
        );
        no_secret(&check);
        let verdict = json(&check);
        assert_eq!(check.code, Some(0), "{check:?}");
        assert_eq!(verdict["notes"], serde_json::json!([]), "{check:?}");
    }
}

#[test]
fn an_unknown_product_or_region_is_an_error_listing_the_known_ones() {
    let out = doc_sign(&["--action", "Test", "--product", "cloudplayer"]);
    assert_error_shape(&out, 2, "unknown product");
    for known in [
        "cloud-player",
        "aigc-aiagent",
        "cloud-realtime-asr",
        "mini-game",
    ] {
        assert!(out.stderr.contains(known), "{known}: {out:?}");
    }
    let out = doc_sign(&[
        "--action",
        "Test",
        "--product",
        "cloud-realtime-asr",
        "--region",
        "sgp",
    ]);
    assert_error_shape(&out, 2, "no regions");
    let out = doc_sign(&["--action", "Test", "--host", "not a host"]);
    assert_error_shape(&out, 2, "bad host");
    let out = doc_sign(&[
        "--action",
        "Test",
        "--host",
        "x-api.zego.im",
        "--product",
        "zim",
    ]);
    assert_error_shape(&out, 2, "host and product");
}

/// Issue #24, item 2: `sign --check "$(zego-token sign ...)"` is valid.
#[test]
fn sign_check_accepts_the_tools_own_bare_output() {
    let bare = doc_sign(&[]);
    assert_eq!(bare.code, Some(0), "{bare:?}");
    let check = run_cmd(
        zego()
            .args(["sign", "--check", bare.line(), "--now", "1615186943"])
            .env("ZEGO_SERVER_SECRET", DOC_SECRET),
    );
    no_secret(&check);
    assert_eq!(check.code, Some(0), "{check:?}");
    assert!(check.stdout.starts_with("✓ valid"), "{check:?}");
}

/// Issue #24, item 3: a Timestamp in milliseconds is named as such.
#[test]
fn a_millisecond_timestamp_is_named_as_milliseconds() {
    let bare = doc_sign(&[]);
    let millis = bare
        .line()
        .replace("Timestamp=1615186943", "Timestamp=1615186943000");
    let check = run_cmd(
        zego()
            .args(["sign", "--json", "--check", &millis, "--now", "1615186950"])
            .env("ZEGO_SERVER_SECRET", DOC_SECRET),
    );
    no_secret(&check);
    let verdict = json(&check);
    let failure = verdict["failures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["kind"] == "timestamp_milliseconds")
        .unwrap_or_else(|| panic!("{check:?}"));
    assert_eq!(failure["class"], "malformed");
    let message = failure["message"].as_str().unwrap();
    assert!(
        message.contains("milliseconds") && !message.contains(" d "),
        "{message}"
    );
    assert!(failure["hint"].as_str().unwrap().contains("1615186943"));
    assert_eq!(check.code, Some(3), "{check:?}");
}

fn callback(args: &[&str]) -> Out {
    let out = run_cmd(zego().arg("callback").args(args));
    no_secret(&out);
    out
}

fn asr_body() -> String {
    format!(
        r#"{{"AppId":1234567,"Event":"AsrResult","Nonce":"{ASR_NONCE}","Timestamp":{ASR_TIMESTAMP},"Signature":"{ASR_SIGNATURE}"}}"#
    )
}

#[test]
fn ai_product_callbacks_verify_in_milliseconds_and_say_their_convention() {
    let body = asr_body();
    let now = "1747121518"; // 100 s after the millisecond timestamp.
    let out = callback(&[
        "verify",
        "--callback-secret",
        "secret",
        "--max-age",
        "5m",
        "--now",
        now,
        "--json",
        &body,
    ]);
    assert_eq!(out.code, Some(0), "{out:?}");
    let verdict = json(&out);
    assert_eq!(verdict["convention"], "ai_product");
    assert_eq!(verdict["unit"], "milliseconds");
    assert_eq!(verdict["spelling"], "capitalized");
    // URL-encoded as a whole, as the AI products' docs say to UrlDecode.
    let encoded: String = body
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    let out = callback(&["verify", "--callback-secret", "secret", "--json", &encoded]);
    assert_eq!(out.code, Some(0), "{out:?}");
    assert_eq!(json(&out)["format"], "url_encoded_json");
    // 1000 s old in milliseconds is stale, and said in seconds and minutes.
    let out = callback(&[
        "verify",
        "--callback-secret",
        "secret",
        "--max-age",
        "5m",
        "--now",
        "1747122418",
        "--json",
        &body,
    ]);
    assert_eq!(out.code, Some(5), "{out:?}");
    let failure = &json(&out)["failures"][0];
    assert_eq!(
        (failure["kind"].as_str(), failure["class"].as_str()),
        (Some("stale"), Some("expired"))
    );
    assert!(
        failure["message"]
            .as_str()
            .unwrap()
            .contains("(milliseconds)")
    );
    // The human view names the convention.
    let out = callback(&["verify", "--callback-secret", "secret", &body]);
    assert_eq!(out.code, Some(0), "{out:?}");
    assert!(out.stdout.contains("AI products' convention"), "{out:?}");
    assert!(
        out.stdout
            .contains(&format!("{ASR_TIMESTAMP} (milliseconds)")),
        "{out:?}"
    );
    // A wrong secret: untrusted, exit 4, in verify's vocabulary.
    let out = callback(&["verify", "--callback-secret", "other", "--json", &body]);
    assert_eq!(out.code, Some(4), "{out:?}");
    assert_eq!(json(&out)["failures"][0]["class"], "untrusted");
}

#[test]
fn callback_sign_makes_ai_product_bodies_that_verify() {
    let out = callback(&[
        "sign",
        "--nonce",
        ASR_NONCE,
        "--timestamp",
        ASR_TIMESTAMP,
        "--callback-secret",
        "secret",
    ]);
    assert_eq!((out.code, out.line()), (Some(0), ASR_SIGNATURE), "{out:?}");
    for encoded in [false, true] {
        let mut args = vec![
            "sign",
            "--event",
            "Exception",
            "--capitalized",
            "--timestamp",
            "2025-05-13T07:30:18Z",
            "--callback-secret",
            "secret",
        ];
        if encoded {
            args.push("--url-encoded");
        }
        let body = callback(&args);
        assert_eq!(body.code, Some(0), "{body:?}");
        if !encoded {
            // 2025-05-13T07:30:18Z in milliseconds, a JSON number.
            assert_eq!(json(&body)["Timestamp"], 1_747_121_418_000_u64);
        }
        let out = callback(&[
            "verify",
            "--callback-secret",
            "secret",
            "--max-age",
            "1m",
            "--now",
            "1747121420",
            body.line(),
        ]);
        assert_eq!(out.code, Some(0), "{encoded}: {out:?}");
    }
}

/// Issue #24, item 1: a file named as the argument is read, not taken
/// as the body.
#[test]
fn callback_verify_reads_the_file_it_is_given() {
    let body = asr_body();
    let file = TempFile::new("body.json", body.as_bytes());
    let out = callback(&["verify", "--callback-secret", "secret", file.path()]);
    assert_eq!(out.code, Some(0), "{out:?}");
    let missing = callback(&["verify", "--callback-secret", "secret", "no-such-body.json"]);
    assert_error_shape(&missing, 1, "missing file");
    assert!(missing.stderr.contains("no-such-body.json"), "{missing:?}");
}

/// Issue #24, item 8: what `callback sign` asks for, and its flags.
#[test]
fn callback_sign_asks_for_what_is_missing_and_names_its_secret() {
    // --now is --timestamp: one will do.
    let out = callback(&[
        "sign",
        "--nonce",
        "123412",
        "--now",
        "1470820198",
        "--callback-secret",
        "secret",
    ]);
    assert_eq!(
        (out.code, out.line()),
        (Some(0), "5bd59fd62953a8059fb7eaba95720f66d19e4517"),
        "{out:?}"
    );
    let out = callback(&["sign", "--nonce", "1", "--callback-secret", "secret"]);
    assert_error_shape(&out, 2, "no timestamp");
    assert!(
        out.stderr.contains("--timestamp") && !out.stderr.contains("--event and"),
        "{out:?}"
    );
    let out = callback(&["sign", "--timestamp", "1", "--callback-secret", "secret"]);
    assert_error_shape(&out, 2, "no nonce");
    assert!(out.stderr.contains("--nonce"), "{out:?}");
    // The old --secret is still read here, but help names --callback-secret.
    let out = callback(&[
        "sign",
        "--nonce",
        "123412",
        "--timestamp",
        "1470820198",
        "--secret",
        "secret",
    ]);
    assert_eq!(out.code, Some(0), "{out:?}");
    let help = callback(&["sign", "--help"]);
    assert!(
        help.stdout.contains("--callback-secret <SECRET>"),
        "{help:?}"
    );
    assert!(!help.stdout.contains("  --secret <"), "{help:?}");
    assert!(help.stdout.contains("CallbackSecret"), "{help:?}");
    let no_secret = callback(&["sign", "--nonce", "1", "--timestamp", "1"]);
    assert_error_shape(&no_secret, 2, "no CallbackSecret");
    assert!(
        no_secret.stderr.contains("--callback-secret-file"),
        "{no_secret:?}"
    );
    // --profile's help says which secrets a profile gives.
    let help = run(&["callback", "verify", "--help"]);
    let profile = help
        .stdout
        .lines()
        .skip_while(|l| !l.contains("--profile <NAME>"))
        .take(4)
        .collect::<String>();
    assert!(profile.contains("CallbackSecret"), "{profile}");
}
