//! Who may call the server: the access key (required off loopback), the Host
//! check that keeps DNS-rebinding pages away from a keyless loopback server,
//! and the CORS origins.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Request, State};
use axum::http::header::{AUTHORIZATION, CONTENT_TYPE, HOST, WWW_AUTHENTICATE};
use axum::http::{HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::TryRng as _;
use rand::rngs::SysRng;
use tower_http::cors::{AllowOrigin, CorsLayer};
use zeroize::Zeroizing;

use super::reply::ApiError;
use crate::env::ACCESS_KEY_ENV;
use crate::exit::{Exit, UserError};

/// Shortest access key accepted: it guards minting tokens for the app.
const MIN_KEY_LEN: usize = 16;

/// Random bytes in a generated key (43 base64url characters).
const KEY_BYTES: usize = 32;

/// The access key, if requests need one.
pub(super) struct Access {
    key: Option<Zeroizing<String>>,
    generated: bool,
}

impl Access {
    /// A given key; without one, none on loopback and a random one elsewhere.
    pub(super) fn new(listen: SocketAddr, key: Option<&str>) -> Result<Access, UserError> {
        if let Some(key) = key {
            check_key(key)?;
            return Ok(Access {
                key: Some(Zeroizing::new(key.to_owned())),
                generated: false,
            });
        }
        if listen.ip().is_loopback() {
            return Ok(Access {
                key: None,
                generated: false,
            });
        }
        let mut bytes = Zeroizing::new([0_u8; KEY_BYTES]);
        SysRng.try_fill_bytes(bytes.as_mut()).map_err(|e| {
            UserError::new(Exit::Other, format!("the OS random source failed: {e}"))
        })?;
        Ok(Access {
            key: Some(Zeroizing::new(URL_SAFE_NO_PAD.encode(bytes.as_ref()))),
            generated: true,
        })
    }

    pub(super) fn key(&self) -> Option<&str> {
        self.key.as_ref().map(|k| k.as_str())
    }

    pub(super) fn generated(&self) -> bool {
        self.generated
    }

    /// Whether an `Authorization` header value carries the key.
    fn admits(&self, authorization: Option<&HeaderValue>) -> bool {
        let Some(key) = &self.key else { return true };
        authorization
            .and_then(|v| v.to_str().ok())
            .and_then(bearer)
            .is_some_and(|given| constant_time_eq(given.as_bytes(), key.as_bytes()))
    }
}

fn check_key(key: &str) -> Result<(), UserError> {
    let hint = format!(
        "use {MIN_KEY_LEN} or more letters, digits or punctuation (no spaces), or leave out \
         --access-key and {ACCESS_KEY_ENV} to have one generated"
    );
    if key.len() < MIN_KEY_LEN {
        return Err(UserError::usage(format!(
            "the access key has {} characters, fewer than {MIN_KEY_LEN}",
            key.len()
        ))
        .hint(hint));
    }
    if !key.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(UserError::usage(
            "the access key must be printable ASCII without spaces (it travels in an HTTP header)",
        )
        .hint(hint));
    }
    Ok(())
}

/// The credentials of `Bearer <credentials>` (the scheme in any case).
fn bearer(value: &str) -> Option<&str> {
    let (scheme, rest) = value.trim().split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| rest.trim_start())
}

/// Compares two byte strings in time that depends only on their lengths.
/// The length of the key is not secret (a generated one always has 43
/// characters); its content is.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let difference = a
        .iter()
        .zip(b)
        .fold(0_u8, |acc, (x, y)| acc | std::hint::black_box(x ^ y));
    std::hint::black_box(difference) == 0
}

