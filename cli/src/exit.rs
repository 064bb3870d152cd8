//! Exit codes and the one kind of error the user is shown.

use std::fmt;

use zego_token::diagnose::{Class, Failure};
use zego_token::{EncodeError, SecretError};

/// The documented exit codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Exit {
    Ok = 0,
    Other = 1,
    Usage = 2,
    Malformed = 3,
    Untrusted = 4,
    Expired = 5,
    Mismatch = 6,
}

impl Exit {
    /// The exit code for a class of failure: one per class, so a failure
    /// the library adds gets the code of its class, never a guess.
    pub(crate) fn of_class(class: Class) -> Exit {
        match class {
            Class::Malformed => Exit::Malformed,
            Class::Untrusted => Exit::Untrusted,
            Class::Mismatch => Exit::Mismatch,
            Class::Expired => Exit::Expired,
        }
    }

    /// Where several checks failed, the one that matters most: malformed,
    /// untrusted, mismatch, then expiry (a script fixes them in that order).
    pub(crate) fn worst(failures: &[Failure]) -> Exit {
        Exit::worst_of(failures.iter().map(Failure::class))
    }

    /// [`Exit::worst`] for any failures that have a class: a signature's,
    /// a callback's or a CDN URL's checks.
    pub(crate) fn worst_of(classes: impl IntoIterator<Item = Class>) -> Exit {
        classes
            .into_iter()
            .map(Exit::of_class)
            .fold(Exit::Ok, Exit::graver)
    }

    /// The graver of two outcomes, in the order of [`Exit::worst`].
    pub(crate) fn graver(self, other: Exit) -> Exit {
        let rank = |e: Exit| match e {
            Exit::Malformed => 0,
            Exit::Untrusted => 1,
            Exit::Mismatch => 2,
            Exit::Expired => 3,
            _ => 4,
        };
        if rank(other) < rank(self) {
            other
        } else {
            self
        }
    }

    pub(crate) fn code(self) -> u8 {
        self as u8
    }
}

/// An error with its exit code and an optional next step for the user.
#[derive(Debug)]
pub(crate) struct UserError {
    pub(crate) exit: Exit,
    pub(crate) message: String,
    pub(crate) hint: Option<String>,
}

impl UserError {
    pub(crate) fn new(exit: Exit, message: impl Into<String>) -> UserError {
        UserError {
            exit,
            message: message.into(),
            hint: None,
        }
    }

    pub(crate) fn usage(message: impl Into<String>) -> UserError {
        UserError::new(Exit::Usage, message)
    }

    pub(crate) fn hint(mut self, hint: impl Into<String>) -> UserError {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for UserError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for UserError {}

impl From<SecretError> for UserError {
    fn from(e: SecretError) -> UserError {
        let hint = match e {
            SecretError::LooksLikeAppSign => {
                "tokens are encrypted with the 32-character ServerSecret, shown next to the AppSign in the ZEGOCLOUD Admin Console"
            }
            SecretError::Whitespace { .. } => {
                "give the 32 characters alone: a secret file's one trailing newline is ignored, but no other space, tab or line break"
            }
            SecretError::Quoted { .. } => {
                "give the secret without the quotes of the config file or code it was copied from"
            }
            SecretError::Doubled { .. } => {
                "the secret was pasted twice: keep one copy of its 32 characters"
            }
            _ => "copy the ServerSecret of your project from the ZEGOCLOUD Admin Console",
        };
        UserError::usage(e.to_string()).hint(hint)
    }
}

impl From<EncodeError> for UserError {
    fn from(e: EncodeError) -> UserError {
        let error = UserError::usage(e.to_string());
        match hint(&e) {
            Some(h) => error.hint(h),
            None => error,
        }
    }
}

/// The next step for a token the library refuses to make, by its field.
pub(crate) fn hint(e: &EncodeError) -> Option<&'static str> {
    Some(match e.field() {
        "app_id" => "use the AppID shown in the ZEGOCLOUD Admin Console",
        "user_id" if matches!(e, EncodeError::Kit(_)) => {
            "the UIKit encodes the suffix with btoa, which takes only characters up to U+00FF: use ASCII ids"
        }
        "room_id" if matches!(e, EncodeError::Kit(_)) => {
            "the UIKit encodes the suffix with btoa, which takes only characters up to U+00FF: use ASCII ids"
        }
        "user_id" => "the SDK accepts user ids of 1 to 64 bytes",
        "room_id" => "give the room the token is for with --room-id",
        "payload" if matches!(e, EncodeError::NotInToken03(_)) => {
            "give its room (--room-id) and privileges instead of a payload"
        }
        "payload" => "shorten the payload or the stream list",
        "stream_ids" => "leave out --stream-id, or make a Token04",
        "kit" => "leave out --kit, or make a Token04 (the default)",
        "mode" => "leave out --mode gcm, or make a Token04",
        "effective_time" => "give --effective-time as seconds or with a unit: 3600, 30m, 2h, 7d",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use zego_token::format::{Malformed, Untrusted};

    #[test]
    fn worst_follows_the_documented_order() {
        let expired = Failure::Expired { expire: 1, now: 2 };
        let mismatch = Failure::AppIdMismatch {
            expected: 1,
            found: 2,
        };
        assert_eq!(Exit::worst(&[]), Exit::Ok);
        assert_eq!(
            Exit::worst(&[expired.clone(), mismatch.clone()]),
            Exit::Mismatch
        );
        assert_eq!(Exit::worst(std::slice::from_ref(&expired)), Exit::Expired);
        assert_eq!(
            Exit::worst(&[Failure::Untrusted(Untrusted::TagMismatch), mismatch]),
            Exit::Untrusted
        );
        assert_eq!(
            Exit::worst(&[expired, Failure::Malformed(Malformed::Empty)]),
            Exit::Malformed
        );
    }
}
