//! A failure described once: its label, message, detail, brief (batch)
//! form, hint and SDK line all come from here, and so do the `label` and
//! `detail` keys of `--json` that the `serve` page shows. The JSON `kind`
//! and exit class are the library's ([`Failure::kind`],
//! [`Failure::class`]); `exit.rs` maps the class.

use zego_token::diagnose::{Failure, Repair, Report};
use zego_token::format::Untrusted;

use crate::views::render::{local_time, relative, span};

mod hint;
pub(crate) mod verdict;

pub(crate) use hint::hint;

/// What a report with no failure is called, in every view.
pub(crate) const VALID: &str = "valid";

/// Warnings about a token that opened or could be read.
pub(crate) fn warnings(report: &Report, repairs: &[Repair]) -> Vec<String> {
    let repaired = repairs.iter().map(|r| format!("input repaired: {r}"));
    repaired
        .chain(report.warnings().iter().map(ToString::to_string))
        .collect()
}

/// The failure's one name in the human views, batch lines and the page
/// (the JSON `kind` is its stable machine name).
pub(crate) fn label(failure: &Failure) -> &'static str {
    match failure {
        Failure::Malformed(_) => "malformed",
        Failure::Repaired(_) => "pasted input",
        Failure::Untrusted(_) => "untrusted",
        Failure::NotZegoToken(_) => "not a ZEGO token",
        Failure::WrongKey(_) => "wrong key",
        Failure::TimeUnit { field, .. } => field,
        Failure::InvalidClaim { claim, .. } => claim.field,
        Failure::KitUserMismatch { .. } | Failure::KitAppIdMismatch { .. } => "kit",
        Failure::Expired { .. } => "expired",
        Failure::NotYetValid { .. } => "not yet valid",
        Failure::AppIdMismatch { .. } => "app_id",
        Failure::UserIdMismatch { .. } => "user_id",
        Failure::RoomIdMismatch { .. } => "room_id",
        Failure::PrivilegeMissing { .. } | Failure::PrivilegeUnreadable { .. } => "privilege",
        // The library may add failures: its kind is a name too.
        other => other.kind(),
    }
}

/// One sentence saying what failed, with times in local time.
pub(crate) fn message(failure: &Failure) -> String {
    match failure {
        Failure::Untrusted(Untrusted::TagMismatch) => {
            "the token does not open with this ServerSecret (GCM tag mismatch)".to_owned()
        }
        Failure::Untrusted(Untrusted::BadPadding) => {
            "the token does not open with this ServerSecret (CBC padding invalid)".to_owned()
        }
        Failure::InvalidClaim { claim, .. } => claim.to_string(),
        Failure::Expired { .. } => format!("expired {}", detail(failure)),
        Failure::NotYetValid { .. } => format!("created {}", detail(failure)),
        other => other.to_string(),
    }
}

/// [`message`] without the words its [`label`] already says.
pub(crate) fn detail(failure: &Failure) -> String {
    match failure {
        Failure::Expired { expire, now } => {
            format!("{}, {}", local_time(*expire), relative(*expire, *now))
        }
        Failure::NotYetValid { ctime, now } => format!(
            "{}, {} after the check time",
            local_time(*ctime),
            span(ctime.abs_diff(*now).into())
        ),
        // The label names the claim already.
        Failure::InvalidClaim { claim, .. } => without_prefix(claim.to_string(), claim.field),
        Failure::TimeUnit { field, .. } => without_prefix(failure.to_string(), field),
        other => message(other),
    }
}

fn without_prefix(text: String, prefix: &str) -> String {
    match text.strip_prefix(prefix) {
        Some(rest) => rest.trim_start().to_owned(),
        None => text,
    }
}

/// The failure in a batch line: its label and the shortest detail,
/// "expired: 3 h ago", "not yet valid: created in 339 d", "app_id: …".
pub(crate) fn brief(failure: &Failure) -> String {
    let what = match failure {
        Failure::Expired { expire, now } => relative(*expire, *now),
        Failure::NotYetValid { ctime, now } => format!("created {}", relative(*ctime, *now)),
        other => detail(other),
    };
    format!("{}: {what}", label(failure))
}

/// "→ Express 1002078 (token expired) / ZIM 6000106".
pub(crate) fn sdk_line(failure: &Failure) -> Option<String> {
    let codes = failure.sdk_codes();
    let first = zego_token::diagnose::lookup(*codes.first()?)?;
    let mut line = format!("→ {} {first}", first.sdk.short_name());
    for c in codes[1..]
        .iter()
        .filter_map(|&code| zego_token::diagnose::lookup(code))
    {
        line.push_str(&format!(" / {} {}", c.sdk.short_name(), c.code));
    }
    Some(line)
}

/// The one error line decode prints for a report that failed: every
/// failure's message, and the first failure's hint.
pub(crate) fn error_line(report: &Report) -> Option<(String, Option<String>)> {
    let first = report.failures.first()?;
    let message = report
        .failures
        .iter()
        .map(message)
        .collect::<Vec<_>>()
        .join("; ");
    Some((message, hint(first)))
}
