//! `zego-token callback sign|verify`: the signatures of the callbacks ZEGO
//! posts to an app server, made with the CallbackSecret.

mod sign;
mod verify;

use std::io::Write;

use crate::args::{CallbackArgs, CallbackCommand, ProfileFlags};
use crate::exit::Exit;
use crate::settings::profile;

pub(crate) fn run(
    args: &CallbackArgs,
    profile: &ProfileFlags,
    out: &mut impl Write,
) -> anyhow::Result<Exit> {
    let profile = profile::select(profile)?;
    match &args.command {
        CallbackCommand::Sign(sign_args) => sign::run(sign_args, profile.as_ref(), out),
        CallbackCommand::Verify(verify_args) => verify::run(verify_args, profile.as_ref(), out),
    }
}
