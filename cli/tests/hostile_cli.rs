//! The command line under hostile input, third pass: input read whole and
//! strictly (never cut, never decoded lossily), profile edits that take
//! turns, verdicts that survive a closed pipe, config values and paths
//! kept off the terminal, hints that run as printed.
#![allow(clippy::unwrap_used)]

mod support;

use std::io::Write as _;
use std::process::{Command, Stdio};

use serde_json::Value;
use support::SECRET;
use support::cli::{Out, TempFile, run_cmd, zego};
use zego_token::Secret;
use zego_token::format::{Claims, Iv, encode};
use zego_token::signature::{CallbackSecret, Signed, callback_signature};

const NOW: i64 = 1_796_000_000;
const CB_SECRET: &str = "CALLBACKsecretCALLBACKsecret";

fn secret() -> Secret {
    Secret::new(SECRET).unwrap()
}

/// A signed request URL for these values, the nonce written as given.
fn url(nonce_written: &str, nonce_signed: &str, timestamp: i64, tail: &str) -> String {
    let signature = Signed::new(1, nonce_signed, &secret(), timestamp).signature;
    format!(
        "https://rtc-api.zego.im/?Action=DescribeUserNum&AppId=1&SignatureNonce={nonce_written}\
         &Timestamp={timestamp}&Signature={signature}&SignatureVersion=2.0{tail}"
    )
}

/// `sign --check` of a URL given on stdin.
fn check_stdin(input: &[u8]) -> Out {
    run_cmd(
        zego()
            .env("ZEGO_SERVER_SECRET", SECRET)
            .args(["sign", "--check", "-", "--now", &NOW.to_string()])
            .write_stdin(input.to_vec()),
    )
}

/// `callback verify` of a body given on stdin.
fn callback_stdin(input: &[u8]) -> Out {
    run_cmd(
        zego()
            .env("ZEGO_CALLBACK_SECRET", CB_SECRET)
            .args(["callback", "verify", "-"])
            .write_stdin(input.to_vec()),
    )
}

fn cb_signature(timestamp: &str, nonce: &str) -> String {
    callback_signature(&CallbackSecret::new(CB_SECRET).unwrap(), timestamp, nonce)
}

#[test]
fn a_percent_escape_that_is_not_utf8_never_checks_as_valid() {
    // Signed over U+FFFD, which is what a lossy reader makes of %ff.
    let out = check_stdin(url("%ff", "\u{fffd}", NOW, "").as_bytes());
    assert_ne!(out.code, Some(0), "{out:?}");
    assert!(out.stdout.contains("UTF-8"), "{out:?}");
    let form = format!(
        "signature={}&timestamp=1&nonce=%ff",
        cb_signature("1", "\u{fffd}")
    );
    let out = callback_stdin(form.as_bytes());
    assert_ne!(out.code, Some(0), "{out:?}");
}

#[test]
fn a_callback_body_that_is_not_utf8_never_checks_as_valid() {
    let mut body = format!(
        r#"{{"signature":"{}","timestamp":1,"nonce":""#,
        cb_signature("1", "\u{fffd}")
    )
    .into_bytes();
    body.extend_from_slice(b"\xff\"}");
    let out = callback_stdin(&body);
    assert_ne!(out.code, Some(0), "{out:?}");
    assert!(out.stderr.contains("UTF-8"), "{out:?}");
}

#[test]
fn stdin_over_its_limit_is_an_error_not_cut() {
    let long = url("n1", "n1", NOW, &format!("&pad={}", "a".repeat(70 * 1024)));
    let out = check_stdin(long.as_bytes());
    assert_eq!(out.code, Some(2), "{out:?}");
    assert!(out.stderr.contains("over 64 KiB"), "{out:?}");
    // A trailing field past the cut would have been the one that counts.
    let mut body = format!(
        "signature={}&timestamp=1&nonce=n&pad=",
        cb_signature("1", "n")
    );
    body.push_str(&"a".repeat(1024 * 1024));
    body.push_str("&nonce=999");
    let out = callback_stdin(body.as_bytes());
    assert_eq!(out.code, Some(2), "{out:?}");
    assert!(out.stderr.contains("over 1024 KiB"), "{out:?}");
}

#[test]
fn a_callback_secret_file_is_read_whole_and_an_endless_one_refused() {
    let body = format!("signature={}&timestamp=1&nonce=n", cb_signature("1", "n"));
    let long = TempFile::new("cb-long", "a".repeat(2000).as_bytes());
    for path in [long.path(), "/dev/zero"] {
        let out = run_cmd(zego().args(["callback", "verify", "--secret-file", path, &body]));
        assert_eq!(out.code, Some(2), "{path}: {out:?}");
        assert!(
            out.stderr.contains("1024") || out.stderr.contains("4 KiB"),
            "{path}: {out:?}"
        );
    }
}

