//! `zego-token explain <CODE>`: an SDK token error code, or a server API
//! code about request signatures.

use std::io::Write;

use colored::Colorize;
use zego_token::diagnose::{SDK_CODES, lookup};
use zego_token::signature::{API_CODES, lookup_api_code};

use crate::args::ExplainArgs;
use crate::exit::{Exit, UserError};

pub(crate) fn run(args: &ExplainArgs, out: &mut impl Write) -> anyhow::Result<Exit> {
    let known = || {
        let codes: Vec<String> = SDK_CODES.iter().map(|c| c.code.to_string()).collect();
        let api: Vec<String> = API_CODES.iter().map(|c| c.code.to_string()).collect();
        format!(
            "known codes: {}; server API: {}",
            codes.join(", "),
            api.join(", ")
        )
    };
    let code = args.code.trim().parse::<u32>().map_err(|_| {
        UserError::usage(format!(
            "{:?} is not an SDK or server API error code",
            args.code
        ))
        .hint(known())
    })?;
    let (meaning, source, causes, check, fix) = if let Some(entry) = lookup(code) {
        let sdk = entry.sdk.to_string();
        (entry.meaning, sdk, entry.causes, entry.check, entry.fix)
    } else if let Some(entry) = lookup_api_code(code) {
        let source = "server API".to_owned();
        (entry.meaning, source, entry.causes, entry.check, entry.fix)
    } else {
        return Err(
            UserError::usage(format!("{code} is not an error code this tool knows"))
                .hint(known())
                .into(),
        );
    };
    writeln!(out, "{}  {} ({})", code.to_string().bold(), meaning, source)?;
    for (i, cause) in causes.iter().enumerate() {
        let label = if i == 0 { "causes" } else { "" };
        writeln!(out, "  {} - {cause}", format!("{label:<6}").dimmed())?;
    }
    writeln!(out, "  {} {}", "check ".dimmed(), check)?;
    writeln!(out, "  {} {}", "fix   ".dimmed(), fix)?;
    Ok(Exit::Ok)
}
