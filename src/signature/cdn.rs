//! CDN URL authentication: the parameters that let a stream be published
//! to, played from, recorded on or captured by one of ZEGO's CDNs, signed
//! with the key set in the console (ZEGO CDN).
//!
//! | CDN | publish and play | recording | screenshot |
//! |---|---|---|---|
//! | Tencent | `txSecret = md5(KEY + stream + txTime)` | `sign = md5(KEY + Dir + t + exper + rlimit + us)` | `txSecret = md5(KEY + path + txTime)` |
//! | Wangsu | `wsSecret = md5(wsABStime + /live/stream + KEY)` | `wsSecret = md5(wsABStime + path + KEY)` | as recording |
//! | Huawei | `hwSecret = hmac_sha256(KEY, stream + hwTime)` | `/{sha256(KEY + path + hwTime)}/{hwTime}/path` | as recording |
//!
//! Times are unix seconds in hex: lowercase, except Wangsu's uppercase.
//! Sources (ZEGO's docs, `ZEGOCLOUD/docs_all`):
//! `core_products/real-time-voice-video/en/ios-oc/live-streaming/cdn-stream-publishing-authentication.mdx`
//! and `…/zh/ios-oc/live-streaming/cdn-stream-playing-recording-screenshot-authentication.mdx`.
//!
//! Nothing here reads a clock: the expiry and the check time are
//! parameters. Signatures are compared in constant time, and no failure
//! or `Debug` output ever shows the key.
//!
//! ```
//! use zego_token::signature::cdn::{self, Cdn, CdnKey, CdnUse};
//!
//! let key = CdnKey::new("KEY123")?;
//! // The Wangsu example of ZEGO's docs: 2018-12-29 06:13:45 UTC.
//! let auth = cdn::sign(&key, "streamid123", 1_546_064_025, Cdn::Wangsu, CdnUse::Publish)?;
//! assert_eq!(auth.query(), "wsSecret=aa5879cbafc6269423d4381282fb6b10&wsABStime=5C271099");
//!
//! let url = auth.url("rtmp://push-ws1.zego.im/live", None)?;
//! assert!(cdn::check(&url, &key, 1_546_064_000).is_valid());
//! let late = cdn::check(&url, &key, 1_546_064_026);
//! assert_eq!(late.failures[0].kind(), "expired");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod candidates;
mod check;
mod failure;
mod formula;
mod input;
mod key;
mod url;

#[cfg(test)]
mod check_tests;
#[cfg(test)]
mod tests;

use std::fmt;

pub use check::{CdnCheck, CdnNote, check, check_parts};
pub use failure::{CdnCause, CdnFailure};
pub use formula::RecordingLimits;
pub use key::{CdnKey, CdnKeyError};

/// A CDN that ZEGO relays streams to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Cdn {
    /// Tencent Cloud: `txSecret` / `txTime` (Chinese mainland AppIDs).
    Tencent,
    /// Wangsu: `wsSecret` / `wsABStime` (Hong Kong, Macau, Taiwan and
    /// overseas AppIDs).
    Wangsu,
    /// Huawei Cloud: `hwSecret` / `hwTime` (Chinese mainland AppIDs).
    Huawei,
}

impl Cdn {
    /// Every CDN.
    pub const ALL: [Cdn; 3] = [Cdn::Tencent, Cdn::Wangsu, Cdn::Huawei];

    /// Its name: `tencent`, `wangsu`, `huawei`.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Cdn::Tencent => "tencent",
            Cdn::Wangsu => "wangsu",
            Cdn::Huawei => "huawei",
        }
    }

    /// The CDN of a name, in any case.
    #[must_use]
    pub fn from_name(name: &str) -> Option<Cdn> {
        Cdn::ALL
            .into_iter()
            .find(|c| c.name().eq_ignore_ascii_case(name))
    }

    /// The names of the signature and time parameters for a use:
    /// `("txSecret", "txTime")`, and `("sign", "t")` for Tencent recordings.
    #[must_use]
    pub fn param_names(self, usage: CdnUse) -> (&'static str, &'static str) {
        match (self, usage) {
            (Cdn::Tencent, CdnUse::Recording) => ("sign", "t"),
            (Cdn::Tencent, _) => ("txSecret", "txTime"),
            (Cdn::Wangsu, _) => ("wsSecret", "wsABStime"),
            (Cdn::Huawei, _) => ("hwSecret", "hwTime"),
        }
    }
}