#[test]
fn a_repeated_callback_signature_is_refused_in_either_order() {
    let good = cb_signature("1", "n");
    let bad = "0".repeat(40);
    for (first, second) in [(&bad, &good), (&good, &bad)] {
        let body = format!(
            r#"{{"signature":"{first}","timestamp":1,"nonce":"n","signature":"{second}"}}"#
        );
        let out = callback_stdin(body.as_bytes());
        assert_eq!(out.code, Some(3), "{out:?}");
        assert!(out.stdout.contains("more than once"), "{out:?}");
    }
}

#[test]
fn a_printed_compare_command_runs_as_printed() {
    let bad_signature = "0".repeat(32);
    let cases = [
        ("-rf".to_owned(), NOW),
        ("n1".to_owned(), 99_999_999_999_999),
        ("a%01b".to_owned(), NOW),
        ("a%E2%80%AEb".to_owned(), NOW),
        ("it%27s".to_owned(), NOW),
        ("a".repeat(128), NOW),
    ];
    for (nonce, timestamp) in cases {
        let url = format!(
            "https://rtc-api.zego.im/?Action=A&AppId=1&SignatureNonce={nonce}\
             &Timestamp={timestamp}&Signature={bad_signature}&SignatureVersion=2.0"
        );
        let check = |json: bool| {
            let mut cmd = zego();
            cmd.env("ZEGO_SERVER_SECRET", SECRET)
                .args(["sign", "--check", &url]);
            if json {
                cmd.arg("--json");
            }
            run_cmd(&mut cmd)
        };
        let out = check(true);
        let view: Value = serde_json::from_str(&out.stdout).unwrap();
        let hints: Vec<&str> = view["failures"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|f| f["hint"].as_str())
            .collect();
        let Some(command) = hints
            .iter()
            .find_map(|h| h.find("zego-token sign").map(|at| &h[at..]))
        else {
            continue;
        };
        // People see the same command, whole.
        let human = check(false);
        assert!(human.stdout.contains(command), "{nonce}: {human:?}");
        let bin = env!("CARGO_BIN_EXE_zego-token");
        let script = command.replacen("zego-token", &format!("'{bin}'"), 1);
        let mut sh = Command::new("sh");
        support::cli::clean_env(&mut sh)
            .env("ZEGO_SERVER_SECRET", SECRET)
            .args(["-c", &script]);
        let ran = sh.output().unwrap();
        assert!(
            ran.status.success(),
            "{nonce}: {command} failed: {}",
            String::from_utf8_lossy(&ran.stderr)
        );
    }
}

/// A Token04 whose `--json` view is well over a pipe buffer's chunk.
fn long_token() -> String {
    let claims = Claims {
        app_id: 7,
        user_id: "alice".into(),
        nonce: 1,
        ctime: NOW - 7200,
        expire: NOW - 3600,
        payload: "p".repeat(20_000),
    };
    encode(&claims, &secret(), &Iv::Gcm([3; 12])).unwrap()
}

