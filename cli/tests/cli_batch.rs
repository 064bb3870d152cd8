//! Batch mode through the real binary: `generate --user-ids-from`,
//! `decode --batch` and `verify --batch`. Order, line numbers, JSON Lines,
//! exit codes of mixed input, a closed pipe, results shown at once at a
//! terminal, and a 100,000-line run.

mod support;

use std::io::{BufRead, BufReader, Write};
use std::process::Stdio;

use serde::Deserialize;
use support::SECRET;
use support::cli::{Out, TempFile, clean_env, run_cmd, zego};
use zego_token::format::{Claims, Envelope};
use zego_token::{Secret, unchecked};

const NOW: i64 = 1_796_000_000;

fn secret() -> Secret {
    Secret::new(SECRET).expect("valid secret")
}

/// `generate --json`, one object per line.
#[derive(Deserialize)]
struct GeneratedLine {
    token: String,
    mode: String,
    #[serde(flatten)]
    claims: Claims,
}

/// The keys of a batch `verify --json` line this file checks.
#[derive(Deserialize)]
struct VerifyLine {
    line: usize,
    valid: bool,
    failures: Vec<FailureJson>,
    claims: Option<Claims>,
}

#[derive(Deserialize)]
struct FailureJson {
    kind: String,
}

/// `decode --batch --json`: the line and its error, if any.
#[derive(Deserialize)]
struct DecodeLine {
    line: usize,
    error: Option<FailureJson>,
}

/// Each line of stdout as one JSON object.
fn json_lines<T: for<'de> Deserialize<'de>>(stdout: &str) -> Vec<T> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON object per line"))
        .collect()
}

/// Mints one token per id with `generate --user-ids-from FILE`.
fn generate_from(ids: &str, extra: &[&str]) -> Out {
    let file = TempFile::new("ids.txt", ids.as_bytes());
    let now = NOW.to_string();
    let mut args = vec![
        "generate", "--app-id", "7", "--secret", SECRET, "--now", &now,
    ];
    args.extend(extra);
    args.extend(["--user-ids-from", file.path()]);
    run_cmd(zego().args(&args))
}

fn user_of(token: &str) -> String {
    unchecked::open(token, &secret())
        .expect("opens")
        .1
        .user_id()
        .to_owned()
}

#[test]
fn generate_keeps_input_order_and_skips_blank_lines() {
    let out = generate_from("alice\n\nbob\r\n  carol  \n\n", &[]);
    assert_eq!(out.code, Some(0), "{out:?}");
    assert_eq!(out.stderr, "");
    let users: Vec<String> = out.stdout.lines().map(user_of).collect();
    assert_eq!(users, ["alice", "bob", "carol"]);
}

#[test]
fn invalid_ids_are_reported_by_line_and_the_rest_go_on() {
    let long = "x".repeat(65);
    let out = generate_from(&format!("alice\n   \n{long}\nbob\n"), &[]);
    assert_eq!(out.code, Some(2), "{out:?}");
    let users: Vec<String> = out.stdout.lines().map(user_of).collect();
    assert_eq!(users, ["alice", "bob"], "no output line for an invalid id");
    let errors: Vec<&str> = out.stderr.lines().collect();
    assert_eq!(errors.len(), 2, "{}", out.stderr);
    assert!(
        errors[0].starts_with("zego-token: error: line 2:"),
        "{}",
        errors[0]
    );
    assert!(errors[0].contains("empty"), "{}", errors[0]);
    assert!(
        errors[1].starts_with("zego-token: error: line 3:"),
        "{}",
        errors[1]
    );
    assert!(errors[1].contains("65"), "{}", errors[1]);
    assert!(!out.stderr.contains(SECRET));
}

#[test]
fn generate_json_lines_match_their_tokens() {
    let out = generate_from("u1\nu2\nu3\n", &["--json", "--mode", "cbc", "--ttl", "2h"]);
    assert_eq!(out.code, Some(0), "{out:?}");
    let lines: Vec<GeneratedLine> = json_lines(&out.stdout);
    assert_eq!(lines.len(), 3);
    for (i, line) in lines.iter().enumerate() {
        let (envelope, claims) = unchecked::open(&line.token, &secret()).expect("opens");
        assert_eq!(claims, line.claims);
        assert_eq!(claims.user_id(), format!("u{}", i + 1));
        assert_eq!(
            (claims.app_id(), claims.ctime(), claims.expire()),
            (7, NOW, NOW + 7200)
        );
        assert_eq!(line.mode, "cbc");
        assert_eq!(envelope.mode().as_str(), "cbc");
    }
}

#[test]
fn user_ids_can_come_from_stdin() {
    let now = NOW.to_string();
    let out = run_cmd(
        zego()
            .args([
                "generate",
                "--app-id",
                "7",
                "--now",
                &now,
                "--user-ids-from",
                "-",
            ])
            .env("ZEGO_SERVER_SECRET", SECRET)
            .write_stdin("dave\nerin\n"),
    );
    assert_eq!(out.code, Some(0), "{out:?}");
    let users: Vec<String> = out.stdout.lines().map(user_of).collect();
    assert_eq!(users, ["dave", "erin"]);
}

