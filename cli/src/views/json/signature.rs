//! The `--json` schema of `sign` and `callback`. Field names are a stable
//! contract: add fields, never rename or remove them.

use serde::Serialize;

/// `sign --json`: the signed public parameters (and the URL, when built).
#[derive(Debug, Serialize)]
pub(crate) struct Signed<'a> {
    pub(crate) app_id: u32,
    pub(crate) signature_nonce: &'a str,
    pub(crate) timestamp: i64,
    pub(crate) signature: &'a str,
    pub(crate) signature_version: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) url: Option<&'a str>,
}

/// One failed check of a request or a callback.
#[derive(Debug, Serialize)]
pub(crate) struct Failure {
    pub(crate) kind: &'static str,
    /// `malformed`, `untrusted`, `mismatch` or `expired`, as `verify`'s:
    /// the exit code follows from it.
    pub(crate) class: &'static str,
    pub(crate) message: String,
    /// The server API return codes ZEGO answers for it (none for callbacks).
    pub(crate) api_codes: &'static [u32],
    /// The next step, where there is a useful one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) hint: Option<String>,
    /// For a wrong signature: what explains it, as far as can be told.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) causes: Option<Vec<Cause>>,
}

/// A cause of a wrong request signature.
#[derive(Debug, Serialize)]
pub(crate) struct Cause {
    /// Whether the signature matches once this is changed.
    pub(crate) confirmed: bool,
    pub(crate) message: String,
}

/// `sign --check --json`.
#[derive(Debug, Serialize)]
pub(crate) struct RequestCheck<'a> {
    pub(crate) valid: bool,
    pub(crate) failures: Vec<Failure>,
    /// What ZEGO accepts but is probably not meant (plain http, another host).
    pub(crate) notes: Vec<String>,
    pub(crate) action: Option<&'a str>,
    pub(crate) app_id: Option<u32>,
    pub(crate) timestamp: Option<i64>,
    /// Where the ServerSecret it was checked with came from (never the secret).
    pub(crate) secret_source: &'a str,
}

/// `callback verify --json`.
#[derive(Debug, Serialize)]
pub(crate) struct CallbackCheck<'a> {
    pub(crate) valid: bool,
    pub(crate) failures: Vec<Failure>,
    /// `json`, `form` or `url_encoded_json`, when the fields were found.
    pub(crate) format: Option<&'static str>,
    /// `lower` (signature, timestamp, nonce), `capitalized` or `mixed`.
    pub(crate) spelling: Option<&'static str>,
    pub(crate) timestamp: Option<&'a str>,
    pub(crate) nonce: Option<&'a str>,
    /// Where the CallbackSecret came from (never the secret).
    pub(crate) secret_source: &'a str,
    /// `standard` (RTC, ZIM, ...) or `ai_product` (AI Agent, ASR, Digital
    /// Human), from the field names; `null` when unreadable or mixed.
    pub(crate) convention: Option<&'static str>,
    /// The timestamp's unit as read from its size: `seconds` or
    /// `milliseconds`.
    pub(crate) unit: Option<&'static str>,
}
