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
use crate::views::pasted;

pub(crate) fn run(settings: Inspect<'_>, out: &mut impl Write) -> anyhow::Result<Exit> {
    let Inspect {
        credentials,
        token,
        batch,
        now,
        json,
        app_sign,
    } = settings;
    let app_sign = app_sign.as_ref();
    if let Some(path) = batch {
        let secret = credentials.secret()?;
        let output = if json { Output::Json } else { Output::Human };
        return batch::run(&path, out, now, Verdict::Decode, output, |token| {
            zego_token::diagnose::inspect_with(token, secret.as_ref(), app_sign)
        });
    }
    let token = input::read(token, credentials.secret_from_stdin(), false)?;
    let secret = credentials.secret()?;
    let report = token.report(|t| zego_token::diagnose::inspect_with(t, secret.as_ref(), app_sign));
    let exit = Exit::worst(&report.failures);
    if json {
        let view = json::decode_json(&report, &token.repairs);
        return batch::json_verdict(out, &view, exit);
    }
    let warnings = failure::warnings(&report, &token.repairs);
    human::write_view(out, &report, &warnings, now)?;
    pasted::write_found(out, report.failures.first(), now)?;
    match failure::error_line(&report) {
        None => Ok(exit),
        Some((message, hint)) => {
            out.flush()?;
            let error = UserError::new(exit, message);
            Err(match hint {
                Some(h) => error.hint(h),
                None => error,
            }
            .into())
        }
    }
}
