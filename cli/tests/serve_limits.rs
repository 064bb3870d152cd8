//! `zego-token serve` under hostile input, second pass: strict decoding,
//! the Host check failing closed, bounded lifetimes, the access key kept
//! out of the banner. Loopback only (127.0.0.1).
#![allow(clippy::unwrap_used)]

mod support;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use serde_json::Value;
use support::SECRET;
use support::server::{Server, get, post};

const KEY: &str = "test-access-key-0123456789";

fn server() -> Server {
    Server::start(&["--app-id", "7", "--secret", SECRET], &[])
}

/// Writes raw bytes (for what no client library sends) and reads the reply
/// to the end of the connection.
fn raw_bytes(addr: &str, request: &[u8]) -> String {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    stream.write_all(request).unwrap();
    let mut out = Vec::new();
    stream.read_to_end(&mut out).unwrap();
    String::from_utf8_lossy(&out).into_owned()
}

fn status(reply: &str) -> u16 {
    reply
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no status line: {reply}"))
}

fn body(reply: &str) -> Value {
    let (_, body) = reply.split_once("\r\n\r\n").unwrap();
    serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {reply}"))
}

#[test]
fn invalid_utf8_in_a_query_value_is_a_400_naming_it() {
    let server = server();
    for (query, field) in [
        ("user_id=%ff", "user_id"),
        ("user_id=%fe", "user_id"),
        ("user_id=a%c3", "user_id"),
        ("user_id=a&room_id=%ff", "room_id"),
        ("user_id=a&payload=%80", "payload"),
        ("user_id=a&stream_id=%ff&room_id=r", "stream_id"),
        ("user_id=a&ttl=%ff", "effective_time"),
    ] {
        let reply = get(&server.url(&format!("/token?{query}")), &[]);
        assert_eq!(reply.status, 400, "{query}: {}", reply.body);
        let json = reply.json();
        assert_eq!(json["field"], field, "{query}: {json}");
        assert!(json["error"].as_str().unwrap().contains("UTF-8"), "{json}");
        assert!(json.get("token").is_none());
    }
    // Valid UTF-8, percent-encoded or with `+` for a space, still works.
    let reply = get(&server.url("/token?user_id=J%C3%BCrgen+K"), &[]);
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(reply.json()["user_id"], "Jürgen K");
}

