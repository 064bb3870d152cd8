//! Why nothing could be signed, or no URL built.

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