/// A run: its arguments, environment, stdin and expected exit code.
type Case<'a> = (&'a [&'a str], &'a [(&'a str, &'a str)], &'a [u8], i32);

/// Runs the binary with stdout a pipe whose reader is gone at once.
fn into_closed_pipe(args: &[&str], env: &[(&str, &str)], stdin: &[u8]) -> (Option<i32>, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_zego-token"));
    support::cli::clean_env(&mut cmd)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (key, value) in env {
        cmd.env(key, value);
    }
    let mut child = cmd.spawn().unwrap();
    drop(child.stdout.take());
    let mut input = child.stdin.take().unwrap();
    let _ = input.write_all(stdin);
    drop(input);
    let out = child.wait_with_output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_long_json_verdict_into_a_closed_pipe_keeps_its_exit_code_quietly() {
    let token = long_token();
    let now = NOW.to_string();
    let secret_env = [("ZEGO_SERVER_SECRET", SECRET)];
    let long_nonce = "n".repeat(20_000);
    let cb_body = format!(
        "signature={}&timestamp=1&nonce={long_nonce}",
        "0".repeat(40)
    );
    let long_url = url("n1", "n1", NOW, "").replace(
        "Action=DescribeUserNum",
        &format!("Action={}", "A".repeat(20_000)),
    );
    let cases: [Case<'_>; 5] = [
        (
            &["verify", "--json", "--now", &now, &token],
            &secret_env,
            b"",
            5,
        ),
        (&["decode", "--json", &token], &secret_env, b"", 0),
        (
            &["sign", "--check", "-", "--json", "--now", &now],
            &secret_env,
            long_url.as_bytes(),
            0,
        ),
        (
            &["callback", "verify", "--json", "-"],
            &[("ZEGO_CALLBACK_SECRET", CB_SECRET)],
            cb_body.as_bytes(),
            4,
        ),
        (
            &[
                "generate",
                "--json",
                "--app-id",
                "7",
                "--user-id",
                "u",
                "--payload",
                &"p".repeat(20_000),
            ],
            &secret_env,
            b"",
            0,
        ),
    ];
    for (args, env, stdin, code) in cases {
        let (exit, stderr) = into_closed_pipe(args, env, stdin);
        assert_eq!(exit, Some(code), "{:?}: {stderr}", &args[..2]);
        assert!(stderr.is_empty(), "{:?}: {stderr}", &args[..2]);
    }
}

/// A config directory with this config text.
fn config(text: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    std::fs::write(&path, text).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    (dir, path)
}

#[test]
fn a_config_error_names_the_key_and_line_never_the_value() {
    let (_dir, path) = config("[profiles.a]\napp_id = 1\ncallback_secret = 314159\n");
    let out = run_cmd(zego().env("ZEGO_TOKEN_CONFIG", &path).args([
        "callback",
        "verify",
        "--profile",
        "a",
        "signature=s&timestamp=1&nonce=n",
    ]));
    assert_eq!(out.code, Some(2), "{out:?}");
    assert!(out.stderr.contains(":3:"), "{out:?}");
    assert!(out.stderr.contains("callback_secret"), "{out:?}");
    assert!(!out.stderr.contains("314159"), "{out:?}");
}

#[test]
fn control_characters_of_a_config_path_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let weird = dir.path().join("\u{1b}]0;PWNED\u{7}");
    std::fs::write(&weird, SECRET).unwrap();
    let cb_weird = dir.path().join("cb\u{1b}[31m");
    std::fs::write(&cb_weird, CB_SECRET).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        // Readable by others: the warning names the path too.
        std::fs::set_permissions(&weird, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    let text = "[profiles.a]\napp_id = 1\nsecret_file = \"\\u001b]0;PWNED\\u0007\"\n\
                callback_secret_file = \"cb\\u001b[31m\"\n\
                [profiles.gone]\napp_id = 1\nsecret_file = \"\\u001b]0;GONE\\u0007\"\n";
    let (_config_dir, path) = config(text);
    // The config names paths relative to its own directory.
    std::fs::rename(&path, dir.path().join("config.toml")).unwrap();
    let path = dir.path().join("config.toml");
    let good_url = url("n1", "n1", NOW, "");
    let runs: [&[&str]; 4] = [
        &[
            "--profile",
            "a",
            "sign",
            "--check",
            &good_url,
            "--now",
            "1796000000",
        ],
        &["--profile", "a", "generate", "--user-id", "u"],
        &["--profile", "gone", "generate", "--user-id", "u"],
        &[
            "--profile",
            "a",
            "callback",
            "verify",
            "signature=s&timestamp=1&nonce=n",
        ],
    ];
    for args in runs {
        let out = run_cmd(zego().env("ZEGO_TOKEN_CONFIG", &path).args(args));
        for text in [&out.stdout, &out.stderr] {
            assert!(
                !text.contains('\u{1b}') && !text.contains('\u{7}'),
                "{args:?}: {out:?}"
            );
        }
    }
}

#[test]
fn two_profile_adds_at_once_both_save() {
    for round in 0..5 {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("zego-token").join("config.toml");
        let children: Vec<_> = (0..4)
            .map(|i| {
                let mut cmd = Command::new(env!("CARGO_BIN_EXE_zego-token"));
                support::cli::clean_env(&mut cmd)
                    .env("ZEGO_TOKEN_CONFIG", &path)
                    .args(["profile", "add", &format!("p{i}"), "--app-id"])
                    .arg((i + 2).to_string())
                    .arg("--no-secret")
                    .stdout(Stdio::null())
                    .stderr(Stdio::piped());
                cmd.spawn().unwrap()
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "round {round}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let list = run_cmd(
            zego()
                .env("ZEGO_TOKEN_CONFIG", &path)
                .args(["profile", "list"]),
        );
        for i in 0..4 {
            assert!(
                list.stdout.contains(&format!("p{i}")),
                "round {round}: {list:?}"
            );
        }
    }
}
