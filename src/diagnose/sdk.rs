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
}

impl fmt::Display for Sdk {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Sdk::Express => "Express SDK",
            Sdk::Zim => "ZIM SDK",
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

const VERIFY_IDS: &str = r#"zego-token verify --app-id <AppID> --user-id <UserID> "$TOKEN""#;
const VERIFY_SECRET: &str = r#"zego-token verify "$TOKEN""#;
const VERIFY_APP_ID: &str = r#"zego-token verify --app-id <AppID> "$TOKEN""#;
const VERIFY_USER_ID: &str = r#"zego-token verify --user-id <UserID> "$TOKEN""#;
const VERIFY_PUBLISH: &str = r#"zego-token verify --room-id <RoomID> --require publish "$TOKEN""#;
const VERIFY_LOGIN: &str = r#"zego-token verify --room-id <RoomID> --require login "$TOKEN""#;
const DECODE: &str = r#"zego-token decode "$TOKEN""#;

const RENEW: &str = "Renew in time: when onTokenWillExpire fires (30 s before expiry), \
                     fetch a new token from your server and call renewToken.";

impl SdkCode {
    /// Express 1002033: room login authentication failed.
    pub const EXPRESS_LOGIN_AUTH_FAILED: SdkCode = SdkCode {
        code: 1002033,
        sdk: Sdk::Express,
        meaning: "room login authentication failed",
        causes: &[
            "The token was encrypted with another project's ServerSecret, or with the AppSign.",
            "The token has expired.",
            "The token was cut short or altered on its way to the app.",
        ],
        check: VERIFY_IDS,
        fix: "Generate the token with the ServerSecret of the project whose AppID the app \
              uses, and hand it to the SDK unchanged.",
    };

    /// Express 1002067: no token given.
    pub const EXPRESS_TOKEN_MISSING: SdkCode = SdkCode {
        code: 1002067,
        sdk: Sdk::Express,
        meaning: "no token given",
        causes: &[
            "The app logged in without a token, but the project requires token authentication.",
            "The token the app passed was an empty string (the fetch from your server failed).",
        ],
        check: DECODE,
        fix: "Fetch a token from your server before logging in and pass it in the room \
              config's token field.",
    };

    /// Express 1002074: token inner error.
    pub const EXPRESS_TOKEN_INNER_ERROR: SdkCode = SdkCode {
        code: 1002074,
        sdk: Sdk::Express,
        meaning: "token inner error",
        causes: &[
            "The token is not a well-formed Token04: cut short, extra characters, or \
             re-encoded on the way (URL encoding, JSON escaping, line wrapping).",
            "The token was encrypted with another secret than the project's ServerSecret.",
        ],
        check: VERIFY_SECRET,
        fix: "Regenerate the token with the project's ServerSecret and pass the exact \
              string to the SDK.",
    };

    /// Express 1002075: token format error (the payload is not JSON).
    pub const EXPRESS_TOKEN_FORMAT_ERROR: SdkCode = SdkCode {
        code: 1002075,
        sdk: Sdk::Express,
        meaning: "token format error (payload is not JSON)",
        causes: &[
            "The privilege payload is not valid JSON.",
            "The generator put the payload in as a JSON object; it must be a JSON \
             document encoded as a string.",
        ],
        check: DECODE,
        fix: "Give the payload as a JSON string such as \
              {\"room_id\":\"room1\",\"privilege\":{\"1\":1,\"2\":1},\"stream_id_list\":null}, \
              or an empty string for a token without privileges.",
    };

    /// Express 1002076: the token's AppID differs from the app's.
    pub const EXPRESS_APP_ID_MISMATCH: SdkCode = SdkCode {
        code: 1002076,
        sdk: Sdk::Express,
        meaning: "AppID mismatch",
        causes: &[
            "The token was generated for another AppID than the one the app created the \
             engine with.",
            "A token of a test project is used with the production app, or the other way round.",
        ],
        check: VERIFY_APP_ID,
        fix: "Generate the token with the AppID the app uses, and the ServerSecret of that \
              same project.",
    };

    /// Express 1002077: the token's userID differs from the login user.
    pub const EXPRESS_USER_ID_MISMATCH: SdkCode = SdkCode {
        code: 1002077,
        sdk: Sdk::Express,
        meaning: "userID mismatch",
        causes: &[
            "The token was generated for another user than the one logging in.",
            "The user IDs differ only in case, whitespace or character encoding.",
        ],
        check: VERIFY_USER_ID,
        fix: "Generate the token for exactly the user ID the app logs in with, byte for byte.",
    };

    /// Express 1002078: token expired.
    pub const EXPRESS_TOKEN_EXPIRED: SdkCode = SdkCode {
        code: 1002078,
        sdk: Sdk::Express,
        meaning: "token expired",
        causes: &[
            "The token's expire time has passed.",
            "The effective time it was generated with is too short.",
            "The clock of the generating server or of the device is far off.",
        ],
        check: DECODE,
        fix: "Issue tokens with a longer --effective-time, keep server clocks in sync, and \
              renew on onTokenWillExpire (30 s before expiry) with renewToken.",
    };

    /// Express 1002079: token version error.
    pub const EXPRESS_TOKEN_VERSION_ERROR: SdkCode = SdkCode {
        code: 1002079,
        sdk: Sdk::Express,
        meaning: "token version error",
        causes: &[
            "The token does not start with \"04\": an older Token03, or not a token at all.",
            "Something was added in front of it: quotes, \"Bearer \", whitespace.",
        ],
        check: DECODE,
        fix: "Generate a Token04 with a current generator and pass only the token string.",
    };

