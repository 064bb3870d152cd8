//! No output of any command holds eight consecutive characters of a
//! ServerSecret, a CallbackSecret or an AppSign; nearly-right secrets get
//! their own words; ids a product refuses get a warning from `generate`.

mod support;

use support::cli::{Out, TempFile, run, run_cmd, zego};

const SERVER_SECRET: &str = "9d1c4e7a2b8f3065d1c4e7a2b8f30659";
const CALLBACK_SECRET: &str = "q7Zk2mX9pL4wR8vN3tY6hB1cF5jD0sGa";
const APP_SIGN: &str = "7e3a9c1d5b2f4086e3a9c1d5b2f40867e3a9c1d5b2f4086e3a9c1d5b2f408600";
const CDN_KEY: &str = "Kx83mZq1Lw7Rt5Yv9Nb2";

fn assert_no_run(out: &Out, case: &str) {
    assert_none_in(&format!("{}{}", out.stdout, out.stderr), case);
}

/// No eight consecutive characters of any credential in `text`.
fn assert_none_in(text: &str, case: &str) {
    for credential in [SERVER_SECRET, CALLBACK_SECRET, APP_SIGN, CDN_KEY] {
        for window in credential.as_bytes().windows(8) {
            let window = std::str::from_utf8(window).expect("ascii");
            assert!(!text.contains(window), "{case}: {window:?} in {text}");
        }
    }
}

/// A command with all three credentials in the environment.
fn with_all(args: &[&str]) -> Out {
    run_cmd(
        zego()
            .env("ZEGO_SERVER_SECRET", SERVER_SECRET)
            .env("ZEGO_CALLBACK_SECRET", CALLBACK_SECRET)
            .env("ZEGO_APP_SIGN", APP_SIGN)
            .env("ZEGO_CDN_KEY", CDN_KEY)
            .args(args),
    )
}

#[test]
fn no_command_prints_any_part_of_a_credential() {
    let token = with_all(&["generate", "--app-id", "7", "--user-id", "alice"]).token();
    let cases: Vec<Vec<&str>> = vec![
        vec!["generate", "--app-id", "7", "--user-id", "alice", "--json"],
        vec![
            "generate",
            "--app-id",
            "7",
            "--user-id",
            "alice",
            "--kit",
            "--room-id",
            "r1",
        ],
        vec!["decode", &token],
        vec!["decode", "--json", &token],
        vec!["verify", &token],
        vec![
            "verify",
            "--json",
            "--app-id",
            "8",
            "--user-id",
            "bob",
            &token,
        ],
        // Credentials pasted where a token goes.
        vec!["verify", SERVER_SECRET],
        vec!["verify", "--json", SERVER_SECRET],
        vec!["decode", APP_SIGN],
        vec!["verify", "--json", APP_SIGN],
        vec!["verify", CALLBACK_SECRET],
        vec!["decode", "--json", CALLBACK_SECRET],
        // Credentials given in the wrong place.
        vec!["verify", "--secret", APP_SIGN, &token],
        vec!["verify", "--app-sign", SERVER_SECRET, &token],
        vec!["explain", SERVER_SECRET],
        vec!["explain", APP_SIGN],
        vec![
            "sign",
            "--app-id",
            "7",
            "--nonce",
            "0123456789abcdef",
            "--now",
            "1796000000",
        ],
        vec!["sign", "--app-id", "7", "--json"],
        vec![
            "sign",
            "--check",
            "AppId=7&SignatureNonce=0123456789abcdef&Timestamp=1796000000&Signature=00000000000000000000000000000000",
        ],
        vec![
            "callback",
            "sign",
            "--nonce",
            "123412",
            "--timestamp",
            "1470820198",
        ],
        vec![
            "callback",
            "sign",
            "--event",
            "room_login",
            "--param",
            "room_id=r1",
        ],
        vec![
            "callback",
            "verify",
            "signature=0000&timestamp=1470820198&nonce=123412",
        ],
        vec!["profile", "list"],
        // CDN URL authentication, with the key in the environment.
        vec![
            "cdn",
            "sign",
            "--cdn",
            "tencent",
            "--stream",
            "s1",
            "--expire-at",
            "1796000000",
            "--json",
        ],
        vec![
            "cdn",
            "check",
            "--now",
            "1796000000",
            "rtmp://push.example.com/live/s1?txSecret=00000000000000000000000000000000&txTime=6B0D6A00",
        ],
        vec!["cdn", "check", "--json", "rtmp://push.example.com/live/s1"],
    ];
    for args in &cases {
        let out = with_all(args);
        assert_no_run(&out, &args.join(" "));
    }
    // A profile that stores the secret, shown back.
    let dir = tempfile::tempdir().expect("a temp dir");
    let config = dir.path().join("config.toml");
    let secret_file = TempFile::new("sweep-secret", SERVER_SECRET.as_bytes());
    for args in [
        vec![
            "profile",
            "add",
            "dev",
            "--app-id",
            "7",
            "--secret-file",
            secret_file.path(),
        ],
        vec!["profile", "show", "dev"],
        vec!["profile", "list"],
        vec![
            "--profile",
            "dev",
            "generate",
            "--user-id",
            "alice",
            "--json",
        ],
    ] {
        let out = run_cmd(zego().env("ZEGO_TOKEN_CONFIG", &config).args(&args));
        assert_no_run(&out, &args.join(" "));
    }
}

