//! End-to-end tests of `zego-token generate`: the real binary, checked
//! against the spec (FORMAT.md, UX.md, the issues) and decoded with the
//! library, never against its own earlier output.

mod support;

use assert_cmd::Command;
use serde::Deserialize;
use support::SECRET;
use support::cli::{Out, PrivilegeJson, TempFile, assert_error_shape, run, run_cmd, zego};
use zego_token::format::Envelope;
use zego_token::{Mode, Privilege, Secret, unchecked};

/// Another valid ServerSecret, for precedence tests.
const OTHER_SECRET: &str = "fa94dd0f974cf2e293728a526b028271";
/// 2026-11-30T12:00:00Z.
const NOW: i64 = 1_796_040_000;

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/// `generate --app-id APP_ID --user-id USER_ID --secret SECRET` plus `extra`.
fn generate_args<'a>(
    app_id: &'a str,
    user_id: &'a str,
    secret: &'a str,
    extra: &[&'a str],
) -> Vec<&'a str> {
    let mut args = vec![
        "generate",
        "--app-id",
        app_id,
        "--user-id",
        user_id,
        "--secret",
        secret,
    ];
    args.extend_from_slice(extra);
    args
}

/// `generate --app-id 1 --user-id demo --secret SECRET --now NOW` plus `extra`.
fn generate(extra: &[&str]) -> Out {
    let now = NOW.to_string();
    let mut args = generate_args("1", "demo", SECRET, &["--now", &now]);
    args.extend_from_slice(extra);
    run(&args)
}

fn secret(s: &str) -> Secret {
    Secret::new(s).expect("test secret is valid")
}

/// Opens a token with the library.
fn claims_of(token: &str, key: &str) -> zego_token::format::Claims {
    unchecked::open(token, &secret(key))
        .unwrap_or_else(|e| panic!("{token} does not open: {e}"))
        .1
        .into_v04()
        .expect("a Token04")
}

/// Whether a token opens with a secret.
fn opens_with(token: &str, key: &str) -> bool {
    unchecked::open(token, &secret(key)).is_ok()
}

/// `generate --json`, as the spec lists it.
#[derive(Debug, Deserialize)]
struct GeneratedJson {
    token: String,
    mode: String,
    app_id: u32,
    user_id: String,
    nonce: i64,
    ctime: i64,
    expire: i64,
    payload: String,
    privilege: Option<PrivilegeJson>,
}

fn json_of(out: &Out) -> GeneratedJson {
    assert_eq!(out.code, Some(0), "{out:?}");
    serde_json::from_str(out.line())
        .unwrap_or_else(|e| panic!("not the JSON schema ({e}): {out:?}"))
}

// ---------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------

#[test]
fn stdout_holds_only_the_token_and_a_newline() {
    let out = generate(&[]);
    let token = out.token();
    assert!(
        token
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '=')),
        "{token}"
    );
    assert!(Envelope::parse(&token).is_ok(), "{token}");
    assert!(!out.stderr.contains("error"), "{out:?}");
}

