//! Arguments of `zego-token callback`.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::common::APP_ID_ENV;

/// Environment variable holding the CallbackSecret.
pub(crate) const CALLBACK_SECRET_ENV: &str = "ZEGO_CALLBACK_SECRET";

pub(super) const CALLBACK_HELP: &str = "\
Examples:
  zego-token callback sign --nonce 123412 --timestamp 1470820198 --secret secret
  zego-token callback sign --event room_login --param room_id=room1 > body.json
  curl -d @body.json -H 'Content-Type: application/json' http://localhost:8080/zego/callback
  zego-token callback verify < body.json
  zego-token callback verify --max-age 5m '{\"event\":\"room_login\",\"timestamp\":...}'

ZEGO signs the callbacks it posts with the CallbackSecret of the project's
configuration (some product pages call it the ServerSecret):
  signature = hex(sha1(sort(CallbackSecret, timestamp, nonce) joined))
The CallbackSecret comes from --secret, --secret-file, ZEGO_CALLBACK_SECRET,
or the profile's callback_secret_file / callback_secret.";

#[derive(Debug, Args)]
pub(crate) struct CallbackArgs {
    #[command(subcommand)]
    pub(crate) command: CallbackCommand,
}

#[derive(Debug, Subcommand)]
pub(crate) enum CallbackCommand {
    /// Sign a timestamp and nonce, or make a whole signed sample body.
    #[command(after_help = CALLBACK_SIGN_EXAMPLES)]
    Sign(CallbackSignArgs),
    /// Check the signature of a callback body (JSON or form-encoded).
    #[command(after_help = CALLBACK_VERIFY_EXAMPLES)]
    Verify(CallbackVerifyArgs),
}

const CALLBACK_SIGN_EXAMPLES: &str = "\
Examples:
  zego-token callback sign --nonce 123412 --timestamp 1470820198      prints the signature
  zego-token callback sign --event room_login --param room_id=room1   prints a signed JSON body
  zego-token callback sign --event stream_create --param stream_id=s1 --param seq:=3 --capitalized

--param KEY=VALUE adds a string; KEY:=JSON adds a JSON value (a number, true, ...).";

const CALLBACK_VERIFY_EXAMPLES: &str = "\
Examples:
  zego-token callback verify < body.json
  zego-token callback verify --secret-file cb.secret 'signature=...&timestamp=...&nonce=...'
  zego-token callback verify --max-age 5m --json < body.json

The values are hashed exactly as sent. Exit codes: 0 valid; 2 invalid
arguments; 3 no signature fields; 4 the signature does not match; 5 older
than --max-age (or from the future).";

/// Where the CallbackSecret comes from. The environment is read only when
/// neither flag is given.
#[derive(Debug, Args)]
pub(crate) struct CallbackSecretArgs {
    /// The CallbackSecret (visible to other users in `ps`: prefer
    /// --secret-file or ZEGO_CALLBACK_SECRET on shared machines).
    #[arg(long, value_name = "SECRET", conflicts_with = "secret_file")]
    pub(crate) secret: Option<String>,

    /// Read the CallbackSecret from a file (a trailing newline is ignored);
    /// `-` reads it from stdin.
    #[arg(long, value_name = "PATH")]
    pub(crate) secret_file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub(crate) struct CallbackSignArgs {
    #[command(flatten)]
    pub(crate) secret: CallbackSecretArgs,

    /// The nonce, as it will be sent [with --event: a fresh random one].
    #[arg(long, value_name = "N", required_unless_present = "event")]
    pub(crate) nonce: Option<String>,

    /// The timestamp, as it will be sent (seconds; some ZIM callbacks send
    /// milliseconds) [with --event: now].
    #[arg(long, value_name = "T", required_unless_present = "event")]
    pub(crate) timestamp: Option<String>,

    /// Print a whole signed sample body for this event, e.g. room_login.
    #[arg(long, value_name = "NAME")]
    pub(crate) event: Option<String>,

    /// A field of the sample body (repeatable): KEY=VALUE for a string,
    /// KEY:=JSON for a number, boolean, array or object.
    #[arg(long, value_name = "KEY=VALUE", requires = "event")]
    pub(crate) param: Vec<String>,

    /// The body's appid (else ZEGO_APP_ID or the profile's; left out when
    /// there is none).
    #[arg(long, env = APP_ID_ENV, value_name = "N", requires = "event")]
    pub(crate) app_id: Option<u32>,

    /// Spell the fields as newer products do: Signature, Timestamp, Nonce, AppId, Event.
    #[arg(long, requires = "event")]
    pub(crate) capitalized: bool,

    /// The time of the sample body instead of the clock: unix seconds or RFC 3339.
    #[arg(
        long,
        value_name = "TIME",
        requires = "event",
        conflicts_with = "timestamp"
    )]
    pub(crate) now: Option<String>,
}

#[derive(Debug, Args)]
pub(crate) struct CallbackVerifyArgs {
    /// The callback body; `-` or nothing reads it from stdin.
    #[arg(value_name = "BODY")]
    pub(crate) body: Option<String>,

    #[command(flatten)]
    pub(crate) secret: CallbackSecretArgs,

    /// Reject callbacks whose timestamp is older than this (or this far in
    /// the future): 300, 5m, 1h.
    #[arg(long, value_name = "DURATION")]
    pub(crate) max_age: Option<String>,

    /// Check the age as if it were then: unix seconds or RFC 3339.
    #[arg(long, value_name = "TIME", requires = "max_age")]
    pub(crate) now: Option<String>,

    /// Print one JSON object.
    #[arg(long)]
    pub(crate) json: bool,

    /// Print nothing; only set the exit code.
    #[arg(short, long, conflicts_with = "json")]
    pub(crate) quiet: bool,
}
