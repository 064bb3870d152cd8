//! `GET /token?user_id=alice[&room_id=r1&login=1&publish=0&stream_id=s1&...]`:
//! a token, checked as `generate` checks its arguments.

use std::sync::Arc;

use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use clap::ValueEnum as _;
use percent_encoding::percent_decode_str;
use zego_token::{EncodeError, Generated, Privilege};

use super::App;
use super::reply::{self, ApiError};
use crate::args::ModeArg;
use crate::exit::UserError;
use crate::generate::{self, Arg, Request};

/// The parameters, for the message about an unknown one.
const KNOWN: &str = "user_id, app_id, effective_time (or ttl), room_id, login, publish, \
                     stream_id (repeatable), payload, mode";

/// The SDK's rule for user ids, for errors about one.
const USER_ID_RULE: &str = "a user id has 1 to 64 bytes: letters, digits and \
                            ~!@#$%^&*()_+=-`;',.<>\\ are safe";

/// The query as given; empty values count as absent (HTML forms send them).
#[derive(Default)]
struct Params<'a> {
    user_id: Option<&'a str>,
    app_id: Option<&'a str>,
    effective_time: Option<&'a str>,
    mode: Option<&'a str>,
    room_id: Option<&'a str>,
    login: Option<&'a str>,
    publish: Option<&'a str>,
    stream_ids: Vec<String>,
    payload: Option<&'a str>,
}

pub(super) async fn get(State(app): State<Arc<App>>, RawQuery(query): RawQuery) -> Response {
    let pairs = match decode_query(query.as_deref().unwrap_or_default()) {
        Ok(pairs) => pairs,
        Err(e) => return e.into_response(),
    };
    let user = pairs
        .iter()
        .find(|(key, _)| key == "user_id")
        .map(|(_, value)| value.as_str());
    let response = match params(&pairs).and_then(|p| mint(&app, &p)) {
        Ok((made, privilege)) => reply::json(StatusCode::OK, &generate::to_json(&made, privilege)),
        Err(e) => e.into_response(),
    };
    reply::with_user(response, user)
}

/// The query's `key=value` pairs, percent-decoded (`+` is a space) and
/// required to be UTF-8: a lenient decoder would turn `%ff` and `%fe` alike
/// into U+FFFD, one user id for two inputs.
fn decode_query(query: &str) -> Result<Vec<(String, String)>, ApiError> {
    let hint = "percent-encode the UTF-8 bytes of the text: /token?user_id=J%C3%BCrgen";
    let decode = |text: &str| {
        let spaced = text.replace('+', " ");
        String::from_utf8(percent_decode_str(&spaced).collect())
    };
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let key = decode(key).map_err(|_| {
                ApiError::bad_request("cannot read the query: a parameter name is not UTF-8")
                    .hint(hint)
            })?;
            let value = decode(value).map_err(|_| {
                let field = match key.as_str() {
                    "ttl" => "effective_time".to_owned(),
                    _ => key.clone(),
                };
                ApiError::bad_request(format!("the value of {key} is not UTF-8 text"))
                    .hint(hint)
                    .field(field)
            })?;
            Ok((key, value))
        })
        .collect()
}

fn params(pairs: &[(String, String)]) -> Result<Params<'_>, ApiError> {
    let mut p = Params::default();
    for (key, value) in pairs {
        let slot = match key.as_str() {
            "user_id" => &mut p.user_id,
            "app_id" => &mut p.app_id,
            "effective_time" | "ttl" => &mut p.effective_time,
            "mode" => &mut p.mode,
            "room_id" => &mut p.room_id,
            "login" => &mut p.login,
            "publish" => &mut p.publish,
            "payload" => &mut p.payload,
            "stream_id" => {
                // Repeatable; a comma-separated list is read too.
                p.stream_ids.extend(
                    value
                        .split(',')
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(str::to_owned),
                );
                continue;
            }
            other => {
                return Err(
                    ApiError::bad_request(format!("unknown parameter {other:?}"))
                        .hint(format!("the parameters are {KNOWN}")),
                );
            }
        };
        if slot.is_some() {
            return Err(
                ApiError::bad_request(format!("the parameter {key} is given twice"))
                    .hint("give it once")
                    .field(field_name(key)),
            );
        }
        // user_id stays as given, so an empty one is reported as such.
        if !value.is_empty() || key == "user_id" {
            *slot = Some(value.as_str());
        }
    }
    Ok(p)
}

