//! `zego-token serve` end to end: the real binary on an ephemeral loopback
//! port, spoken to over HTTP. Tokens it returns are checked with the
//! library; its verify / decode objects against the CLI's `--json`.
#![allow(clippy::unwrap_used, clippy::print_stderr)]

mod support;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use support::SECRET;
use support::cli::zego;
use support::server::{Reply, Server, get, post, raw};
use zego_token::format::{Claims, Iv, encode, payload_privilege};
use zego_token::{Mode, Secret, unchecked};

const KEY: &str = "test-access-key-0123456789";

fn secret() -> Secret {
    Secret::new(SECRET).unwrap()
}

fn server() -> Server {
    Server::start(&["--app-id", "7", "--secret", SECRET], &[])
}

/// A token made with the library: expired long ago unless `expire` is later.
fn token(app_id: u32, user_id: &str, ctime: i64, expire: i64, payload: &str) -> String {
    let claims = Claims {
        app_id,
        user_id: user_id.into(),
        nonce: 12_345,
        ctime,
        expire,
        payload: payload.into(),
    };
    encode(&claims, &secret(), &Iv::Gcm([9; 12])).unwrap()
}

fn cli_json(args: &[&str]) -> Value {
    let out = zego().args(args).output().unwrap();
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)))
}

#[test]
fn token_round_trip_decodes_with_the_library() {
    let server = server();
    let reply = get(
        &server.url(
            "/token?user_id=alice&room_id=r1&publish=0&login=1&stream_id=s1&effective_time=30m",
        ),
        &[],
    );
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(reply.header("content-type"), Some("application/json"));
    assert_eq!(reply.header("cache-control"), Some("no-store"));
    let body = reply.json();
    assert_eq!(body["app_id"], 7);
    assert_eq!(body["user_id"], "alice");
    let token = body["token"].as_str().unwrap();
    let (envelope, claims) = unchecked::open(token, &secret()).unwrap();
    let claims = claims.into_v04().expect("a Token04");
    assert_eq!(envelope.mode(), Mode::Gcm);
    assert_eq!((claims.app_id, claims.user_id.as_str()), (7, "alice"));
    assert_eq!(body["expire"], claims.expire);
    assert_eq!(claims.expire - claims.ctime, 1800);
    assert!((claims.ctime - chrono::Utc::now().timestamp()).abs() < 60);
    let privilege = payload_privilege(&claims.payload).unwrap().unwrap();
    assert_eq!(privilege.room_id, "r1");
    assert!(privilege.login && !privilege.publish);
    assert_eq!(privilege.stream_ids, Some(vec!["s1".to_owned()]));
    assert_eq!(body["privilege"]["publish"], false);

    // Request values win over the server's defaults.
    let body = get(
        &server.url("/token?user_id=bob&app_id=9&mode=cbc&payload=hello&ttl=2h"),
        &[],
    )
    .json();
    let (envelope, claims) = unchecked::open(body["token"].as_str().unwrap(), &secret()).unwrap();
    let claims = claims.into_v04().expect("a Token04");
    assert_eq!(envelope.mode(), Mode::Cbc);
    assert_eq!((claims.app_id, claims.payload.as_str()), (9, "hello"));
    assert_eq!(claims.expire - claims.ctime, 7200);

    // Defaults: the server's app id and one hour; no payload.
    let body = get(&server.url("/token?user_id=carol"), &[]).json();
    let (_, claims) = unchecked::open(body["token"].as_str().unwrap(), &secret()).unwrap();
    let claims = claims.into_v04().expect("a Token04");
    assert_eq!((claims.app_id, claims.expire - claims.ctime), (7, 3600));
    assert_eq!(claims.payload, "");
    assert_eq!(get(&server.url("/healthz"), &[]).status, 200);
}

