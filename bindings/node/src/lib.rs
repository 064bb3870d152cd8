//! The native half of the `zego-token` npm package: the zego_token
//! library's doors (the vendor drop-in, `Mint`, `Verifier`, `diagnose`,
//! `signature`) for Node.js. Every rule is the library's; this crate
//! converts arguments, results and errors only. Errors carry a `code` of
//! the form `family:kind`, which `index.js` turns into its error classes.
//!
//! One concern per module; napi-rs registers the `#[napi]` exports of
//! every module under their JS names. The leaves `errors`, `args` (which
//! uses `errors`) and `claims` import none of the doors (`mint`, `verify`,
//! `diagnose`, `signature`), and no door imports another. The modules
//! holding JS-visible items are public, so `missing_docs` checks them.

mod args;
mod errors;

pub mod claims;
pub mod diagnose;
pub mod mint;
pub mod signature;
pub mod verify;