    /// Express 1002080: the nonce has the wrong type.
    pub const EXPRESS_NONCE_TYPE_ERROR: SdkCode = SdkCode {
        code: 1002080,
        sdk: Sdk::Express,
        meaning: "nonce has the wrong type",
        causes: &[
            "A custom generator wrote the nonce as a string or a fraction instead of an integer.",
            "The nonce does not fit a signed 32-bit integer.",
        ],
        check: DECODE,
        fix: "Use a random signed 32-bit integer for nonce, written as a JSON number.",
    };

    /// Express 1002082: the renewed token has no publish permission.
    pub const EXPRESS_RENEW_NO_PUBLISH: SdkCode = SdkCode {
        code: 1002082,
        sdk: Sdk::Express,
        meaning: "renewed token has no publish permission",
        causes: &[
            "The token given to renewToken denies publishing (privilege \"2\" is 0) while \
             the user is publishing.",
        ],
        check: VERIFY_PUBLISH,
        fix: "When renewing for a user who publishes, generate the new token with publish \
              (privilege \"2\") allowed for that room.",
    };

    /// Express 1002056: kicked out because the token expired and was not renewed.
    pub const EXPRESS_KICKED_OUT_EXPIRED: SdkCode = SdkCode {
        code: 1002056,
        sdk: Sdk::Express,
        meaning: "kicked out: token expired and not renewed",
        causes: &[
            "The app does not handle onTokenWillExpire.",
            "Fetching the new token failed, or renewToken got a token that had expired too.",
        ],
        check: DECODE,
        fix: RENEW,
    };

    /// Express 1003072: publish authentication failed.
    pub const EXPRESS_PUBLISH_AUTH_FAILED: SdkCode = SdkCode {
        code: 1003072,
        sdk: Sdk::Express,
        meaning: "publish authentication failed",
        causes: &[
            "The token does not allow publishing: privilege \"2\" is 0 or missing.",
            "The stream ID is not in the token's stream_id_list.",
            "The token's privileges are for another room.",
        ],
        check: VERIFY_PUBLISH,
        fix: "Generate a privilege token for this room with publish allowed and a \
              stream_id_list that is null or names the stream.",
    };

    /// Express 1004003: play authentication failed.
    pub const EXPRESS_PLAY_AUTH_FAILED: SdkCode = SdkCode {
        code: 1004003,
        sdk: Sdk::Express,
        meaning: "play authentication failed",
        causes: &[
            "The token was rejected when playing a stream: expired, made with another \
             secret, or for another room or user.",
        ],
        check: VERIFY_LOGIN,
        fix: "Check the token for this room; if it verifies, ask ZEGO how stream playback \
              authentication is configured for the app.",
    };

    /// ZIM 6000103: token invalid.
    pub const ZIM_TOKEN_INVALID: SdkCode = SdkCode {
        code: 6000103,
        sdk: Sdk::Zim,
        meaning: "token invalid",
        causes: &[
            "The token was encrypted with another project's ServerSecret, or with the AppSign.",
            "The token is malformed, or was cut short or altered on its way to the app.",
        ],
        check: VERIFY_IDS,
        fix: "Generate the token with the ServerSecret of the project the ZIM AppID belongs \
              to, for the user ID the app logs in with.",
    };

    /// ZIM 6000106: token expired.
    pub const ZIM_TOKEN_EXPIRED: SdkCode = SdkCode {
        code: 6000106,
        sdk: Sdk::Zim,
        meaning: "token expired",
        causes: &[
            "The token's expire time has passed.",
            "The clock of the generating server or of the device is far off.",
        ],
        check: DECODE,
        fix: RENEW,
    };

    /// ZIM 6000107: token version wrong.
    pub const ZIM_TOKEN_VERSION_ERROR: SdkCode = SdkCode {
        code: 6000107,
        sdk: Sdk::Zim,
        meaning: "token version wrong",
        causes: &[
            "The token does not start with \"04\": an older Token03, or not a token at all.",
            "Something was added in front of it: quotes, \"Bearer \", whitespace.",
        ],
        check: DECODE,
        fix: "Generate a Token04 with a current generator and pass only the token string.",
    };

    /// ZIM 6000108: the token's effective time is too short.
    pub const ZIM_EFFECTIVE_TIME_TOO_SHORT: SdkCode = SdkCode {
        code: 6000108,
        sdk: Sdk::Zim,
        meaning: "token effective time too short",
        causes: &[
            "The token was generated with an effective time of a few seconds, so it is \
             (nearly) expired when ZIM checks it.",
        ],
        check: DECODE,
        fix: "Generate tokens with a longer --effective-time, such as an hour or more.",
    };

    /// ZIM 6000003: AppID invalid.
    pub const ZIM_APP_ID_INVALID: SdkCode = SdkCode {
        code: 6000003,
        sdk: Sdk::Zim,
        meaning: "AppID invalid",
        causes: &[
            "The AppID given to ZIM is wrong, or in-app chat is not enabled for the project.",
            "The token was generated for another AppID.",
        ],
        check: VERIFY_APP_ID,
        fix: "Use the AppID of a project with in-app chat enabled, and generate tokens for \
              that AppID.",
    };
}

/// Every SDK code a token can cause, Express first, in the order of FORMAT.md.
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
