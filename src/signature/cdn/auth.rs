//! What signing gives: the parameters, what they were signed for, and
//! where the CDN reads them. The URL built from them is in `url`.

use super::kinds::{Cdn, CdnUse};

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
    /// The stream ID or the file path, as given to [`sign`](super::sign).
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
