//! One stderr line per request: time, method, path, status, duration and
//! the user id. Never the query string, a body, the token or the secret.

use std::io::Write as _;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Instant;

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;

use super::App;
use crate::render::{local_clock, sanitize};

/// The user a reply concerns, left in its extensions for the log line.
#[derive(Debug, Clone)]
pub(super) struct LoggedUser(pub(super) String);

/// Counts a request as in flight until it ends, also when it is dropped
/// because the client went away.
struct InFlight<'a>(&'a App);

impl<'a> InFlight<'a> {
    fn enter(app: &'a App) -> InFlight<'a> {
        app.in_flight.fetch_add(1, Ordering::Relaxed);
        InFlight(app)
    }
}

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.in_flight.fetch_sub(1, Ordering::Relaxed);
    }
}

/// The outermost middleware: times the request and logs it.
pub(super) async fn log(State(app): State<Arc<App>>, request: Request, next: Next) -> Response {
    let start = Instant::now();
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let response = {
        let _in_flight = InFlight::enter(&app);
        next.run(request).await
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
