//! `zego-token callback sign|verify`: the signatures of the callbacks ZEGO
//! posts to an app server, made with the CallbackSecret.

mod sign;
mod verify;

use std::io::Write;

use crate::exit::Exit;
use crate::settings::{Callback, CallbackJob};

pub(crate) fn run(settings: Callback, out: &mut impl Write) -> anyhow::Result<Exit> {
    let Callback {
        profile,
        secret,
        job,
    } = settings;
    match job {
        CallbackJob::Signature { nonce, timestamp } => {
            sign::signature(&secret, profile.as_ref(), &nonce, &timestamp, out)
        }
        CallbackJob::Sample(sample) => sign::sample(&secret, profile.as_ref(), sample, out),
        CallbackJob::Verify(job) => verify::run(&secret, profile.as_ref(), job, out),
    }
}