/// Tokens for alice (valid at NOW), bob (expired at NOW), a malformed line,
/// a blank line, and carol (valid).
fn mixed_tokens() -> String {
    let made = generate_from("alice\ncarol\n", &[]);
    let tokens: Vec<&str> = made.stdout.lines().collect();
    let early = (NOW - 7200).to_string();
    let bob = run_cmd(zego().args([
        "generate",
        "--app-id",
        "7",
        "--user-id",
        "bob",
        "--secret",
        SECRET,
        "--now",
        &early,
    ]))
    .token();
    format!("{}\n{bob}\n04not-a-token\n\n{}\n", tokens[0], tokens[1])
}

#[test]
fn verify_batch_reports_each_line_in_order_with_the_gravest_exit_code() {
    let now = NOW.to_string();
    let input = mixed_tokens();
    let json = run_cmd(
        zego()
            .args([
                "verify", "--batch", "--json", "--secret", SECRET, "--now", &now,
            ])
            .write_stdin(input.clone()),
    );
    // Malformed (3) is graver than expired (5).
    assert_eq!(json.code, Some(3), "{json:?}");
    let lines: Vec<VerifyLine> = json_lines(&json.stdout);
    let numbers: Vec<usize> = lines.iter().map(|l| l.line).collect();
    assert_eq!(numbers, [1, 2, 3, 5], "the blank line 4 gets no result");
    let kinds: Vec<Vec<&str>> = lines
        .iter()
        .map(|l| l.failures.iter().map(|f| f.kind.as_str()).collect())
        .collect();
    assert_eq!(kinds, [vec![], vec!["expired"], vec!["malformed"], vec![]]);
    let valid: Vec<bool> = lines.iter().map(|l| l.valid).collect();
    assert_eq!(valid, [true, false, false, true]);
    let users: Vec<Option<&str>> = lines
        .iter()
        .map(|l| l.claims.as_ref().map(|c| c.user_id.as_str()))
        .collect();
    assert_eq!(users, [Some("alice"), Some("bob"), None, Some("carol")]);

    let human = run_cmd(
        zego()
            .args(["verify", "--batch", "--secret", SECRET, "--now", &now])
            .write_stdin(input.clone()),
    );
    assert_eq!(human.code, Some(3));
    let shown: Vec<&str> = human.stdout.lines().collect();
    assert_eq!(shown.len(), 4, "{}", human.stdout);
    assert!(shown[0].starts_with("line 1: valid") && shown[0].contains("alice"));
    assert!(shown[1].starts_with("line 2: expired") && shown[1].contains("bob"));
    assert!(shown[2].starts_with("line 3: malformed"));
    assert!(shown[3].starts_with("line 5: valid") && shown[3].contains("carol"));

    // Without the malformed line, the expired one sets the code; an
    // expectation that differs is graver than expiry.
    let no_garbage: String = input
        .lines()
        .filter(|l| !l.contains("not-a"))
        .collect::<Vec<_>>()
        .join("\n");
    let expired = run_cmd(
        zego()
            .args(["verify", "--batch", "-q", "--secret", SECRET, "--now", &now])
            .write_stdin(no_garbage.clone()),
    );
    assert_eq!((expired.code, expired.stdout.as_str()), (Some(5), ""));
    let mismatch = run_cmd(
        zego()
            .args(["verify", "--batch", "-q", "--secret", SECRET, "--now", &now])
            .args(["--user-id", "alice"])
            .write_stdin(no_garbage),
    );
    assert_eq!(mismatch.code, Some(6));
}

#[test]
fn decode_batch_exit_codes_and_lines() {
    let input = mixed_tokens();
    let out = run_cmd(
        zego()
            .args(["decode", "--batch", "--json", "--secret", SECRET])
            .write_stdin(input),
    );
    assert_eq!(out.code, Some(3), "{out:?}");
    let lines: Vec<DecodeLine> = json_lines(&out.stdout);
    let errors: Vec<(usize, Option<&str>)> = lines
        .iter()
        .map(|l| (l.line, l.error.as_ref().map(|e| e.kind.as_str())))
        .collect();
    // Decoding is no judgement: the expired token decodes.
    assert_eq!(
        errors,
        [(1, None), (2, None), (3, Some("malformed")), (5, None)]
    );

    let wrong = run_cmd(
        zego()
            .args([
                "decode",
                "--batch",
                "--secret",
                "WRONGwrongWRONGwrongWRONGwrong12",
            ])
            .write_stdin(mixed_tokens()),
    );
    // Untrusted lines (4) and a malformed one (3): the malformed one wins.
    assert_eq!(wrong.code, Some(3));
    assert_eq!(
        wrong.stdout.matches("untrusted").count(),
        3,
        "{}",
        wrong.stdout
    );
}

