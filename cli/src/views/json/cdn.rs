//! The `--json` schema of `cdn check`. Field names are a stable contract:
//! add fields, never rename or remove them.

use serde::Serialize;

/// One reason the CDN would refuse the URL, in `verify`'s vocabulary.
#[derive(Debug, Serialize)]
pub(crate) struct Failure {
    pub(crate) kind: &'static str,
    /// `malformed`, `untrusted` or `expired`: the exit code follows from it.
    pub(crate) class: &'static str,
    pub(crate) message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) hint: Option<String>,
    /// For a wrong signature: what explains it, as far as can be told.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) causes: Option<Vec<super::signature::Cause>>,
}

/// `cdn check --json`.
#[derive(Debug, Serialize)]
pub(crate) struct CdnCheck<'a> {
    pub(crate) valid: bool,
    pub(crate) failures: Vec<Failure>,
    /// What the check cannot settle (Huawei files carry the signing time).
    pub(crate) notes: Vec<String>,
    /// `tencent`, `wangsu` or `huawei`, as read from the parameters.
    pub(crate) cdn: Option<&'static str>,
    /// `publish`, `play`, `recording` or `screenshot`.
    #[serde(rename = "use")]
    pub(crate) usage: Option<&'static str>,
    /// The text the signature is over (the stream ID, `/live/ID`, a path).
    pub(crate) signed_name: Option<&'a str>,
    /// The time written, unix seconds: the expiry (Huawei files: signing time).
    pub(crate) time: Option<i64>,
    /// Where the key came from (never the key).
    pub(crate) key_source: &'a str,
}
