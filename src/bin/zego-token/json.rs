//! The `--json` schema. Field names here are a stable contract: add fields,
//! never rename or remove them.

use serde::Serialize;
use zego_token::{Claims, Failure, Privilege};

pub(crate) mod line;
pub(crate) mod signature;

/// The privilege payload as JSON.
#[derive(Debug, Serialize)]
pub(crate) struct PrivilegeJson {
    pub(crate) room_id: String,
    pub(crate) login: bool,
    pub(crate) publish: bool,
    pub(crate) stream_ids: Option<Vec<String>>,
}

impl From<Privilege> for PrivilegeJson {
    fn from(p: Privilege) -> Self {
        PrivilegeJson {
            room_id: p.room_id,
            login: p.login,
            publish: p.publish,
            stream_ids: p.stream_ids,
        }
    }
}

/// `generate --json`.
#[derive(Debug, Serialize)]
pub(crate) struct Generated<'a> {
    pub(crate) token: &'a str,
    pub(crate) mode: &'static str,
    #[serde(flatten)]
    pub(crate) claims: &'a Claims,
    pub(crate) privilege: Option<PrivilegeJson>,
}

/// One failed check.
#[derive(Debug, Serialize)]
pub(crate) struct FailureJson {
    pub(crate) kind: &'static str,
    pub(crate) message: String,
    pub(crate) sdk_codes: &'static [u32],
    /// The next step, where there is a useful one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) hint: Option<String>,
}

impl FailureJson {
    pub(crate) fn new(failure: &Failure, message: String, hint: Option<String>) -> FailureJson {
        FailureJson {
            kind: failure.kind(),
            message,
            sdk_codes: failure.sdk_codes(),
            hint,
        }
    }
}

/// `decode --json` and `verify --json`: what could be read of the token.
#[derive(Debug, Serialize)]
pub(crate) struct Inspected<'a> {
    /// batch mode only: the input line number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) line: Option<usize>,
    /// verify only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) valid: Option<bool>,
    /// verify only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) failures: Option<Vec<FailureJson>>,
    /// decode only: why the token could not be read, if it could not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) error: Option<Option<FailureJson>>,
    pub(crate) version: Option<&'static str>,
    pub(crate) mode: Option<&'static str>,
    pub(crate) authenticated: bool,
    pub(crate) expire: Option<i64>,
    pub(crate) iv: Option<String>,
    pub(crate) ciphertext_len: Option<usize>,
    pub(crate) claims: Option<&'a Claims>,
    pub(crate) privilege: Option<PrivilegeJson>,
    pub(crate) warnings: Vec<String>,
}
