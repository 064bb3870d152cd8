//! How each failure and warning is worded: the one-line message, the detail
//! under a label, the hint, and the SDK error a failure stands for.

use zego_token::diagnose::{Failure, Repair, Report};
use zego_token::format::{ClaimProblem, InvalidClaim, Malformed, Untrusted};

use crate::views::render::{local_time, relative, span};

/// Warnings about a token that opened or could be read.
pub(crate) fn warnings(report: &Report, repairs: &[Repair]) -> Vec<String> {
    let repaired = repairs.iter().map(|r| format!("input repaired: {r}"));
    repaired
        .chain(report.warnings().iter().map(ToString::to_string))
        .collect()
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

/// [`message`] without the words a label in front of it already says.
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
        Failure::InvalidClaim { claim, .. } => {
            let text = claim.to_string();
            match text.strip_prefix(claim.field) {
                Some(rest) => rest.trim_start().to_owned(),
                None => text,
            }
        }
        other => message(other),
    }
}

/// The next step for a failure, where there is a useful one.
pub(crate) fn hint(failure: &Failure) -> Option<String> {
    let text = match failure {
        Failure::Malformed(m) => match m {
            Malformed::Empty => "pass the token as an argument or on stdin",
            Malformed::TooLong { .. } => {
                "is this the right input? A Token04 is a single line of base64"
            }
            Malformed::BadPrefix { found } if found.starts_with("ey") => {
                "this looks like a JWT, not a ZEGO token"
            }
            Malformed::BadPrefix { .. } => {
                "a token starts with \"04\" (Token03: \"03\"): check that the whole token was copied"
            }
            Malformed::InvalidCharacter {
                found: '-' | '_', ..
            } => "the token was rewritten in URL-safe base64; official tokens use '+' and '/'",
            Malformed::InvalidCharacter {
                found: ' ' | '%', ..
            } => "the token was mangled by URL encoding; pass it exactly as the server returned it",
            Malformed::InvalidCharacter { .. } | Malformed::BadBase64 { .. } => {
                "check for characters added or lost when the token was copied"
            }
            Malformed::Truncated { .. } => "the token was cut short: copy it again in full",
            Malformed::LengthPastEnd { .. } => "a length field was altered: the token is corrupt",
            Malformed::TrailingBytes { count } if *count > usize::from(u16::MAX) => {
                "the claims were over 65,535 bytes and the generator wrapped the 16-bit length: shorten the payload"
            }
            Malformed::TrailingBytes { .. } => {
                "extra data follows the token: check for text pasted along with it"
            }
            Malformed::UnknownMode(_) => {
                "the mode byte must be 0 (CBC) or 1 (GCM): the token is corrupt"
            }
            Malformed::OneByteLength { .. } => {
                "the generator wrote the 16-bit ciphertext length in one byte (as ZEGO's Flutter ZIMKit helper does): write both bytes, big-endian"
            }
            Malformed::VersionMismatch { .. } => {
                "the version prefix was changed after the token was made: pass the token exactly as the generator returned it"
            }
            Malformed::Kit(_) => {
                "the part after '#' is a UIKit kit suffix (base64 of {\"userID\",\"roomID\",\"userName\",\"appID\"}): copy the whole kit token, or only the token before '#'"
            }
            _ => return None,
        },
        Failure::InvalidClaim {
            claim,
            authenticated,
        } => return Some(claim_hint(claim, *authenticated)),
        Failure::Repaired(_) => {
            "pass the token exactly as your server made it: the SDK takes nothing else (decode reads it leniently)"
        }
        Failure::KitUserMismatch { .. } => {
            "the UIKit logs in as the suffix's userID: wrap a token made for that same user"
        }
        Failure::KitAppIdMismatch { .. } => {
            "the UIKit uses the suffix's appID: wrap a token made for that same app"
        }
        Failure::Untrusted(Untrusted::ExpireMismatch { .. }) => {
            "the clear header was altered after the token was made"
        }
        Failure::Untrusted(_) => {
            "either the secret belongs to another project or the token was altered"
        }
        Failure::Expired { .. } => "issue a new token, and renew on onTokenWillExpire",
        Failure::NotYetValid { .. } => "the server's or this machine's clock is off; see --leeway",
        _ => return None,
    };
    Some(text.to_owned())
}

/// What to fix in the generator that built a claim wrong, by the mistake.
fn claim_hint(claim: &InvalidClaim, authenticated: bool) -> String {
    let fix = match (claim.field, &claim.problem) {
        ("claims", ClaimProblem::NotJson { .. }) => {
            "build the claims with a JSON library, not by joining strings: a quote or backslash in a value broke the JSON"
        }
        ("app_id", ClaimProblem::WrongType { .. }) => {
            "write the AppID as a JSON number (an AppID read from the environment is a string: parse it first)"
        }
        ("nonce", ClaimProblem::Fraction { .. }) => {
            "the nonce must be a random integer, e.g. Math.floor(Math.random() * 2147483647), not Math.random()"
        }
        ("nonce", ClaimProblem::Missing) => "add a nonce: a random signed 32-bit integer",
        (_, ClaimProblem::ExpireIsDuration { .. }) => {
            "set expire to ctime + the effective time, not to the effective time"
        }
        ("payload", ClaimProblem::WrongType { .. }) => {
            "put the privilege payload in as a string: JSON.stringify(payload), json.dumps(payload)"
        }
        ("user_id", ClaimProblem::WrongType { .. }) => {
            "write the user id as a JSON string, even when it is numeric"
        }
        _ => "fix the code in your generator that builds the claims",
    };
    if authenticated {
        format!("the secret is right (the token opened, GCM-authenticated); {fix}")
    } else {
        // CBC cannot tell a faulty generator from an altered first block.
        format!(
            "the secret is right (the token opened); {fix}. If your generator is not at fault, \
             the token was altered: legacy CBC is not authenticated"
        )
    }
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
