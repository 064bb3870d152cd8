//! `zego-token callback sign|verify`: the signatures of the callbacks ZEGO
//! posts to an app server, made with the CallbackSecret.

mod sign;
mod verify;

use std::io::Write;

use crate::exit::Exit;
use crate::settings::Callback;

pub(crate) fn run(settings: Callback<'_>, out: &mut impl Write) -> anyhow::Result<Exit> {
    match settings {
        Callback::Sign { profile, args } => sign::run(args, profile.as_ref(), out),
        Callback::Verify {
            profile,
            args,
            max_age,
            now,
        } => verify::run(args, profile.as_ref(), max_age, now, out),
    }
}