impl fmt::Display for Cdn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// What a signed URL is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CdnUse {
    /// Publishing a stream (`rtmp://push-…/live/{stream}`).
    Publish,
    /// Playing a stream (`rtmp://play-…/live/{stream}`, or `.flv`, `.m3u8`).
    Play,
    /// Fetching a recording file (`http://host/{path}/{file}.mp4`).
    Recording,
    /// Fetching a screenshot (`http://host/{path}/{file}.jpg`).
    Screenshot,
}

impl CdnUse {
    /// Every use.
    pub const ALL: [CdnUse; 4] = [
        CdnUse::Publish,
        CdnUse::Play,
        CdnUse::Recording,
        CdnUse::Screenshot,
    ];

    /// Its name: `publish`, `play`, `recording`, `screenshot`.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            CdnUse::Publish => "publish",
            CdnUse::Play => "play",
            CdnUse::Recording => "recording",
            CdnUse::Screenshot => "screenshot",
        }
    }

    /// The use of a name, in any case.
    #[must_use]
    pub fn from_name(name: &str) -> Option<CdnUse> {
        CdnUse::ALL
            .into_iter()
            .find(|u| u.name().eq_ignore_ascii_case(name))
    }

    /// Whether it is about a live stream (signed over the stream ID) rather
    /// than a file (signed over its path).
    #[must_use]
    pub fn is_stream(self) -> bool {
        matches!(self, CdnUse::Publish | CdnUse::Play)
    }
}

impl fmt::Display for CdnUse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Where a CDN reads the authentication parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Placement {
    /// In the query string: `…?txSecret=…&txTime=…`.
    Query,
    /// In the path, before the file: `http://host/{hwSecret}/{hwTime}/{path}`
    /// (Huawei recordings and screenshots).
    Path,
}

/// Signed authentication parameters, and what they were signed for.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct CdnAuth {
    /// The CDN.
    pub cdn: Cdn,
    /// What the URL is for.
    pub usage: CdnUse,
    /// The stream ID or the file path, as given to [`sign`].
    pub resource: String,
    /// The text hashed for it: the stream ID, `/live/{stream}` for Wangsu,
    /// the file's directory for Tencent recordings.
    pub signed_name: String,
    /// The time signed: the expiry, or for Huawei recordings and
    /// screenshots the signing time (unix seconds).
    pub time: i64,
    /// The parameters in the order URLs carry them: name and value.
    pub params: Vec<(&'static str, String)>,
    /// Where the CDN reads them.
    pub placement: Placement,
}

impl CdnAuth {
    /// `name=value&…` of [`CdnAuth::params`] (values are hex or the caller's
    /// URL-safe tag, so nothing needs encoding). For [`Placement::Path`]
    /// the values go in the path instead: see [`CdnAuth::url`].
    #[must_use]
    pub fn query(&self) -> String {
        let pairs: Vec<String> = self
            .params
            .iter()
            .map(|(name, value)| format!("{name}={value}"))
            .collect();
        pairs.join("&")
    }

