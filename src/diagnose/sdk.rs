//! The error codes ZEGO client SDKs report for token problems, with causes,
//! a `zego-token` command that confirms each, and a fix.
//!
//! The data behind `zego-token explain <CODE>` and the "→ SDK error …" hints
//! of `verify`. Commands that need the ServerSecret assume it is in
//! `ZEGO_SERVER_SECRET` (otherwise add `--secret-file <FILE>`).

use std::fmt;

/// The ZEGO client SDK that reports a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Sdk {
    /// The Express SDK (real-time audio and video, `ZegoErrorCode`).
    Express,
    /// The ZIM SDK (in-app chat, `ZIMErrorCode`). It ignores the privilege payload.
    Zim,
    /// The Express Web SDK, whose token codes differ from the native ones.
    ExpressWeb,
    /// A ZEGO server API (RTC, ZIM: the request's `Signature`, made with
    /// the ServerSecret).
    ServerApi,
    /// The AI Agent server API.
    AiAgent,
}

impl Sdk {
    /// The short name a line of codes uses: "Express", "ZIM", "Web",
    /// "server API", "AI Agent".
    pub fn short_name(self) -> &'static str {
        match self {
            Sdk::Express => "Express",
            Sdk::Zim => "ZIM",
            Sdk::ExpressWeb => "Web",
            Sdk::ServerApi => "server API",
            Sdk::AiAgent => "AI Agent",
        }
    }
}

impl fmt::Display for Sdk {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Sdk::Express => "Express SDK",
            Sdk::Zim => "ZIM SDK",
            Sdk::ExpressWeb => "Express Web SDK",
            Sdk::ServerApi => "server API",
            Sdk::AiAgent => "AI Agent server API",
        })
    }
}

/// One SDK error code that a token can cause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct SdkCode {
    /// The numeric code as the SDK reports it.
    pub code: u32,
    /// The SDK that reports it.
    pub sdk: Sdk,
    /// What it means, in a few words (e.g. "token expired").
    pub meaning: &'static str,
    /// The usual reasons, most likely first, each one sentence.
    pub causes: &'static [&'static str],
    /// A `zego-token` command line that confirms or rules out the causes.
    pub check: &'static str,
    /// What to change, in one or two sentences.
    pub fix: &'static str,
}

impl fmt::Display for SdkCode {
    /// `1002078 (token expired)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.code, self.meaning)
    }
}

// Commands run as printed in a POSIX shell once the variables are set:
// placeholders are quoted variables, never `<AppID>` (a redirection there).
const VERIFY_IDS: &str = r#"zego-token verify --app-id "$APP_ID" --user-id "$USER_ID" "$TOKEN""#;
const VERIFY_SECRET: &str = r#"zego-token verify "$TOKEN""#;
const VERIFY_APP_ID: &str = r#"zego-token verify --app-id "$APP_ID" "$TOKEN""#;
const VERIFY_USER_ID: &str = r#"zego-token verify --user-id "$USER_ID" "$TOKEN""#;
const VERIFY_PUBLISH: &str = r#"zego-token verify --room-id "$ROOM_ID" --require publish "$TOKEN""#;
const VERIFY_LOGIN: &str = r#"zego-token verify --room-id "$ROOM_ID" --require login "$TOKEN""#;
const DECODE: &str = r#"zego-token decode "$TOKEN""#;
/// The causes every "token invalid" code shares: the wrong key, or the right
/// secret turned into a key wrongly.
const WRONG_KEY: &str =
    "The token was encrypted with another project's ServerSecret, or with the AppSign.";
const MISDERIVED_KEY: &str = "The generator derives the key wrongly (hex-decodes the ServerSecret \
     into an AES-128 key, changes its case): `zego-token verify` names the derivation.";
/// For what only the claims show (the nonce, the payload, the issue time):
/// without the ServerSecret `decode` shows the header alone.
const DECODE_CLAIMS: &str = r#"zego-token decode --secret-file secret.txt "$TOKEN""#;
const CHECK_ID: &str = r#"zego-token verify --user-id "$USER_ID" --room-id "$ROOM_ID" "$TOKEN""#;
const SIGN_CHECK: &str = r#"zego-token sign --check "$URL""#;

const RENEW: &str = "Renew in time: when onTokenWillExpire fires (30 s before expiry), \
                     fetch a new token from your server and call renewToken.";

mod credentials;
mod express;
mod server;
mod web;
mod zim;