fn field_name(key: &str) -> &'static str {
    match key {
        "user_id" => "user_id",
        "app_id" => "app_id",
        "effective_time" | "ttl" => "effective_time",
        "mode" => "mode",
        "room_id" => "room_id",
        "login" => "login",
        "publish" => "publish",
        _ => "payload",
    }
}

fn mint(app: &App, p: &Params<'_>) -> Result<(Generated, Option<Privilege>), ApiError> {
    let secret = app
        .secret
        .as_ref()
        .ok_or_else(|| ApiError::no_secret("make tokens"))?;
    let user_id = p.user_id.ok_or_else(|| {
        ApiError::bad_request("no user_id given")
            .hint("name the user the token is for: /token?user_id=alice")
            .field("user_id")
    })?;
    let app_id = match p.app_id {
        Some(text) => text.trim().parse::<u32>().map_err(|_| {
            ApiError::bad_request(format!("invalid app_id {text:?}"))
                .hint("the AppID is a number from the ZEGOCLOUD Admin Console")
                .field("app_id")
        })?,
        None => app.app_id.ok_or_else(|| {
            ApiError::bad_request("no app_id given, and the server has no default")
                .hint("add app_id=N to the request, or restart the server with --app-id N")
                .field("app_id")
        })?,
    };
    let mode = match p.mode {
        Some(text) => ModeArg::from_str(text.trim(), true).map_err(|_| {
            ApiError::bad_request(format!("invalid mode {text:?}"))
                .hint("mode is gcm (current) or cbc (legacy)")
                .field("mode")
        })?,
        None => app.mode,
    };
    let privilege = privilege(p)?;
    let now = chrono::Utc::now().timestamp();
    let grant = generate::grant(Request {
        app_id,
        user_id: Some(user_id),
        effective_time: p.effective_time.unwrap_or(&app.effective_time),
        privilege: privilege.as_ref(),
        payload: p.payload,
        now,
    })
    .map_err(|(arg, e)| match arg {
        Arg::AppId => ApiError::from(e).field("app_id"),
        Arg::UserId => ApiError::from(e).hint_or(USER_ID_RULE).field("user_id"),
        Arg::EffectiveTime => ApiError::from(e)
            .hint("give effective_time as seconds or with a unit: 3600, 90s, 30m, 2h, 7d")
            .field("effective_time"),
    })?;
    let made = zego_token::generate(&grant, secret, generate::mode(mode), now, &mut rand::rng())
        .map_err(|e| {
            let too_large = matches!(e, EncodeError::PayloadTooLarge { .. });
            let error = ApiError::from(UserError::from(e));
            match (too_large, &privilege) {
                (true, Some(_)) => error.field("stream_id"),
                (true, None) => error.field("payload"),
                (false, _) => error,
            }
        })?;
    Ok((made, privilege))
}

/// The privilege payload of `room_id`, `login`, `publish` and `stream_id`.
fn privilege(p: &Params<'_>) -> Result<Option<Privilege>, ApiError> {
    let login = flag(p.login, "login")?;
    let publish = flag(p.publish, "publish")?;
    let Some(room_id) = p.room_id else {
        if login.is_some() || publish.is_some() || !p.stream_ids.is_empty() {
            return Err(
                ApiError::bad_request("login, publish and stream_id need a room_id")
                    .hint("add room_id=ROOM for a privilege token, or leave them out")
                    .field("room_id"),
            );
        }
        return Ok(None);
    };
    if p.payload.is_some() {
        return Err(
            ApiError::bad_request("give either room_id or payload, not both")
                .hint("room_id makes the privilege payload; payload is put in as it is")
                .field("payload"),
        );
    }
    Ok(Some(Privilege {
        room_id: room_id.to_owned(),
        login: login.unwrap_or(true),
        publish: publish.unwrap_or(true),
        stream_ids: (!p.stream_ids.is_empty()).then(|| p.stream_ids.clone()),
    }))
}

/// `1`/`0`, `true`/`false`, `yes`/`no`, `on`/`off`.
fn flag(value: Option<&str>, name: &'static str) -> Result<Option<bool>, ApiError> {
    let Some(value) = value else { return Ok(None) };
    match value.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Ok(Some(true)),
        "0" | "false" | "no" | "off" => Ok(Some(false)),
        _ => Err(ApiError::bad_request(format!("invalid {name} {value:?}"))
            .hint(format!("{name} is 1 (allowed) or 0 (denied)"))
            .field(name)),
    }
}
