//! `zego-token serve` connections under abuse: silent, stalled and idle
//! connections closed, requests rejected before routing logged, the
//! connection cap and the accept back-off under a low descriptor limit,
//! and a stop that stalled connections do not hold up. Loopback only
//! (127.0.0.1); every wait is bounded, as a generous upper limit.
#![allow(clippy::unwrap_used)]

mod support;

use std::io::{ErrorKind, Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use support::SECRET;
use support::server::{Server, raw};

/// Far above the server's 10 s header and request timeouts: a read that
/// takes this long means the server kept the connection.
const PATIENCE: Duration = Duration::from_secs(40);

fn server() -> Server {
    Server::start(&["--app-id", "7", "--secret", SECRET], &[])
}

fn connect(server: &Server) -> TcpStream {
    let stream = TcpStream::connect(&server.addr).unwrap();
    stream.set_read_timeout(Some(PATIENCE)).unwrap();
    stream
}

/// Everything the server sends until it closes the connection; fails if it
/// keeps the connection open past [`PATIENCE`].
fn until_closed(mut stream: TcpStream, what: &str) -> String {
    let mut out = Vec::new();
    match stream.read_to_end(&mut out) {
        Ok(_) => String::from_utf8_lossy(&out).into_owned(),
        Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
            panic!("{what}: still open after {PATIENCE:?}")
        }
        Err(e) => panic!("{what}: {e}"),
    }
}

fn healthz(server: &Server) -> String {
    let mut stream = connect(server);
    write!(
        stream,
        "GET /healthz HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
        server.addr
    )
    .unwrap();
    until_closed(stream, "a normal request")
}

#[test]
fn silent_stalled_and_idle_connections_are_closed() {
    let server = server();
    let silent = connect(&server);
    let mut stalled = connect(&server);
    stalled
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: 127.0")
        .unwrap();
    let mut idle = connect(&server);
    write!(
        idle,
        "GET /healthz HTTP/1.1\r\nHost: {}\r\n\r\n",
        server.addr
    )
    .unwrap();
    assert_eq!(until_closed(silent, "silent"), "");
    assert_eq!(until_closed(stalled, "mid-headers"), "");
    let answered = until_closed(idle, "idle after a reply");
    assert!(answered.starts_with("HTTP/1.1 200"), "{answered}");
    assert_eq!(answered.matches("HTTP/1.1").count(), 1, "{answered}");
}

#[test]
fn a_stalled_body_is_answered_408() {
    let server = server();
    let mut stream = connect(&server);
    write!(
        stream,
        "POST /api/decode HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\n\
         Content-Length: 100\r\n\r\n{{\"token\":",
        server.addr
    )
    .unwrap();
    let reply = until_closed(stream, "a stalled body");
    assert!(reply.starts_with("HTTP/1.1 408"), "{reply}");
    assert!(reply.contains("\"error\""), "{reply}");
    server.wait_for_log(|l| l.contains(" POST /api/decode 408 "));
}

#[test]
fn requests_rejected_before_routing_are_answered_and_logged() {
    let server = server();
    let headers: String = (0..200).map(|i| format!("X-{i}: a\r\n")).collect();
    let cases = [
        (
            format!("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n{headers}\r\n"),
            431,
        ),
        (
            format!(
                "GET /{} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
                "a".repeat(70_000)
            ),
            414,
        ),
        ("NOT HTTP AT ALL\r\n\r\n".to_owned(), 400),
    ];
    for (request, status) in &cases {
        let reply = raw(&server.addr, request);
        assert!(
            reply.starts_with(&format!("HTTP/1.1 {status} ")),
            "{status}: {reply}"
        );
        server.wait_for_log(|l| l.contains(&format!(" - - {status} ")));
    }
    let log = server.log();
    let rejected: Vec<&String> = log.iter().filter(|l| l.contains(" - - ")).collect();
    assert_eq!(rejected.len(), cases.len(), "{log:?}");
    for line in rejected {
        assert_eq!(line.split(' ').next().map(str::len), Some(8), "{line}"); // HH:MM:SS
        assert!(!line.contains("aaaa") && !line.contains("X-1"), "{line}");
    }
}

#[test]
fn sigterm_does_not_wait_for_stalled_connections() {
    let mut server = server();
    let mut stalled: Vec<TcpStream> = (0..3).map(|_| connect(&server)).collect();
    for stream in &mut stalled {
        stream
            .write_all(b"GET /healthz HTTP/1.1\r\nHost: 1")
            .unwrap();
    }
    let silent = connect(&server);
    // Connections are taken in order: this one answered, the others are in.
    assert!(healthz(&server).starts_with("HTTP/1.1 200"));
    server.terminate();
    assert!(server.wait_exit(PATIENCE).success());
    let log = server.log();
    assert!(
        log.iter()
            .any(|l| l.starts_with("zego-token serve: stopped")),
        "{log:?}"
    );
    assert!(
        !log.iter().any(|l| l.contains("without waiting any longer")),
        "the stop waited out its grace: {log:?}"
    );
    drop((stalled, silent));
}

/// 60 idle connections, more than a 64-descriptor process could hold with
/// its own descriptors: the cap keeps them waiting in the listen queue
/// (never out of descriptors), and once the first ones time out a normal
/// request is served.
#[cfg(unix)]
#[test]
fn idle_connections_beyond_the_cap_wait_in_line() {
    let server = Server::start_with_fd_limit(64, &["--app-id", "7", "--secret", SECRET]);
    let limits = server.wait_for_log(|l| l.trim_start().starts_with("limits"));
    assert!(limits.contains("32 connections at once"), "{limits}");
    let idle: Vec<TcpStream> = (0..60).map(|_| connect(&server)).collect();
    let reply = healthz(&server);
    assert!(reply.starts_with("HTTP/1.1 200"), "{reply}");
    let log = server.log();
    assert!(
        !log.iter().any(|l| l.contains("cannot accept")),
        "ran out of descriptors: {log:?}"
    );
    drop(idle);
}

/// So few descriptors that even the cap cannot keep accepts from failing:
/// the accept loop says so once, backs off, and serves again when the
/// idle connections have timed out.
#[cfg(unix)]
#[test]
fn out_of_descriptors_the_accept_loop_backs_off_and_recovers() {
    let server = Server::start_with_fd_limit(16, &["--app-id", "7", "--secret", SECRET]);
    let limits = server.wait_for_log(|l| l.trim_start().starts_with("limits"));
    assert!(limits.contains("8 connections at once"), "{limits}");
    let idle: Vec<TcpStream> = (0..8).map(|_| connect(&server)).collect();
    let reply = healthz(&server);
    assert!(reply.starts_with("HTTP/1.1 200"), "{reply}");
    assert!(healthz(&server).starts_with("HTTP/1.1 200"));
    let log = server.log();
    let failed = log.iter().filter(|l| l.contains("cannot accept")).count();
    let again = log
        .iter()
        .filter(|l| l.contains("accepting connections again"))
        .count();
    // One line per episode, not one per retry.
    assert!(failed >= 1 && failed <= again + 1 && failed <= 3, "{log:?}");
    drop(idle);
}
