//! The return codes of ZEGO's server APIs about the signature and the
//! public parameters, with causes, a `zego-token` command that confirms
//! them, and a fix: the data behind `zego-token explain 100000005`.

use std::fmt;

/// One server API return code about a request's signature or public
/// parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct ApiCode {
    /// The numeric code in the API's response.
    pub code: u32,
    /// What it means, in a few words.
    pub meaning: &'static str,
    /// The usual reasons, most likely first, each one sentence.
    pub causes: &'static [&'static str],
    /// A `zego-token` command line that confirms or rules out the causes.
    pub check: &'static str,
    /// What to change.
    pub fix: &'static str,
}

impl fmt::Display for ApiCode {
    /// `100000005 (signature invalid)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.code, self.meaning)
    }
}

const CHECK: &str = r#"zego-token sign --check "$URL""#;
const PUBLIC: &str = "Build every request with all public parameters: Action, AppId, \
                      SignatureNonce, Timestamp, Signature and SignatureVersion=2.0 \
                      (zego-token sign --action NAME prints one).";

const fn code(
    code: u32,
    meaning: &'static str,
    causes: &'static [&'static str],
    fix: &'static str,
) -> ApiCode {
    ApiCode {
        code,
        meaning,
        causes,
        check: CHECK,
        fix,
    }
}

/// Every code this crate knows, in numeric order.
pub const API_CODES: &[ApiCode] = &[
    code(
        100_000_001,
        "AppId empty or malformed",
        &["The AppId parameter is missing, empty or not a number."],
        PUBLIC,
    ),
    code(
        100_000_002,
        "Timestamp empty",
        &["The Timestamp parameter is missing or empty."],
        PUBLIC,
    ),
    code(
        100_000_003,
        "Timestamp malformed",
        &["The Timestamp is not a number of unix seconds (an RFC 3339 date, a float)."],
        "Send the unix time in whole seconds, the same value that was signed.",
    ),
    code(
        100_000_004,
        "signature expired",
        &[
            "The Timestamp is more than 10 minutes from ZEGO's clock: a URL signed once and reused.",
            "The server's clock is off, or the timestamp is in milliseconds.",
        ],
        "Sign every request afresh with the current unix time in seconds, and keep the \
         server's clock synchronised (NTP).",
    ),
    code(
        100_000_005,
        "signature invalid",
        &[
            "The signature was made with another ServerSecret (another project's, or the AppSign).",
            "The signature was made over other values than those sent: a nonce or \
             timestamp generated twice, or a nonce that URL encoding changed.",
            "The signature is not hex_lower(md5(AppId + SignatureNonce + ServerSecret + Timestamp)).",
        ],
        "Sign with the project's ServerSecret over exactly the AppId, SignatureNonce and \
         Timestamp the request carries, as lowercase hex.",
    ),
    code(
        100_000_008,
        "SignatureNonce empty",
        &["The SignatureNonce parameter is missing or empty."],
        "Send a new random SignatureNonce with every request, e.g. 8 random bytes as 16 hex \
         characters.",
    ),
    code(
        100_000_009,
        "Signature empty",
        &["The Signature parameter is missing or empty."],
        PUBLIC,
    ),
    code(
        100_000_010,
        "no ServerSecret for this AppId",
        &[
            "The AppId is not that of a project of this account, or was mistyped.",
            "The request went to a product whose service is not enabled for the project.",
        ],
        "Use the AppID shown in the ZEGOCLOUD Admin Console, and sign with that project's \
         ServerSecret.",
    ),
    code(
        100_000_013,
        "SignatureVersion empty",
        &["The SignatureVersion parameter is missing or empty."],
        "Send SignatureVersion=2.0.",
    ),
    code(
        100_000_014,
        "SignatureVersion unsupported",
        &["The SignatureVersion is not 2.0."],
        "Send SignatureVersion=2.0.",
    ),
    code(
        100_000_016,
        "IsTest does not match the project's environment",
        &[
            "IsTest says testing for a project in production, or production for one in testing.",
            "IsTest applies only to projects created before 2021-11-16; newer ones leave it out.",
        ],
        "Leave IsTest out for projects created after 2021-11-16; otherwise set it to the \
         project's environment.",
    ),
];

/// The entry for a server API return code.
#[must_use]
pub fn lookup_api_code(code: u32) -> Option<&'static ApiCode> {
    API_CODES.iter().find(|c| c.code == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_sorted_unique_and_complete() {
        assert!(API_CODES.windows(2).all(|w| w[0].code < w[1].code));
        for code in [
            100_000_001,
            100_000_002,
            100_000_003,
            100_000_004,
            100_000_005,
            100_000_008,
            100_000_009,
            100_000_010,
            100_000_013,
            100_000_014,
            100_000_016,
        ] {
            let entry = lookup_api_code(code).expect("documented");
            assert!(!entry.causes.is_empty() && !entry.fix.is_empty());
        }
        assert!(lookup_api_code(100_000_006).is_none());
        assert_eq!(
            lookup_api_code(100_000_005)
                .map(ToString::to_string)
                .as_deref(),
            Some("100000005 (signature invalid)")
        );
    }
}