/// Every SDK code a token, the AppSign, a signature or an id can cause:
/// FORMAT.md's table in its order, then the rest of PRODUCTS.md section 1.
pub const SDK_CODES: &[SdkCode] = &[
    SdkCode::EXPRESS_LOGIN_AUTH_FAILED,
    SdkCode::EXPRESS_TOKEN_MISSING,
    SdkCode::EXPRESS_TOKEN_INNER_ERROR,
    SdkCode::EXPRESS_TOKEN_FORMAT_ERROR,
    SdkCode::EXPRESS_APP_ID_MISMATCH,
    SdkCode::EXPRESS_USER_ID_MISMATCH,
    SdkCode::EXPRESS_TOKEN_EXPIRED,
    SdkCode::EXPRESS_TOKEN_VERSION_ERROR,
    SdkCode::EXPRESS_NONCE_TYPE_ERROR,
    SdkCode::EXPRESS_RENEW_NO_PUBLISH,
    SdkCode::EXPRESS_KICKED_OUT_EXPIRED,
    SdkCode::EXPRESS_PUBLISH_AUTH_FAILED,
    SdkCode::EXPRESS_PLAY_AUTH_FAILED,
    SdkCode::ZIM_TOKEN_INVALID,
    SdkCode::ZIM_TOKEN_EXPIRED,
    SdkCode::ZIM_TOKEN_VERSION_ERROR,
    SdkCode::ZIM_EFFECTIVE_TIME_TOO_SHORT,
    SdkCode::ZIM_APP_ID_INVALID,
    // PRODUCTS.md section 1, beyond FORMAT.md's table.
    SdkCode::EXPRESS_APPSIGN_LENGTH,
    SdkCode::EXPRESS_APPSIGN_CHARACTERS,
    SdkCode::EXPRESS_APPSIGN_EMPTY,
    SdkCode::EXPRESS_AUTH_APP_ID,
    SdkCode::EXPRESS_AUTH_APPSIGN,
    SdkCode::EXPRESS_LICENSE_NOT_FOUND,
    SdkCode::EXPRESS_LICENSE_EXPIRED,
    SdkCode::EXPRESS_LICENSE_FEATURE,
    SdkCode::EXPRESS_USER_ID_EMPTY,
    SdkCode::EXPRESS_USER_ID_ILLEGAL,
    SdkCode::EXPRESS_USER_ID_TOO_LONG,
    SdkCode::EXPRESS_ROOM_ID_EMPTY,
    SdkCode::EXPRESS_ROOM_ID_ILLEGAL,
    SdkCode::EXPRESS_ROOM_ID_TOO_LONG,
    SdkCode::WEB_TOKEN_FORMAT,
    SdkCode::WEB_TOKEN_EXPIRED,
    SdkCode::WEB_LOGIN_AUTH_FAILED,
    SdkCode::WEB_PUBLISH_AUTH_FAILED,
    SdkCode::WEB_PLAY_AUTH_FAILED,
    SdkCode::ZIM_LOGIN_FAILED,
    SdkCode::ZIM_USER_NOT_FOUND,
    SdkCode::ZIM_NOT_LOGGED_IN,
    SdkCode::ZIM_OTHER_USER_LOGGED_IN,
    SdkCode::ZIM_OFFLINE_USER_DIFFERS,
    SdkCode::SERVER_SIGNATURE_EXPIRED,
    SdkCode::SERVER_SIGNATURE_WRONG,
    SdkCode::SERVER_MIXER_AUTH_FAILED,
    SdkCode::SERVER_MIXER_TOKEN_ILLEGAL,
    SdkCode::SERVER_MEDIA_NO_TOKEN,
    SdkCode::SERVER_ZIM_USER_ID_TOO_LONG,
    SdkCode::AI_AGENT_APP_ID_INVALID,
    SdkCode::AI_AGENT_AUTH_FAILED,
];

/// The entry for `code`, if it is one of [`SDK_CODES`].
///
/// ```
/// use zego_token::diagnose::{Sdk, SdkCode, lookup};
///
/// let expired = lookup(1002078).expect("known code");
/// assert_eq!(expired, &SdkCode::EXPRESS_TOKEN_EXPIRED);
/// assert_eq!(expired.sdk, Sdk::Express);
/// assert_eq!(expired.to_string(), "1002078 (token expired)");
/// assert!(lookup(42).is_none());
/// ```
pub fn lookup(code: u32) -> Option<&'static SdkCode> {
    SDK_CODES.iter().find(|c| c.code == code)
}

#[cfg(test)]
mod tests;
