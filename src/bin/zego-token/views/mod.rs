//! What the user sees: the `--json` schema, the human view, and how
//! failures are worded.

pub(crate) mod failure;
pub(crate) mod human;
pub(crate) mod json;
pub(crate) mod render;
