//! `GET /token?user_id=alice[&room_id=r1&login=1&publish=0&stream_id=s1&...]`:
//! a token, checked as `generate` checks its arguments.

use std::sync::Arc;

use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use percent_encoding::percent_decode_str;
use zego_token::{EncodeError, Mint, Minted, Mode, Privilege, Version};

use super::app::App;
use super::reply::{self, ApiError};
use crate::settings::time;
use crate::views::json::Generated;

/// The parameters, for the message about an unknown one.
const KNOWN: &str = "user_id, app_id, effective_time (or ttl), room_id, login, publish, \
                     stream_id (repeatable), payload, mode, token_version, kit, user_name";

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
    token_version: Option<&'a str>,
    kit: Option<&'a str>,
    user_name: Option<&'a str>,
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
        Ok((made, privilege)) => {
            reply::json(StatusCode::OK, &Generated::of(&made, privilege.as_ref()))
        }
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
            "token_version" => &mut p.token_version,
            "kit" => &mut p.kit,
            "user_name" => &mut p.user_name,
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
        "token_version" => "token_version",
        "kit" => "kit",
        "user_name" => "user_name",
        _ => "payload",
    }
}

fn mint(app: &App, p: &Params<'_>) -> Result<(Minted, Option<Privilege>), ApiError> {
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
        Some(text) => text.trim().parse::<Mode>().map_err(|_| {
            ApiError::bad_request(format!("invalid mode {text:?}"))
                .hint("mode is gcm (current) or cbc (legacy)")
                .field("mode")
        })?,
        None => app.mode,
    };
    let version = match p.token_version.map(str::trim) {
        None => Version::V04,
        Some(text) => text.parse::<Version>().map_err(|_| {
            ApiError::bad_request(format!("invalid token_version {text:?}"))
                .hint("token_version is 04 (current) or 03 (older)")
                .field("token_version")
        })?,
    };
    let kit = flag(p.kit, "kit")
        .map_err(|e| e.hint("kit is 1 (a UIKit kit token) or 0 (a plain token)"))?
        .unwrap_or(false);
    if p.user_name.is_some() && !kit {
        return Err(ApiError::bad_request("user_name is for kit tokens")
            .hint("add kit=1 for a UIKit kit token, or leave out user_name")
            .field("user_name"));
    }
    let privilege = privilege(p, kit)?;
    let now = chrono::Utc::now().timestamp();
    let seconds = match p.effective_time {
        Some(typed) => time::lifetime(typed, now).map_err(|e| {
            ApiError::from(e)
                .hint(LIFETIME_HINT)
                .field("effective_time")
        })?,
        None => app.lifetime,
    };
    let mut mint = Mint::new(app_id, user_id)
        .effective_time(seconds)
        .version(version);
    // The server's default mode is for Token04s; a Token03 refuses GCM
    // only when the request asks for it.
    if p.mode.is_some() || version == Version::V04 {
        mint = mint.mode(mode);
    }
    if let Some(privilege) = &privilege {
        mint = mint.privilege(privilege.clone());
    } else if let Some(payload) = p.payload {
        mint = mint.payload(payload);
    }
    if kit {
        let room_id = p.room_id.map(str::to_owned);
        mint = match p.user_name {
            Some(name) => mint.kit(name, room_id),
            None => mint.kit_named_by_user_id(room_id),
        };
    }
    let made = mint
        .build(secret, now, &mut rand::rng())
        .map_err(|e| at(&e, privilege.as_ref()))?;
    Ok((made, privilege))
}

const LIFETIME_HINT: &str = "give effective_time as seconds or with a unit: 3600, 90s, 30m, 2h, 7d";

/// The library's refusal, pointed at the parameter it is about.
fn at(e: &EncodeError, privilege: Option<&Privilege>) -> ApiError {
    let error = ApiError::from(crate::exit::UserError::from(e.clone()));
    match e.field() {
        "user_id" => error.hint_or(USER_ID_RULE).field("user_id"),
        "effective_time" => error.hint(LIFETIME_HINT).field("effective_time"),
        "stream_ids" => error.field("stream_id"),
        // A privilege payload grows with its stream list.
        "payload" if privilege.is_some_and(|p| p.stream_ids.is_some()) => error.field("stream_id"),
        "kit" => error.field("token_version"),
        field => error.field(field),
    }
}

/// The privilege payload of `room_id`, `login`, `publish` and `stream_id`;
/// for a kit token, only when `login`, `publish` or `stream_id` ask for one.
fn privilege(p: &Params<'_>, kit: bool) -> Result<Option<Privilege>, ApiError> {
    let login = flag(p.login, "login")?;
    let publish = flag(p.publish, "publish")?;
    if kit && login.is_none() && publish.is_none() && p.stream_ids.is_empty() {
        return Ok(None);
    }
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
