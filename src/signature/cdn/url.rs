//! Whole URLs: building them from a base, and taking signed ones apart.

use super::auth::{CdnAuth, Placement};
use super::error::CdnError;
use crate::signature::query::{self, Pair};

impl CdnAuth {
    /// The whole URL on a base of scheme, host and, for publish and play,
    /// the application path: `rtmp://push-tencent1.zego.im/live` gives
    /// `rtmp://push-tencent1.zego.im/live/123?txSecret=…&txTime=…`;
    /// `extension` (`flv`, `m3u8`) is added to the stream for HTTP play.
    /// Recordings and screenshots take the host alone
    /// (`http://host` + their path), and ignore `extension`.
    ///
    /// # Errors
    /// [`CdnError::Base`] for a base that is not `scheme://host[/app]`, or
    /// whose path does not fit the use (Wangsu signs streams under `/live`).
    pub fn url(&self, base: &str, extension: Option<&str>) -> Result<String, CdnError> {
        let fail = |reason| CdnError::Base {
            found: base.to_owned(),
            reason,
        };
        let trimmed = base.trim_end_matches('/');
        let (scheme, rest) = trimmed
            .split_once("://")
            .ok_or_else(|| fail("it has no scheme (rtmp://, http://, https://)"))?;
        let scheme_ok = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'));
        if !scheme_ok {
            return Err(fail("its scheme is not a URL scheme"));
        }
        let (host, path) = rest.find('/').map_or((rest, ""), |i| rest.split_at(i));
        let host_ok = !host.is_empty()
            && host
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':'));
        if !host_ok {
            return Err(fail("its host is empty or holds characters a host cannot"));
        }
        if !path
            .bytes()
            .all(|b| super::input::is_unreserved(b) || b == b'/')
        {
            return Err(fail(
                "its path holds characters a URL changes, or a query or fragment",
            ));
        }
        if !self.usage.is_stream() {
            if !path.is_empty() {
                return Err(fail(
                    "recordings and screenshots are signed over their whole path: give scheme://host alone",
                ));
            }
            return Ok(match self.placement {
                Placement::Path => {
                    let values: Vec<&str> = self.params.iter().map(|(_, v)| v.as_str()).collect();
                    format!("{trimmed}/{}{}", values.join("/"), self.resource)
                }
                Placement::Query => format!("{trimmed}{}?{}", self.resource, self.query()),
            });
        }
        if path.is_empty() {
            return Err(fail(
                "it has no application path: streams live under one, e.g. /live",
            ));
        }
        if self.signed_name != self.resource
            && self.signed_name != format!("{path}/{}", self.resource)
        {
            return Err(fail(
                "Wangsu signs the stream under /live: the base must end in /live",
            ));
        }
        let extension = match extension {
            Some(ext) if !ext.is_empty() && ext.bytes().all(|b| b.is_ascii_alphanumeric()) => {
                format!(".{ext}")
            }
            Some(_) => return Err(fail("the extension must be letters and digits, e.g. flv")),
            None => String::new(),
        };
        Ok(format!(
            "{trimmed}/{}{extension}?{}",
            self.resource,
            self.query()
        ))
    }
}

/// A signed URL taken apart.
pub(super) struct Parsed<'a> {
    /// The URL's scheme, when it has one.
    pub(super) scheme: Option<&'a str>,
    /// The host, when it has one.
    pub(super) host: Option<&'a str>,
    /// The path as written, starting with `/` (empty when there is none).
    pub(super) path: &'a str,
    /// The query parameters in order (empty when there is no query).
    pub(super) pairs: Vec<Pair<'a>>,
}

/// Takes apart `scheme://host/path?query` or `/path?query`; `Err` with
/// the reason when it is neither.
pub(super) fn parse(url: &str) -> Result<Parsed<'_>, &'static str> {
    let split = query::split(url);
    let pairs = split.pairs.unwrap_or_default();
    let base = split.base;
    if base.is_empty() {
        return Err("there is no path: give the whole URL, or its path and query");
    }
    if let Some((scheme, rest)) = base.split_once("://") {
        let (host, path) = rest.find('/').map_or((rest, ""), |i| rest.split_at(i));
        if scheme.is_empty()
            || !scheme
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'+')
        {
            return Err("the scheme is not a URL scheme");
        }
        if host.is_empty() || host.contains(char::is_whitespace) {
            return Err("the host is empty or holds spaces");
        }
        return Ok(Parsed {
            scheme: Some(scheme),
            host: Some(host),
            path,
            pairs,
        });
    }
    if base.starts_with('/') {
        return Ok(Parsed {
            scheme: None,
            host: None,
            path: base,
            pairs,
        });
    }
    Err("it is neither a URL (scheme://host/path?query) nor a path (/live/123?query)")
}
