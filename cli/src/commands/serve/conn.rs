//! Connections: the accept loop with its cap and back-off, HTTP/1 with a
//! header-read timeout, and the log line of a request rejected before it
//! reaches the router.

use std::future::Future;
use std::pin::pin;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore, watch};

use super::log::{self, note};

/// The time a client has to send a request's headers, from connecting or
/// from the previous reply: a stalled or idle connection is closed then,
/// so it cannot hold a place for long.
pub(super) const HEADER_TIMEOUT: Duration = Duration::from_secs(10);

/// The most connections open at once, whatever the descriptor limit.
const MAX_CONNECTIONS: u64 = 1024;

/// The wait after a failed accept, doubled while failures go on.
const FIRST_BACKOFF: Duration = Duration::from_millis(10);
const MAX_BACKOFF: Duration = Duration::from_secs(1);

/// The connections open, and the word that they should finish.
pub(super) struct Tracker {
    open: watch::Sender<usize>,
    closing: watch::Sender<bool>,
}

impl Tracker {
    pub(super) fn new() -> Tracker {
        Tracker {
            open: watch::Sender::new(0),
            closing: watch::Sender::new(false),
        }
    }

    pub(super) fn open(&self) -> usize {
        *self.open.borrow()
    }

    /// Asks every connection to close once its request in flight is answered.
    pub(super) fn close_all(&self) {
        self.closing.send_replace(true);
    }

    /// Resolves when no connection is open.
    pub(super) async fn all_closed(&self) {
        let _ = self.open.subscribe().wait_for(|&n| n == 0).await;
    }
}

/// Counts a connection as open until its task ends.
struct Open(watch::Sender<usize>);

impl Open {
    fn enter(open: &watch::Sender<usize>) -> Open {
        open.send_modify(|n| *n += 1);
        Open(open.clone())
    }
}

impl Drop for Open {
    fn drop(&mut self) {
        self.0.send_modify(|n| *n -= 1);
    }
}

/// The cap on open connections: half the descriptor limit, leaving the rest
/// to the server itself, so that a flood of idle connections waits in the
/// listen queue instead of running the process out of descriptors.
pub(super) fn max_connections() -> usize {
    #[cfg(unix)]
    let limit = rustix::process::getrlimit(rustix::process::Resource::Nofile).current;
    #[cfg(not(unix))]
    let limit: Option<u64> = None;
    let cap = limit.map_or(MAX_CONNECTIONS, |n| (n / 2).clamp(1, MAX_CONNECTIONS));
    usize::try_from(cap).unwrap_or(1)
}

/// Accepts connections until `stop` resolves, at most `cap` open at once,
/// each served on its own task.
pub(super) async fn accept(
    listener: TcpListener,
    router: Router,
    tracker: &Tracker,
    cap: usize,
    stop: impl Future<Output = ()>,
) {
    let places = Arc::new(Semaphore::new(cap));
    let mut stop = pin!(stop);
    let mut backoff: Option<Duration> = None;
    loop {
        let place = tokio::select! {
            () = &mut stop => return,
            place = Arc::clone(&places).acquire_owned() => match place {
                Ok(place) => place,
                Err(_) => return,
            },
        };
        let accepted = tokio::select! {
            () = &mut stop => return,
            accepted = listener.accept() => accepted,
        };
        match accepted {
            Ok((stream, _)) => {
                if backoff.take().is_some() {
                    note("accepting connections again");
                }
                let _ = stream.set_nodelay(true);
                let open = Open::enter(&tracker.open);
                let closing = tracker.closing.subscribe();
                tokio::spawn(serve(stream, router.clone(), closing, (open, place)));
            }
            Err(e) => {
                // Out of descriptors, most likely: the error repeats until
                // some close, so wait (longer each time) instead of spinning;
                // the loop itself never gives up.
                let delay = backoff.map_or(FIRST_BACKOFF, |d| (d * 2).min(MAX_BACKOFF));
                if backoff.is_none() {
                    note(&format!(
                        "cannot accept a connection ({e}); retrying as connections close"
                    ));
                }
                backoff = Some(delay);
                tokio::select! {
                    () = &mut stop => return,
                    () = tokio::time::sleep(delay) => {}
                }
            }
        }
    }
}

/// One connection, to its end: closed by the client, by the header
/// timeout, or after its request in flight once the server stops.
async fn serve(
    stream: TcpStream,
    router: Router,
    mut closing: watch::Receiver<bool>,
    _held: (Open, OwnedSemaphorePermit),
) {
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(HEADER_TIMEOUT);
    let mut conn =
        pin!(builder.serve_connection(TokioIo::new(stream), TowerToHyperService::new(router)));
    let result = tokio::select! {
        result = conn.as_mut() => result,
        () = async { let _ = closing.wait_for(|&c| c).await; } => {
            conn.as_mut().graceful_shutdown();
            conn.await
        }
    };
    if let Err(e) = result
        && let Some((status, reason)) = rejection(&e)
    {
        log::rejected(status, reason);
    }
}

/// The status hyper answered a request with that never reached the router
/// (it sends one for these parse errors only), and why.
fn rejection(e: &hyper::Error) -> Option<(u16, &'static str)> {
    if !e.is_parse() || e.is_parse_version_h2() {
        return None;
    }
    if e.is_parse_too_large() {
        // hyper tells the two apart in its message only.
        return Some(if e.to_string().contains("URI") {
            (414, "the URI is too long")
        } else {
            (431, "the request head is too large")
        });
    }
    Some((400, "not a valid HTTP/1.1 request"))
}
