//! `callback`'s settings: the profile, which may hold the CallbackSecret
//! (read by the command), and `verify`'s times.

use super::profile::{self, Selected};
use super::time;
use crate::args::{
    CallbackArgs, CallbackCommand, CallbackSignArgs, CallbackVerifyArgs, ProfileFlags,
};

/// `callback sign` or `callback verify`, resolved.
pub(crate) enum Callback<'a> {
    Sign {
        profile: Option<Selected>,
        args: &'a CallbackSignArgs,
    },
    Verify {
        profile: Option<Selected>,
        args: &'a CallbackVerifyArgs,
        /// `--max-age`, in seconds.
        max_age: Option<i64>,
        now: i64,
    },
}

/// Resolves `callback`'s arguments.
pub(crate) fn callback<'a>(
    args: &'a CallbackArgs,
    flags: &ProfileFlags,
) -> anyhow::Result<Callback<'a>> {
    let profile = profile::select(flags)?;
    Ok(match &args.command {
        CallbackCommand::Sign(args) => Callback::Sign { profile, args },
        CallbackCommand::Verify(args) => {
            let max_age = args
                .max_age
                .as_deref()
                .map(time::parse_duration)
                .transpose()?;
            let now = time::now(args.now.as_deref())?;
            Callback::Verify {
                profile,
                args,
                max_age,
                now,
            }
        }
    })
}