#[test]
fn bad_token_requests_are_400_with_a_hint_and_the_field() {
    let server = server();
    let long_user = "a".repeat(65);
    // 60 kB of URL, but each control character is 6 bytes of escaped JSON
    // in the claims: past the 65,535-byte ciphertext limit.
    let huge_payload = "%01".repeat(20_000);
    let cases: Vec<(String, Option<&str>)> = vec![
        (String::new(), Some("user_id")),
        ("user_id=".into(), Some("user_id")),
        (format!("user_id={long_user}"), Some("user_id")),
        ("user_id=a&user_id=b".into(), Some("user_id")),
        ("user_id=a&app_id=0".into(), Some("app_id")),
        ("user_id=a&app_id=x".into(), Some("app_id")),
        ("user_id=a&app_id=99999999999".into(), Some("app_id")),
        ("user_id=a&effective_time=0".into(), Some("effective_time")),
        ("user_id=a&effective_time=-5".into(), Some("effective_time")),
        (
            "user_id=a&effective_time=soon".into(),
            Some("effective_time"),
        ),
        ("user_id=a&mode=ecb".into(), Some("mode")),
        ("user_id=a&publish=0".into(), Some("room_id")),
        ("user_id=a&stream_id=s".into(), Some("room_id")),
        ("user_id=a&room_id=r&publish=maybe".into(), Some("publish")),
        ("user_id=a&room_id=r&payload=x".into(), Some("payload")),
        (format!("user_id=a&payload={huge_payload}"), Some("payload")),
        ("user_id=a&foo=1".into(), None),
    ];
    for (query, field) in cases {
        let reply = get(&server.url(&format!("/token?{query}")), &[]);
        let shown = &query[..query.len().min(60)];
        assert_eq!(reply.status, 400, "{shown}: {}", reply.body);
        let body = reply.json();
        assert!(!body["error"].as_str().unwrap().is_empty(), "{shown}");
        assert!(
            !body["hint"].as_str().unwrap_or_default().is_empty(),
            "{shown}: no hint in {body}"
        );
        assert_eq!(body["field"].as_str(), field, "{shown}: {body}");
    }

    // A server without a default AppID needs one in the request.
    let bare = Server::start(&["--secret", SECRET], &[]);
    let body = get(&bare.url("/token?user_id=a"), &[]).json();
    assert_eq!(body["field"], "app_id");
    assert!(body["hint"].as_str().unwrap().contains("--app-id"));
    assert_eq!(get(&bare.url("/token?user_id=a&app_id=3"), &[]).status, 200);
}

#[test]
fn verify_and_decode_give_the_cli_json_objects() {
    let server = server();
    let now = "1796000000";
    let expired = token(1, "bob", 1_700_000_000, 1_700_003_600, "");
    let valid = token(
        2,
        "bob",
        1_795_999_000,
        1_796_003_600,
        r#"{"room_id":"r1","privilege":{"1":1,"2":0},"stream_id_list":null}"#,
    );
    let quoted = format!("\"{valid}\"");
    for token in [
        expired.as_str(),
        valid.as_str(),
        quoted.as_str(),
        "04abc",
        "hello",
    ] {
        let expectations = [
            (json!({"token": token, "now": now}), vec![]),
            (
                json!({"token": token, "now": 1_796_000_000, "app_id": 2, "user_id": "bob",
                       "room_id": "r1", "require": ["publish"], "leeway": "30s"}),
                vec![
                    "--app-id",
                    "2",
                    "--user-id",
                    "bob",
                    "--room-id",
                    "r1",
                    "--require",
                    "publish",
                    "--leeway",
                    "30s",
                ],
            ),
        ];
        for (body, flags) in expectations {
            let reply = post(&server.url("/api/verify"), &body.to_string(), &[]);
            assert_eq!(reply.status, 200, "{}", reply.body);
            let mut args = vec!["verify", "--json", "--secret", SECRET, "--now", now];
            args.extend(flags);
            args.push(token);
            assert_eq!(reply.json(), cli_json(&args), "verify {token}");
        }
        let reply = post(
            &server.url("/api/decode"),
            &json!({ "token": token }).to_string(),
            &[],
        );
        assert_eq!(reply.status, 200);
        let cli = cli_json(&["decode", "--json", "--secret", SECRET, token]);
        assert_eq!(reply.json(), cli, "decode {token}");
    }
    // The verdicts themselves.
    let body = post(
        &server.url("/api/verify"),
        &json!({ "token": expired }).to_string(),
        &[],
    )
    .json();
    assert_eq!(body["valid"], false);
    assert_eq!(body["failures"][0]["kind"], "expired");
    assert_eq!(
        body["failures"][0]["sdk_codes"],
        json!([1_002_078, 6_000_106])
    );
    assert!(body["failures"][0]["hint"].is_string());
    let body = post(
        &server.url("/api/verify"),
        &json!({ "token": valid, "now": now, "app_id": "2" }).to_string(),
        &[],
    )
    .json();
    assert_eq!(body["valid"], true, "{body}");
}