/// Middleware for /token and /api/*: the access key, when there is one.
pub(super) async fn require_key(
    State(access): State<Arc<Access>>,
    request: Request,
    next: Next,
) -> Response {
    if access.admits(request.headers().get(AUTHORIZATION)) {
        return next.run(request).await;
    }
    let given = request.headers().contains_key(AUTHORIZATION);
    let error = if given {
        "the access key is wrong"
    } else {
        "this server needs an access key"
    };
    let mut response = ApiError::new(StatusCode::UNAUTHORIZED, error)
        .hint("send the header Authorization: Bearer <key>, with the key zego-token serve printed at start")
        .into_response();
    response
        .headers_mut()
        .insert(WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    response
}

/// Middleware for every route. On a server without a key (so on loopback),
/// a page on another site that rebinds its own name to 127.0.0.1 still
/// sends its own name as Host, and is turned away. The check fails closed:
/// a request whose host cannot be told is refused, unless it carries the key.
pub(super) async fn loopback_host(
    State(access): State<Arc<Access>>,
    request: Request,
    next: Next,
) -> Response {
    let host = request_host(&request);
    let keyed = access.key().is_some();
    let admitted = match host {
        // With a key, any well-formed Host: the key is the guard.
        Some(host) => keyed || is_loopback_host(host),
        None => keyed && access.admits(request.headers().get(AUTHORIZATION)),
    };
    if admitted {
        return next.run(request).await;
    }
    if host.is_none() {
        return ApiError::bad_request(
            "the request's Host is missing, unreadable, repeated or at odds with its target",
        )
        .hint("send one Host header naming this server, e.g. Host: 127.0.0.1:8787")
        .into_response();
    }
    ApiError::new(
        StatusCode::FORBIDDEN,
        "this server answers only requests addressed to localhost or a loopback address",
    )
    .hint("open it as http://127.0.0.1:PORT/ or http://localhost:PORT/; to serve other machines, pass --listen with their network and use the access key")
    .into_response()
}

/// The host a request is addressed to: its one Host header, as text, which
/// an absolute-form target (`GET http://host/ HTTP/1.1`) must agree with.
/// `None` when there is none, several, or they disagree.
fn request_host(request: &Request) -> Option<&str> {
    let mut hosts = request.headers().get_all(HOST).iter();
    let host = hosts.next()?.to_str().ok()?;
    if hosts.next().is_some() {
        return None;
    }
    match request.uri().authority() {
        Some(target) if !target.as_str().eq_ignore_ascii_case(host) => None,
        _ => Some(host),
    }
}

/// `localhost`, `*.localhost` or a loopback IP, with or without a port.
fn is_loopback_host(host: &str) -> bool {
    let name = if let Some(rest) = host.strip_prefix('[') {
        // [::1]:8787: after the bracket, a port or nothing (`[::1]evil.com`
        // names another host to whatever reads it less strictly).
        let Some((ip, after)) = rest.split_once(']') else {
            return false;
        };
        let port_ok = after.is_empty()
            || after
                .strip_prefix(':')
                .is_some_and(|port| !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()));
        if !port_ok {
            return false;
        }
        ip
    } else {
        host.rsplit_once(':')
            .filter(|(_, port)| port.bytes().all(|b| b.is_ascii_digit()))
            .map_or(host, |(name, _)| name)
    };
    let name = name.trim_end_matches('.').to_ascii_lowercase();
    name == "localhost"
        || name.ends_with(".localhost")
        || name.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// CORS for the given origins only; `None` (no CORS headers) without any.
pub(super) fn cors(origins: &[String]) -> Result<Option<CorsLayer>, UserError> {
    if origins.is_empty() {
        return Ok(None);
    }
    let origins = origins
        .iter()
        .map(|o| origin(o))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Some(
        CorsLayer::new()
            .allow_origin(AllowOrigin::list(origins))
            .allow_methods([Method::GET, Method::POST])
            .allow_headers([AUTHORIZATION, CONTENT_TYPE])
            .max_age(Duration::from_secs(600)),
    ))
}

