//! The formulas of each CDN, over text already checked.

use super::auth::{CdnAuth, Placement};
use super::key::CdnKey;
use super::kinds::{Cdn, CdnUse};
use crate::signature::digest::{hmac_sha256_hex, md5_hex, sha256_hex};

/// Tencent's optional limits on a recording URL (`exper`, `rlimit`, `us`).
/// Each left out is signed as empty text and not written in the URL.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct RecordingLimits {
    /// `exper`: seconds a viewer may watch as a trial (decimal).
    pub trial_seconds: Option<u32>,
    /// `rlimit`: how many IP addresses may fetch the URL, at most 9.
    pub max_ips: Option<u8>,
    /// `us`: a random tag that makes each URL unique (the caller's).
    pub tag: Option<String>,
}

impl RecordingLimits {
    /// Limits: trial seconds, address count and tag, each optional.
    #[must_use]
    pub fn new(
        trial_seconds: Option<u32>,
        max_ips: Option<u8>,
        tag: Option<&str>,
    ) -> RecordingLimits {
        RecordingLimits {
            trial_seconds,
            max_ips,
            tag: tag.map(str::to_owned),
        }
    }
}

/// The time as the CDN wants it written: hex, uppercase for Wangsu.
pub(super) fn time_text(cdn: Cdn, time: i64) -> String {
    match cdn {
        Cdn::Wangsu => format!("{time:X}"),
        Cdn::Tencent | Cdn::Huawei => format!("{time:x}"),
    }
}

/// What a publish or play URL signs for a stream ID: Wangsu signs the
/// stream under `/live/` (its docs' `StreamName = /live/<streamID>`).
pub(super) fn stream_name(cdn: Cdn, stream: &str) -> String {
    match cdn {
        Cdn::Wangsu => format!("/live/{stream}"),
        Cdn::Tencent | Cdn::Huawei => stream.to_owned(),
    }
}

/// A Tencent recording's `Dir`: its path up to and including the last `/`.
pub(super) fn directory(path: &str) -> &str {
    path.rfind('/').map_or("", |i| &path[..=i])
}

/// The signature over a name (stream, path or directory) and the time as
/// written. `extra` is Tencent's `exper + rlimit + us`, empty elsewhere.
pub(super) fn signature(
    key: &CdnKey,
    cdn: Cdn,
    usage: CdnUse,
    name: &str,
    time: &str,
    extra: &str,
) -> String {
    let key = key.bytes();
    let (name, time) = (name.as_bytes(), time.as_bytes());
    match (cdn, usage.is_stream()) {
        (Cdn::Tencent, _) => md5_hex(&[key, name, time, extra.as_bytes()]),
        (Cdn::Wangsu, _) => md5_hex(&[time, name, key]),
        (Cdn::Huawei, true) => hmac_sha256_hex(key, &[name, time]),
        // Plain SHA-256 here, not HMAC, as the docs give it.
        (Cdn::Huawei, false) => sha256_hex(&[key, name, time]),
    }
}

/// `exper + rlimit + us` as signed: absent ones are empty text.
pub(super) fn limits_text(limits: &RecordingLimits) -> String {
    let mut text = String::new();
    if let Some(exper) = limits.trial_seconds {
        text.push_str(&exper.to_string());
    }
    if let Some(rlimit) = limits.max_ips {
        text.push_str(&rlimit.to_string());
    }
    if let Some(us) = &limits.tag {
        text.push_str(us);
    }
    text
}

/// Signs checked input.
pub(super) fn auth(
    key: &CdnKey,
    resource: &str,
    time: i64,
    cdn: Cdn,
    usage: CdnUse,
    limits: &RecordingLimits,
) -> CdnAuth {
    let time_written = time_text(cdn, time);
    let (secret_name, time_name) = cdn.param_names(usage);
    let signed_name = match (cdn, usage) {
        (Cdn::Tencent, CdnUse::Recording) => directory(resource).to_owned(),
        (_, usage) if usage.is_stream() => stream_name(cdn, resource),
        _ => resource.to_owned(),
    };
    let mut params = Vec::new();
    let placement = if (cdn, usage) == (Cdn::Tencent, CdnUse::Recording) {
        let extra = limits_text(limits);
        let signature = signature(key, cdn, usage, &signed_name, &time_written, &extra);
        // Tencent's order: t, exper, rlimit, us, sign.
        params.push((time_name, time_written));
        if let Some(exper) = limits.trial_seconds {
            params.push(("exper", exper.to_string()));
        }
        if let Some(rlimit) = limits.max_ips {
            params.push(("rlimit", rlimit.to_string()));
        }
        if let Some(us) = &limits.tag {
            params.push(("us", us.clone()));
        }
        params.push((secret_name, signature));
        Placement::Query
    } else {
        let signature = signature(key, cdn, usage, &signed_name, &time_written, "");
        params.push((secret_name, signature));
        params.push((time_name, time_written));
        if cdn == Cdn::Huawei && !usage.is_stream() {
            Placement::Path
        } else {
            Placement::Query
        }
    };
    CdnAuth {
        cdn,
        usage,
        resource: resource.to_owned(),
        signed_name,
        time,
        params,
        placement,
    }
}
