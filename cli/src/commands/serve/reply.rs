//! JSON replies, and the one error shape of the API:
//! `{"error": "...", "hint": "...", "field": "..."}`.

use std::borrow::Cow;

use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::env::SECRET_ENV;
use crate::exit::UserError;

/// The user a reply concerns, left in its extensions for the log line.
#[derive(Debug, Clone)]
pub(super) struct LoggedUser(pub(super) String);

/// A JSON reply that no cache keeps (tokens are credentials).
pub(super) fn json(status: StatusCode, value: &impl Serialize) -> Response {
    match serde_json::to_vec(value) {
        Ok(body) => {
            let mut response = (status, body).into_response();
            let headers = response.headers_mut();
            headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
            headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
            response
        }
        // The views hold strings and numbers only: serializing them cannot fail.
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

/// Leaves the user id in a reply for the log line.
pub(super) fn with_user(mut response: Response, user: Option<&str>) -> Response {
    if let Some(user) = user {
        response
            .extensions_mut()
            .insert(LoggedUser(user.to_owned()));
    }
    response
}

/// What went wrong with a request, and where.
#[derive(Debug, Serialize)]
pub(super) struct ApiError {
    #[serde(skip)]
    status: StatusCode,
    error: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    hint: Option<String>,
    /// The query parameter or body key at fault, for the page to point at.
    #[serde(skip_serializing_if = "Option::is_none")]
    field: Option<Cow<'static, str>>,
}

impl ApiError {
    pub(super) fn new(status: StatusCode, error: impl Into<String>) -> ApiError {
        ApiError {
            status,
            error: error.into(),
            hint: None,
            field: None,
        }
    }

    pub(super) fn bad_request(error: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, error)
    }

    pub(super) fn hint(mut self, hint: impl Into<String>) -> ApiError {
        self.hint = Some(hint.into());
        self
    }

    /// A hint, unless there is one already.
    pub(super) fn hint_or(mut self, hint: &str) -> ApiError {
        self.hint.get_or_insert_with(|| hint.to_owned());
        self
    }

    pub(super) fn field(mut self, field: impl Into<Cow<'static, str>>) -> ApiError {
        self.field = Some(field.into());
        self
    }

    /// 503 for what needs the ServerSecret on a server started without one.
    pub(super) fn no_secret(what: &str) -> ApiError {
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            format!("this server has no ServerSecret, so it cannot {what}"),
        )
        .hint(format!(
            "restart it with one: zego-token serve --secret-file PATH, or with {SECRET_ENV} set"
        ))
    }
}

/// A usage error of the CLI's checks is a bad request.
impl From<UserError> for ApiError {
    fn from(e: UserError) -> ApiError {
        ApiError {
            status: StatusCode::BAD_REQUEST,
            error: e.message,
            hint: e.hint,
            field: None,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        json(self.status, &self)
    }
}