/// `generate` with `secret` as `--secret`.
fn generate_with(secret: &str) -> Out {
    run(&[
        "generate",
        "--app-id",
        "7",
        "--user-id",
        "alice",
        "--secret",
        secret,
    ])
}

#[test]
fn a_secret_with_a_trailing_space_is_named_and_not_echoed() {
    let out = generate_with(&format!("{SERVER_SECRET} "));
    support::cli::assert_error_shape(&out, 2, "trailing space");
    assert!(out.stderr.contains("whitespace"), "{}", out.stderr);
    assert_no_run(&out, "trailing space");
}

#[test]
fn a_quoted_secret_is_named_and_not_echoed() {
    let file = TempFile::new("quoted", format!("\"{SERVER_SECRET}\"\n").as_bytes());
    let out = run(&[
        "generate",
        "--app-id",
        "7",
        "--user-id",
        "a",
        "--secret-file",
        file.path(),
    ]);
    support::cli::assert_error_shape(&out, 2, "quoted");
    assert!(out.stderr.contains("quotes"), "{}", out.stderr);
    assert!(out.stderr.contains("hint:"), "{}", out.stderr);
    assert_no_run(&out, "quoted");
}

#[test]
fn a_secret_pasted_twice_is_named_and_not_echoed() {
    let out = run_cmd(
        zego()
            .env(
                "ZEGO_SERVER_SECRET",
                format!("{SERVER_SECRET}{SERVER_SECRET}"),
            )
            .args(["verify", "04AAAA"]),
    );
    support::cli::assert_error_shape(&out, 2, "doubled");
    assert!(out.stderr.contains("twice"), "{}", out.stderr);
    assert_no_run(&out, "doubled");
}

#[test]
fn a_secret_with_a_character_that_is_not_hex_is_used_with_a_warning() {
    let odd = format!("{}g", &SERVER_SECRET[..31]);
    let out = generate_with(&odd);
    assert_eq!(out.code, Some(0), "{out:?}");
    assert!(out.stderr.contains("warning"), "{}", out.stderr);
    assert!(out.stderr.contains("character 32"), "{}", out.stderr);
    assert!(!out.stderr.contains(&odd[..8]), "{}", out.stderr);
}

#[test]
fn an_upper_case_secret_is_used_with_a_warning_in_verify_too() {
    let upper = SERVER_SECRET.to_ascii_uppercase();
    let token = generate_with(&upper).token();
    let out = run(&["verify", "--secret", &upper, &token]);
    assert_eq!(out.code, Some(0), "{out:?}");
    assert!(out.stderr.contains("upper-case"), "{}", out.stderr);
}

