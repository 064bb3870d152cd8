//! What the user sees: the `--json` schema, the human view, how failures
//! are worded, and the QR codes of `--qr`.

pub(crate) mod failure;
pub(crate) mod human;
pub(crate) mod json;
pub(crate) mod pasted;
pub(crate) mod qr;
pub(crate) mod render;

/// Which verdict a result is shown with: `decode`'s (the first failure, if
/// any) or `verify`'s (valid, and every failure).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verdict {
    Decode,
    Verify,
}
