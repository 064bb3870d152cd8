//! `zego-token explain <CODE>`: an SDK token error code, or a server API
//! code about request signatures; `--list` every one, sorted by code.

use std::io::Write;

use colored::Colorize;
use serde::Serialize;
use zego_token::diagnose::{SDK_CODES, lookup};
use zego_token::signature::{API_CODES, lookup_api_code};

use crate::exit::{Exit, UserError};
use crate::settings::Explain;

/// One code, as `--json` prints it.
#[derive(Serialize)]
struct Entry {
    code: u32,
    /// Which SDK or API reports it.
    source: String,
    meaning: &'static str,
    causes: &'static [&'static str],
    check: &'static str,
    fix: &'static str,
}

/// The code's entry, from the SDK table or the server API's.
fn entry(code: u32) -> Option<Entry> {
    if let Some(e) = lookup(code) {
        return Some(Entry {
            code,
            source: e.sdk.to_string(),
            meaning: e.meaning,
            causes: e.causes,
            check: e.check,
            fix: e.fix,
        });
    }
    lookup_api_code(code).map(|e| Entry {
        code,
        source: "server API".to_owned(),
        meaning: e.meaning,
        causes: e.causes,
        check: e.check,
        fix: e.fix,
    })
}

/// Every known code once, sorted.
fn every_code() -> Vec<u32> {
    let mut codes: Vec<u32> = SDK_CODES
        .iter()
        .map(|c| c.code)
        .chain(API_CODES.iter().map(|c| c.code))
        .collect();
    codes.sort_unstable();
    codes.dedup();
    codes
}

pub(crate) fn run(args: &Explain, out: &mut impl Write) -> anyhow::Result<Exit> {
    if args.list {
        let entries: Vec<Entry> = every_code().into_iter().filter_map(entry).collect();
        if args.json {
            serde_json::to_writer(&mut *out, &entries)?;
            writeln!(out)?;
        } else {
            for e in &entries {
                writeln!(out, "{:>9}  {} ({})", e.code, e.meaning, e.source)?;
            }
        }
        return Ok(Exit::Ok);
    }
    let known = || {
        let codes: Vec<String> = every_code().iter().map(u32::to_string).collect();
        format!(
            "known codes: {} (zego-token explain --list)",
            codes.join(", ")
        )
    };
    let given = args.code.as_deref().unwrap_or_default();
    let code = given.trim().parse::<u32>().map_err(|_| {
        // Codes are short: longer input is not echoed, it may be a
        // credential pasted in the wrong place.
        let shown = if given.chars().count() <= 12 {
            format!("{given:?}")
        } else {
            "the value given".to_owned()
        };
        UserError::usage(format!("{shown} is not an SDK or server API error code")).hint(known())
    })?;
    let Some(e) = entry(code) else {
        return Err(
            UserError::usage(format!("{code} is not an error code this tool knows"))
                .hint(known())
                .into(),
        );
    };
    if args.json {
        serde_json::to_writer(&mut *out, &e)?;
        writeln!(out)?;
        return Ok(Exit::Ok);
    }
    writeln!(
        out,
        "{}  {} ({})",
        code.to_string().bold(),
        e.meaning,
        e.source
    )?;
    for (i, cause) in e.causes.iter().enumerate() {
        let label = if i == 0 { "causes" } else { "" };
        writeln!(out, "  {} - {cause}", format!("{label:<6}").dimmed())?;
    }
    writeln!(out, "  {} {}", "check ".dimmed(), e.check)?;
    writeln!(out, "  {} {}", "fix   ".dimmed(), e.fix)?;
    Ok(Exit::Ok)
}