/// `scheme://host[:port]`, as a browser sends it in `Origin`; one trailing
/// slash is forgiven.
fn origin(given: &str) -> Result<HeaderValue, UserError> {
    let origin = given.trim().strip_suffix('/').unwrap_or(given.trim());
    let rest = origin
        .strip_prefix("http://")
        .or_else(|| origin.strip_prefix("https://"));
    let valid = rest.is_some_and(|host| {
        !host.is_empty() && host.bytes().all(|b| b.is_ascii_graphic() && b != b'/')
    });
    match HeaderValue::from_str(origin) {
        Ok(value) if valid => Ok(value),
        _ => Err(
            UserError::usage(format!("invalid CORS origin {given:?}")).hint(
                "give the web app's origin as the browser shows it, without a path: \
                 --cors-origin http://localhost:5173 (repeat the option for more)",
            ),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn addr(s: &str) -> SocketAddr {
        s.parse()
            .unwrap_or_else(|_| SocketAddr::from(([0, 0, 0, 0], 0)))
    }

    #[test]
    fn a_key_is_needed_off_loopback_only() {
        let local = Access::new(addr("127.0.0.1:8787"), None).ok();
        assert!(local.is_some_and(|a| a.key().is_none()));
        let local6 = Access::new(addr("[::1]:8787"), None).ok();
        assert!(local6.is_some_and(|a| a.key().is_none()));
        for lan in ["0.0.0.0:8787", "192.168.1.5:8787", "[::]:8787"] {
            let access = Access::new(addr(lan), None).ok();
            let key = access.as_ref().and_then(Access::key).unwrap_or_default();
            assert_eq!(key.len(), 43, "{lan}");
            assert!(access.is_some_and(|a| a.generated()));
        }
        let a = Access::new(addr("0.0.0.0:1"), None).ok();
        let b = Access::new(addr("0.0.0.0:1"), None).ok();
        assert_ne!(
            a.and_then(|a| a.key().map(str::to_owned)),
            b.and_then(|b| b.key().map(str::to_owned))
        );
        let given = Access::new(addr("127.0.0.1:1"), Some("0123456789abcdef")).ok();
        assert!(given.is_some_and(|a| a.key() == Some("0123456789abcdef") && !a.generated()));
    }

    #[test]
    fn short_or_spaced_keys_are_refused() {
        for bad in [
            "",
            "short",
            "0123456789abcde",
            "0123456789 abcdef",
            "0123456789abcdéf",
        ] {
            assert!(Access::new(addr("0.0.0.0:1"), Some(bad)).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_bearer_key_must_match_exactly() {
        let access = Access::new(addr("0.0.0.0:1"), Some("0123456789abcdef")).ok();
        let Some(access) = access else {
            panic!("a valid key")
        };
        let h = |s: &'static str| HeaderValue::from_static(s);
        assert!(access.admits(Some(&h("Bearer 0123456789abcdef"))));
        assert!(access.admits(Some(&h("bearer  0123456789abcdef "))));
        assert!(!access.admits(None));
        assert!(!access.admits(Some(&h("0123456789abcdef"))));
        assert!(!access.admits(Some(&h("Bearer 0123456789abcdeF"))));
        assert!(!access.admits(Some(&h("Bearer 0123456789abcde"))));
        assert!(!access.admits(Some(&h("Basic 0123456789abcdef"))));
        assert!(constant_time_eq(b"", b""));
        assert!(!constant_time_eq(b"a", b"b"));
    }

    #[test]
    fn loopback_hosts() {
        for ok in [
            "localhost",
            "localhost:8787",
            "LOCALHOST.",
            "app.localhost:3000",
            "127.0.0.1",
            "127.0.0.1:8787",
            "127.1.2.3:1",
            "[::1]:8787",
            "[::1]",
        ] {
            assert!(is_loopback_host(ok), "{ok}");
        }
        for bad in [
            "evil.example",
            "evil.example:8787",
            "localhost.evil.example",
            "192.168.1.5:8787",
            "[::2]:1",
            "",
        ] {
            assert!(!is_loopback_host(bad), "{bad}");
        }
    }

    #[test]
    fn a_closing_bracket_is_followed_by_a_port_or_nothing() {
        for bad in [
            "[::1]evil.com",
            "[::1].evil.com",
            "[::1]:80evil",
            "[::1]:",
            "[::1]:8787:1",
            "[::1",
            "[::1]@evil.com",
        ] {
            assert!(!is_loopback_host(bad), "{bad}");
        }
    }

    #[test]
    fn origins_are_checked() {
        for ok in [
            "http://localhost:5173",
            "https://app.example/",
            " http://a ",
        ] {
            assert!(origin(ok).is_ok(), "{ok}");
        }
        for bad in [
            "*",
            "localhost:5173",
            "http://",
            "http://a/b",
            "null",
            "http://a b",
        ] {
            assert!(origin(bad).is_err(), "{bad}");
        }
        assert!(cors(&[]).is_ok_and(|c| c.is_none()));
    }
}