#[test]
fn token_decodes_to_the_claims_given() {
    let user_64 = "u".repeat(64);
    let cases: [(&str, &str, &[&str], &str); 5] = [
        ("1", "demo", &[], ""),
        ("4294967295", "用户张三", &[], ""),
        ("987654321", &user_64, &[], ""),
        (
            "7",
            "alice",
            &["--payload", "custom payload"],
            "custom payload",
        ),
        ("7", "bob", &["--payload", r#"{"k":"v"}"#], r#"{"k":"v"}"#),
    ];
    for (app_id, user_id, extra, payload) in cases {
        let now = NOW.to_string();
        let mut args = generate_args(
            app_id,
            user_id,
            SECRET,
            &["--now", &now, "--effective-time", "2h"],
        );
        args.extend_from_slice(extra);
        let token = run(&args).token();
        let claims = claims_of(&token, SECRET);
        assert_eq!(claims.app_id.to_string(), app_id, "{args:?}");
        assert_eq!(claims.user_id, user_id, "{args:?}");
        assert_eq!(claims.ctime, NOW, "{args:?}");
        assert_eq!(claims.expire, NOW + 7200, "{args:?}");
        assert_eq!(claims.payload, payload, "{args:?}");
        let envelope = Envelope::parse(&token).expect("parses");
        assert_eq!(envelope.expire(), NOW + 7200, "header expire: {args:?}");
        assert_eq!(envelope.mode(), Mode::Gcm, "default mode: {args:?}");
    }
}

#[test]
fn effective_time_units_default_and_ttl_alias() {
    let cases: [(&[&str], i64); 8] = [
        (&[], 3600),
        (&["--effective-time", "3600"], 3600),
        (&["--effective-time", "1"], 1),
        (&["--effective-time", "90s"], 90),
        (&["--effective-time", "30m"], 1800),
        (&["--effective-time", "2h"], 7200),
        (&["--effective-time", "7d"], 7 * 86_400),
        (&["--ttl", "30m"], 1800),
    ];
    for (extra, seconds) in cases {
        let claims = claims_of(&generate(extra).token(), SECRET);
        assert_eq!(claims.ctime, NOW, "{extra:?}");
        assert_eq!(claims.expire, NOW + seconds, "{extra:?}");
    }
}

#[test]
fn now_accepts_unix_seconds_and_rfc3339() {
    for now in [
        "1796040000",
        "2026-11-30T12:00:00Z",
        "2026-11-30T20:00:00+08:00",
    ] {
        let out = run(&generate_args("1", "demo", SECRET, &["--now", now]));
        let claims = claims_of(&out.token(), SECRET);
        assert_eq!(claims.ctime, NOW, "{now}");
        assert_eq!(claims.expire, NOW + 3600, "{now}");
    }
}

#[test]
fn json_output_agrees_with_its_token() {
    for (mode, extra) in [("gcm", &[][..]), ("cbc", &["--mode", "cbc"][..])] {
        let mut args = vec!["--json", "--effective-time", "30m"];
        args.extend_from_slice(extra);
        let json = json_of(&generate(&args));
        let (envelope, claims) =
            unchecked::open(&json.token, &secret(SECRET)).expect("token opens");
        let claims = claims.into_v04().expect("a Token04");
        assert_eq!(json.mode, mode);
        assert_eq!(envelope.mode().as_str(), mode);
        assert_eq!(json.app_id, 1);
        assert_eq!(json.user_id, "demo");
        assert_eq!(json.ctime, NOW);
        assert_eq!(json.expire, NOW + 1800);
        assert_eq!(json.payload, "");
        assert_eq!(json.privilege, None);
        assert_eq!(
            (
                claims.app_id,
                claims.user_id.as_str(),
                claims.nonce,
                claims.ctime,
                claims.expire,
                claims.payload.as_str()
            ),
            (
                json.app_id,
                json.user_id.as_str(),
                json.nonce,
                json.ctime,
                json.expire,
                json.payload.as_str()
            ),
            "{mode}"
        );
    }
}

#[test]
fn room_flags_make_the_vendor_privilege_payload() {
    struct Case {
        flags: &'static [&'static str],
        login: bool,
        publish: bool,
        streams: Option<&'static [&'static str]>,
    }
    let cases = [
        Case {
            flags: &["--room-id", "room1"],
            login: true,
            publish: true,
            streams: None,
        },
        Case {
            flags: &["--room-id", "room1", "--no-publish"],
            login: true,
            publish: false,
            streams: None,
        },
        Case {
            flags: &["--room-id", "room1", "--no-login"],
            login: false,
            publish: true,
            streams: None,
        },
        Case {
            flags: &["--room-id", "room1", "--no-login", "--no-publish"],
            login: false,
            publish: false,
            streams: None,
        },
        Case {
            flags: &[
                "--room-id",
                "room1",
                "--stream-id",
                "s1",
                "--stream-id",
                "s2",
            ],
            login: true,
            publish: true,
            streams: Some(&["s1", "s2"]),
        },
    ];
    for case in cases {
        let mut args = vec!["--json"];
        args.extend_from_slice(case.flags);
        let json = json_of(&generate(&args));
        let claims = claims_of(&json.token, SECRET);
        let flags = case.flags;
        let streams = case
            .streams
            .map(|s| s.iter().map(|&id| id.to_owned()).collect::<Vec<_>>());

        // The library's reading of the payload.
        let privilege = Privilege::parse(&claims.payload)
            .unwrap_or_else(|e| panic!("{flags:?}: not a privilege payload: {e}"));
        assert_eq!(privilege.room_id, "room1", "{flags:?}");
        assert_eq!(privilege.login, case.login, "{flags:?}");
        assert_eq!(privilege.publish, case.publish, "{flags:?}");
        assert_eq!(privilege.stream_ids, streams, "{flags:?}");

        // The vendor's exact shape (FORMAT.md): string keys "1" and "2" with
        // 1 / 0, and stream_id_list null or a list.
        let raw: serde_json::Value =
            serde_json::from_str(&claims.payload).expect("payload is JSON");
        let map = raw.get("privilege").expect("privilege key");
        assert_eq!(map.get("1"), Some(&serde_json::json!(u8::from(case.login))));
        assert_eq!(
            map.get("2"),
            Some(&serde_json::json!(u8::from(case.publish)))
        );
        assert_eq!(raw.get("room_id"), Some(&serde_json::json!("room1")));
        let list = raw.get("stream_id_list").expect("stream_id_list key");
        match case.streams {
            None => assert!(list.is_null(), "{flags:?}: {list}"),
            Some(s) => assert_eq!(list, &serde_json::json!(s), "{flags:?}"),
        }

        // The JSON view says the same.
        assert_eq!(json.payload, claims.payload, "{flags:?}");
        assert_eq!(
            json.privilege,
            Some(PrivilegeJson {
                room_id: "room1".into(),
                login: case.login,
                publish: case.publish,
                stream_ids: streams,
            }),
            "{flags:?}"
        );
    }
}

