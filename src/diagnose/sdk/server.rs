//! Server API and AI Agent codes tied to the ServerSecret's signature, a
//! token or an id (PRODUCTS.md section 1: RTC-RC, ZIM-RC and
//! `D:core_products/aiagent/en/server/api-reference/return-codes.mdx`).

use super::{CHECK_ID, DECODE, SIGN_CHECK};
use super::{Sdk, SdkCode};

const SIGN_FIX: &str = "Sign with md5(AppId + SignatureNonce + ServerSecret + Timestamp) in \
                        lowercase hex, with a current Timestamp in seconds and the project's \
                        ServerSecret.";

impl SdkCode {
    /// Server API 100000004: the signature expired.
    pub const SERVER_SIGNATURE_EXPIRED: SdkCode = SdkCode {
        code: 100000004,
        sdk: Sdk::ServerApi,
        meaning: "signature expired",
        causes: &[
            "The request's Timestamp is more than 10 minutes from the server's clock.",
            "The Timestamp was given in milliseconds instead of seconds.",
        ],
        check: SIGN_CHECK,
        fix: SIGN_FIX,
    };

    /// Server API 100000005: the signature is wrong.
    pub const SERVER_SIGNATURE_WRONG: SdkCode = SdkCode {
        code: 100000005,
        sdk: Sdk::ServerApi,
        meaning: "signature wrong",
        causes: &[
            "The Signature was made with another secret (the AppSign, the CallbackSecret, \
             another project's ServerSecret).",
            "The parts were joined in another order, or the nonce or timestamp sent differ \
             from those signed.",
        ],
        check: SIGN_CHECK,
        fix: SIGN_FIX,
    };

    /// RTC stream mixing 110200003: authentication failed.
    pub const SERVER_MIXER_AUTH_FAILED: SdkCode = SdkCode {
        code: 110200003,
        sdk: Sdk::ServerApi,
        meaning: "stream mixing authentication failed",
        causes: &["The request's signature is wrong or expired."],
        check: SIGN_CHECK,
        fix: SIGN_FIX,
    };

    /// RTC stream mixing 110240002: "token is illegal".
    pub const SERVER_MIXER_TOKEN_ILLEGAL: SdkCode = SdkCode {
        code: 110240002,
        sdk: Sdk::ServerApi,
        meaning: "stream mixing: token is illegal",
        causes: &[
            "A token in the mixing request is not a valid Token04 for the app (the docs do \
             not say which token is meant).",
        ],
        check: DECODE,
        fix: "Check every token the request carries with `zego-token verify`; if they verify, \
              ask ZEGO which token the code refers to.",
    };

    /// RTC media service 3003: the app has no token configured.
    pub const SERVER_MEDIA_NO_TOKEN: SdkCode = SdkCode {
        code: 3003,
        sdk: Sdk::ServerApi,
        meaning: "app has no token configured",
        causes: &[
            "Token authentication is not set up for the app on ZEGO's side: not a \
                   problem of the token you send.",
        ],
        check: DECODE,
        fix: "Contact ZEGO support to configure the app.",
    };

    /// ZIM server 660000012: UserID over 32 bytes.
    pub const SERVER_ZIM_USER_ID_TOO_LONG: SdkCode = SdkCode {
        code: 660000012,
        sdk: Sdk::ServerApi,
        meaning: "ZIM UserID over 32 bytes",
        causes: &[
            "ZIM user IDs are at most 32 bytes; the token (valid for Express up to 64) \
                   is for a longer one.",
        ],
        check: CHECK_ID,
        fix: "Use user IDs of at most 32 bytes in apps that use ZIM or the call-invitation UIKit.",
    };

    /// AI Agent 410000002: invalid AppID.
    pub const AI_AGENT_APP_ID_INVALID: SdkCode = SdkCode {
        code: 410000002,
        sdk: Sdk::AiAgent,
        meaning: "invalid AppID",
        causes: &["The AppId of the request is wrong or AI Agent is not enabled for it."],
        check: SIGN_CHECK,
        fix: "Use the AppID of a project with AI Agent enabled, and its ServerSecret to sign.",
    };

    /// AI Agent 410000005: gateway authentication failed.
    pub const AI_AGENT_AUTH_FAILED: SdkCode = SdkCode {
        code: 410000005,
        sdk: Sdk::AiAgent,
        meaning: "gateway authentication failed",
        causes: &[
            "The request was signed wrongly or with another secret (the docs say to contact \
             support).",
            "An AI Agent user id breaks its rule: at most 32 bytes of digits, letters, - and _.",
        ],
        check: SIGN_CHECK,
        fix: "Check the signature with `zego-token sign --check`; if it is right, contact ZEGO \
              support.",
    };
}
