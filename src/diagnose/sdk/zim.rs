//! ZIM SDK codes caused by a token or a user id (FORMAT.md, and
//! PRODUCTS.md section 1, `ZIMErrorCode`).

use super::{CHECK_ID, DECODE, DECODE_CLAIMS, RENEW, VERIFY_APP_ID, VERIFY_IDS};
use super::{MISDERIVED_KEY, Sdk, SdkCode, WRONG_KEY};

impl SdkCode {
    /// ZIM 6000103: token invalid.
    pub const ZIM_TOKEN_INVALID: SdkCode = SdkCode {
        code: 6000103,
        sdk: Sdk::Zim,
        meaning: "token invalid",
        causes: &[
            WRONG_KEY,
            MISDERIVED_KEY,
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
        check: DECODE_CLAIMS,
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

    /// ZIM 6000101: login failed, token invalid or AppID wrong.
    pub const ZIM_LOGIN_FAILED: SdkCode = SdkCode {
        code: 6000101,
        sdk: Sdk::Zim,
        meaning: "login failed: token invalid or AppID wrong",
        causes: &[
            "The token does not open with the ServerSecret of the ZIM AppID's project, or is \
             not a Token04 at all (a JWT, base64 JSON, another vendor's token).",
            "The token is for another AppID or user ID than the login.",
        ],
        check: VERIFY_IDS,
        fix: "Generate a Token04 with this project's ServerSecret for the AppID and user ID \
              ZIM logs in with.",
    };

    /// ZIM 6000011: the user does not exist.
    pub const ZIM_USER_NOT_FOUND: SdkCode = SdkCode {
        code: 6000011,
        sdk: Sdk::Zim,
        meaning: "user does not exist",
        causes: &["The userID names no ZIM user: check it, and its length (at most 32 bytes)."],
        check: CHECK_ID,
        fix: "Use the user ID the user logged in with, byte for byte.",
    };

    /// ZIM 6000121: not logged in.
    pub const ZIM_NOT_LOGGED_IN: SdkCode = SdkCode {
        code: 6000121,
        sdk: Sdk::Zim,
        meaning: "not logged in",
        causes: &[
            "A call was made before login succeeded, or after the login failed for its token.",
            "The token expired and was not renewed, so the session ended.",
        ],
        check: DECODE,
        fix: RENEW,
    };

    /// ZIM 6000123: logged in as another user without logging out.
    pub const ZIM_OTHER_USER_LOGGED_IN: SdkCode = SdkCode {
        code: 6000123,
        sdk: Sdk::Zim,
        meaning: "another userID is logged in",
        causes: &["The app logged in as another userID without logging out first."],
        check: CHECK_ID,
        fix: "Log out before logging in as another user, with a token for the new user ID.",
    };

    /// ZIM 6000124: the offline-login user differs from the last online one.
    pub const ZIM_OFFLINE_USER_DIFFERS: SdkCode = SdkCode {
        code: 6000124,
        sdk: Sdk::Zim,
        meaning: "offline-login userID differs",
        causes: &["The offline login used another userID than the last online login."],
        check: CHECK_ID,
        fix: "Log in offline with the user ID of the last online login.",
    };
}
