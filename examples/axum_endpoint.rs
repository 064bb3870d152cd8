//! A token endpoint in an axum app: the app server mints each signed-in
//! user's ZEGO token in-process, and checks tokens it is handed back.
//!
//! ```text
//! ZEGO_SERVER_SECRET=fa94dd0f974cf2e293728a526b028271 cargo run --example axum_endpoint
//! curl -H 'x-demo-user: alice' 'http://127.0.0.1:3000/zego/token?room_id=room1'
//! ```

#![allow(clippy::print_stdout)]

use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::Deserialize;
use zego_token::{Mint, Privilege, Secret, Verifier};

const APP_ID: u32 = 1234;

/// Built once at start-up and shared by every request: the secret's key
/// schedules are expanded here, not per token.
struct App {
    secret: Secret,
    verifier: Verifier,
}

#[derive(Deserialize)]
struct TokenQuery {
    room_id: Option<String>,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let secret = Secret::new(&std::env::var("ZEGO_SERVER_SECRET")?)?;
    let app = Arc::new(App {
        verifier: Verifier::new(secret.clone(), APP_ID).leeway(30),
        secret,
    });
    let router = Router::new()
        .route("/zego/token", get(token))
        .route("/zego/check", get(check))
        .with_state(app);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:3000").await?;
    println!("listening on http://{}", listener.local_addr()?);
    axum::serve(listener, router).await?;
    Ok(())
}

/// `GET /zego/token[?room_id=...]`: a one-hour token for the signed-in user.
async fn token(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Query(query): Query<TokenQuery>,
) -> Response {
    // ------------------------------------------------------------------
    // YOUR APP'S SESSION CHECK GOES HERE. Mint only for the user this
    // request is authenticated as (your session cookie, JWT, ...), never
    // for a user id the client merely names. The header below is a
    // stand-in so the example runs; it authenticates nobody.
    let Some(user_id) = session_user(&headers) else {
        return (StatusCode::UNAUTHORIZED, "sign in first").into_response();
    };
    // ------------------------------------------------------------------
    let mut mint = Mint::new(APP_ID, user_id).effective_time(3600);
    if let Some(room_id) = query.room_id {
        mint = mint.privilege(Privilege {
            room_id,
            login: true,
            publish: true,
            stream_ids: None,
        });
    }
    match mint.build(&app.secret, unix_now(), &mut rand::rng()) {
        Ok(made) => json(serde_json::json!({ "token": made.token, "expire": made.expire() })),
        // The user id broke a vendor rule (e.g. longer than 64 bytes).
        Err(e) => (StatusCode::UNPROCESSABLE_ENTITY, e.to_string()).into_response(),
    }
}

/// `GET /zego/check` with `Authorization: Bearer <token>`: whether a token
/// handed back to the server is genuine, current and for this app.
async fn check(State(app): State<Arc<App>>, headers: HeaderMap) -> Response {
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or_default();
    match app.verifier.verify(token, unix_now()) {
        Ok(claims) => {
            json(serde_json::json!({ "user_id": claims.user_id(), "expire": claims.expire() }))
        }
        // One opaque reason, safe to send back: no padding or JSON detail.
        Err(rejection) => (StatusCode::UNAUTHORIZED, rejection.to_string()).into_response(),
    }
}

/// A stand-in for the app's own session: replace with real authentication.
fn session_user(headers: &HeaderMap) -> Option<String> {
    let user = headers.get("x-demo-user")?.to_str().ok()?;
    (!user.is_empty()).then(|| user.to_owned())
}

fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

fn json(value: serde_json::Value) -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        value.to_string(),
    )
        .into_response()
}
