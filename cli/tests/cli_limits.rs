//! Hostile and careless input to the CLI, second pass: the exit code of a
//! batch whose reader leaves early (`| head -1`), and lifetimes and leeway
//! held to the years `--now` accepts.
#![allow(clippy::unwrap_used)]

mod support;

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use support::SECRET;
use support::cli::{Out, TempFile, assert_error_shape, clean_env, run, zego};

/// Runs `zego-token ARGS`, reads one line of stdout and closes it, as
/// `| head -1` does, then waits for the exit.
fn head_1(args: &[&str]) -> (String, Out) {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_zego-token"));
    clean_env(&mut cmd)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    (first, Out::of(out))
}

/// A malformed first line, then far more lines than one write or a pipe's
/// buffer holds, so the reader is gone while the run goes on.
fn bad_then_many() -> TempFile {
    let mut text = String::from("garbage\n");
    text.extend((0..300_000).map(|i| format!("04bad{i}\n")));
    TempFile::new("bad-first.txt", text.as_bytes())
}

#[test]
fn a_closed_pipe_keeps_the_exit_code_of_the_failures_seen() {
    let input = bad_then_many();
    for (mode, flags) in [
        ("verify", &["--batch"][..]),
        ("verify", &["--batch", "--json"][..]),
        ("decode", &["--batch"][..]),
        ("decode", &["--batch", "--json"][..]),
    ] {
        let mut args = vec![mode];
        args.extend(flags);
        args.extend(["--secret", SECRET, "--input", input.path()]);
        let (first, out) = head_1(&args);
        assert!(first.contains("malformed"), "{args:?}: {first}");
        assert_eq!(out.code, Some(3), "{args:?}: {out:?}");
        assert_eq!(out.stderr, "", "{args:?}: nothing about the pipe");
    }
}

#[test]
fn a_closed_pipe_keeps_exit_2_for_a_bad_user_id() {
    let first_bad = |first: &str| {
        let mut text = format!("{first}\n");
        text.extend((0..300_000).map(|i| format!("user{i}\n")));
        TempFile::new("bad-first-id.txt", text.as_bytes())
    };
    let files = [first_bad("   "), first_bad(&"x".repeat(65))];
    for json in [false, true] {
        for file in &files {
            let mut args = vec!["generate", "--app-id", "7", "--secret", SECRET];
            args.extend(["--user-ids-from", file.path()]);
            if json {
                args.push("--json");
            }
            let (first, out) = head_1(&args);
            assert!(first.contains("04"), "{args:?}: {first}");
            assert_eq!(out.code, Some(2), "{args:?}: {out:?}");
            let lines: Vec<&str> = out.stderr.lines().collect();
            assert_eq!(lines.len(), 1, "{args:?}: {lines:?}");
            assert!(
                lines[0].starts_with("zego-token: error: line 1: "),
                "{lines:?}"
            );
        }
    }
}

#[test]
fn a_closed_pipe_after_only_good_lines_exits_0() {
    let text: String = (0..300_000).map(|i| format!("user{i}\n")).collect();
    let ids = TempFile::new("good-ids.txt", text.as_bytes());
    let (_, out) = head_1(&[
        "generate",
        "--app-id",
        "7",
        "--secret",
        SECRET,
        "--user-ids-from",
        ids.path(),
    ]);
    assert_eq!(out.code, Some(0), "{out:?}");
    assert_eq!(out.stderr, "");
}

#[test]
fn lifetimes_end_by_the_year_9999() {
    let generate = |ttl: &str, now: &str| {
        run(&[
            "generate",
            "--app-id",
            "7",
            "--user-id",
            "a",
            "--secret",
            SECRET,
            "--now",
            now,
            "--ttl",
            ttl,
        ])
    };
    for (ttl, now) in [
        ("9999999999999d", "1796000000"),
        ("9999999999999", "1796000000"),
        ("60", "9999-12-31T23:59:00Z"),
    ] {
        let out = generate(ttl, now);
        assert_error_shape(&out, 2, ttl);
        assert!(out.stderr.contains("9999-12-31"), "{out:?}");
        assert!(out.stderr.contains("--ttl") || out.stderr.contains("hint"));
    }
    // Up to the last second is fine, with a warning for the long lifetime.
    let out = generate("59", "9999-12-31T23:59:00Z");
    assert_eq!(out.code, Some(0), "{out:?}");
    let out = generate("400d", "1796000000");
    assert_eq!(out.code, Some(0), "{out:?}");
    assert!(out.stdout.starts_with("04"));
    let warning = out.stderr.lines().next().unwrap_or_default();
    assert!(
        warning.starts_with("zego-token: warning: the lifetime \"400d\" is over 30 days"),
        "{out:?}"
    );
    let out = generate("30d", "1796000000");
    assert_eq!((out.code, out.stderr.as_str()), (Some(0), ""), "{out:?}");

    // The server's default is held to the same bounds before it listens.
    let out = run(&[
        "serve",
        "--listen",
        "127.0.0.1:0",
        "--ttl",
        "9999999999999d",
    ]);
    assert_error_shape(&out, 2, "serve --ttl");
}

#[test]
fn profile_lifetimes_are_bounded_too() {
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("config.toml");
    let profile = |extra: &[&str]| {
        let mut cmd = zego();
        cmd.env("ZEGO_TOKEN_CONFIG", &config)
            .args(["profile", "add", "dev", "--app-id", "7", "--no-secret"])
            .args(extra);
        Out::of(cmd.output().unwrap())
    };
    let out = profile(&["--effective-time", "9999999999999d"]);
    assert_eq!(out.code, Some(2), "{out:?}");
    assert!(out.stderr.contains("9999-12-31"), "{out:?}");
    assert!(!config.exists(), "nothing written");
    let out = profile(&["--effective-time", "90d"]);
    assert_eq!(out.code, Some(0), "{out:?}");
    assert!(
        out.stderr
            .contains("warning: the lifetime \"90d\" is over 30 days")
    );

    // A config file edited by hand.
    std::fs::write(
        &config,
        "[profiles.dev]\napp_id = 7\neffective_time = \"9999999999999d\"\n",
    )
    .unwrap();
    let mut cmd = zego();
    cmd.env("ZEGO_TOKEN_CONFIG", &config).args([
        "generate",
        "--profile",
        "dev",
        "--user-id",
        "a",
        "--secret",
        SECRET,
    ]);
    let out = Out::of(cmd.output().unwrap());
    assert_eq!(out.code, Some(2), "{out:?}");
    assert!(out.stderr.contains("9999-12-31"), "{out:?}");
}

#[test]
fn leeway_is_at_most_a_day() {
    let verify = |leeway: &str| {
        run(&[
            "verify",
            "--secret",
            SECRET,
            "--now",
            "9999-12-31T23:59:59Z",
            "--leeway",
            leeway,
            "04abc",
        ])
    };
    for leeway in ["9999999999999d", "86401", "2d"] {
        let out = verify(leeway);
        assert_error_shape(&out, 2, leeway);
        assert!(out.stderr.contains("over a day"), "{out:?}");
    }
    // A day is accepted (the token here is malformed: exit 3).
    assert_eq!(verify("1d").code, Some(3));
}
