//! `zego-token explain <CODE>`.

use std::io::Write;

use colored::Colorize;
use zego_token::diagnose::{SDK_CODES, lookup};

use crate::args::ExplainArgs;
use crate::exit::{Exit, UserError};

pub(crate) fn run(args: &ExplainArgs, out: &mut impl Write) -> anyhow::Result<Exit> {
    let known = || {
        let codes: Vec<String> = SDK_CODES.iter().map(|c| c.code.to_string()).collect();
        format!("known codes: {}", codes.join(", "))
    };
    let code = args.code.trim().parse::<u32>().map_err(|_| {
        UserError::usage(format!("{:?} is not an SDK error code", args.code)).hint(known())
    })?;
    let Some(entry) = lookup(code) else {
        return Err(
            UserError::usage(format!("{code} is not a token error code this tool knows"))
                .hint(known())
                .into(),
        );
    };
    writeln!(
        out,
        "{}  {} ({})",
        entry.code.to_string().bold(),
        entry.meaning,
        entry.sdk
    )?;
    for (i, cause) in entry.causes.iter().enumerate() {
        let label = if i == 0 { "causes" } else { "" };
        writeln!(out, "  {} - {cause}", format!("{label:<6}").dimmed())?;
    }
    writeln!(out, "  {} {}", "check ".dimmed(), entry.check)?;
    writeln!(out, "  {} {}", "fix   ".dimmed(), entry.fix)?;
    Ok(Exit::Ok)
}
