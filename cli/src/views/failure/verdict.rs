//! `verify`'s human verdict: a heading, then every failure under its
//! label with its detail, hint and SDK line.

use std::borrow::Cow;
use std::io::Write;

use colored::Colorize;
use zego_token::diagnose::{Failure, Report};

use super::{VALID, detail, hint, label, message, sdk_line};
use crate::views::render::{self, escape, relative, sanitize};

/// Width of the label column.
const W: usize = 10;

/// The verdict on `report`, as of `now`.
pub(crate) fn write_verdict(
    out: &mut impl Write,
    report: &Report,
    now: i64,
) -> std::io::Result<()> {
    match (report.failures.as_slice(), &report.claims) {
        ([], Some(claims)) => writeln!(
            out,
            "{}  {} in app {}, expires {}",
            format!("✓ {VALID}").green().bold(),
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
        (
            [
                only @ (Failure::Malformed(_)
                | Failure::Untrusted(_)
                | Failure::NotZegoToken(_)
                | Failure::WrongKey(_)),
            ],
            _,
        ) => {
            writeln!(
                out,
                "{} {}",
                format!("✗ {}:", label(only)).red().bold(),
                shown(only, message(only))
            )?;
            if let Some(hint) = hint(only) {
                writeln!(out, "  hint: {}", escape(&hint))?;
            }
            if let Some(sdk) = sdk_line(only) {
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

/// Text of the library's own making is shown whole (escaped); text that
/// quotes the token's values is also cut at an absurd length.
fn shown(failure: &Failure, text: String) -> Cow<'static, str> {
    let whole = matches!(
        failure,
        Failure::NotZegoToken(_) | Failure::WrongKey(_) | Failure::TimeUnit { .. }
    );
    let shown = if whole {
        escape(&text)
    } else {
        sanitize(&text)
    };
    Cow::Owned(shown.into_owned())
}

/// One failed check: its label, what was found, the hint and the SDK error.
fn write_failure(out: &mut impl Write, failure: &Failure) -> std::io::Result<()> {
    writeln!(
        out,
        "  {} {}",
        format!("{:<W$}", label(failure)).red(),
        shown(failure, detail(failure))
    )?;
    if let Some(sdk) = sdk_line(failure) {
        writeln!(out, "  {:<W$} {sdk}", "")?;
    }
    if let Some(hint) = hint(failure) {
        writeln!(out, "  {:<W$} hint: {}", "", escape(&hint))?;
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
    }
    Ok(())
}
