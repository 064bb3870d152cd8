//! What the command line's integration tests share: the binary in a clean
//! environment (`cli`), `zego-token serve` over HTTP (`server`), and the
//! library tests' vendor vectors (`vectors`) and token text layer
//! (`format`), which live beside the vectors in the library's tests/, and
//! the QR codes `--qr` draws (`qr`).
#![allow(
    dead_code,
    reason = "every test file that says `mod support;` compiles this module on its own \
              and uses only part of it"
)]

pub(crate) mod cli;
#[path = "../../../tests/support/format.rs"]
pub(crate) mod format;
pub(crate) mod qr;
pub(crate) mod server;
#[path = "../../../tests/support/vectors.rs"]
pub(crate) mod vectors;

/// A recognisable ServerSecret: any output containing it is a leak. It is
/// lower-case hex, as the console's are, so that it draws no warning.
pub(crate) const SECRET: &str = "5ec2e75ec2e75ec2e75ec2e7c0ffee42";
