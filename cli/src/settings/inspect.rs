//! The settings of `decode` and `verify`.

use std::path::PathBuf;

use zego_token::diagnose::Expectations;

use super::credentials::{self, Credentials};
use super::time;
use crate::args::{DecodeArgs, InspectArgs, ProfileFlags, VerifyArgs};

/// What decode and verify share, resolved.
pub(crate) struct Inspect<'a> {
    pub(crate) credentials: Credentials,
    /// The token as given; `None` or `-` reads it from stdin. Unused with
    /// `batch`.
    pub(crate) token: Option<&'a str>,
    /// `--batch`: the tokens, one per line, from this file (`-`: stdin).
    pub(crate) batch: Option<PathBuf>,
    pub(crate) now: i64,
    pub(crate) json: bool,
}

/// `verify`, resolved: what the token must be, and how to say it.
pub(crate) struct Verify<'a> {
    pub(crate) inspect: Inspect<'a>,
    pub(crate) expect: Expectations,
    pub(crate) quiet: bool,
}

fn inspect<'a>(args: &'a InspectArgs, credentials: Credentials, now: i64) -> Inspect<'a> {
    Inspect {
        credentials,
        token: args.token.as_deref(),
        batch: args
            .batch
            .then(|| args.input.clone().unwrap_or_else(|| PathBuf::from("-"))),
        now,
        json: args.json,
    }
}

/// Resolves `decode`'s arguments: those it shares with `verify`, and no more.
pub(crate) fn decode<'a>(
    args: &'a DecodeArgs,
    flags: &ProfileFlags,
) -> anyhow::Result<Inspect<'a>> {
    let args = &args.inspect;
    let credentials = Credentials::select(flags, &args.secret)?;
    let now = time::now(args.now.as_deref())?;
    Ok(inspect(args, credentials, now))
}

/// Resolves `verify`'s arguments, in the order their errors are reported.
pub(crate) fn verify<'a>(args: &'a VerifyArgs, flags: &ProfileFlags) -> anyhow::Result<Verify<'a>> {
    let credentials = Credentials::select(flags, &args.inspect.secret)?;
    let leeway = time::leeway(&args.leeway)?;
    let now = time::now(args.inspect.now.as_deref())?;
    let mut expect = Expectations::default();
    expect.app_id = credentials::app_id(args.app_id, credentials.profile());
    expect.user_id = args.user_id.clone();
    expect.room_id = args.room_id.clone();
    expect.require = args.require.clone();
    expect.leeway = leeway;
    Ok(Verify {
        inspect: inspect(&args.inspect, credentials, now),
        expect,
        quiet: args.quiet,
    })
}
