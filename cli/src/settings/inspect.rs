//! The settings of `decode` and `verify`.

use std::path::PathBuf;

use zego_token::diagnose::{AppSign, Expectations};

use super::credentials::{self, Credentials};
use super::secret::{Flags, InProfile, Kind, Source, no_doubts};
use super::time;
use crate::args::{DecodeArgs, InspectArgs, ProfileFlags, VerifyArgs};
use crate::env::APP_SIGN_ENV;
use crate::exit::UserError;

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
    /// The AppSign, tried as the key a faulty generator used; never shown.
    pub(crate) app_sign: Option<AppSign>,
    /// `decode --raw`: the decrypted claims as written, nothing else.
    pub(crate) raw: bool,
}

/// `verify`, resolved: what the token must be, and how to say it.
pub(crate) struct Verify<'a> {
    pub(crate) inspect: Inspect<'a>,
    pub(crate) expect: Expectations,
    pub(crate) quiet: bool,
}

fn inspect<'a>(
    args: &'a InspectArgs,
    credentials: Credentials,
    now: i64,
) -> anyhow::Result<Inspect<'a>> {
    Ok(Inspect {
        raw: false,
        app_sign: app_sign(args)?,
        credentials,
        token: args.token.as_deref(),
        batch: args
            .batch
            .then(|| args.input.clone().unwrap_or_else(|| PathBuf::from("-"))),
        now,
        json: args.json,
    })
}

/// The AppSign's place in the secret chain: optional, from `--app-sign`,
/// `--app-sign-file` or `ZEGO_APP_SIGN` (profiles do not hold one).
static APP_SIGN: Kind<AppSign> = Kind {
    name: "AppSign",
    flag: "--app-sign",
    file_flag: "--app-sign-file",
    env: APP_SIGN_ENV,
    profile_key: None,
    parse: parse_app_sign,
    in_profile: |_| InProfile::None,
    fix_profile: |_| String::new(),
    doubts: no_doubts,
};

/// Checked as the Express SDK checks it; the error never quotes it.
fn parse_app_sign(bytes: &[u8]) -> Result<AppSign, UserError> {
    let text = std::str::from_utf8(bytes).map_err(|_| UserError::usage("the AppSign is not text"));
    AppSign::new(text?).map_err(|e| {
        UserError::usage(e.to_string()).hint(
            "copy the 64-character AppSign from the ZEGOCLOUD Admin Console (it is optional: only to name a token encrypted with it)",
        )
    })
}

/// The AppSign, if one is given.
fn app_sign(args: &InspectArgs) -> anyhow::Result<Option<AppSign>> {
    let flags = Flags::new(args.app_sign.as_ref(), args.app_sign_file.as_ref());
    let found = Source::new(&APP_SIGN, flags).find(None)?;
    Ok(found.map(|found| found.secret))
}

/// Resolves `decode`'s arguments: those it shares with `verify`, and no more.
pub(crate) fn decode<'a>(
    args: &'a DecodeArgs,
    flags: &ProfileFlags,
) -> anyhow::Result<Inspect<'a>> {
    let raw = args.raw;
    let args = &args.inspect;
    let credentials = Credentials::select(flags, &args.secret)?;
    let now = time::now(args.now.as_deref())?;
    Ok(Inspect {
        raw,
        ..inspect(args, credentials, now)?
    })
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
        inspect: inspect(&args.inspect, credentials, now)?,
        expect,
        quiet: args.quiet,
    })
}