    /// The value of a parameter.
    #[must_use]
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Why nothing could be signed, or no URL built. Values quoted are the
/// caller's stream, path or base; never the key.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CdnError {
    /// The stream ID or path is empty.
    #[error("the stream ID is empty")]
    EmptyStream,
    /// A stream ID given with an application path.
    #[error(
        "{found:?} is a path: give the stream ID alone (123, not /live/123); the CDN's formula adds what it needs"
    )]
    StreamWithPath {
        /// The value given.
        found: String,
    },
    /// A stream ID or path with characters a URL would change.
    #[error(
        "{found:?} holds characters a URL changes: use letters, digits, '-', '_', '.', '~' (and '/' in a path)"
    )]
    Characters {
        /// The value given.
        found: String,
    },
    /// A recording or screenshot path that is not `/…/file`.
    #[error(
        "{found:?} is not a file path: recordings and screenshots are signed over /dir/file.ext"
    )]
    NotAFilePath {
        /// The value given.
        found: String,
    },
    /// A stream ID or path longer than 1024 bytes.
    #[error("the stream ID or path is {found} bytes long, more than 1024")]
    TooLong {
        /// Its length in bytes.
        found: usize,
    },
    /// A time before 1970 or after 2106 (more than 8 hex digits).
    #[error("time {time} cannot be written as 8 hex digits of unix seconds")]
    TimeOutOfRange {
        /// The time given.
        time: i64,
    },
    /// Tencent's `rlimit` is at most 9 addresses.
    #[error("rlimit {found} is more than 9 (Tencent allows at most 9 IP addresses)")]
    IpLimit {
        /// The value given.
        found: u8,
    },
    /// The random tag `us` holds characters a URL changes.
    #[error("the tag {found:?} holds characters a URL changes: use letters and digits")]
    Tag {
        /// The value given.
        found: String,
    },
    /// A URL base that is not `scheme://host[/app]`.
    #[error("{found:?} is not a URL base such as rtmp://push-tencent1.zego.im/live: {reason}")]
    Base {
        /// The base given.
        found: String,
        /// What is wrong with it.
        reason: &'static str,
    },
}

/// Signs a stream (publish, play) or a file (recording, screenshot) for a
/// CDN, valid until `expire_at` (unix seconds).
///
/// - Publish and play: `stream` is the stream ID alone (`123`); Wangsu's
///   formula signs `/live/123`, as ZEGO's docs give it.
/// - Recording and screenshot: `stream` is the file's path on the CDN
///   (`/dir1/dir2/123.mp4`, `/1.jpg`). Tencent recordings are signed
///   without trial, address limit or tag (see [`sign_tencent_recording`]);
///   for Huawei, `expire_at` is written as `hwTime`, which its docs
///   describe as the signing time: pass the current time.
///
/// # Errors
/// [`CdnError`] for a stream or path that cannot be signed as given, or a
/// time outside 0 ..= `0xffffffff`.
pub fn sign(
    key: &CdnKey,
    stream: &str,
    expire_at: i64,
    cdn: Cdn,
    usage: CdnUse,
) -> Result<CdnAuth, CdnError> {
    if (cdn, usage) == (Cdn::Tencent, CdnUse::Recording) {
        return sign_tencent_recording(key, stream, expire_at, &RecordingLimits::default());
    }
    input::resource(stream, usage)?;
    input::time(expire_at)?;
    Ok(formula::auth(
        key,
        stream,
        expire_at,
        cdn,
        usage,
        &RecordingLimits::default(),
    ))
}

/// Signs a Tencent recording URL with its optional limits:
/// `sign = md5(KEY + Dir + t + exper + rlimit + us)` where Dir is the
/// path up to its file name.
///
/// # Errors
/// As for [`sign`], and [`CdnError::IpLimit`] / [`CdnError::Tag`].
pub fn sign_tencent_recording(
    key: &CdnKey,
    path: &str,
    expire_at: i64,
    limits: &RecordingLimits,
) -> Result<CdnAuth, CdnError> {
    input::resource(path, CdnUse::Recording)?;
    input::time(expire_at)?;
    input::limits(limits)?;
    Ok(formula::auth(
        key,
        path,
        expire_at,
        Cdn::Tencent,
        CdnUse::Recording,
        limits,
    ))
}
