//! What the library's integration tests share: the vendor's vectors
//! (`vectors`) and the token text layer (`format`). The command line's
//! tests (cli/tests) use these two as well.
#![allow(
    dead_code,
    reason = "every test file that says `mod support;` compiles this module on its own \
              and uses only part of it"
)]

pub(crate) mod format;
pub(crate) mod vectors;
