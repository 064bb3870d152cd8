//! What the user sees: the `--json` schema, the human view, how failures
//! are worded, the QR codes of `--qr` and the templates of `--format`.

pub(crate) mod failure;
pub(crate) mod human;
pub(crate) mod json;
pub(crate) mod pasted;
pub(crate) mod qr;
pub(crate) mod render;
pub(crate) mod template;

/// Which verdict a result is shown with: `decode`'s (the first failure, if
/// any) or `verify`'s (valid, and every failure).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verdict {
    Decode,
    Verify,
}
