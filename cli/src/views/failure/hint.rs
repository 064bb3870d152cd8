//! The next step for each failure: one hint per failure, the same in the
//! human view, `--json` and the page.

use zego_token::diagnose::Failure;
use zego_token::format::{ClaimProblem, InvalidClaim, Malformed, Untrusted};

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
        Failure::NotZegoToken(pasted) if pasted.is_credential() => {
            "paste the token your server made, never a credential; if this one was shared, reset it in the ZEGOCLOUD Admin Console"
        }
        Failure::NotZegoToken(_) => {
            "make a Token04 on your server with an official generator, or try one: zego-token generate --app-id N --user-id ID"
        }
        Failure::WrongKey(misport) => {
            return Some(format!("fix the generator: {}", misport.derivation.fix()));
        }
        Failure::TimeUnit { .. } => {
            "write ctime and expire in unix seconds: Math.floor(Date.now() / 1000), time.time(), Unix()"
        }
        Failure::AppIdMismatch { .. } => {
            "make the token with this app's AppID and ServerSecret, or check with the AppID it was made for"
        }
        Failure::UserIdMismatch { .. } => {
            "make the token for the user who logs in: the SDK compares it with loginRoom's userID"
        }
        Failure::RoomIdMismatch { .. } => {
            "make a privilege token for this room: zego-token generate --room-id ROOM"
        }
        Failure::PrivilegeMissing { .. } | Failure::PrivilegeUnreadable { .. } => {
            "write the payload as a JSON string: {\"room_id\":\"ROOM\",\"privilege\":{\"1\":1,\"2\":1},\"stream_id_list\":null}"
        }
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
