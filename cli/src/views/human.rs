//! The aligned decoded view that decode and verify print: a kit suffix, the
//! header, and the claims when they opened.

use std::io::Write;

use colored::Colorize;
use zego_token::diagnose::{Failure, Report};
use zego_token::format::payload_privilege;
use zego_token::{Contents, Kit, Privilege};

use crate::views::render::{escape, hex, local_clock, local_time, relative, sanitize};

/// Seconds before expiry at which the SDK raises `onTokenWillExpire`.
const WILL_EXPIRE_LEAD: i64 = 30;

/// Label column width of the aligned views.
const W: usize = 9;

/// The aligned decoded view: header, and the claims when they opened.
pub(crate) fn write_view(
    out: &mut impl Write,
    report: &Report,
    warnings: &[String],
    now: i64,
) -> std::io::Result<()> {
    let Some(envelope) = &report.envelope else {
        return Ok(());
    };
    if let Some(kit) = &report.kit {
        write_kit(out, kit)?;
    }
    let mut title = format!(
        "{}  {}",
        envelope.version().to_string().bold(),
        envelope.mode()
    );
    if report.authenticated() {
        title.push_str(&format!("  {}", "authenticated".green()));
    } else if report.claims.is_some() {
        title.push_str(&format!("  {}", "not authenticated (legacy CBC)".yellow()));
    }
    writeln!(out, "{title}")?;
    match &report.claims {
        Some(claims) => {
            write_claims(out, claims, now)?;
            // The envelope's IV, named `iv` in both modes (as in `--json`):
            // "nonce" is the claim's, above.
            line(out, "iv", &hex(envelope.iv()))?;
        }
        None => {
            line(out, "expires", &expiry(envelope.expire(), now))?;
            line(out, "iv", &hex(envelope.iv()))?;
            line(
                out,
                "cipher",
                &format!("{} bytes", envelope.ciphertext().len()),
            )?;
            if report.failures.is_empty() {
                line(
                    out,
                    "claims",
                    "encrypted: pass --secret-file PATH or set ZEGO_SERVER_SECRET to read them",
                )?;
            }
        }
    }
    let invalid = report
        .failures
        .iter()
        .any(|f| matches!(f, Failure::InvalidClaim { .. }));
    if invalid {
        let proof = if report.authenticated() {
            "GCM tag verified"
        } else {
            "the CBC plaintext is a JSON object"
        };
        let opened = format!("with this ServerSecret ({proof}), but the claims are built wrong");
        line(out, "opened", &opened)?;
        // What the generator wrote, for its author to compare.
        if let Some(plaintext) = &report.plaintext {
            line(out, "plaintext", &escape(plaintext))?;
        }
    }
    for w in warnings.iter().filter(|w| !w.starts_with("input repaired")) {
        line(out, "warning", &w.yellow().to_string())?;
    }
    Ok(())
}

/// The kit suffix, as its own section before the token.
fn write_kit(out: &mut impl Write, kit: &Kit) -> std::io::Result<()> {
    writeln!(out, "{}", "UIKit kit token".bold())?;
    line(out, "user_id", &sanitize(&kit.user_id))?;
    let room = kit
        .room_id
        .as_deref()
        .map_or("none (null)".into(), sanitize);
    line(out, "room_id", &room)?;
    line(out, "user_name", &sanitize(&kit.user_name))?;
    line(out, "app_id", &kit.app_id.to_string())
}

/// The claims, one per line, with the privileges of a privilege token.
pub(crate) fn write_claims(
    out: &mut impl Write,
    claims: &Contents,
    now: i64,
) -> std::io::Result<()> {
    line(out, "app_id", &claims.app_id().to_string())?;
    if let Contents::V03(c) = claims {
        line(out, "room_id", &sanitize(&c.room_id))?;
    }
    line(out, "user_id", &sanitize(claims.user_id()))?;
    line(out, "nonce", &claims.nonce().to_string())?;
    line(out, "issued", &times(claims.ctime(), now))?;
    line(out, "expires", &expiry(claims.expire(), now))?;
    line(out, "renew", &renew(claims, now))?;
    match claims {
        Contents::V03(_) => {
            if let Some(p) = claims.privilege() {
                line(out, "privilege", "room privileges (Token03)")?;
                write_privilege(out, &p)?;
            }
        }
        Contents::V04(c) => match payload_privilege(&c.payload) {
            Ok(None) => line(out, "payload", "none")?,
            Ok(Some(p)) => {
                line(out, "payload", "privilege token")?;
                write_privilege(out, &p)?;
            }
            Err(_) => line(out, "payload", &sanitize(&c.payload))?,
        },
        _ => {}
    }
    Ok(())
}

fn write_privilege(out: &mut impl Write, p: &Privilege) -> std::io::Result<()> {
    let allowed = |b: bool| if b { ALLOWED.green() } else { DENIED.red() }.to_string();
    sub(out, "room", &sanitize(&p.room_id))?;
    sub(out, "login", &allowed(p.login))?;
    sub(out, "publish", &allowed(p.publish))?;
    sub(out, "streams", &streams(p))
}

const ALLOWED: &str = "allowed";
const DENIED: &str = "denied";

/// The streams a privilege lets its user publish: "any", or the list.
fn streams(p: &Privilege) -> String {
    match &p.stream_ids {
        None => "any".to_owned(),
        Some(ids) => ids
            .iter()
            .map(|s| sanitize(s).into_owned())
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// The privileges on one line, in the words of `decode`'s view, for
/// `generate`'s summary: "room r1: login allowed, publish denied, streams
/// any".
pub(crate) fn privilege_line(p: &Privilege) -> String {
    let allowed = |b: bool| if b { ALLOWED } else { DENIED };
    format!(
        "room {}: login {}, publish {}, streams {}",
        sanitize(&p.room_id),
        allowed(p.login),
        allowed(p.publish),
        streams(p)
    )
}

/// When the SDK will ask for a new token.
fn renew(claims: &Contents, now: i64) -> String {
    let (ctime, expire) = (claims.ctime(), claims.expire());
    let fires = expire.saturating_sub(WILL_EXPIRE_LEAD);
    if expire <= now {
        "expired: the SDK disconnects with TOKEN_EXPIRED unless renewToken was called".to_owned()
    } else if expire.saturating_sub(ctime) <= WILL_EXPIRE_LEAD {
        "onTokenWillExpire fires at once on login (it lives 30 s or less)".to_owned()
    } else {
        format!(
            "onTokenWillExpire fires at {} ({WILL_EXPIRE_LEAD} s before expiry)",
            local_clock(fires)
        )
    }
}

fn times(at: i64, now: i64) -> String {
    format!("{}  ({})", local_time(at), relative(at, now))
}

/// The expiry, marked EXPIRED once it has passed (as verify counts it:
/// expired at the second of `expire`), so an old token stands out.
fn expiry(at: i64, now: i64) -> String {
    let shown = times(at, now);
    if at <= now {
        format!("{shown}  {}", "EXPIRED".red().bold())
    } else {
        shown
    }
}

fn line(out: &mut impl Write, label: &str, value: &str) -> std::io::Result<()> {
    writeln!(out, "  {} {value}", format!("{label:<W$}").dimmed())
}

fn sub(out: &mut impl Write, label: &str, value: &str) -> std::io::Result<()> {
    writeln!(out, "    {} {value}", format!("{label:<W$}").dimmed())
}
