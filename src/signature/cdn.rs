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

mod auth;
mod candidates;
mod check;
mod error;
mod failure;
mod formula;
mod input;
mod key;
mod kinds;
mod url;

#[cfg(test)]
mod check_tests;
#[cfg(test)]
mod tests;

pub use auth::{CdnAuth, Placement};
pub use check::{CdnCheck, CdnNote, check, check_parts};
pub use error::CdnError;
pub use failure::{CdnCause, CdnFailure};
pub use formula::RecordingLimits;
pub use key::{CdnKey, CdnKeyError};
pub use kinds::{Cdn, CdnUse};

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