#[test]
fn mode_cbc_makes_a_legacy_cbc_token() {
    let cbc = generate(&["--mode", "cbc"]).token();
    let envelope = Envelope::parse(&cbc).expect("parses");
    assert_eq!(envelope.mode(), Mode::Cbc);
    assert_eq!(envelope.iv().len(), 16);
    assert_eq!(claims_of(&cbc, SECRET).user_id, "demo");

    let gcm = generate(&["--mode", "gcm"]).token();
    let envelope = Envelope::parse(&gcm).expect("parses");
    assert_eq!(envelope.mode(), Mode::Gcm);
    assert_eq!(envelope.iv().len(), 12);
}

#[test]
fn nonce_is_a_non_negative_31_bit_integer() {
    let mut nonces = Vec::new();
    for mode in ["gcm", "cbc"] {
        for _ in 0..12 {
            let json = json_of(&generate(&["--json", "--mode", mode]));
            let claims = claims_of(&json.token, SECRET);
            assert_eq!(claims.nonce, json.nonce);
            assert!((0..1_i64 << 31).contains(&claims.nonce), "{}", claims.nonce);
            nonces.push(claims.nonce);
        }
    }
    nonces.sort_unstable();
    nonces.dedup();
    assert!(nonces.len() > 1, "the nonce never changes: {nonces:?}");
}

// ---------------------------------------------------------------------------
// Where the secret and the app id come from
// ---------------------------------------------------------------------------

/// `generate --user-id demo --now NOW` plus `args`: the AppID and the
/// secret come from `args` or from the environment the caller adds.
fn generate_cmd(args: &[&str]) -> Command {
    let mut cmd = zego();
    cmd.args(["generate", "--user-id", "demo", "--now", &NOW.to_string()])
        .args(args);
    cmd
}

#[test]
fn secret_flag_wins_over_the_environment() {
    let out = run_cmd(
        generate_cmd(&["--app-id", "1", "--secret", SECRET])
            .env("ZEGO_SERVER_SECRET", OTHER_SECRET),
    );
    let token = out.token();
    assert!(opens_with(&token, SECRET));
    assert!(!opens_with(&token, OTHER_SECRET));
}

#[test]
fn secret_from_the_environment_when_no_flag() {
    let out = run_cmd(generate_cmd(&["--app-id", "1"]).env("ZEGO_SERVER_SECRET", OTHER_SECRET));
    let token = out.token();
    assert!(opens_with(&token, OTHER_SECRET));
    assert!(!opens_with(&token, SECRET));
}

#[test]
fn secret_file_dash_reads_stdin_without_its_newline() {
    for input in [format!("{SECRET}\n"), SECRET.to_owned()] {
        let out = run_cmd(
            generate_cmd(&["--app-id", "1", "--secret-file", "-"])
                .env("ZEGO_SERVER_SECRET", OTHER_SECRET)
                .write_stdin(input.clone()),
        );
        let token = out.token();
        assert!(opens_with(&token, SECRET), "{input:?}");
        assert!(!out.stderr.contains(SECRET), "{out:?}");
    }
}

#[test]
fn secret_file_is_read_and_wins_over_the_environment() {
    let file = TempFile::new("secret", format!("{SECRET}\n").as_bytes());
    let out = run_cmd(
        generate_cmd(&["--app-id", "1", "--secret-file", file.path()])
            .env("ZEGO_SERVER_SECRET", OTHER_SECRET),
    );
    let token = out.token();
    assert!(opens_with(&token, SECRET));
}

#[test]
fn app_id_from_the_environment_and_the_flag_wins() {
    let out = run_cmd(generate_cmd(&["--secret", SECRET]).env("ZEGO_APP_ID", "77"));
    assert_eq!(claims_of(&out.token(), SECRET).app_id, 77);

    let out =
        run_cmd(generate_cmd(&["--secret", SECRET, "--app-id", "99"]).env("ZEGO_APP_ID", "77"));
    assert_eq!(claims_of(&out.token(), SECRET).app_id, 99);
}

