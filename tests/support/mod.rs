//! What the integration tests share: the binary in a clean environment
//! (`cli`), the vendor's vectors (`vectors`), the token text layer
//! (`format`) and `zego-token serve` over HTTP (`server`).
#![allow(
    dead_code,
    reason = "every test file that says `mod support;` compiles this module on its own \
              and uses only part of it"
)]

pub(crate) mod cli;
pub(crate) mod format;
pub(crate) mod server;
pub(crate) mod vectors;

/// A recognisable ServerSecret: any output containing it is a leak.
pub(crate) const SECRET: &str = "SECRETsecretSECRETsecret12345678";
