//! Signatures of ZEGO server API requests and of the callbacks ZEGO sends.
//!
//! - Server API requests are signed with the ServerSecret:
//!   `hex(md5(AppId + SignatureNonce + ServerSecret + Timestamp))`
//!   ([`api_signature`], [`Signed`], [`RequestUrl`]); [`check_request`]
//!   says why ZEGO would reject a request URL, with its return codes.
//! - Callbacks are signed with the CallbackSecret:
//!   `hex(sha1(sorted(secret, timestamp, nonce) joined))`
//!   ([`callback_signature`], [`CallbackFields`], [`verify_callback`]).
//!
//! Like the rest of the crate, nothing here reads a clock or a random
//! source: nonces and times are parameters. Signatures are compared in
//! constant time.
//!
//! ```
//! use zego_token::Secret;
//! use zego_token::signature::{RequestUrl, Signed, check_request};
//!
//! // The vendor's documented example.
//! let secret = Secret::new("9193cc662a4c0ec135ec71fb57194b38")?;
//! let signed = Signed::new(12345, "4fd24687296dd9f3", &secret, 1615186943);
//! assert_eq!(signed.signature, "43e5cfcca828314675f91b001390566a");
//!
//! let url = RequestUrl::new("rtc", None)?
//!     .action("DescribeUserNum")
//!     .param("RoomId[]", "room1")
//!     .build(&signed);
//! assert!(url.starts_with("https://rtc-api.zego.im/?Action=DescribeUserNum&AppId=12345&"));
//! assert!(check_request(&url, &secret, None, 1615186943 + 60).is_valid());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod api;
mod body;
mod callback;
mod causes;
pub mod cdn;
mod check;
mod codes;
mod convention;
mod digest;
mod product;
mod query;
mod region;
#[cfg(test)]
mod tests;

pub use api::{MAX_SKEW, PUBLIC_PARAMS, RequestUrl, SIGNATURE_VERSION, Signed, api_signature};
pub use body::{BodyFormat, CallbackError, CallbackFields, Spelling};
pub use callback::{CallbackSecret, CallbackSecretError, callback_signature, verify_callback};
pub use causes::Cause;
pub use check::{Param, RequestCheck, RequestFailure, RequestNote, check_request};
pub use codes::{API_CODES, ApiCode, lookup_api_code};
pub use convention::{
    CallbackCheck, CallbackConvention, CallbackFailure, TimestampUnit, check_callback,
};
pub use product::{Domain, PRODUCTS, Product, ProductError};
pub use region::Region;
