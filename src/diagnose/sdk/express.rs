//! Express SDK (native) codes caused by a token: FORMAT.md's table, from
//! the vendor's `ZegoErrorCode` documentation.

use super::{
    DECODE, DECODE_CLAIMS, RENEW, VERIFY_APP_ID, VERIFY_IDS, VERIFY_LOGIN, VERIFY_PUBLISH,
    VERIFY_SECRET, VERIFY_USER_ID,
};
use super::{MISDERIVED_KEY, Sdk, SdkCode, WRONG_KEY};

impl SdkCode {
    /// Express 1002033: room login authentication failed.
    pub const EXPRESS_LOGIN_AUTH_FAILED: SdkCode = SdkCode {
        code: 1002033,
        sdk: Sdk::Express,
        meaning: "room login authentication failed",
        causes: &[
            WRONG_KEY,
            MISDERIVED_KEY,
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
        check: DECODE_CLAIMS,
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
        check: DECODE_CLAIMS,
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
}
