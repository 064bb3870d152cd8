//! Express codes about the AppSign, the license and ids: not the token
//! itself, but what goes with it (PRODUCTS.md section 1, from the Express
//! native error-code page, EC-N).

use super::{CHECK_ID, DECODE};
use super::{Sdk, SdkCode};

const APPSIGN_FIX: &str = "Copy the 64-character AppSign of the project from the ZEGOCLOUD \
                           console into the app (the ServerSecret stays on your server).";

impl SdkCode {
    /// Express 1001001: the AppSign is not 64 characters.
    pub const EXPRESS_APPSIGN_LENGTH: SdkCode = SdkCode {
        code: 1001001,
        sdk: Sdk::Express,
        meaning: "AppSign length is not 64",
        causes: &[
            "The app was given the 32-character ServerSecret instead of the 64-character AppSign.",
            "The AppSign was cut short or has whitespace or quotes around it.",
        ],
        check: DECODE,
        fix: APPSIGN_FIX,
    };

    /// Express 1001002: the AppSign has characters other than hex.
    pub const EXPRESS_APPSIGN_CHARACTERS: SdkCode = SdkCode {
        code: 1001002,
        sdk: Sdk::Express,
        meaning: "AppSign has illegal characters",
        causes: &[
            "The AppSign holds a character other than 0-9, a-f, A-F: a quote, a space, a \
                   typo.",
        ],
        check: DECODE,
        fix: APPSIGN_FIX,
    };

    /// Express 1001003: no AppSign.
    pub const EXPRESS_APPSIGN_EMPTY: SdkCode = SdkCode {
        code: 1001003,
        sdk: Sdk::Express,
        meaning: "AppSign is empty",
        causes: &[
            "The engine was created with an empty AppSign (a configuration value that was \
                   not set).",
        ],
        check: DECODE,
        fix: "Pass the AppSign when creating the engine, or create it without one and log in \
              with a token from your server.",
    };

    /// Express 1001004: authentication failed (AppID or environment).
    pub const EXPRESS_AUTH_APP_ID: SdkCode = SdkCode {
        code: 1001004,
        sdk: Sdk::Express,
        meaning: "authentication failed: AppID or environment",
        causes: &[
            "The AppID is wrong.",
            "The SDK's environment (test or production) does not match the AppID's.",
        ],
        check: DECODE,
        fix: "Use the AppID from the console, and the environment the project is in.",
    };

    /// Express 1001005: authentication failed (wrong AppSign).
    pub const EXPRESS_AUTH_APPSIGN: SdkCode = SdkCode {
        code: 1001005,
        sdk: Sdk::Express,
        meaning: "authentication failed: wrong AppSign",
        causes: &["The AppSign belongs to another project than the AppID, or was altered."],
        check: DECODE,
        fix: APPSIGN_FIX,
    };

    /// Express 1002084: no license found.
    pub const EXPRESS_LICENSE_NOT_FOUND: SdkCode = SdkCode {
        code: 1002084,
        sdk: Sdk::Express,
        meaning: "license not found",
        causes: &[
            "The app uses license-based authentication and has no license: this is not a \
                   token problem.",
        ],
        check: DECODE,
        fix: "Set up the license for the project with ZEGO; a token does not replace it.",
    };

    /// Express 1002085: license expired.
    pub const EXPRESS_LICENSE_EXPIRED: SdkCode = SdkCode {
        code: 1002085,
        sdk: Sdk::Express,
        meaning: "license expired",
        causes: &["The project's license has expired: this is not a token problem."],
        check: DECODE,
        fix: "Renew the license with ZEGO; a new token does not help.",
    };

    /// Express 1002087: the license does not allow the feature.
    pub const EXPRESS_LICENSE_FEATURE: SdkCode = SdkCode {
        code: 1002087,
        sdk: Sdk::Express,
        meaning: "license does not allow this feature",
        causes: &["The license does not cover the feature used: this is not a token problem."],
        check: DECODE,
        fix: "Ask ZEGO to extend the license to the feature.",
    };

    /// Express 1002005: empty userID.
    pub const EXPRESS_USER_ID_EMPTY: SdkCode = SdkCode {
        code: 1002005,
        sdk: Sdk::Express,
        meaning: "userID is empty",
        causes: &["The app logged in with an empty userID."],
        check: CHECK_ID,
        fix: "Log in with the user ID the token was generated for.",
    };

    /// Express 1002006: userID with illegal characters.
    pub const EXPRESS_USER_ID_ILLEGAL: SdkCode = SdkCode {
        code: 1002006,
        sdk: Sdk::Express,
        meaning: "userID has illegal characters",
        causes: &["The userID has a character outside digits, letters and \
                   ~!@#$%^&*()_+=-`;',.<>\\ (a space, a slash, a non-ASCII letter)."],
        check: CHECK_ID,
        fix: "Use user IDs of digits, letters and the allowed punctuation, and generate the \
              token for the same ID.",
    };

    /// Express 1002007: userID too long.
    pub const EXPRESS_USER_ID_TOO_LONG: SdkCode = SdkCode {
        code: 1002007,
        sdk: Sdk::Express,
        meaning: "userID is too long",
        causes: &["The userID is longer than 64 bytes (UTF-8)."],
        check: CHECK_ID,
        fix: "Use user IDs of at most 64 bytes (32 if ZIM or the call-invitation UIKit is used).",
    };

    /// Express 1002011: empty roomID.
    pub const EXPRESS_ROOM_ID_EMPTY: SdkCode = SdkCode {
        code: 1002011,
        sdk: Sdk::Express,
        meaning: "roomID is empty",
        causes: &["The app logged in to an empty room ID."],
        check: CHECK_ID,
        fix: "Log in to the room the token's privileges name.",
    };

    /// Express 1002012: roomID with illegal characters.
    pub const EXPRESS_ROOM_ID_ILLEGAL: SdkCode = SdkCode {
        code: 1002012,
        sdk: Sdk::Express,
        meaning: "roomID has illegal characters",
        causes: &[
            "The roomID has a character outside the userID's set (a space, a slash, a \
                   non-ASCII letter).",
        ],
        check: CHECK_ID,
        fix: "Use room IDs of digits, letters and the allowed punctuation.",
    };

    /// Express 1002013: roomID too long.
    pub const EXPRESS_ROOM_ID_TOO_LONG: SdkCode = SdkCode {
        code: 1002013,
        sdk: Sdk::Express,
        meaning: "roomID is too long",
        causes: &["The roomID is 128 bytes or longer (UTF-8)."],
        check: CHECK_ID,
        fix: "Use room IDs under 128 bytes.",
    };
}
