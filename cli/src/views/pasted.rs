//! The human view of what a string that is not a ZEGO token holds (a JWT's
//! header and claims, base64 JSON's claims) and of a token a faulty
//! generator sealed with a wrong key (the cipher, what it did, the fix and
//! the claims the wrong key opened). Every value is escaped for the
//! terminal; credentials were redacted by the library and are never shown.

use std::io::Write;

use colored::Colorize;
use serde_json::{Map, Value};
use zego_token::diagnose::{Failure, Misport, Pasted};

use crate::views::human;
use crate::views::render::sanitize;

/// Label column width, as in the decoded view.
const W: usize = 9;

/// What the report's first failure found, when it found something to show.
pub(crate) fn write_found(
    out: &mut impl Write,
    failure: Option<&Failure>,
    now: i64,
) -> std::io::Result<()> {
    match failure {
        Some(Failure::NotZegoToken(pasted)) => write_pasted(out, pasted),
        Some(Failure::WrongKey(misport)) => write_misport(out, misport, now),
        _ => Ok(()),
    }
}

fn write_pasted(out: &mut impl Write, pasted: &Pasted) -> std::io::Result<()> {
    let (header, claims, signed) = match pasted {
        Pasted::Jwt(jwt) => (
            Some(&jwt.header),
            jwt.claims.as_ref(),
            jwt.signed_with_secret,
        ),
        Pasted::Base64Json(b) => (None, Some(&b.claims), b.signed_with_secret),
        _ => return Ok(()),
    };
    writeln!(out)?;
    if let Some(header) = header {
        writeln!(out, "{}", "JWT header (in clear, not encrypted)".bold())?;
        write_map(out, header)?;
    }
    match claims {
        Some(claims) => {
            writeln!(out, "{}", "claims (in clear, not encrypted)".bold())?;
            write_map(out, claims)?;
        }
        None => writeln!(out, "  {} not JSON", label("claims"))?,
    }
    let signed = match signed {
        Some(true) => "yes: HMAC-signed with this ServerSecret, by an invented generator".red(),
        Some(false) => "no: not an HMAC of this ServerSecret".normal(),
        None => "unknown: pass the ServerSecret to check".normal(),
    };
    writeln!(out, "  {} {signed}", label("signed"))
}

fn write_map(out: &mut impl Write, map: &Map<String, Value>) -> std::io::Result<()> {
    for (key, value) in map {
        let value = match value {
            Value::String(s) => format!("{s:?}"),
            other => other.to_string(),
        };
        writeln!(out, "  {} {}", label(&sanitize(key)), sanitize(&value))?;
    }
    Ok(())
}

fn write_misport(out: &mut impl Write, misport: &Misport, now: i64) -> std::io::Result<()> {
    writeln!(out)?;
    writeln!(out, "{}", "what the generator did".bold())?;
    writeln!(out, "  {} {}", label("cipher"), misport.cipher())?;
    writeln!(out, "  {} {}", label("key"), misport.derivation.what())?;
    writeln!(out, "  {} {}", label("fix"), misport.derivation.fix())?;
    match &misport.claims {
        Some(claims) => {
            writeln!(out, "{}", "claims the generator's key opened".bold())?;
            human::write_claims(out, claims, now)
        }
        None => writeln!(out, "  {} opened, but not well formed", label("claims")),
    }
}

fn label(name: &str) -> String {
    format!("{name:<W$}").dimmed().to_string()
}