#[test]
fn generate_warns_of_a_user_id_zim_refuses_naming_product_and_code() {
    let long = "u".repeat(40);
    let out = generate_with_id(&long);
    assert_eq!(out.code, Some(0), "the token is still made: {out:?}");
    assert!(out.stderr.contains("ZIM"), "{}", out.stderr);
    assert!(out.stderr.contains("660000012"), "{}", out.stderr);
    let plain = generate_with_id("alice");
    assert_eq!(plain.stderr, "", "no warning for a plain id");
}

#[test]
fn generate_warns_of_a_user_id_with_characters_express_refuses() {
    let out = generate_with_id("a b/c");
    assert_eq!(out.code, Some(0), "{out:?}");
    assert!(out.stderr.contains("Express"), "{}", out.stderr);
    assert!(out.stderr.contains("1002006"), "{}", out.stderr);
}

#[test]
fn verify_shows_the_id_warning_of_the_token() {
    let long = "u".repeat(40);
    let token = generate_with_id(&long).token();
    let out = run(&["verify", "--json", "--secret", SERVER_SECRET, &token]);
    let view: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON");
    let warnings = view["warnings"].to_string();
    assert!(warnings.contains("ZIM"), "{warnings}");
}

#[test]
fn generate_warns_of_each_refused_user_id_in_a_batch_naming_its_line() {
    let long = "u".repeat(40);
    let ids = TempFile::new("ids.txt", format!("alice\n{long}\na b/c\n").as_bytes());
    let out = run(&[
        "generate",
        "--app-id",
        "7",
        "--secret",
        SERVER_SECRET,
        "--user-ids-from",
        ids.path(),
    ]);
    assert_eq!(out.code, Some(0), "every token is still made: {out:?}");
    assert_eq!(out.stdout.lines().count(), 3, "{out:?}");
    let warnings: Vec<&str> = out.stderr.lines().collect();
    assert!(
        warnings
            .iter()
            .all(|w| w.starts_with("zego-token: warning: line ")),
        "{warnings:?}"
    );
    assert!(
        !out.stderr.contains("line 1:"),
        "alice is a plain id: {warnings:?}"
    );
    let line2 = warnings
        .iter()
        .find(|w| w.contains("line 2:"))
        .expect("a warning for line 2");
    assert!(
        line2.contains("ZIM") && line2.contains("660000012"),
        "{line2}"
    );
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("line 3:") && w.contains("Express") && w.contains("1002006")),
        "{warnings:?}"
    );
}

fn generate_with_id(user_id: &str) -> Out {
    run(&[
        "generate",
        "--app-id",
        "7",
        "--user-id",
        user_id,
        "--secret",
        SERVER_SECRET,
    ])
}

/// `serve`'s page, info, token, check and error replies, and its log, with
/// every credential given to it.
#[test]
fn serve_shows_no_part_of_a_credential() {
    use support::server::{Server, get, post};
    let server = Server::start(
        &["--app-id", "7"],
        &[
            ("ZEGO_SERVER_SECRET", SERVER_SECRET),
            ("ZEGO_APP_SIGN", APP_SIGN),
            ("ZEGO_CALLBACK_SECRET", CALLBACK_SECRET),
        ],
    );
    let token = get(&server.url("/token?user_id=alice"), &[]).json()["token"]
        .as_str()
        .expect("a token")
        .to_owned();
    let replies = [
        get(&server.url("/"), &[]),
        get(&server.url("/api/info"), &[]),
        get(&server.url("/nowhere"), &[]),
        post(
            &server.url("/api/verify"),
            &serde_json::json!({ "token": token, "app_id": 8 }).to_string(),
            &[],
        ),
        post(
            &server.url("/api/verify"),
            &serde_json::json!({ "token": SERVER_SECRET }).to_string(),
            &[],
        ),
        post(
            &server.url("/api/decode"),
            &serde_json::json!({ "token": APP_SIGN }).to_string(),
            &[],
        ),
    ];
    for (n, reply) in replies.iter().enumerate() {
        assert_none_in(&reply.body, &format!("reply {n}"));
    }
    assert_none_in(&server.log().join("\n"), "the log");
}
