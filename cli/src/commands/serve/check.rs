//! `POST /api/verify` and `POST /api/decode`: the `verify --json` and
//! `decode --json` objects of a token sent in a JSON body.

use std::cell::Cell;
use std::fmt;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::extract::rejection::BytesRejection;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::de::{DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde_json::{Map, Value};
use zego_token::Right;
use zego_token::diagnose::{Expectations, Repaired, Report};

use super::app::App;
use super::reply::{self, ApiError};
use crate::settings::time;
use crate::views::json;

/// The largest request body: a JSON object with the longest possible token.
pub(super) const MAX_BODY: usize = 512 * 1024;

const VERIFY_KEYS: &[&str] = &[
    "token", "app_id", "user_id", "room_id", "require", "leeway", "now",
];
const DECODE_KEYS: &[&str] = &["token"];

pub(super) async fn verify(
    State(app): State<Arc<App>>,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let result = body
        .map_err(rejected)
        .and_then(|bytes| Body::parse(&bytes, VERIFY_KEYS))
        .and_then(|body| {
            let secret = app
                .secret
                .as_ref()
                .ok_or_else(|| ApiError::no_secret("verify tokens"))?;
            let token = body.token()?;
            let expect = {
                let mut value = Expectations::default();
                value.app_id = body.app_id()?;
                value.user_id = body.string("user_id")?;
                value.room_id = body.string("room_id")?;
                value.require = body.rights()?;
                value.leeway = body.leeway()?;
                value
            };
            let now = body.now()?;
            // As on the command line: what repair undid fails the check.
            let mut report = zego_token::diagnose::verify(&token.token, secret, &expect, now);
            report.add_repairs(&token.changes);
            Ok(report)
        });
    match result {
        Ok(report) => {
            let mut view = json::verify_json(&report, &[]);
            json::without_cbc_detail(&mut view, &report);
            reply::with_user(reply::json(StatusCode::OK, &view), user(&report))
        }
        Err(e) => e.into_response(),
    }
}

pub(super) async fn decode(
    State(app): State<Arc<App>>,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let result = body
        .map_err(rejected)
        .and_then(|bytes| Body::parse(&bytes, DECODE_KEYS))
        .and_then(|body| body.token());
    match result {
        Ok(token) => {
            let report = zego_token::diagnose::inspect(&token.token, app.secret.as_ref());
            let mut view = json::decode_json(&report, &token.changes);
            json::without_cbc_detail(&mut view, &report);
            reply::with_user(reply::json(StatusCode::OK, &view), user(&report))
        }
        Err(e) => e.into_response(),
    }
}

fn user(report: &Report) -> Option<&str> {
    report.claims.as_ref().map(|c| c.user_id())
}

/// An unreadable or too large body.
fn rejected(e: BytesRejection) -> ApiError {
    ApiError::new(
        e.status(),
        format!("cannot read the body: {}", e.body_text()),
    )
    .hint(format!(
        "send a JSON object of at most {} KiB",
        MAX_BODY / 1024
    ))
}

/// The error of a key given twice, told from others by this text.
const REPEATED: &str = "a key is given twice";

/// The JSON object of a request, read key by key so an error can name its key.
struct Body(Map<String, Value>);

/// Reads a JSON object, noting in the cell the key whose value is being
/// read, so that a syntax error there can name it.
struct Keyed<'a>(&'a Cell<Option<String>>);

impl<'de> DeserializeSeed<'de> for Keyed<'_> {
    type Value = Map<String, Value>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Keyed<'_> {
    type Value = Map<String, Value>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
        let mut map = Map::new();
        while let Some(key) = access.next_key::<String>()? {
            self.0.set(Some(key.clone()));
            let value = access.next_value::<Value>()?;
            self.0.set(None);
            if map.contains_key(&key) {
                // Which of the two counts would decide the verdict; the
                // cell keeps the key to name it.
                self.0.set(Some(key));
                return Err(serde::de::Error::custom(REPEATED));
            }
            map.insert(key, value);
        }
        Ok(map)
    }
}

