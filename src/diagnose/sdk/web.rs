//! Express Web SDK codes caused by a token (PRODUCTS.md section 1, from
//! the Web error-code page, EC-W, and `D:general/en/faq/token-error-codes.mdx`).

use super::{DECODE, RENEW, VERIFY_IDS, VERIFY_LOGIN, VERIFY_PUBLISH};
use super::{Sdk, SdkCode};

impl SdkCode {
    /// Web 1102016: the login token is malformed.
    pub const WEB_TOKEN_FORMAT: SdkCode = SdkCode {
        code: 1102016,
        sdk: Sdk::ExpressWeb,
        meaning: "login token format is wrong",
        causes: &[
            "The string is not a Token04: a JWT, base64 JSON or another vendor's token from an \
             invented generator, or a pasted ServerSecret or AppSign.",
            "The token was cut short or altered on its way to the browser (URL or JSON \
             escaping, \"Bearer \" in front).",
        ],
        check: DECODE,
        fix: "Generate a Token04 on your server with an official generator and pass the exact \
              string to loginRoom.",
    };

    /// Web 1102018: the login token expired.
    pub const WEB_TOKEN_EXPIRED: SdkCode = SdkCode {
        code: 1102018,
        sdk: Sdk::ExpressWeb,
        meaning: "login token expired",
        causes: &[
            "The token's expire time has passed (also while publishing or playing).",
            "The generator wrote ctime/expire in milliseconds or the clock is far off.",
        ],
        check: DECODE,
        fix: RENEW,
    };

    /// Web 1102020: login authentication failed.
    pub const WEB_LOGIN_AUTH_FAILED: SdkCode = SdkCode {
        code: 1102020,
        sdk: Sdk::ExpressWeb,
        meaning: "login authentication failed",
        causes: &[
            "The token does not open with the project's ServerSecret: another project's \
             secret, the AppSign, or a key derived wrongly from the secret.",
            "The token is for another AppID or user.",
        ],
        check: VERIFY_IDS,
        fix: "Generate the token with this project's ServerSecret, for the AppID and user ID the \
              page logs in with; if it verifies, contact ZEGO support as the docs advise.",
    };

    /// Web 1103019: publish authentication error.
    pub const WEB_PUBLISH_AUTH_FAILED: SdkCode = SdkCode {
        code: 1103019,
        sdk: Sdk::ExpressWeb,
        meaning: "publish authentication error",
        causes: &[
            "The token in streamParams is wrong or expired, or the parameter string was \
             joined wrongly.",
            "The token does not allow publishing in this room.",
        ],
        check: VERIFY_PUBLISH,
        fix: "Pass a current token that allows publishing, joined into streamParams exactly as \
              documented.",
    };

    /// Web 1104046: play authentication error.
    pub const WEB_PLAY_AUTH_FAILED: SdkCode = SdkCode {
        code: 1104046,
        sdk: Sdk::ExpressWeb,
        meaning: "play authentication error",
        causes: &[
            "The token in the play parameters is wrong or expired, or the string was \
                   joined wrongly.",
        ],
        check: VERIFY_LOGIN,
        fix: "Pass a current token for this room in the play parameters.",
    };
}
