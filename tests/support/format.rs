//! The token text layer, straight from FORMAT.md rather than from the
//! library: `"04" + base64(body)` (Token03: `"03" + base64(body)`).

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

/// The decoded body of a token.
pub(crate) fn body_of(token: &str) -> Vec<u8> {
    assert!(
        token.starts_with("04") || token.starts_with("03"),
        "{token}"
    );
    STANDARD.decode(&token[2..]).expect("base64")
}

/// The token of a body.
pub(crate) fn token_of(body: &[u8]) -> String {
    format!("04{}", STANDARD.encode(body))
}
