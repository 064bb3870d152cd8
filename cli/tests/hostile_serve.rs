//! `zego-token serve` under hostile input, third pass: no CBC padding
//! oracle, one value per key, a Host check that reads the whole bracket
//! form, and a log on a closed pipe. Loopback only (127.0.0.1).
#![allow(clippy::unwrap_used)]

mod support;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use support::SECRET;
use support::format::{body_of, token_of};
use support::server::{Server, post, raw};
use zego_token::format::{Claims, Iv, OpenError, Untrusted, encode};
use zego_token::{Secret, unchecked};

fn server() -> Server {
    Server::start(&["--app-id", "7", "--secret", SECRET], &[])
}

fn secret() -> Secret {
    Secret::new(SECRET).unwrap()
}

/// A legacy CBC token of a user id long enough for three blocks.
fn cbc_token() -> String {
    let claims = Claims {
        app_id: 7,
        user_id: "a-user-id-long-enough-for-blocks".into(),
        nonce: 1,
        ctime: 1_796_000_000,
        expire: 1_796_003_600,
        payload: String::new(),
    };
    encode(&claims, &secret(), &Iv::Cbc([5; 16])).unwrap()
}

/// The token with one bit of its body flipped at `at` (from the end when
/// negative).
fn flipped(token: &str, at: isize) -> String {
    let mut body = body_of(token);
    let i = if at < 0 {
        body.len() - at.unsigned_abs()
    } else {
        at.unsigned_abs()
    };
    body[i] ^= 1;
    token_of(&body)
}

#[test]
fn a_cbc_token_that_does_not_open_gets_one_answer_whatever_the_cause() {
    let token = cbc_token();
    // The last byte of the next-to-last block flips the padding byte:
    // invalid padding. The first IV byte flips the plaintext's `{`: not JSON.
    let bad_padding = flipped(&token, -17);
    let not_json = flipped(&token, 10);
    assert!(matches!(
        unchecked::open(&bad_padding, &secret()),
        Err(OpenError::Untrusted(Untrusted::BadPadding))
    ));
    assert!(matches!(
        unchecked::open(&not_json, &secret()),
        Err(OpenError::Untrusted(Untrusted::NotJson { .. }))
    ));
    let server = server();
    for (path, verdict) in [("/api/verify", "failures"), ("/api/decode", "error")] {
        let answers: Vec<Value> = [&bad_padding, &not_json]
            .into_iter()
            .map(|token| {
                let reply = post(
                    &server.url(path),
                    &json!({ "token": token }).to_string(),
                    &[],
                );
                assert_eq!(reply.status, 200, "{path}: {}", reply.body);
                reply.json()
            })
            .collect();
        assert_eq!(answers[0][verdict], answers[1][verdict], "{path}");
        for answer in &answers {
            let text = answer.to_string().to_lowercase();
            assert!(
                !text.contains("padding") && !text.contains("json"),
                "{path}: {text}"
            );
            assert_eq!(answer["claims"], Value::Null, "{path}");
        }
    }
}

#[test]
fn a_repeated_key_in_an_api_body_is_refused_naming_it() {
    let server = server();
    let token = cbc_token();
    for (path, body) in [
        (
            "/api/verify",
            format!(
                r#"{{"token":"{token}","user_id":"eve","user_id":"a-user-id-long-enough-for-blocks"}}"#
            ),
        ),
        (
            "/api/decode",
            format!(r#"{{"token":"x","token":"{token}"}}"#),
        ),
    ] {
        let reply = post(&server.url(path), &body, &[]);
        assert_eq!(reply.status, 400, "{path}: {}", reply.body);
        assert!(reply.body.contains("twice"), "{path}: {}", reply.body);
    }
}

#[test]
fn a_host_with_more_after_its_closing_bracket_is_refused() {
    let server = server();
    let request = |host: &str| {
        raw(
            &server.addr,
            &format!("GET /token?user_id=a HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"),
        )
    };
    for bad in ["[::1]evil.com", "[::1].evil.com", "[::1]:80evil", "[::1"] {
        assert!(request(bad).starts_with("HTTP/1.1 403"), "{bad}");
    }
    assert!(request("[::1]:8787").starts_with("HTTP/1.1 200"));
}

#[test]
fn serve_does_not_exit_0_when_its_log_is_a_closed_pipe() {
    let mut child = {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_zego-token"));
        support::cli::clean_env(&mut cmd)
            .args([
                "serve",
                "--listen",
                "127.0.0.1:0",
                "--app-id",
                "7",
                "--secret",
                SECRET,
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        cmd.spawn().unwrap()
    };
    // The log's reader is gone before the server writes its first line.
    drop(child.stderr.take());
    let deadline = Instant::now() + Duration::from_secs(3);
    while Instant::now() < deadline {
        if let Some(status) = child.try_wait().unwrap() {
            assert_ne!(status.code(), Some(0), "exited 0 with nowhere to log");
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    // Still serving: that is fine too.
    let _ = child.kill();
    let _ = child.wait();
}
