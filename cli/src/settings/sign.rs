//! `sign`'s settings.

use super::credentials::{self, Credentials};
use super::time;
use crate::args::{ProfileFlags, SignArgs};
use crate::exit::UserError;

/// What `sign` is to do.
pub(crate) enum SignJob<'a> {
    /// `--check`: the URL (`-`: stdin) and the AppID it must carry, when
    /// `--app-id` or the profile names one.
    Check {
        url: &'a str,
        expected_app_id: Option<u32>,
    },
    /// Sign a request for this AppID.
    Sign { app_id: u32 },
}

/// `sign`, resolved. The nonce, the action and its parameters are read by
/// the command, which turns them into the library's request.
pub(crate) struct Sign<'a> {
    pub(crate) credentials: Credentials<'a>,
    pub(crate) args: &'a SignArgs,
    pub(crate) now: i64,
    pub(crate) job: SignJob<'a>,
}

/// Resolves `sign`'s arguments, in the order their errors are reported.
pub(crate) fn sign<'a>(args: &'a SignArgs, flags: &ProfileFlags) -> anyhow::Result<Sign<'a>> {
    let credentials = Credentials::select(flags, &args.secret)?;
    let now = time::now(args.now.as_deref())?;
    let job = match &args.check {
        Some(url) => SignJob::Check {
            url,
            expected_app_id: credentials::app_id(args.app_id, credentials.profile()),
        },
        None => {
            let app_id = credentials::required_app_id(args.app_id, credentials.profile())?;
            zego_token::format::validate_app_id(app_id).map_err(UserError::from)?;
            SignJob::Sign { app_id }
        }
    };
    Ok(Sign {
        credentials,
        args,
        now,
        job,
    })
}
