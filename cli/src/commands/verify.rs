//! `zego-token verify`: every reason a token would be rejected.

use std::io::Write;

use colored::Colorize;
use zego_token::diagnose::{Failure, Report};

use crate::commands::batch::{self, Output};
use crate::exit::Exit;
use crate::input;
use crate::settings::{Inspect, Verify};
use crate::views::Verdict;
use crate::views::failure;
use crate::views::human;
use crate::views::json;
use crate::views::render::{self, relative, sanitize};

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
    } = inspect;
    if let Some(path) = batch {
        let secret = credentials.required_secret()?;
        let check = |token: &str| zego_token::diagnose::verify(token, &secret, &expect, now);
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
    let mut report = token.report(|t| zego_token::diagnose::verify(t, &secret, &expect, now));
    report.add_repairs(&token.repairs);
    let exit = Exit::worst(&report.failures);
    if quiet {
        return Ok(exit);
    }
    if json {
        let view = json::verify_json(&report, &[]);
        return batch::json_verdict(out, &view, exit);
    }
    write_verdict(out, &report, now)?;
    if report.envelope.is_some() {
        writeln!(out)?;
        let warnings = failure::warnings(&report, &[]);
        human::write_view(out, &report, &warnings, now)?;
    }
    Ok(exit)
}

fn write_verdict(out: &mut impl Write, report: &Report, now: i64) -> std::io::Result<()> {
    match (report.failures.as_slice(), &report.claims) {
        ([], Some(claims)) => writeln!(
            out,
            "{}  {} in app {}, expires {}",
            "✓ valid".green().bold(),
            sanitize(claims.user_id()),
            claims.app_id(),
            relative(claims.expire(), now)
        ),
        (failures, _)
            if failures
                .iter()
                .all(|f| matches!(f, Failure::InvalidClaim { .. })) =>
        {
            write_invalid_claims(out, report)
        }
        ([only @ (Failure::Malformed(_) | Failure::Untrusted(_))], _) => {
            writeln!(
                out,
                "{} {}",
                format!("✗ {}:", only.kind()).red().bold(),
                sanitize(&failure::message(only))
            )?;
            if let Some(hint) = failure::hint(only) {
                writeln!(out, "  {hint}")?;
            }
            if let Some(sdk) = failure::sdk_line(only) {
                writeln!(out, "  {sdk}")?;
            }
            Ok(())
        }
        (failures, _) => {
            render::invalid_heading(out, failures.len())?;
            for failure in failures {
                write_failure(out, failure)?;
            }
            Ok(())
        }
    }
}

/// One failed check: its label, what was found, and the SDK error.
fn write_failure(out: &mut impl Write, failure: &Failure) -> std::io::Result<()> {
    writeln!(
        out,
        "  {} {}",
        format!("{:<10}", label(failure)).red(),
        sanitize(&failure::detail(failure))
    )?;
    if let Some(sdk) = failure::sdk_line(failure) {
        writeln!(out, "  {:<10} {sdk}", "")?;
    }
    Ok(())
}

/// A token that opened but was built wrong: the generator is at fault,
/// and every claim it got wrong is listed.
fn write_invalid_claims(out: &mut impl Write, report: &Report) -> std::io::Result<()> {
    let proof = if report.authenticated() {
        "GCM: authenticated"
    } else {
        "CBC: its plaintext is a JSON object"
    };
    let n = report.failures.len();
    let claims = if n == 1 { "claim" } else { "claims" };
    writeln!(
        out,
        "{} the token opened with this ServerSecret ({proof}),",
        "✗ invalid claims:".red().bold()
    )?;
    writeln!(out, "  but your generator built {n} {claims} wrong")?;
    for failure in &report.failures {
        write_failure(out, failure)?;
        if let Some(hint) = failure::hint(failure) {
            writeln!(out, "  {:<10} hint: {hint}", "")?;
        }
    }
    Ok(())
}

fn label(failure: &Failure) -> &'static str {
    match failure {
        Failure::InvalidClaim { claim, .. } => claim.field,
        Failure::KitUserMismatch { .. } | Failure::KitAppIdMismatch { .. } => "kit",
        Failure::Expired { .. } => "expired",
        Failure::NotYetValid { .. } => "too early",
        Failure::AppIdMismatch { .. } => "app_id",
        Failure::UserIdMismatch { .. } => "user_id",
        Failure::RoomIdMismatch { .. } => "room_id",
        Failure::PrivilegeMissing { .. } => "privilege",
        other => other.kind(),
    }
}
