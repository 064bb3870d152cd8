//! End-to-end tests of `zego-token callback sign|verify`: the documented
//! example, sample bodies that verify, exit codes, JSON, and where the
//! CallbackSecret comes from. No output may hold a secret.

#![allow(clippy::unwrap_used)]

mod support;

use serde::Deserialize;
use serde_json::Value;
use support::SECRET;
use support::cli::{Out, TempFile, assert_error_shape, run, run_cmd, zego};

/// A recognisable CallbackSecret: any output containing it is a leak.
const CB_SECRET: &str = "CALLBACKsecretCALLBACKsecret";
/// The documented example: secret, timestamp, nonce, signature.
const DOC: [&str; 4] = [
    "secret",
    "1470820198",
    "123412",
    "5bd59fd62953a8059fb7eaba95720f66d19e4517",
];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct VerifyJson {
    valid: bool,
    failures: Vec<FailureJson>,
    format: Option<String>,
    spelling: Option<String>,
    timestamp: Option<String>,
    nonce: Option<String>,
    secret_source: String,
    convention: Option<String>,
    unit: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FailureJson {
    kind: String,
    class: String,
    message: String,
    api_codes: Vec<u32>,
    hint: Option<String>,
}

fn no_secret(out: &Out) {
    for secret in [CB_SECRET, SECRET] {
        assert!(
            !out.stdout.contains(secret) && !out.stderr.contains(secret),
            "secret leaked: {out:?}"
        );
    }
}

/// `callback ARGS` with the CallbackSecret in the environment.
fn callback(args: &[&str], stdin: Option<&str>) -> Out {
    let mut cmd = zego();
    cmd.arg("callback")
        .args(args)
        .env("ZEGO_CALLBACK_SECRET", CB_SECRET);
    if let Some(input) = stdin {
        cmd.write_stdin(input.to_owned());
    }
    let out = run_cmd(&mut cmd);
    no_secret(&out);
    out
}

fn verify_json(args: &[&str], body: &str) -> (Out, VerifyJson) {
    let mut all = vec!["verify", "--json"];
    all.extend_from_slice(args);
    let out = callback(&all, Some(body));
    let json = serde_json::from_str(out.line()).unwrap_or_else(|e| panic!("{e}: {out:?}"));
    (out, json)
}

fn doc_body(capitalized: bool) -> String {
    let [_, timestamp, nonce, signature] = DOC;
    if capitalized {
        format!(
            r#"{{"AppId":1,"Event":"x","Timestamp":{timestamp},"Nonce":"{nonce}","Signature":"{signature}"}}"#
        )
    } else {
        format!(
            r#"{{"event":"room_login","appid":"1","timestamp":"{timestamp}","nonce":{nonce},"signature":"{signature}"}}"#
        )
    }
}

#[test]
fn the_documented_example_signs_and_verifies() {
    let [secret, timestamp, nonce, signature] = DOC;
    let out = run(&[
        "callback",
        "sign",
        "--secret",
        secret,
        "--timestamp",
        timestamp,
        "--nonce",
        nonce,
    ]);
    assert_eq!((out.code, out.line()), (Some(0), signature), "{out:?}");
    for capitalized in [false, true] {
        let (out, json) = verify_json(&["--secret", secret], &doc_body(capitalized));
        assert_eq!(out.code, Some(0), "{out:?}");
        assert!(json.valid && json.failures.is_empty());
        assert_eq!(json.format.as_deref(), Some("json"));
        let spelling = if capitalized { "capitalized" } else { "lower" };
        assert_eq!(json.spelling.as_deref(), Some(spelling));
        assert_eq!(json.timestamp.as_deref(), Some(timestamp));
        assert_eq!(json.nonce.as_deref(), Some(nonce));
        // --secret is the old name of --callback-secret, still read.
        assert_eq!(json.secret_source, "--callback-secret");
    }
    // Form-encoded, as an argument.
    let form = format!("event=x&signature={signature}&timestamp={timestamp}&nonce={nonce}");
    let out = run(&["callback", "verify", "--secret", secret, &form]);
    assert_eq!(out.code, Some(0), "{out:?}");
    assert!(
        out.stdout
            .starts_with("✓ valid  signed with the CallbackSecret from --callback-secret"),
        "{out:?}"
    );
    assert!(out.stdout.contains("form-encoded"), "{out:?}");
}

#[test]
fn a_sample_body_verifies_and_tampering_is_caught() {
    let out = callback(
        &[
            "sign",
            "--event",
            "room_login",
            "--app-id",
            "7",
            "--param",
            "room_id=room1",
            "--param",
            "user_count:=2",
        ],
        None,
    );
    assert_eq!(out.code, Some(0), "{out:?}");
    let body: Value = serde_json::from_str(out.line()).unwrap();
    assert_eq!(body["event"], "room_login");
    assert_eq!(body["appid"], 7);
    assert_eq!(body["room_id"], "room1");
    assert_eq!(body["user_count"], 2);
    for key in ["nonce", "timestamp", "signature"] {
        assert!(body[key].is_string(), "{key}: {body}");
    }
    let (out, json) = verify_json(&[], out.line());
    assert_eq!(out.code, Some(0), "{out:?}");
    assert_eq!(json.secret_source, "ZEGO_CALLBACK_SECRET");
    // Another nonce: the signature no longer matches.
    let mut tampered = body.clone();
    tampered["nonce"] = Value::from("1");
    let (out, json) = verify_json(&[], &tampered.to_string());
    assert_eq!(out.code, Some(4), "{out:?}");
    assert_eq!(json.failures[0].kind, "signature");
    assert!(json.failures[0].api_codes.is_empty());
    assert!(json.failures[0].message.contains("ZEGO_CALLBACK_SECRET"));
    // The capitalised spelling, with a timestamp in milliseconds.
    let out = callback(
        &[
            "sign",
            "--event",
            "x",
            "--capitalized",
            "--timestamp",
            "1796000000123",
        ],
        None,
    );
    let body: Value = serde_json::from_str(out.line()).unwrap();
    // The AI products send it as a JSON number.
    assert_eq!(body["Timestamp"], 1_796_000_000_123_u64);
    let (out, json) = verify_json(&["--max-age", "1m", "--now", "1796000030"], out.line());
    assert_eq!(out.code, Some(0), "{out:?}");
    assert_eq!(json.spelling.as_deref(), Some("capitalized"));
    assert_eq!(json.convention.as_deref(), Some("ai_product"));
    assert_eq!(json.unit.as_deref(), Some("milliseconds"));
}

#[test]
fn stale_callbacks_exit_5_with_max_age() {
    let body = doc_body(false);
    let secret = ["--secret", DOC[0]];
    let (out, json) = verify_json(
        &[&secret[..], &["--max-age", "5m", "--now", "1470820198"]].concat(),
        &body,
    );
    assert_eq!(out.code, Some(0), "{out:?}");
    assert!(json.valid);
    let (out, json) = verify_json(
        &[&secret[..], &["--max-age", "5m", "--now", "1470830198"]].concat(),
        &body,
    );
    assert_eq!(out.code, Some(5), "{out:?}");
    assert_eq!(json.failures[0].kind, "stale");
    assert_eq!(json.failures[0].class, "expired");
    // 10 000 s is 2.8 h: the nearest hour (issue #24 item 5).
    assert!(json.failures[0].message.contains("3 h old"), "{json:?}");
    // Without --max-age, age is not checked.
    let (out, _) = verify_json(&secret, &body);
    assert_eq!(out.code, Some(0));
}

#[test]
fn bodies_without_signature_fields_exit_3() {
    for body in [r#"{"event":"x","nonce":"1"}"#, "hello", "{not json", "   "] {
        let (out, json) = verify_json(&[], body);
        assert_eq!(out.code, Some(3), "{body}: {out:?}");
        assert!(
            !json.valid && json.failures[0].kind == "no_signature",
            "{json:?}"
        );
        assert!(json.failures[0].hint.is_some());
    }
    let out = callback(&["verify"], Some(r#"{"event":"x"}"#));
    assert_eq!(out.code, Some(3));
    assert!(
        out.stdout.contains("no signature, no timestamp, no nonce"),
        "{out:?}"
    );
}

#[test]
fn a_body_signed_with_the_server_secret_is_named() {
    let out = run_cmd(
        zego()
            .args(["callback", "sign", "--event", "x", "--secret", SECRET])
            .env_remove("ZEGO_CALLBACK_SECRET"),
    );
    no_secret(&out);
    let body = out.line().to_owned();
    let out = run_cmd(
        zego()
            .args(["callback", "verify", "--json", &body])
            .env("ZEGO_CALLBACK_SECRET", CB_SECRET)
            .env("ZEGO_SERVER_SECRET", SECRET),
    );
    no_secret(&out);
    assert_eq!(out.code, Some(4), "{out:?}");
    let json: VerifyJson = serde_json::from_str(out.line()).unwrap();
    let hint = json.failures[0].hint.as_deref().unwrap();
    assert!(
        hint.contains("matches the ServerSecret from ZEGO_SERVER_SECRET"),
        "{hint}"
    );
}

#[test]
fn the_secret_comes_from_a_file_or_a_profile() {
    let [_, timestamp, nonce, _] = DOC;
    let expected = {
        let out = callback(&["sign", "--timestamp", timestamp, "--nonce", nonce], None);
        out.line().to_owned()
    };
    let file = TempFile::new("callback-secret", format!("{CB_SECRET}\n").as_bytes());
    let out = run(&[
        "callback",
        "sign",
        "--secret-file",
        file.path(),
        "--timestamp",
        timestamp,
        "--nonce",
        nonce,
    ]);
    no_secret(&out);
    assert_eq!(out.line(), expected);

    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    let from_profile = |text: &str| {
        std::fs::write(&config, text).unwrap();
        let out = run_cmd(zego().env("ZEGO_TOKEN_CONFIG", &config).args([
            "callback",
            "sign",
            "--timestamp",
            timestamp,
            "--nonce",
            nonce,
        ]));
        no_secret(&out);
        out
    };
    let out = from_profile(&format!(
        "default = \"a\"\n[profiles.a]\napp_id = 1\ncallback_secret_file = {:?}\n",
        file.path()
    ));
    assert_eq!(out.line(), expected, "{out:?}");
    let stored =
        format!("default = \"a\"\n[profiles.a]\napp_id = 1\ncallback_secret = \"{CB_SECRET}\"\n");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::write(&config, &stored).unwrap();
        std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o644)).unwrap();
        let out = run_cmd(zego().env("ZEGO_TOKEN_CONFIG", &config).args([
            "callback",
            "sign",
            "--timestamp",
            timestamp,
            "--nonce",
            nonce,
        ]));
        assert_error_shape(&out, 2, "a stored CallbackSecret in a shared config");
        assert!(
            out.stderr.contains("CallbackSecret of profile a"),
            "{out:?}"
        );
        assert!(!out.stderr.contains(CB_SECRET));
        std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let out = from_profile(&stored);
    assert_eq!(out.line(), expected, "{out:?}");
    // Both keys: an error naming the line, never the secret.
    let out = from_profile(&format!("{stored}callback_secret_file = \"x\"\n"));
    assert_error_shape(&out, 2, "both callback keys");
    // Verify says which one it used.
    let body = callback(&["sign", "--event", "x"], None);
    std::fs::write(
        &config,
        format!(
            "default = \"a\"\n[profiles.a]\napp_id = 1\ncallback_secret_file = {:?}\n",
            file.path()
        ),
    )
    .unwrap();
    let out = run_cmd(zego().env("ZEGO_TOKEN_CONFIG", &config).args([
        "callback",
        "verify",
        "--json",
        body.line(),
    ]));
    let json: VerifyJson = serde_json::from_str(out.line()).unwrap();
    assert!(json.valid, "{json:?}");
    assert!(
        json.secret_source
            .starts_with("profile a (callback_secret_file "),
        "{json:?}"
    );
}

#[test]
fn bad_arguments_are_usage_errors() {
    let cases: [&[&str]; 6] = [
        &["sign", "--nonce", "1"],
        &["sign", "--event", "x", "--param", "novalue"],
        &["sign", "--event", "x", "--param", "n:=not json"],
        &["sign", "--event", "x", "--param", "signature=forged"],
        &["verify", "--max-age", "soon", "{}"],
        &["verify", "--now", "1", "{}"],
    ];
    for args in cases {
        assert_error_shape(&callback(args, None), 2, &format!("{args:?}"));
    }
    let no_secret_given = run(&["callback", "sign", "--nonce", "1", "--timestamp", "2"]);
    assert_error_shape(&no_secret_given, 2, "no CallbackSecret");
    assert!(no_secret_given.stderr.contains("ZEGO_CALLBACK_SECRET"));
    let empty = run(&[
        "callback",
        "sign",
        "--nonce",
        "1",
        "--timestamp",
        "2",
        "--secret",
        "",
    ]);
    assert_error_shape(&empty, 2, "empty CallbackSecret");
    let both_stdin = run(&["callback", "verify", "--secret-file", "-"]);
    assert_error_shape(&both_stdin, 2, "body and secret on stdin");
}

#[test]
fn profile_add_saves_a_callback_secret_file() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    let server = TempFile::new("cb-server", format!("{SECRET}\n").as_bytes());
    let file = TempFile::new("cb-profile", format!("{CB_SECRET}\n").as_bytes());
    let in_home = |args: &[&str]| {
        let out = run_cmd(zego().env("ZEGO_TOKEN_CONFIG", &config).args(args));
        no_secret(&out);
        out
    };
    let out = in_home(&[
        "profile",
        "add",
        "dev",
        "--app-id",
        "1",
        "--secret-file",
        server.path(),
        "--callback-secret-file",
        file.path(),
    ]);
    assert_eq!(out.code, Some(0), "{out:?}");
    let text = std::fs::read_to_string(&config).unwrap();
    assert!(text.contains("callback_secret_file = "), "{text}");
    let list = in_home(&["profile", "list"]);
    assert!(list.stdout.contains("; callback: file "), "{list:?}");
    let [_, timestamp, nonce, _] = DOC;
    let from_profile = in_home(&[
        "callback",
        "sign",
        "--timestamp",
        timestamp,
        "--nonce",
        nonce,
    ]);
    let from_env = callback(&["sign", "--timestamp", timestamp, "--nonce", nonce], None);
    assert_eq!(from_profile.line(), from_env.line());
    // An empty file is refused when the profile is added.
    let empty = TempFile::new("cb-empty", b"\n");
    let out = in_home(&[
        "profile",
        "add",
        "other",
        "--app-id",
        "2",
        "--no-secret",
        "--callback-secret-file",
        empty.path(),
    ]);
    assert_error_shape(&out, 2, "empty callback secret file");
}
