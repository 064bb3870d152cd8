//! `zego-token decode`: what is inside, without a verdict.

use std::io::Write;

use crate::commands::batch::{self, Output};
use crate::exit::{Exit, UserError};
use crate::input;
use crate::settings::Inspect;
use crate::views::Verdict;
use crate::views::failure;
use crate::views::human;
use crate::views::json;

pub(crate) fn run(settings: Inspect<'_>, out: &mut impl Write) -> anyhow::Result<Exit> {
    let Inspect {
        credentials,
        token,
        batch,
        now,
        json,
    } = settings;
    if let Some(path) = batch {
        let secret = credentials.secret()?;
        let output = if json { Output::Json } else { Output::Human };
        return batch::run(&path, out, now, Verdict::Decode, output, |token| {
            zego_token::diagnose::inspect(token, secret.as_ref())
        });
    }
    let token = input::read(token, credentials.secret_from_stdin(), false)?;
    let secret = credentials.secret()?;
    let report = token.report(|t| zego_token::diagnose::inspect(t, secret.as_ref()));
    let exit = Exit::worst(&report.failures);
    if json {
        let view = json::decode_json(&report, &token.repairs);
        return batch::json_verdict(out, &view, exit);
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
