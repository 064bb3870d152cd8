//! `zego-token cdn sign|check`: CDN URL authentication, signed with the
//! CDN key of the console (ZEGO CDN) and checked as the CDN would.

mod check;
mod sign;

use std::io::Write;

use crate::exit::Exit;
use crate::settings::{CdnJob, CdnSettings};

pub(crate) fn run(settings: CdnSettings, out: &mut impl Write) -> anyhow::Result<Exit> {
    let CdnSettings { key, job } = settings;
    match job {
        CdnJob::Sign(job) => sign::run(&key, job, out),
        CdnJob::Check(job) => check::run(&key, job, out),
    }
}
