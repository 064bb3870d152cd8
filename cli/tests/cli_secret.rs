//! How the secret is taken: asked for without echo on a terminal, and a
//! warning for secret files that other users can read.

#![allow(clippy::print_stderr)] // says why a test was skipped

mod support;

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

use support::cli::{clean_env, zego};

// Lower-case hex, as console secrets are, so that it draws no warning.
const SECRET: &str = "9f0e1d2c3b4a59687f0e1d2c3b4a5968";

/// `script` (util-linux, on every Debian) provides the terminal.
#[test]
fn a_missing_secret_is_prompted_for_without_echo_on_a_terminal() {
    if Command::new("script").arg("--version").output().is_err() {
        eprintln!("skipped: `script` is not installed");
        return;
    }
    let bin = env!("CARGO_BIN_EXE_zego-token");
    // The environment reaches the binary through `script`.
    let mut child = clean_env(&mut Command::new("script"))
        .args([
            "-qec",
            &format!("{bin} generate --app-id 7 --user-id prompted --now 1796000000"),
        ])
        .arg("/dev/null")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("script runs");
    let mut stdin = child.stdin.take().expect("piped");
    // Give the program time to switch echo off before typing.
    std::thread::sleep(Duration::from_millis(800));
    writeln!(stdin, "{SECRET}").expect("types the secret");
    let out = child.wait_with_output().expect("finishes");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("ServerSecret (input hidden):"), "{text}");
    assert!(!text.contains(SECRET), "the secret was echoed: {text}");
    let token = text
        .split_whitespace()
        .find(|w| w.starts_with("04"))
        .expect("a token is printed");
    let secret = zego_token::Secret::new(SECRET).expect("valid");
    let (_, claims) =
        zego_token::unchecked::open(token, &secret).expect("the token opens with the typed secret");
    assert_eq!((claims.app_id(), claims.user_id()), (7, "prompted"));
}

#[cfg(unix)]
#[test]
fn a_secret_file_readable_by_others_gets_a_warning() {
    use std::os::unix::fs::PermissionsExt;
    let dir = std::env::temp_dir().join(format!("zego-token-perm-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("secret.txt");
    std::fs::write(&path, format!("{SECRET}\n")).expect("writes");
    let run = |mode: u32| {
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).expect("chmod");
        let out = zego()
            .args([
                "generate",
                "--app-id",
                "1",
                "--user-id",
                "u",
                "--secret-file",
            ])
            .arg(&path)
            .output()
            .expect("runs");
        assert!(out.status.success());
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let shared = run(0o644);
    assert!(
        shared.contains("warning") && shared.contains("chmod 600"),
        "{shared}"
    );
    assert!(!shared.contains(SECRET));
    assert_eq!(run(0o600), "");
    std::fs::remove_dir_all(&dir).expect("cleans up");
}

/// `sign` and `callback` hash the secret: no mode of theirs, valid or
/// failing, prints it (or the recognisable ServerSecret of the suite).
#[test]
fn signatures_never_print_the_secret() {
    use support::cli::run_cmd;
    let secret = support::SECRET;
    let url = {
        let out = run_cmd(
            zego()
                .args(["sign", "--app-id", "1", "--action", "A", "--secret", secret])
                .args(["--now", "1796000000"]),
        );
        assert_eq!(out.code, Some(0), "{out:?}");
        out.line().to_owned()
    };
    let body = {
        let out = run_cmd(zego().args(["callback", "sign", "--event", "e", "--secret", secret]));
        assert_eq!(out.code, Some(0), "{out:?}");
        out.line().to_owned()
    };
    let other = "0123456789abcdef0123456789abcdef";
    let runs: [&[&str]; 12] = [
        &["sign", "--app-id", "1", "--secret", secret],
        &["sign", "--app-id", "1", "--secret", secret, "--json"],
        &["sign", "--check", &url, "--secret", secret],
        &[
            "sign", "--check", &url, "--secret", secret, "--json", "--app-id", "2",
        ],
        &["sign", "--check", &url, "--secret", other, "--json"],
        &["sign", "--check", "https://x/?AppId=1", "--secret", secret],
        &["sign", "--app-id", "1", "--secret", &secret[..31]],
        &[
            "callback",
            "sign",
            "--nonce",
            "1",
            "--timestamp",
            "2",
            "--secret",
            secret,
        ],
        &["callback", "verify", &body, "--secret", secret, "--json"],
        &["callback", "verify", &body, "--secret", other],
        &["callback", "verify", &body, "--secret", other, "--json"],
        &["callback", "verify", "{}", "--secret", secret],
    ];
    for args in runs {
        let out = run_cmd(zego().args(args).env("ZEGO_SERVER_SECRET", secret));
        assert!(
            !out.stdout.contains(secret) && !out.stderr.contains(secret),
            "{args:?} printed the secret: {out:?}"
        );
        assert!(!out.stdout.contains(&secret[..16]), "{args:?}: {out:?}");
    }
}
