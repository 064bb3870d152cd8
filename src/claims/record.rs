//! The Token04 claims record, apart from the rules in `claims.rs`, so the
//! fast scanner can build one without importing the module that uses it.

use serde::{Deserialize, Serialize};

/// The JSON object inside a token.
///
/// Field order here is the order written (the Node.js / Python generators'
/// order); reading accepts any order and ignores unknown keys.
///
/// Exhaustive on purpose, like [`Claims03`](crate::format::Claims03) and [`crate::Privilege`]: the
/// fields are the keys of the vendor's fixed wire format, and struct
/// literals are the clearest way to write a known answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claims {
    /// The AppID from the ZEGOCLOUD console.
    pub app_id: u32,
    /// The user the token is for.
    pub user_id: String,
    /// A random number; vendors emit both signs, so it is read as 64-bit.
    pub nonce: i64,
    /// Creation time, unix seconds.
    pub ctime: i64,
    /// Expiry time, unix seconds.
    pub expire: i64,
    /// Empty, or a JSON document encoded as a string (see [`crate::Privilege`]).
    #[serde(default)]
    pub payload: String,
}
