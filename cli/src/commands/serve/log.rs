//! One stderr line per request: time, method, path, status, duration and
//! the user id. Never the query string, a body, the token or the secret.
//! A request rejected before routing gets `time - - status reason`.

use std::io::Write as _;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::app::App;
use super::reply::{ApiError, LoggedUser};
use crate::views::render::{local_clock, sanitize};

/// The time a request has, from its headers, to arrive whole and be
/// answered (the replies themselves take milliseconds).
pub(super) const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

/// Counts a request as in flight until it ends, also when it is dropped
/// because the client went away.
struct InFlight<'a>(&'a App);

impl<'a> InFlight<'a> {
    fn enter(app: &'a App) -> InFlight<'a> {
        app.in_flight.send_modify(|n| *n += 1);
        InFlight(app)
    }
}

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.in_flight.send_modify(|n| *n -= 1);
    }
}

/// The outermost middleware: times the request and logs it.
pub(super) async fn log(State(app): State<Arc<App>>, request: Request, next: Next) -> Response {
    let start = Instant::now();
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let response = {
        let _in_flight = InFlight::enter(&app);
        // A body that stalls would hold its connection, and a place under
        // the connection cap, for good.
        match tokio::time::timeout(REQUEST_TIMEOUT, next.run(request)).await {
            Ok(response) => response,
            Err(_) => ApiError::new(
                StatusCode::REQUEST_TIMEOUT,
                format!(
                    "the request did not arrive within {} s",
                    REQUEST_TIMEOUT.as_secs()
                ),
            )
            .hint("send the body with the headers, at once")
            .into_response(),
        }
    };
    let user = response
        .extensions()
        .get::<LoggedUser>()
        .filter(|LoggedUser(user)| !user.is_empty())
        .map(|LoggedUser(user)| format!(" user={}", sanitize(user)))
        .unwrap_or_default();
    let _ = writeln!(
        std::io::stderr(),
        "{} {method} {} {} {:.1} ms{user}",
        local_clock(chrono::Utc::now().timestamp()),
        sanitize(&path),
        response.status().as_u16(),
        start.elapsed().as_secs_f64() * 1000.0,
    );
    response
}

/// The line of a request answered before routing (431, 414, 400): its
/// method and path are unknown.
pub(super) fn rejected(status: u16, reason: &str) {
    let _ = writeln!(
        std::io::stderr(),
        "{} - - {status} {reason}",
        local_clock(chrono::Utc::now().timestamp()),
    );
}

/// One line from the server itself (not a request) on stderr.
pub(super) fn note(text: &str) {
    let _ = writeln!(std::io::stderr(), "zego-token serve: {text}");
}
