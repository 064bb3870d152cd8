//! The library's `examples/check.rs`, a server's check of one token, gives
//! every vector the verdict `zego-token verify --json` gives it, at a time
//! inside the token's lifetime and one after its expiry: the server door
//! and the command line are one rule set.

mod support;

use std::path::PathBuf;
use std::process::Command;

use serde_json::Value;
use zego_token::format::{Envelope, split_kit};

use support::cli::zego;
use support::vectors;

/// `examples/check`, which `cargo test` at the repository root builds with
/// the library's examples.
fn example() -> PathBuf {
    let exe = std::env::current_exe().expect("the test's own path");
    let dir = exe
        .parent()
        .and_then(|deps| deps.parent())
        .expect("target dir");
    let path = dir.join("examples").join("check");
    assert!(
        path.exists(),
        "{} is missing: run `cargo test` at the repository root (or `cargo build --examples`)",
        path.display()
    );
    path
}

/// `valid` or the kind `check` printed, and its exit code.
fn check(secret: &str, app_id: u32, now: i64, token: &str) -> (String, Option<i32>) {
    let out = Command::new(example())
        .env("ZEGO_SERVER_SECRET", secret)
        .args([
            "--app-id",
            &app_id.to_string(),
            "--now",
            &now.to_string(),
            token,
        ])
        .output()
        .expect("check runs");
    let stdout = String::from_utf8(out.stdout).expect("UTF-8");
    let verdict = match stdout.trim_end().strip_prefix("rejected: ") {
        Some(kind) => kind.to_owned(),
        None => {
            assert!(stdout.starts_with("valid user="), "{stdout:?}");
            "valid".to_owned()
        }
    };
    (verdict, out.status.code())
}

/// `valid` or the kind the server door would give for `verify --json`'s
/// first failure: after CBC decryption only `untrusted` may be told.
fn cli(secret: &str, app_id: u32, now: i64, token: &str) -> String {
    let out = zego()
        .env("ZEGO_SERVER_SECRET", secret)
        .args(["verify", "--json", "--app-id", &app_id.to_string()])
        .args([format!("--now={now}").as_str(), "--", token])
        .output()
        .expect("zego-token runs");
    let json: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    if json["valid"] == true {
        assert_eq!(out.status.code(), Some(0));
        return "valid".to_owned();
    }
    let first = &json["failures"][0];
    let kind = first["kind"].as_str().expect("a kind");
    let class = first["class"].as_str().expect("a class");
    // A server is told no more than "does not open" of a token that does
    // not open with the secret (whatever key did open it), nor of a CBC
    // token's plaintext (its claims, or the version they are of).
    let cbc = json["mode"] == "cbc";
    let after_decryption = [
        "invalid_claims",
        "milliseconds",
        "microseconds",
        "nanoseconds",
    ]
    .contains(&kind)
        || first["message"]
            .as_str()
            .is_some_and(|m| m.contains("holds") && m.contains("claims"));
    if class == "untrusted" || (cbc && after_decryption) {
        "untrusted".to_owned()
    } else if json["version"].is_null() {
        // Not a token at all: a server says no more than that.
        "malformed".to_owned()
    } else {
        kind.to_owned()
    }
}

#[test]
fn check_and_verify_agree_on_every_vector() {
    let cases = vectors::every();
    let mut compared = 0;
    for case in &cases {
        let expire = Envelope::parse(split_kit(case.token.trim()).0)
            .map(|e| e.expire())
            .ok();
        let inside = case.now.or(expire.map(|e| e - 1)).unwrap_or(1_796_000_000);
        let after = expire.unwrap_or(inside).saturating_add(1);
        // The command line takes times from 1970 to 9999.
        for now in [inside, after].map(|t| t.clamp(0, 253_402_300_799)) {
            let (verdict, code) = check(&case.secret, case.app_id, now, &case.token);
            let expected = cli(&case.secret, case.app_id, now, &case.token);
            assert_eq!(verdict, expected, "{} at {now}", case.id);
            assert_eq!(
                code,
                Some(if verdict == "valid" { 0 } else { 1 }),
                "{}",
                case.id
            );
            compared += 1;
        }
    }
    // Every file was read, and the official vectors are valid at `inside`.
    assert!(compared > 500, "{compared}");
}
