//! `zego-token decode`: what is inside, without a verdict.

use std::io::{IsTerminal as _, Write};

use zego_token::Secret;
use zego_token::diagnose::Report;

use crate::commands::batch::{self, Output};
use crate::env::SECRET_ENV;
use crate::exit::{Exit, UserError};
use crate::input;
use crate::settings::Inspect;
use crate::views::Verdict;
use crate::views::failure;
use crate::views::human;
use crate::views::json;
use crate::views::pasted;
use crate::views::render;

pub(crate) fn run(settings: Inspect<'_>, out: &mut impl Write) -> anyhow::Result<Exit> {
    let Inspect {
        credentials,
        token,
        batch,
        now,
        json,
        app_sign,
        raw,
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
    if raw {
        let Some(secret) = secret.as_ref() else {
            return Err(UserError::usage(
                "--raw shows the decrypted claims: it needs the ServerSecret",
            )
            .hint(format!("pass --secret-file PATH or set {SECRET_ENV}"))
            .into());
        };
        if let Some(text) = raw_claims(&report, secret) {
            // Exactly as written for a pipe (`| jq`); a terminal gets control
            // characters escaped, as everywhere.
            let shown = if std::io::stdout().is_terminal() {
                render::escape(&text).into_owned()
            } else {
                text
            };
            writeln!(out, "{shown}")?;
            return Ok(exit);
        }
        // It did not open: the usual view says why.
    }
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

/// The decrypted claims as written, when the token opened.
fn raw_claims(report: &Report, secret: &Secret) -> Option<String> {
    let envelope = report.envelope.as_ref().filter(|_| report.opened())?;
    zego_token::diagnose::plaintext(envelope, secret)
}