impl Body {
    fn parse(bytes: &[u8], keys: &[&str]) -> Result<Body, ApiError> {
        let usage = format!(
            "send a JSON object such as {{\"token\": \"04...\"}}; its keys: {}",
            keys.join(", ")
        );
        let at = Cell::new(None);
        let mut reader = serde_json::Deserializer::from_slice(bytes);
        let map = Keyed(&at)
            .deserialize(&mut reader)
            .and_then(|map| reader.end().map(|()| map))
            .map_err(|e| {
                if e.is_data() {
                    let repeated = e.to_string().starts_with(REPEATED);
                    return match at.take().filter(|_| repeated) {
                        Some(key) => {
                            ApiError::bad_request(format!("the key {key:?} is given twice"))
                                .hint("send each key once")
                                .field(key)
                        }
                        None => ApiError::bad_request("the body is not a JSON object")
                            .hint(usage.clone()),
                    };
                }
                let error =
                    ApiError::bad_request(format!("the body is not JSON: {e}")).hint(usage.clone());
                // Invalid UTF-8 or a lone surrogate in a value is refused
                // (never replaced), and named.
                match at.take() {
                    Some(key) => error.field(key),
                    None => error,
                }
            })?;
        if let Some(unknown) = map.keys().find(|k| !keys.contains(&k.as_str())) {
            return Err(ApiError::bad_request(format!("unknown key {unknown:?}")).hint(usage));
        }
        Ok(Body(map))
    }

    /// A value, with `null` and `""` (empty form fields) as absent.
    fn get(&self, key: &str) -> Option<&Value> {
        self.0
            .get(key)
            .filter(|v| !v.is_null() && v.as_str() != Some(""))
    }

    fn invalid(key: &'static str, what: &str) -> ApiError {
        ApiError::bad_request(format!("{key} must be {what}")).field(key)
    }

    /// The token, repaired as the CLI repairs pasted input.
    fn token(&self) -> Result<Repaired<'static>, ApiError> {
        match self.0.get("token") {
            Some(Value::String(token)) => Ok(zego_token::diagnose::repair(token).into_owned()),
            Some(_) => Err(Body::invalid("token", "a string")),
            None => Err(ApiError::bad_request("no token given")
                .hint("send {\"token\": \"04...\"}")
                .field("token")),
        }
    }

    fn string(&self, key: &'static str) -> Result<Option<String>, ApiError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err(Body::invalid(key, "a string")),
        }
    }

    fn app_id(&self) -> Result<Option<u32>, ApiError> {
        let value = self.get("app_id");
        let number = match value {
            None => return Ok(None),
            Some(Value::Number(n)) => n.as_u64(),
            Some(Value::String(s)) => s.trim().parse().ok(),
            Some(_) => None,
        };
        number
            .and_then(|n| u32::try_from(n).ok())
            .map(Some)
            .ok_or_else(|| Body::invalid("app_id", "an AppID: a number up to 4294967295"))
    }

    /// `["login", "publish"]`, or one of them as a string.
    fn rights(&self) -> Result<Vec<Right>, ApiError> {
        let names: Vec<&Value> = match self.get("require") {
            None => Vec::new(),
            Some(Value::Array(items)) => items.iter().collect(),
            Some(one) => vec![one],
        };
        names
            .into_iter()
            .map(|name| {
                let right = name.as_str().and_then(|s| s.trim().parse::<Right>().ok());
                match right {
                    Some(right) => Ok(right),
                    None => Err(Body::invalid(
                        "require",
                        "a list of \"login\" and \"publish\"",
                    )),
                }
            })
            .collect()
    }

    /// Seconds, or a duration such as `"30s"`; 0 when absent.
    fn leeway(&self) -> Result<i64, ApiError> {
        let text = match self.get("leeway") {
            None => return Ok(0),
            Some(Value::Number(n)) => n.to_string(),
            Some(Value::String(s)) => s.clone(),
            Some(_) => {
                return Err(Body::invalid(
                    "leeway",
                    "seconds or a duration like \"30s\"",
                ));
            }
        };
        time::leeway(&text).map_err(|e| ApiError::from(e).field("leeway"))
    }

    /// Unix seconds or RFC 3339; the clock when absent.
    fn now(&self) -> Result<i64, ApiError> {
        let text = match self.get("now") {
            None => return Ok(chrono::Utc::now().timestamp()),
            Some(Value::Number(n)) => n.to_string(),
            Some(Value::String(s)) => s.clone(),
            Some(_) => return Err(Body::invalid("now", "unix seconds or an RFC 3339 time")),
        };
        time::parse_time(&text).map_err(|e| ApiError::from(e).field("now"))
    }
}
