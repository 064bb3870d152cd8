//! `zego-token verify`: every reason a token would be rejected.

use std::io::Write;

use crate::commands::batch::{self, Output};
use crate::exit::Exit;
use crate::input;
use crate::settings::{Inspect, Verify};
use crate::views::Verdict;
use crate::views::failure;
use crate::views::human;
use crate::views::json;
use crate::views::pasted;

pub(crate) fn run(settings: Verify<'_>, out: &mut impl Write) -> anyhow::Result<Exit> {
    let Verify {
        inspect,
        expect,
        quiet,
    } = settings;
    let Inspect {
        credentials,
        token,
        batch,
        now,
        json,
        app_sign,
        raw: _,
    } = inspect;
    let app_sign = app_sign.as_ref();
    if let Some(path) = batch {
        let secret = credentials.required_secret()?;
        let check =
            |token: &str| zego_token::diagnose::verify_with(token, &secret, app_sign, &expect, now);
        let output = match (quiet, json) {
            (true, _) => Output::Quiet,
            (false, true) => Output::Json,
            (false, false) => Output::Human,
        };
        return batch::run(&path, out, now, Verdict::Verify, output, check);
    }
    // The token before the secret: a missing token is reported before a
    // prompt for the secret. What repair undid is a failure here, not a
    // warning: the SDK takes only the token itself.
    let token = input::token(token, credentials.secret_from_stdin())?;
    let secret = credentials.required_secret()?;
    let mut report =
        token.report(|t| zego_token::diagnose::verify_with(t, &secret, app_sign, &expect, now));
    report.add_repairs(&token.repairs);
    let exit = Exit::worst(&report.failures);
    if quiet {
        return Ok(exit);
    }
    if json {
        let view = json::verify_json(&report, &[]);
        return batch::json_verdict(out, &view, exit);
    }
    failure::verdict::write_verdict(out, &report, now)?;
    pasted::write_found(out, report.failures.first(), now)?;
    if report.envelope.is_some() {
        writeln!(out)?;
        let warnings = failure::warnings(&report, &[]);
        human::write_view(out, &report, &warnings, now)?;
    }
    Ok(exit)
}
