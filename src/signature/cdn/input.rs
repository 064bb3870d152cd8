//! What can be signed: stream IDs, file paths, times and limits.

use super::error::CdnError;
use super::formula::RecordingLimits;
use super::kinds::CdnUse;

/// Longest stream ID or path accepted.
const MAX_LEN: usize = 1024;

/// The characters a URL carries unchanged (RFC 3986 unreserved): anything
/// else would reach the CDN other than it was signed.
pub(super) fn is_unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~')
}

/// A stream ID for publish and play, a file path for the others.
pub(super) fn resource(text: &str, usage: CdnUse) -> Result<(), CdnError> {
    let found = || text.to_owned();
    if text.is_empty() {
        return Err(CdnError::EmptyStream);
    }
    if text.len() > MAX_LEN {
        return Err(CdnError::TooLong { found: text.len() });
    }
    if usage.is_stream() {
        if text.contains('/') {
            return Err(CdnError::StreamWithPath { found: found() });
        }
        if !text.bytes().all(is_unreserved) {
            return Err(CdnError::Characters { found: found() });
        }
        return Ok(());
    }
    if !text.bytes().all(|b| is_unreserved(b) || b == b'/') {
        return Err(CdnError::Characters { found: found() });
    }
    let file = text.rsplit('/').next().unwrap_or_default();
    if !text.starts_with('/') || file.is_empty() || file == "." || file == ".." {
        return Err(CdnError::NotAFilePath { found: found() });
    }
    Ok(())
}

/// A time that fits the 8 hex digits every CDN reads.
pub(super) fn time(time: i64) -> Result<(), CdnError> {
    if (0..=0xffff_ffff).contains(&time) {
        Ok(())
    } else {
        Err(CdnError::TimeOutOfRange { time })
    }
}

/// Tencent's recording limits.
pub(super) fn limits(limits: &RecordingLimits) -> Result<(), CdnError> {
    if let Some(found) = limits.max_ips
        && found > 9
    {
        return Err(CdnError::IpLimit { found });
    }
    if let Some(tag) = &limits.tag
        && (tag.is_empty() || tag.len() > 64 || !tag.bytes().all(|b| b.is_ascii_alphanumeric()))
    {
        return Err(CdnError::Tag { found: tag.clone() });
    }
    Ok(())
}
