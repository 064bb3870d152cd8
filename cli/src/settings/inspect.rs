//! The settings of `decode` and `verify`.

use std::path::PathBuf;

use zego_token::diagnose::{AppSign, Expectations};
use zeroize::Zeroizing;

use super::credentials::{self, Credentials};
use super::time;
use crate::args::{APP_SIGN_ENV, DecodeArgs, InspectArgs, ProfileFlags, VerifyArgs};
use crate::exit::UserError;
use crate::views::render;

/// What decode and verify share, resolved.
pub(crate) struct Inspect<'a> {
    pub(crate) credentials: Credentials<'a>,
    /// The token as given; `None` or `-` reads it from stdin. Unused with
    /// `batch`.
    pub(crate) token: Option<&'a str>,
    /// `--batch`: the tokens, one per line, from this file (`-`: stdin).
    pub(crate) batch: Option<PathBuf>,
    pub(crate) now: i64,
    pub(crate) json: bool,
    /// The AppSign, tried as the key a faulty generator used; never shown.
    pub(crate) app_sign: Option<AppSign>,
}

/// `verify`, resolved: what the token must be, and how to say it.
pub(crate) struct Verify<'a> {
    pub(crate) inspect: Inspect<'a>,
    pub(crate) expect: Expectations,
    pub(crate) quiet: bool,
}

fn inspect<'a>(
    args: &'a InspectArgs,
    credentials: Credentials<'a>,
    now: i64,
) -> anyhow::Result<Inspect<'a>> {
    Ok(Inspect {
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

/// The AppSign from `--app-sign`, `--app-sign-file` or `ZEGO_APP_SIGN`,
/// checked as the Express SDK checks it; an error names where it came
/// from, never the value.
fn app_sign(args: &InspectArgs) -> anyhow::Result<Option<AppSign>> {
    let (text, place) = if let Some(text) = &args.app_sign {
        (Zeroizing::new(text.clone()), "--app-sign".to_owned())
    } else if let Some(path) = &args.app_sign_file {
        let bytes = credentials::read_secret_file(path)?;
        let text = String::from_utf8_lossy(credentials::trim_newline(&bytes)).into_owned();
        (
            Zeroizing::new(text),
            format!("--app-sign-file {}", render::path(path)),
        )
    } else {
        match std::env::var(APP_SIGN_ENV) {
            Ok(text) if !text.is_empty() => (Zeroizing::new(text), APP_SIGN_ENV.to_owned()),
            _ => return Ok(None),
        }
    };
    match AppSign::new(&text) {
        Ok(app_sign) => Ok(Some(app_sign)),
        Err(e) => Err(UserError::usage(format!("{e} (in {place})"))
            .hint("copy the 64-character AppSign from the ZEGOCLOUD Admin Console (it is optional: only to name a token encrypted with it)")
            .into()),
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
    inspect(args, credentials, now)
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