// ---------------------------------------------------------------------------
// Invalid arguments
// ---------------------------------------------------------------------------

#[test]
fn invalid_arguments_exit_2_with_one_error_line() {
    let user_65 = "u".repeat(65);
    let big_payload = "x".repeat(70_000);
    let app_sign = "e5d0f6a3".repeat(8);
    let short_secret = &SECRET[..31];
    let long_secret = format!("{SECRET}9");
    let now = NOW.to_string();
    let cases: Vec<(&str, Vec<&str>)> = vec![
        ("app id 0", generate_args("0", "demo", SECRET, &[])),
        ("empty user id", generate_args("1", "", SECRET, &[])),
        ("65-byte user id", generate_args("1", &user_65, SECRET, &[])),
        (
            "31-character secret",
            generate_args("1", "demo", short_secret, &[]),
        ),
        (
            "33-character secret",
            generate_args("1", "demo", &long_secret, &[]),
        ),
        (
            "AppSign as secret",
            generate_args("1", "demo", &app_sign, &[]),
        ),
        (
            "bad duration",
            generate_args("1", "demo", SECRET, &["--effective-time", "5x"]),
        ),
        (
            "fractional duration",
            generate_args("1", "demo", SECRET, &["--ttl", "1.5h"]),
        ),
        (
            "zero duration",
            generate_args("1", "demo", SECRET, &["--effective-time", "0"]),
        ),
        (
            "zero duration with unit",
            generate_args("1", "demo", SECRET, &["--ttl", "0s"]),
        ),
        (
            "payload too large",
            generate_args("1", "demo", SECRET, &["--payload", &big_payload]),
        ),
        (
            "bad --now",
            generate_args("1", "demo", SECRET, &["--now", "yesterday"]),
        ),
        (
            "no secret",
            vec![
                "generate",
                "--app-id",
                "1",
                "--user-id",
                "demo",
                "--now",
                &now,
            ],
        ),
    ];
    for (case, args) in cases {
        let out = run(&args);
        assert_error_shape(&out, 2, case);
        for value in [short_secret, long_secret.as_str(), app_sign.as_str()] {
            assert!(
                !out.stderr.contains(value),
                "{case}: secret leaked: {out:?}"
            );
        }
    }
}

#[test]
fn invalid_values_from_the_environment_exit_2() {
    let out = run_cmd(generate_cmd(&["--app-id", "1"]).env("ZEGO_SERVER_SECRET", &SECRET[..31]));
    assert_error_shape(&out, 2, "31-character secret in ZEGO_SERVER_SECRET");
    assert!(!out.stderr.contains(&SECRET[..31]), "{out:?}");

    let out = run_cmd(generate_cmd(&["--secret", SECRET]).env("ZEGO_APP_ID", "0"));
    assert_error_shape(&out, 2, "ZEGO_APP_ID=0");
}

#[test]
fn conflicting_room_flags_exit_2_with_one_error_line() {
    let cases: [(&str, &[&str]); 4] = [
        (
            "--payload with --room-id",
            &["--payload", "x", "--room-id", "r"],
        ),
        ("--no-login without --room-id", &["--no-login"]),
        ("--no-publish without --room-id", &["--no-publish"]),
        ("--stream-id without --room-id", &["--stream-id", "s1"]),
    ];
    for (case, extra) in cases {
        assert_error_shape(&generate(extra), 2, case);
    }
}

/// `generate --app-id 1 --user-id demo --secret-file PATH`.
fn generate_from_secret_file(path: &str) -> Out {
    run(&[
        "generate",
        "--app-id",
        "1",
        "--user-id",
        "demo",
        "--secret-file",
        path,
    ])
}

#[test]
fn unreadable_secret_file_exits_1() {
    let missing = std::env::temp_dir().join(format!(
        "zego-token-cli-generate-{}-no-such-file",
        std::process::id()
    ));
    let out = generate_from_secret_file(missing.to_str().expect("UTF-8 path"));
    assert_error_shape(&out, 1, "missing secret file");
}

#[test]
fn secret_file_with_a_wrong_length_secret_exits_2_without_showing_it() {
    let file = TempFile::new("short-secret", format!("{}\n", &SECRET[..20]).as_bytes());
    let out = generate_from_secret_file(file.path());
    assert_error_shape(&out, 2, "20-character secret in a file");
    assert!(!out.stderr.contains(&SECRET[..20]), "{out:?}");
}