#[test]
fn invalid_utf8_in_a_json_value_is_a_400_naming_it() {
    let server = server();
    let cases: [(&[u8], &str); 3] = [
        (b"{\"token\": \"04abc\", \"user_id\": \"\xff\"}", "user_id"),
        (b"{\"token\": \"04\xfe\"}", "token"),
        (br#"{"token": "04abc", "room_id": "\udc00"}"#, "room_id"),
    ];
    for (json, field) in cases {
        let request = [
            format!(
                "POST /api/verify HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\n\
                 Content-Length: {}\r\nConnection: close\r\n\r\n",
                server.addr,
                json.len()
            )
            .as_bytes(),
            json,
        ]
        .concat();
        let reply = raw_bytes(&server.addr, &request);
        assert_eq!(status(&reply), 400, "{reply}");
        assert_eq!(body(&reply)["field"], field, "{reply}");
    }
}

#[test]
fn a_host_that_cannot_be_told_is_refused_without_the_key() {
    let server = server();
    let addr = server.addr.clone();
    let refused: Vec<Vec<u8>> = vec![
        b"GET /token?user_id=a HTTP/1.1\r\nConnection: close\r\n\r\n".to_vec(),
        b"GET /token?user_id=a HTTP/1.0\r\n\r\n".to_vec(),
        b"GET /token?user_id=a HTTP/1.1\r\nHost: evil.example\xff\r\nConnection: close\r\n\r\n"
            .to_vec(),
        format!(
            "GET /token?user_id=a HTTP/1.1\r\nHost: {addr}\r\nHost: evil.example\r\n\
             Connection: close\r\n\r\n"
        )
        .into_bytes(),
        format!(
            "GET http://evil.example/token?user_id=a HTTP/1.1\r\nHost: {addr}\r\n\
             Connection: close\r\n\r\n"
        )
        .into_bytes(),
        b"GET http://evil.example/token?user_id=a HTTP/1.1\r\nHost: evil.example\r\n\
          Connection: close\r\n\r\n"
            .to_vec(),
    ];
    for request in &refused {
        let reply = raw_bytes(&addr, request);
        let shown = String::from_utf8_lossy(request);
        assert!(
            matches!(status(&reply), 400 | 403),
            "{shown:?} was let in: {reply}"
        );
        assert!(!reply.contains("\"token\""), "{reply}");
    }
    // Addressed to this server, also in absolute form, it is answered.
    for request in [
        format!("GET /token?user_id=a HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"),
        format!(
            "GET http://{addr}/token?user_id=a HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
        ),
    ] {
        let reply = raw_bytes(&addr, request.as_bytes());
        assert_eq!(status(&reply), 200, "{request:?}: {reply}");
    }

    // With a key, a request without a Host needs the key even for the page.
    let keyed = Server::start(
        &["--app-id", "7", "--secret", SECRET, "--access-key", KEY],
        &[],
    );
    let no_host = |path: &str, auth: &str| {
        raw_bytes(
            &keyed.addr,
            format!("GET {path} HTTP/1.1\r\n{auth}Connection: close\r\n\r\n").as_bytes(),
        )
    };
    assert_eq!(status(&no_host("/healthz", "")), 400);
    let bearer = format!("Authorization: Bearer {KEY}\r\n");
    assert_eq!(status(&no_host("/healthz", &bearer)), 200);
    assert_eq!(status(&no_host("/token?user_id=a", &bearer)), 200);
}

#[test]
fn server_lifetimes_and_leeway_are_bounded() {
    let server = server();
    for query in [
        "user_id=a&effective_time=9999999999999d",
        "user_id=a&ttl=9999999999999",
        "user_id=a&ttl=300000000000",
    ] {
        let reply = get(&server.url(&format!("/token?{query}")), &[]);
        assert_eq!(reply.status, 400, "{query}: {}", reply.body);
        let json = reply.json();
        assert_eq!(json["field"], "effective_time", "{json}");
        assert!(json["error"].as_str().unwrap().contains("9999"), "{json}");
    }
    for leeway in ["2d", "86401", "9999999999999d"] {
        let body = serde_json::json!({
            "token": "04abc", "leeway": leeway, "now": "9999-12-31T23:59:59Z"
        });
        let reply = post(&server.url("/api/verify"), &body.to_string(), &[]);
        assert_eq!(reply.status, 400, "{leeway}: {}", reply.body);
        assert_eq!(reply.json()["field"], "leeway");
    }
    let body = serde_json::json!({ "token": "04abc", "leeway": "1d" });
    assert_eq!(
        post(&server.url("/api/verify"), &body.to_string(), &[]).status,
        200
    );

    // A long default lifetime is warned about at start.
    let long = Server::start(&["--app-id", "7", "--secret", SECRET, "--ttl", "90d"], &[]);
    long.wait_for_log(|l| l.contains("warning: the lifetime \"90d\" is over 30 days"));
}

#[test]
fn a_given_access_key_is_not_printed() {
    let server = Server::start(
        &["--app-id", "7", "--secret", SECRET, "--access-key", KEY],
        &[],
    );
    server.wait_for_log(|l| l.contains("Ctrl-C"));
    let log = server.log().join("\n");
    assert!(!log.contains(KEY), "{log}");
    assert!(log.contains("access key       as given"), "{log}");
    let env = Server::start(
        &["--app-id", "7", "--secret", SECRET],
        &[("ZEGO_TOKEN_ACCESS_KEY", KEY)],
    );
    env.wait_for_log(|l| l.contains("Ctrl-C"));
    assert!(!env.log().join("\n").contains(KEY));
}
