//! What every request shares, fixed when the server starts.

use std::sync::Arc;

use tokio::sync::watch;
use zego_token::{Mode, Secret};

use super::auth::Access;

/// What every request shares, fixed at start.
pub(super) struct App {
    /// `None`: the server only decodes headers; /token and /api/verify say
    /// how to restart it with a secret.
    pub(super) secret: Option<Secret>,
    /// The AppID of requests that name none.
    pub(super) app_id: Option<u32>,
    /// The lifetime of requests that name none, in seconds (checked at
    /// start, so not parsed again per request).
    pub(super) lifetime: i64,
    /// The same, as typed, for the page and `/api/info`.
    pub(super) effective_time: String,
    /// The mode of requests that name none.
    pub(super) mode: Mode,
    /// Shared with the middleware that checks it.
    pub(super) access: Arc<Access>,
    /// Requests being handled, for the shutdown.
    pub(super) in_flight: watch::Sender<usize>,
}
