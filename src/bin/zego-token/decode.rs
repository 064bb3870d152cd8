//! `zego-token decode`: what is inside, without a verdict.

use std::io::Write;

use crate::args::DecodeArgs;
use crate::exit::{Exit, UserError};
use crate::{input, inspect};

pub(crate) fn run(args: &DecodeArgs, out: &mut impl Write) -> anyhow::Result<Exit> {
    let (token, now) = inspect::read(&args.inspect)?;
    let secret = input::secret(&args.inspect.secret)?;
    let report = zego_token::inspect(&token.token, secret.as_ref());
    let exit = Exit::worst(&report.failures);
    if args.inspect.json {
        let mut view = inspect::to_json(&report, &token);
        view.error = Some(report.failures.first().map(inspect::failure_json));
        serde_json::to_writer(&mut *out, &view)?;
        writeln!(out)?;
        return Ok(exit);
    }
    let warnings = inspect::warnings(&report, &token);
    inspect::write_view(out, &report, &warnings, now)?;
    match report.failures.first() {
        None => Ok(exit),
        Some(failure) => {
            out.flush()?;
            let error = UserError::new(exit, inspect::message(failure));
            Err(match inspect::hint(failure) {
                Some(h) => error.hint(h),
                None => error,
            }
            .into())
        }
    }
}
