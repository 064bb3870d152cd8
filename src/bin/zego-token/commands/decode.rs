//! `zego-token decode`: what is inside, without a verdict.

use std::io::Write;

use crate::args::{DecodeArgs, ProfileFlags};
use crate::commands::batch::{self, Output};
use crate::exit::{Exit, UserError};
use crate::input;
use crate::settings::credentials;
use crate::settings::profile;
use crate::settings::time;
use crate::views::Verdict;
use crate::views::failure;
use crate::views::human;
use crate::views::json;

pub(crate) fn run(
    args: &DecodeArgs,
    profile: &ProfileFlags,
    out: &mut impl Write,
) -> anyhow::Result<Exit> {
    let args = &args.inspect;
    let profile = profile::select(profile)?;
    let now = time::now(args.now.as_deref())?;
    if args.batch {
        let secret = credentials::secret(&args.secret, profile.as_ref())?;
        let output = if args.json {
            Output::Json
        } else {
            Output::Human
        };
        return batch::run(args, out, now, Verdict::Decode, output, |token| {
            zego_token::diagnose::inspect(token, secret.as_ref())
        });
    }
    let token = input::read(
        args.token.as_deref(),
        credentials::secret_uses_stdin(&args.secret),
        false,
    )?;
    let secret = credentials::secret(&args.secret, profile.as_ref())?;
    let report = token.report(|t| zego_token::diagnose::inspect(t, secret.as_ref()));
    let exit = Exit::worst(&report.failures);
    if args.json {
        let view = json::decode_json(&report, &token.repairs);
        serde_json::to_writer(&mut *out, &view)?;
        writeln!(out)?;
        return Ok(exit);
    }
    let warnings = failure::warnings(&report, &token.repairs);
    human::write_view(out, &report, &warnings, now)?;
    match report.failures.first() {
        None => Ok(exit),
        Some(failure) => {
            out.flush()?;
            // One error line, naming every claim a faulty generator got wrong.
            let message = report
                .failures
                .iter()
                .map(failure::message)
                .collect::<Vec<_>>()
                .join("; ");
            let error = UserError::new(exit, message);
            Err(match failure::hint(failure) {
                Some(h) => error.hint(h),
                None => error,
            }
            .into())
        }
    }
}