#[test]
fn a_closed_pipe_ends_a_batch_quietly() {
    let ids: String = (0..100_000).map(|i| format!("user{i}\n")).collect();
    let file = TempFile::new("many-ids.txt", ids.as_bytes());
    let mut cmd = zego_std();
    cmd.args([
        "generate",
        "--app-id",
        "7",
        "--secret",
        SECRET,
        "--user-ids-from",
        file.path(),
    ])
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("starts");
    let mut first = String::new();
    let mut stdout = BufReader::new(child.stdout.take().expect("piped"));
    stdout.read_line(&mut first).expect("reads a line");
    assert!(first.starts_with("04"), "{first}");
    drop(stdout); // like `| head -1`
    let out = child.wait_with_output().expect("finishes");
    assert_eq!(out.status.code(), Some(0), "a closed pipe is not an error");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(stderr, "", "nothing said about the closed pipe");
}

#[test]
fn a_100_000_line_run_round_trips() {
    const N: usize = 100_000;
    let ids: String = (0..N).map(|i| format!("user{i}\n")).collect();
    let made = generate_from(&ids, &[]);
    assert_eq!(made.code, Some(0));
    let tokens: Vec<&str> = made.stdout.lines().collect();
    assert_eq!(tokens.len(), N);
    // Spot-check the library's view of a few, in order.
    for i in [0, 1, N / 2, N - 1] {
        assert_eq!(user_of(tokens[i]), format!("user{i}"));
        assert_eq!(
            Envelope::parse(tokens[i]).expect("parses").expire(),
            NOW + 3600
        );
    }
    let now = (NOW + 60).to_string();
    let mut child = zego_std()
        .args([
            "verify", "--batch", "--json", "--secret", SECRET, "--now", &now, "--app-id", "7",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("starts");
    let mut stdin = child.stdin.take().expect("piped");
    let feed = made.stdout.clone();
    let writer = std::thread::spawn(move || stdin.write_all(feed.as_bytes()));
    let out = child.wait_with_output().expect("finishes");
    writer.join().expect("writer thread").expect("writes stdin");
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    let mut count = 0;
    for (i, text) in stdout.lines().enumerate() {
        let line: VerifyLine = serde_json::from_str(text).expect("a JSON object per line");
        assert_eq!(line.line, i + 1);
        assert!(line.valid, "line {}", i + 1);
        count += 1;
    }
    assert_eq!(count, N);
}

/// At a terminal each result shows as soon as it is known, not when the
/// input ends: a person pasting tokens or ids one by one sees each result.
#[test]
#[allow(clippy::print_stderr)] // says why the test was skipped
fn at_a_terminal_each_result_shows_before_the_input_ends() {
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped: `script` is not installed");
        return;
    }
    let bin = env!("CARGO_BIN_EXE_zego-token");
    let verify = format!("{bin} verify --batch --json --secret {SECRET} --now {NOW}");
    let token = generate_from("pasted\n", &[]).stdout;
    let verdict = first_result_at_a_terminal(&verify, &token, |l| l.contains("\"line\":1"));
    let line: VerifyLine = serde_json::from_str(verdict.trim()).expect("a JSON object");
    assert!(line.valid, "{verdict}");

    let generate = format!("{bin} generate --app-id 7 --secret {SECRET} --user-ids-from -");
    let made = first_result_at_a_terminal(&generate, "typed\n", |l| l.starts_with("04"));
    assert_eq!(user_of(made.trim()), "typed");
}

/// Runs `command` under `script` (util-linux, on every Debian), which gives
/// it a terminal, types `input` and, with the input still open, waits up to
/// 10 s for the first output line that `is_result`.
fn first_result_at_a_terminal(command: &str, input: &str, is_result: fn(&str) -> bool) -> String {
    let mut child = KillOnDrop(
        clean_env(&mut std::process::Command::new("script"))
            .args(["-qec", command, "/dev/null"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("script runs"),
    );
    let mut stdin = child.0.stdin.take().expect("piped");
    let stdout = child.0.stdout.take().expect("piped");
    let (lines, received) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if lines.send(line).is_err() {
                break;
            }
        }
    });
    stdin.write_all(input.as_bytes()).expect("types");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        match received.recv_timeout(left) {
            Ok(line) if is_result(&line) => return line,
            Ok(_echo) => {}
            Err(e) => panic!("{command}: no result while the input was open: {e}"),
        }
    }
}

/// Ends a child when the test does, passed or failed: with its terminal
/// gone, the program under it ends too.
struct KillOnDrop(std::process::Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The binary as a plain `std` command in the clean environment, for runs
/// that stream stdin from another thread.
fn zego_std() -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_zego-token"));
    clean_env(&mut cmd);
    cmd
}