#[test]
fn bad_verify_and_decode_bodies_are_400() {
    let server = server();
    let t = token(1, "bob", 1_700_000_000, 1_700_003_600, "");
    let cases: Vec<(String, Option<&str>)> = vec![
        ("not json".into(), None),
        ("[1, 2]".into(), None),
        ("{}".into(), Some("token")),
        (r#"{"token": 5}"#.into(), Some("token")),
        (json!({"token": t, "colour": "red"}).to_string(), None),
        (
            json!({"token": t, "app_id": "x"}).to_string(),
            Some("app_id"),
        ),
        (
            json!({"token": t, "app_id": -1}).to_string(),
            Some("app_id"),
        ),
        (
            json!({"token": t, "user_id": 5}).to_string(),
            Some("user_id"),
        ),
        (
            json!({"token": t, "require": ["fly"]}).to_string(),
            Some("require"),
        ),
        (
            json!({"token": t, "now": "yesterday"}).to_string(),
            Some("now"),
        ),
        (json!({"token": t, "now": true}).to_string(), Some("now")),
        (
            json!({"token": t, "leeway": "soon"}).to_string(),
            Some("leeway"),
        ),
    ];
    for (body, field) in &cases {
        let reply = post(&server.url("/api/verify"), body, &[]);
        assert_eq!(reply.status, 400, "{body}: {}", reply.body);
        let json = reply.json();
        assert!(json["error"].is_string(), "{json}");
        assert_eq!(json["field"].as_str(), *field, "{body}: {json}");
    }
    let reply = post(
        &server.url("/api/decode"),
        r#"{"token": "04", "now": 1}"#,
        &[],
    );
    assert_eq!(reply.status, 400);
    let big = json!({ "token": "a".repeat(600 * 1024) }).to_string();
    let reply = post(&server.url("/api/verify"), &big, &[]);
    assert_eq!(reply.status, 413, "{}", reply.body);
    assert!(reply.json()["error"].is_string());
    assert_eq!(get(&server.url("/nope"), &[]).status, 404);
    let reply = get(&server.url("/api/verify"), &[]);
    assert_eq!(reply.status, 405);
    assert!(reply.json()["hint"].is_string());
}

#[test]
fn without_a_secret_the_server_decodes_headers_only() {
    let server = Server::start(&["--app-id", "7"], &[]);
    let line = server.wait_for_log(|l| l.contains("ServerSecret"));
    assert!(line.contains("none"), "{line}");
    for reply in [
        get(&server.url("/token?user_id=alice"), &[]),
        post(
            &server.url("/api/verify"),
            &json!({ "token": "04abc" }).to_string(),
            &[],
        ),
    ] {
        assert_eq!(reply.status, 503, "{}", reply.body);
        assert!(
            reply.json()["hint"]
                .as_str()
                .unwrap()
                .contains("--secret-file")
        );
    }
    let t = token(1, "bob", 1_700_000_000, 1_700_003_600, "");
    let body = post(
        &server.url("/api/decode"),
        &json!({ "token": t }).to_string(),
        &[],
    )
    .json();
    assert_eq!(body["mode"], "gcm");
    assert_eq!(body["claims"], Value::Null);
    assert_eq!(body["expire"], 1_700_003_600);
    let info = get(&server.url("/api/info"), &[]).json();
    assert_eq!(info["secret"], false);
    assert_eq!(info["app_id"], 7);
}

#[test]
fn an_access_key_guards_the_api() {
    let server = Server::start(
        &["--app-id", "7", "--secret", SECRET, "--access-key", KEY],
        &[],
    );
    let bearer = format!("Bearer {KEY}");
    let wrong = format!("Bearer {KEY}x");
    let verify_body = json!({ "token": "04abc" }).to_string();
    for (path, post_body) in [
        ("/token?user_id=alice", None),
        ("/api/info", None),
        ("/api/verify", Some(verify_body.as_str())),
        ("/api/decode", Some(verify_body.as_str())),
    ] {
        let call = |headers: &[(&str, &str)]| match post_body {
            None => get(&server.url(path), headers),
            Some(body) => post(&server.url(path), body, headers),
        };
        for headers in [
            vec![],
            vec![("Authorization", wrong.as_str())],
            vec![("Authorization", KEY)],
        ] {
            let reply = call(&headers);
            assert_eq!(reply.status, 401, "{path} {headers:?}");
            assert_eq!(reply.header("www-authenticate"), Some("Bearer"));
            assert!(reply.json()["hint"].is_string());
        }
        assert_eq!(call(&[("Authorization", &bearer)]).status, 200, "{path}");
    }
    // The page and the health check need no key.
    assert_eq!(get(&server.url("/"), &[]).status, 200);
    assert_eq!(get(&server.url("/healthz"), &[]).status, 200);
}

#[test]
fn off_loopback_a_key_is_generated_printed_and_required() {
    let server = Server::start_on("0.0.0.0:0", &["--app-id", "7", "--secret", SECRET], &[]);
    let line = server.wait_for_log(|l| l.trim_start().starts_with("access key"));
    let key = line.split_whitespace().nth(2).unwrap().to_owned();
    assert_eq!(key.len(), 43, "{line}");
    assert!(line.contains("generated"));
    server.wait_for_log(|l| l.contains("warning") && l.contains("other machines"));
    assert_eq!(get(&server.url("/token?user_id=a"), &[]).status, 401);
    let bearer = format!("Bearer {key}");
    let reply = get(
        &server.url("/token?user_id=a"),
        &[("Authorization", &bearer)],
    );
    assert_eq!(reply.status, 200);
    // With a key, any Host is accepted (the key is the guard).
    let reply = raw(
        &server.addr,
        "GET /healthz HTTP/1.1\r\nHost: phone-lan.example\r\nConnection: close\r\n\r\n",
    );
    assert!(reply.starts_with("HTTP/1.1 200"), "{reply}");
}

#[test]
fn a_keyless_server_refuses_other_host_names() {
    let server = server();
    let request = |host: &str| {
        raw(
            &server.addr,
            &format!("GET /token?user_id=a HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"),
        )
    };
    assert!(request("evil.example:8787").starts_with("HTTP/1.1 403"));
    assert!(request("localhost.evil.example").starts_with("HTTP/1.1 403"));
    assert!(request("localhost:8787").starts_with("HTTP/1.1 200"));
    assert!(request(&server.addr).starts_with("HTTP/1.1 200"));
}

#[test]
fn cors_headers_only_for_allowed_origins() {
    let allowed = "http://localhost:5173";
    let server = Server::start(
        &[
            "--app-id",
            "7",
            "--secret",
            SECRET,
            "--cors-origin",
            allowed,
        ],
        &[],
    );
    let acao = "access-control-allow-origin";
    let reply = get(&server.url("/token?user_id=a"), &[("Origin", allowed)]);
    assert_eq!(reply.status, 200);
    assert_eq!(reply.header(acao), Some(allowed));
    let reply = get(
        &server.url("/token?user_id=a"),
        &[("Origin", "http://evil.example")],
    );
    assert_eq!(reply.header(acao), None);
    let preflight = |origin: &str| {
        raw(
            &server.addr,
            &format!(
                "OPTIONS /api/verify HTTP/1.1\r\nHost: {}\r\nOrigin: {origin}\r\n\
                 Access-Control-Request-Method: POST\r\n\
                 Access-Control-Request-Headers: authorization, content-type\r\n\
                 Connection: close\r\n\r\n",
                server.addr
            ),
        )
        .to_ascii_lowercase()
    };
    let ok = preflight(allowed);
    assert!(ok.starts_with("http/1.1 200"), "{ok}");
    assert!(ok.contains(&format!("{acao}: {allowed}")), "{ok}");
    assert!(
        ok.contains("access-control-allow-headers: authorization,content-type"),
        "{ok}"
    );
    assert!(!preflight("http://evil.example").contains(acao));

    // No --cors-origin: no CORS headers at all.
    let plain = server_without_cors();
    let reply = get(&plain.url("/token?user_id=a"), &[("Origin", allowed)]);
    assert_eq!(reply.status, 200);
    assert!(
        reply
            .headers
            .iter()
            .all(|(n, _)| !n.starts_with("access-control"))
    );
}

fn server_without_cors() -> Server {
    server()
}

#[test]
fn the_page_is_self_contained_and_labelled() {
    let server = server();
    let reply = get(&server.url("/"), &[]);
    assert_eq!(reply.status, 200);
    assert_eq!(
        reply.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    let csp = reply.header("content-security-policy").unwrap();
    assert!(csp.contains("default-src 'none'") && csp.contains("connect-src 'self'"));
    let page = &reply.body;
    assert!(page.contains("Token Assistant"));
    for external in [
        "src=\"http",
        "href=\"http",
        "url(http",
        "@import",
        "//cdn",
        "<link",
    ] {
        assert!(!page.contains(external), "the page loads {external}");
    }
    // Every text input, select and textarea has a label tied to it.
    for tag in ["<input", "<select", "<textarea"] {
        for chunk in page.split(tag).skip(1) {
            let element = &chunk[..chunk.find('>').unwrap()];
            if element.contains("type=\"radio\"") || element.contains("type=\"checkbox\"") {
                continue; // wrapped in their <label>
            }
            let id = element
                .split("id=\"")
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .unwrap_or_else(|| panic!("{tag} without id: {element}"));
            assert!(
                page.contains(&format!("for=\"{id}\"")),
                "no label for #{id}"
            );
        }
    }
}

#[test]
fn the_secret_is_in_no_response_and_no_log_line() {
    let mut server = Server::start(
        &[
            "--app-id",
            "7",
            "--secret",
            SECRET,
            "--cors-origin",
            "http://localhost:5173",
        ],
        &[],
    );
    let submitted = token(7, "dave", 1_700_000_000, 1_700_003_600, "");
    let mut replies = vec![
        get(&server.url("/"), &[]),
        get(&server.url("/healthz"), &[]),
        get(&server.url("/api/info"), &[]),
        get(&server.url("/token?user_id=alice&room_id=r1"), &[]),
        get(&server.url("/token?user_id=alice&app_id=0"), &[]),
        get(&server.url("/token?user_id=erin&mode=cbc"), &[]),
        get(&server.url("/missing"), &[]),
        post(
            &server.url("/api/verify"),
            &json!({ "token": submitted }).to_string(),
            &[],
        ),
        post(
            &server.url("/api/decode"),
            &json!({ "token": submitted }).to_string(),
            &[],
        ),
        post(&server.url("/api/verify"), "{", &[]),
    ];
    replies.push(get(
        &server.url("/token?user_id=alice"),
        &[("Origin", "http://localhost:5173")],
    ));
    let issued: Vec<String> = replies.iter().filter_map(|r| r.json_token()).collect();
    assert_eq!(issued.len(), 3);
    for reply in &replies {
        assert!(!reply.body.contains(SECRET), "{}", reply.body);
        assert!(reply.headers.iter().all(|(_, v)| !v.contains(SECRET)));
    }
    server.wait_for_log(|l| l.contains("GET /token") && l.contains("user=erin"));
    server.terminate();
    assert!(server.wait_exit(Duration::from_secs(15)).success());
    let log = server.log();
    for line in &log {
        assert!(!line.contains(SECRET), "the secret in: {line}");
        assert!(!line.contains(&submitted), "a token in: {line}");
        for token in &issued {
            assert!(!line.contains(token.as_str()), "a token in: {line}");
        }
        // The query string (and so the payload) is not logged either.
        assert!(!line.contains("room_id="), "{line}");
    }
    // One line per request: time, method, path, status, duration, user.
    let line = log
        .iter()
        .find(|l| l.contains(" GET /token 200 ") && l.ends_with("user=alice"))
        .unwrap_or_else(|| panic!("no log line for alice's token:\n{}", log.join("\n")));
    let words: Vec<&str> = line.split(' ').collect();
    assert_eq!(words.len(), 7, "{line}");
    assert_eq!(words[0].len(), 8, "{line}"); // HH:MM:SS
    assert_eq!(words[5], "ms");
    assert!(
        log.iter()
            .any(|l| l.contains(" POST /api/verify 200 ") && l.ends_with("user=dave"))
    );
    assert!(log.iter().any(|l| l.contains(" POST /api/verify 400 ")));
}

trait TokenOf {
    fn json_token(&self) -> Option<String>;
}

impl TokenOf for Reply {
    fn json_token(&self) -> Option<String> {
        let body: Value = serde_json::from_str(&self.body).ok()?;
        body.get("token")?.as_str().map(str::to_owned)
    }
}

#[test]
fn sigterm_finishes_the_requests_in_flight() {
    let mut server = server();
    let body = json!({ "token": token(1, "bob", 1_700_000_000, 1_700_003_600, "") }).to_string();
    let (first, rest) = body.split_at(body.len() / 2);
    let mut stream = TcpStream::connect(&server.addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    write!(
        stream,
        "POST /api/decode HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{first}",
        server.addr,
        body.len()
    )
    .unwrap();
    stream.flush().unwrap();
    std::thread::sleep(Duration::from_millis(300));
    server.terminate();
    server.wait_for_log(|l| l.contains("stopping"));
    // No new connections; the one in flight goes on.
    let deadline = Instant::now() + Duration::from_secs(5);
    while TcpStream::connect(&server.addr).is_ok() {
        assert!(Instant::now() < deadline, "still accepting connections");
        std::thread::sleep(Duration::from_millis(20));
    }
    stream.write_all(rest.as_bytes()).unwrap();
    let mut reply = String::new();
    stream.read_to_string(&mut reply).unwrap();
    assert!(reply.starts_with("HTTP/1.1 200"), "{reply}");
    assert!(reply.contains("\"user_id\":\"bob\"") || reply.contains("\"mode\":\"gcm\""));
    assert!(server.wait_exit(Duration::from_secs(15)).success());
    let log = server.log();
    assert!(
        log.iter()
            .any(|l| l.contains("finishing 1 request in flight")),
        "{log:?}"
    );
    assert!(log.iter().any(|l| l.ends_with("serve: stopped")), "{log:?}");
}

/// The load benchmark, run by hand (it reports, it does not time-limit):
///
///     cargo test --release --test serve -- --ignored --nocapture load
///
/// 10,000 `GET /token` from 50 concurrent keep-alive clients against one
/// server; every reply must be a 200 with a token that opens.
#[test]
#[ignore = "a benchmark: run by hand with --ignored --nocapture"]
fn load_10000_requests_from_50_clients() {
    const CLIENTS: usize = 50;
    const PER_CLIENT: usize = 200;
    let server = Server::start(&["--app-id", "7", "--secret", SECRET], &[]);
    let base = server.base.clone();
    let start = Instant::now();
    let handles: Vec<_> = (0..CLIENTS)
        .map(|client| {
            let base = base.clone();
            std::thread::spawn(move || {
                let agent = support::server::agent();
                let mut latencies = Vec::with_capacity(PER_CLIENT);
                let mut last_token = String::new();
                for n in 0..PER_CLIENT {
                    let url = format!("{base}/token?user_id=user{client}-{n}&room_id=r1");
                    let sent = Instant::now();
                    let mut reply = agent.get(&url).call().unwrap();
                    let body = reply.body_mut().read_to_string().unwrap();
                    latencies.push(sent.elapsed());
                    assert_eq!(reply.status().as_u16(), 200, "{body}");
                    last_token = body;
                }
                (latencies, last_token)
            })
        })
        .collect();
    let mut latencies = Vec::with_capacity(CLIENTS * PER_CLIENT);
    for handle in handles {
        let (client_latencies, last) = handle.join().unwrap();
        let token: Value = serde_json::from_str(&last).unwrap();
        unchecked::open(token["token"].as_str().unwrap(), &secret()).unwrap();
        latencies.extend(client_latencies);
    }
    let elapsed = start.elapsed();
    latencies.sort();
    let at = |q: f64| latencies[((latencies.len() as f64 * q) as usize).min(latencies.len() - 1)];
    eprintln!(
        "load: {} requests from {CLIENTS} clients in {:.2} s: {:.0} requests/s; \
         latency p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        latencies.len(),
        elapsed.as_secs_f64(),
        latencies.len() as f64 / elapsed.as_secs_f64(),
        at(0.50).as_secs_f64() * 1e3,
        at(0.99).as_secs_f64() * 1e3,
        latencies[latencies.len() - 1].as_secs_f64() * 1e3,
    );
    assert_eq!(latencies.len(), CLIENTS * PER_CLIENT);
}

#[test]
fn token03_from_the_token_endpoint_round_trips_through_verify() {
    let server = server();
    let reply = get(
        &server.url("/token?user_id=alice&token_version=03&room_id=r1&publish=0"),
        &[],
    );
    assert_eq!(reply.status, 200, "{}", reply.body);
    let body = reply.json();
    assert_eq!(body["version"], "03");
    assert_eq!(body["mode"], "cbc");
    assert_eq!(body["payload"], Value::Null);
    assert_eq!(body["kit"], Value::Null);
    assert_eq!(
        body["privilege"],
        json!({"room_id": "r1", "login": true, "publish": false, "stream_ids": null})
    );
    let token = body["token"].as_str().unwrap();
    assert!(token.starts_with("03"), "{token}");
    let (envelope, contents) = unchecked::open(token, &secret()).unwrap();
    assert_eq!(envelope.version(), zego_token::Version::V03);
    assert_eq!(envelope.mode(), Mode::Cbc);
    let claims = contents.as_v03().expect("a Token03");
    assert_eq!((claims.app_id, claims.user_id.as_str()), (7, "alice"));
    assert_eq!(claims.room_id, "r1");
    assert!(claims.privilege.login && !claims.privilege.publish);
    assert_eq!(claims.expire_time - claims.create_time, 3600);
    // The reply's nonce is the token's, to the last of its 64 bits.
    assert_eq!(body["nonce"], json!(claims.nonce));
    assert_eq!(body["ctime"], json!(claims.create_time));
    assert_eq!(body["expire"], json!(claims.expire_time));

    let now = (claims.create_time + 1).to_string();
    let verify = |extra: Value| {
        let mut request = json!({ "token": token, "now": now });
        request
            .as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        let reply = post(&server.url("/api/verify"), &request.to_string(), &[]);
        assert_eq!(reply.status, 200, "{}", reply.body);
        reply.json()
    };
    let verified =
        verify(json!({ "app_id": 7, "user_id": "alice", "room_id": "r1", "require": ["login"] }));
    assert_eq!(verified["valid"], true, "{verified}");
    assert_eq!(verified["failures"], json!([]));
    assert_eq!(verified["version"], "03");
    assert_eq!(verified["mode"], "cbc");
    assert_eq!(verified["authenticated"], false);
    assert_eq!(verified["kit"], Value::Null);
    // The token's own keys, and the privileges as Token04 names them.
    assert_eq!(
        verified["claims"],
        json!({
            "app_id": 7, "room_id": "r1", "user_id": "alice",
            "privilege": {"1": 1, "2": 0},
            "create_time": claims.create_time, "expire_time": claims.expire_time,
            "nonce": claims.nonce,
        })
    );
    assert_eq!(verified["privilege"], body["privilege"]);
    assert_eq!(
        verified,
        cli_json(&[
            "verify",
            "--json",
            "--secret",
            SECRET,
            "--now",
            &now,
            "--app-id",
            "7",
            "--user-id",
            "alice",
            "--room-id",
            "r1",
            "--require",
            "login",
            token,
        ])
    );
    // Its privileges and room are checked like a Token04's.
    let denied = verify(json!({ "require": ["publish"], "room_id": "r2" }));
    assert_eq!(denied["valid"], false);
    let kinds: Vec<&str> = denied["failures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["room_id_mismatch", "privilege_missing"], "{denied}");
}

#[test]
fn kit_token_from_the_token_endpoint_decodes_with_its_suffix() {
    let server = server();
    let reply = get(
        &server.url("/token?user_id=alice&kit=1&room_id=r1&user_name=Al%20ice"),
        &[],
    );
    assert_eq!(reply.status, 200, "{}", reply.body);
    let body = reply.json();
    let kit = json!({"user_id": "alice", "room_id": "r1", "user_name": "Al ice", "app_id": 7});
    assert_eq!(body["kit"], kit);
    assert_eq!(body["version"], "04");
    // No privilege flags: no privilege payload; room_id names the kit's room.
    assert_eq!(body["privilege"], Value::Null);
    assert_eq!(body["payload"], "");
    let token = body["token"].as_str().unwrap();
    assert_eq!(token.matches('#').count(), 1, "{token}");
    let (inner, suffix) = zego_token::format::split_kit(token);
    let parsed = zego_token::Kit::parse(suffix.expect("a suffix")).unwrap();
    assert_eq!(parsed.user_id, "alice");
    assert_eq!(parsed.room_id.as_deref(), Some("r1"));
    assert_eq!(parsed.user_name, "Al ice");
    assert_eq!(parsed.app_id, 7);
    let (envelope, contents) = unchecked::open(inner, &secret()).unwrap();
    assert_eq!(envelope.mode(), Mode::Gcm);
    let claims = contents.as_v04().expect("a Token04 inside");
    assert_eq!((claims.app_id, claims.user_id.as_str()), (7, "alice"));
    assert_eq!(claims.payload, "");

    // /api/decode takes the kit token as it is.
    let reply = post(
        &server.url("/api/decode"),
        &json!({ "token": token }).to_string(),
        &[],
    );
    assert_eq!(reply.status, 200, "{}", reply.body);
    let decoded = reply.json();
    assert_eq!(decoded["error"], Value::Null, "{decoded}");
    assert_eq!(decoded["kit"], kit);
    assert_eq!(decoded["version"], "04");
    assert_eq!(decoded["claims"]["user_id"], "alice");
    assert_eq!(decoded["claims"]["nonce"], body["nonce"]);
    assert_eq!(
        decoded,
        cli_json(&["decode", "--json", "--secret", SECRET, token])
    );

    // The kit's room is the room verify checks (the token has no payload).
    let verify = |token: &str, room: &str| {
        let request = json!({ "token": token, "room_id": room });
        let reply = post(&server.url("/api/verify"), &request.to_string(), &[]);
        assert_eq!(reply.status, 200, "{}", reply.body);
        reply.json()
    };
    assert_eq!(verify(token, "r1")["valid"], true);
    let other_room = verify(token, "r9");
    assert_eq!(
        other_room["failures"][0]["kind"], "room_id_mismatch",
        "{other_room}"
    );

    // A suffix naming another user than the token inside: kit_mismatch.
    let bob = zego_token::Kit::new("bob", Some("r1".into()), "Bob", 7);
    let swapped = bob.wrap(inner).unwrap();
    let mismatch = verify(&swapped, "r1");
    assert_eq!(mismatch["valid"], false);
    assert_eq!(
        mismatch["failures"][0]["kind"], "kit_mismatch",
        "{mismatch}"
    );
    assert_eq!(mismatch["failures"][0]["sdk_codes"], json!([1_002_077]));
    assert_eq!(mismatch["kit"]["user_id"], "bob");

    // Privilege flags ask for a payload, for the kit's room; the name
    // defaults to the user id.
    let body = get(
        &server.url("/token?user_id=bob&kit=1&room_id=r2&login=1&publish=0"),
        &[],
    )
    .json();
    assert_eq!(
        body["kit"],
        json!({"user_id": "bob", "room_id": "r2", "user_name": "bob", "app_id": 7})
    );
    assert_eq!(body["privilege"]["room_id"], "r2");
    assert_eq!(body["privilege"]["publish"], false);
}

#[test]
fn new_token_parameters_are_checked_and_name_their_field() {
    let server = server();
    let cases = [
        ("user_id=a&token_version=03", "room_id"),
        ("user_id=a&token_version=03&room_id=", "room_id"),
        (
            "user_id=a&token_version=03&room_id=r&stream_id=s",
            "stream_id",
        ),
        ("user_id=a&token_version=03&room_id=r&mode=gcm", "mode"),
        ("user_id=a&token_version=3.0", "token_version"),
        (
            "user_id=a&token_version=03&token_version=04",
            "token_version",
        ),
        ("user_id=a&kit=maybe", "kit"),
        ("user_id=a&user_name=Al", "user_name"),
        ("user_id=%E4%B8%AD&kit=1", "user_id"),
        ("user_id=a&kit=1&room_id=%E4%B8%AD", "room_id"),
    ];
    for (query, field) in cases {
        let reply = get(&server.url(&format!("/token?{query}")), &[]);
        assert_eq!(reply.status, 400, "{query}: {}", reply.body);
        let body = reply.json();
        assert!(!body["error"].as_str().unwrap().is_empty(), "{query}");
        assert!(
            !body["hint"].as_str().unwrap_or_default().is_empty(),
            "{query}: no hint in {body}"
        );
        assert_eq!(body["field"], field, "{query}: {body}");
    }
    // The same requests with what was missing are fine.
    for query in [
        "user_id=a&token_version=03&room_id=r",
        "user_id=a&token_version=03&room_id=r&mode=cbc",
        "user_id=a&token_version=04&room_id=r&stream_id=s",
        "user_id=a&kit=0",
        "user_id=a&kit=1&user_name=Al",
    ] {
        let reply = get(&server.url(&format!("/token?{query}")), &[]);
        assert_eq!(reply.status, 200, "{query}: {}", reply.body);
    }
}

#[test]
fn faulty_generator_tokens_are_invalid_claims_naming_the_claim() {
    let vectors = support::vectors::faulty();
    assert_eq!(vectors.len(), 8);
    let secret = &vectors[0].secret;
    let server = Server::start(&["--app-id", "1234567890", "--secret", secret], &[]);
    for vector in &vectors {
        let id = &vector.id;
        assert_eq!(&vector.secret, secret, "{id}: one server, one secret");
        let request = json!({ "token": vector.token, "now": vector.now });
        let reply = post(&server.url("/api/verify"), &request.to_string(), &[]);
        assert_eq!(reply.status, 200, "{id}: {}", reply.body);
        let body = reply.json();
        assert_eq!(body["valid"], false, "{id}");
        assert_eq!(body["claims"], Value::Null, "{id}");
        assert_eq!(body["authenticated"], vector.mode == "gcm", "{id}: {body}");
        let failures = body["failures"].as_array().unwrap();
        assert!(
            failures.iter().all(|f| f["kind"] == "invalid_claims"),
            "{id}: {body}"
        );
        let named = failures
            .iter()
            .find(|f| f["field"] == vector.field.as_str())
            .unwrap_or_else(|| panic!("{id}: no failure for {} in {body}", vector.field));
        assert!(
            named["sdk_codes"]
                .as_array()
                .unwrap()
                .contains(&json!(vector.sdk_code)),
            "{id}: {named}"
        );
        assert!(!named["message"].as_str().unwrap().is_empty(), "{id}");
        assert!(
            named["hint"].as_str().unwrap().contains("secret is right"),
            "{id}: {named}"
        );
        let now = vector.now.to_string();
        assert_eq!(
            body,
            cli_json(&[
                "verify",
                "--json",
                "--secret",
                secret,
                "--now",
                &now,
                &vector.token
            ]),
            "{id}"
        );
        // Decode reports the first of them.
        let reply = post(
            &server.url("/api/decode"),
            &json!({ "token": vector.token }).to_string(),
            &[],
        );
        assert_eq!(reply.status, 200, "{id}: {}", reply.body);
        assert_eq!(reply.json()["error"]["kind"], "invalid_claims", "{id}");
    }
}

#[test]
fn without_a_secret_the_banner_does_not_advertise_token_and_a_404_names_every_endpoint() {
    let server = Server::start(&["--app-id", "7"], &[]);
    server.wait_for_log(|l| l.contains("Ctrl-C stops it"));
    let log = server.log();
    assert!(
        !log.iter().any(|l| l.contains("curl")),
        "a server without a secret advertises /token: {log:?}"
    );
    assert!(
        log.iter()
            .any(|l| l.contains("token endpoint") && l.contains("off")),
        "{log:?}"
    );
    let reply = get(&server.url("/nope"), &[]);
    assert_eq!(reply.status, 404);
    let hint = reply.json()["hint"].as_str().unwrap().to_owned();
    for endpoint in [
        "/token",
        "/api/info",
        "/api/verify",
        "/api/decode",
        "/healthz",
    ] {
        assert!(hint.contains(endpoint), "{endpoint} missing from {hint}");
    }
}
