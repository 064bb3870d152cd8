//! Flags, environment and profile resolved into typed values before any
//! work starts: one function per subcommand that takes a secret
//! (`generate`, `decode`, `verify`, `serve`, `sign`, `callback`, `cdn`);
//! every secret through the one chain of `secret`. The secret is
//! located here but read only by the commands that need it, when they need
//! it, so a typo in the arguments is reported before a prompt.

pub(crate) mod callback;
pub(crate) mod callback_secret;
pub(crate) mod cdn;
pub(crate) mod credentials;
mod defaults;
mod files;
mod generate;
mod inspect;
pub(crate) mod profile;
pub(crate) mod secret;
mod serve;
mod sign;
pub(crate) mod time;

pub(crate) use callback::{Callback, CallbackJob, callback};
pub(crate) use cdn::{CdnJob, CdnSettings, cdn};
pub(crate) use generate::{Generate, Users, generate};
pub(crate) use inspect::{Inspect, Verify, decode, verify};
pub(crate) use serve::{Serve, serve};
pub(crate) use sign::{Sign, SignJob, checked_nonce, sign};
