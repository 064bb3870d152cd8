//! The routes, their layers, the page and the small endpoints.

use std::sync::Arc;

use axum::Router;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::header::{
    CACHE_CONTROL, CONTENT_SECURITY_POLICY, CONTENT_TYPE, REFERRER_POLICY, X_CONTENT_TYPE_OPTIONS,
    X_FRAME_OPTIONS,
};
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::from_fn_with_state;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Serialize;
use tower_http::cors::CorsLayer;

use super::app::App;
use super::check::MAX_BODY;
use super::reply::{self, ApiError};
use super::{auth, check, log, token};

/// The Token Assistant: HTML, CSS and JavaScript in one file, nothing fetched
/// from elsewhere.
const PAGE: &str = include_str!("page.html");

/// Scripts and styles only from the page itself; requests only to this server.
const PAGE_CSP: &str = "default-src 'none'; script-src 'unsafe-inline'; \
    style-src 'unsafe-inline'; connect-src 'self'; img-src data:; base-uri 'none'; \
    form-action 'none'; frame-ancestors 'none'";

/// Every route, for the hints of a 404 and a 405 (one list, so neither
/// leaves one out).
const ENDPOINTS: &str = "the endpoints are GET /, GET /token, GET /api/info, GET /healthz, \
    POST /api/verify and POST /api/decode";

pub(super) fn router(app: Arc<App>, cors: Option<CorsLayer>) -> Router {
    let api = Router::new()
        .route("/token", get(token::get))
        .route("/api/verify", post(check::verify))
        .route("/api/decode", post(check::decode))
        .route("/api/info", get(info))
        .route_layer(from_fn_with_state(
            Arc::clone(&app.access),
            auth::require_key,
        ));
    let mut router = Router::new()
        .route("/", get(page))
        .route("/healthz", get(healthz))
        .merge(api)
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .with_state(Arc::clone(&app));
    if let Some(cors) = cors {
        router = router.layer(cors);
    }
    router
        .layer(from_fn_with_state(
            Arc::clone(&app.access),
            auth::loopback_host,
        ))
        .layer(from_fn_with_state(app, log::log))
}

async fn page() -> Response {
    let mut response = PAGE.into_response();
    let headers = response.headers_mut();
    for (name, value) in [
        (CONTENT_TYPE, "text/html; charset=utf-8"),
        (CONTENT_SECURITY_POLICY, PAGE_CSP),
        (CACHE_CONTROL, "no-store"),
        (REFERRER_POLICY, "no-referrer"),
        (X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (X_FRAME_OPTIONS, "DENY"),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}

async fn healthz() -> Response {
    reply::json(StatusCode::OK, &serde_json::json!({ "status": "ok" }))
}

/// What the page needs to know about the server: never the secret.
#[derive(Serialize)]
struct Info {
    version: &'static str,
    /// Whether the server has a ServerSecret (tokens and verification).
    secret: bool,
    app_id: Option<u32>,
    effective_time: String,
    mode: &'static str,
    /// The SDK codes named in verdicts, for the page's "→ Express …" lines.
    sdk_codes: Vec<SdkCodeJson>,
}

#[derive(Serialize)]
struct SdkCodeJson {
    code: u32,
    sdk: &'static str,
    meaning: &'static str,
}

async fn info(State(app): State<Arc<App>>) -> Response {
    let info = Info {
        version: env!("CARGO_PKG_VERSION"),
        secret: app.secret.is_some(),
        app_id: app.app_id,
        effective_time: app.effective_time.clone(),
        mode: app.mode.as_str(),
        sdk_codes: zego_token::diagnose::SDK_CODES
            .iter()
            .map(|c| SdkCodeJson {
                code: c.code,
                sdk: c.sdk.short_name(),
                meaning: c.meaning,
            })
            .collect(),
    };
    reply::json(StatusCode::OK, &info)
}

async fn not_found() -> Response {
    ApiError::new(StatusCode::NOT_FOUND, "no such endpoint")
        .hint(ENDPOINTS)
        .into_response()
}

async fn method_not_allowed() -> Response {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "this endpoint does not take that method",
    )
    .hint(ENDPOINTS)
    .into_response()
}
