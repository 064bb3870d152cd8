//! Why a request's Signature does not match: the variants of the request
//! that a signer commonly gets wrong, tried one by one.

use std::fmt;

use super::api::{MAX_SKEW, signature_of};
use super::digest::same;
use crate::secret::Secret;

/// A reason a request's `Signature` does not match. The first four are
/// confirmed: the signature matches once that one thing is changed. The
/// others are suspicions read from the request as written.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Cause {
    /// The signature was made for this AppId (the expected one), not the
    /// one written in the URL.
    SignedForAppId {
        /// The AppId the signature is for.
        app_id: u32,
    },
    /// The signature was made at this timestamp, not the one written: the
    /// clock was read twice (once to sign, once to build the URL), or the
    /// two used different units.
    SignedAtTimestamp {
        /// The timestamp the signature is for.
        timestamp: i64,
    },
    /// The signature was made over the nonce as it is written in the URL,
    /// still percent-encoded; servers hash the decoded value.
    NonceSignedEncoded,
    /// The signature is right but in uppercase hex; it must be lowercase.
    SignatureUppercase,
    /// Unconfirmed: the nonce holds characters that URL encoding changes
    /// (`+`, `%`, `&`, spaces, non-ASCII), so it may not reach ZEGO as it
    /// was signed.
    NonceNeedsEncoding,
    /// Unconfirmed: the timestamp looks like milliseconds; ZEGO wants seconds.
    TimestampInMillis,
    /// Nothing else matches: the ServerSecret is the likely cause (another
    /// project's, or the AppSign), or the nonce was changed after signing.
    OtherSecret,
}

impl Cause {
    /// Whether the signature was shown to match with this one change.
    #[must_use]
    pub fn confirmed(&self) -> bool {
        matches!(
            self,
            Cause::SignedForAppId { .. }
                | Cause::SignedAtTimestamp { .. }
                | Cause::NonceSignedEncoded
                | Cause::SignatureUppercase
        )
    }
}

impl fmt::Display for Cause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Cause::SignedForAppId { app_id } => write!(
                f,
                "the signature is for AppId {app_id}, not for the AppId written in the URL"
            ),
            Cause::SignedAtTimestamp { timestamp } => write!(
                f,
                "the signature is for Timestamp {timestamp}, not the one written: read the clock once, in seconds, to sign and to build the URL"
            ),
            Cause::NonceSignedEncoded => f.write_str(
                "the signature is over the nonce still percent-encoded; sign the nonce itself, then encode the URL",
            ),
            Cause::SignatureUppercase => f.write_str(
                "the signature is right but in uppercase hex; ZEGO compares lowercase hex",
            ),
            Cause::NonceNeedsEncoding => f.write_str(
                "the nonce holds characters that URL encoding changes; prefer 16 hex characters",
            ),
            Cause::TimestampInMillis => f.write_str(
                "the timestamp looks like milliseconds; ZEGO wants unix seconds",
            ),
            Cause::OtherSecret => f.write_str(
                "AppId, nonce and timestamp as written do not explain it: the ServerSecret most likely differs (another project's, or the AppSign)",
            ),
        }
    }
}

/// The request as written, for the search.
pub(super) struct Written<'a> {
    pub(super) app_id: &'a str,
    pub(super) nonce: &'a str,
    /// The nonce as it appears in the URL, before percent-decoding.
    pub(super) nonce_raw: &'a str,
    pub(super) timestamp: i64,
    pub(super) timestamp_text: &'a str,
    pub(super) signature: &'a str,
}

/// Whether the signature matches as written; if not, why not.
pub(super) fn search(
    written: &Written<'_>,
    secret: &Secret,
    expected_app_id: Option<u32>,
) -> Result<(), Vec<Cause>> {
    let sign =
        |app_id: &str, nonce: &str, timestamp: &str| signature_of(app_id, nonce, secret, timestamp);
    let given = written.signature;
    let expected = sign(written.app_id, written.nonce, written.timestamp_text);
    if same(&expected, given) {
        return Ok(());
    }
    let lower = given.to_ascii_lowercase();
    let matches = |candidate: &str| same(candidate, &lower);
    let mut causes = Vec::new();
    if lower != given && matches(&expected) {
        causes.push(Cause::SignatureUppercase);
        return Err(causes);
    }
    if let Some(app_id) = expected_app_id
        && app_id.to_string() != written.app_id
        && matches(&sign(
            &app_id.to_string(),
            written.nonce,
            written.timestamp_text,
        ))
    {
        causes.push(Cause::SignedForAppId { app_id });
    }
    if written.nonce_raw != written.nonce
        && matches(&sign(
            written.app_id,
            written.nonce_raw,
            written.timestamp_text,
        ))
    {
        causes.push(Cause::NonceSignedEncoded);
    }
    if let Some(timestamp) = other_timestamps(written.timestamp)
        .find(|t| matches(&sign(written.app_id, written.nonce, &t.to_string())))
    {
        causes.push(Cause::SignedAtTimestamp { timestamp });
    }
    if causes.is_empty() {
        if written.nonce.bytes().any(|b| !is_unreserved(b)) {
            causes.push(Cause::NonceNeedsEncoding);
        }
        if written.timestamp > 100_000_000_000 {
            causes.push(Cause::TimestampInMillis);
        }
        causes.push(Cause::OtherSecret);
    }
    Err(causes)
}

/// Timestamps a signer may have used instead of the written one: a clock
/// read within ZEGO's window of it, or the same moment in the other unit.
fn other_timestamps(written: i64) -> impl Iterator<Item = i64> {
    let near = (1..=MAX_SKEW).flat_map(move |d| [written - d, written + d]);
    let units = [written / 1000, written.saturating_mul(1000)];
    units
        .into_iter()
        .chain(near)
        .filter(move |&t| t >= 0 && t != written)
}

/// The characters a URL carries unchanged (RFC 3986 unreserved).
fn is_unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~')
}
