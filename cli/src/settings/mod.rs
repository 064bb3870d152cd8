//! Flags, environment and profile resolved into typed values before any
//! work starts: one function per subcommand (`generate`, `decode`,
//! `verify`, `serve`, `sign`, `callback`, `cdn`, `profile`, `explain`), so
//! no command sees a clap type; every secret through the one chain of
//! `secret`. The secret is
//! located here but read only by the commands that need it, when they need
//! it, so a typo in the arguments is reported before a prompt.

pub(crate) mod callback;
pub(crate) mod callback_secret;
pub(crate) mod cdn;
pub(crate) mod credentials;
mod defaults;
mod explain;
mod files;
mod generate;
mod inspect;
pub(crate) mod profile;
mod profile_job;
pub(crate) mod secret;
mod serve;
mod sign;
pub(crate) mod time;

pub(crate) use callback::{Callback, CallbackJob, callback};
pub(crate) use cdn::{CdnJob, CdnSettings, cdn};
pub(crate) use explain::{Explain, explain};
pub(crate) use generate::{Generate, Output, Users, generate};
pub(crate) use inspect::{Inspect, Verify, decode, verify};
pub(crate) use profile_job::{DefaultChoice, ProfileAction, ProfileAdd, ProfileJob, profile};
pub(crate) use serve::{Serve, serve};
pub(crate) use sign::{Sign, SignJob, checked_nonce, sign};
