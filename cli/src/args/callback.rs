//! Arguments of `zego-token callback`.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::env::APP_ID_ENV;

pub(super) const CALLBACK_HELP: &str = "\
Examples:
  zego-token callback sign --nonce 123412 --timestamp 1470820198 --callback-secret secret
  zego-token callback sign --event room_login --param room_id=room1 > body.json
  curl -d @body.json -H 'Content-Type: application/json' http://localhost:8080/zego/callback
  zego-token callback verify body.json
  zego-token callback verify --max-age 5m --json < body.json

ZEGO signs the callbacks it posts with the CallbackSecret of the project's
configuration (some product pages call it the ServerSecret):
  signature = hex(sha1(sort(CallbackSecret, timestamp, nonce) joined))
RTC, ZIM and cloud recording send signature, timestamp (seconds), nonce; the
AI products (AI Agent, realtime ASR, Digital Human) Signature, Timestamp
(milliseconds), Nonce, in a body that may be URL-encoded.
The CallbackSecret comes from --callback-secret, --callback-secret-file,
ZEGO_CALLBACK_SECRET, or the profile's callback_secret_file / callback_secret.";

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
    /// Check the signature of a callback body (JSON, form- or URL-encoded).
    #[command(after_help = CALLBACK_VERIFY_EXAMPLES)]
    Verify(CallbackVerifyArgs),
}

const CALLBACK_SIGN_EXAMPLES: &str = "\
Examples:
  zego-token callback sign --nonce 123412 --timestamp 1470820198 --callback-secret secret
  zego-token callback sign --nonce 123412 --timestamp 2016-08-10T09:09:58Z --callback-secret secret
  zego-token callback sign --event room_login --param room_id=room1 --callback-secret secret
  zego-token callback sign --event Exception --capitalized --url-encoded --callback-secret secret

Without --event, prints the signature of --nonce and --timestamp.
--param KEY=VALUE adds a string; KEY:=JSON adds a JSON value (a number, true, ...).
--capitalized follows the AI products: Signature, Timestamp (milliseconds), Nonce, AppId, Event.";

const CALLBACK_VERIFY_EXAMPLES: &str = "\
Examples:
  zego-token callback verify body.json
  zego-token callback verify < body.json
  zego-token callback verify --callback-secret secret \\
      'signature=5bd59fd62953a8059fb7eaba95720f66d19e4517&timestamp=1470820198&nonce=123412'
  zego-token callback verify --max-age 5m --json < body.json

The values are hashed exactly as sent; a millisecond Timestamp is aged as
milliseconds. Exit codes: 0 valid; 1 unreadable file; 2 invalid arguments;
3 no signature fields; 4 the signature does not match; 5 older than
--max-age (or from the future).";

/// Where the CallbackSecret comes from. The environment is read only when
/// neither flag is given. `--secret` and `--secret-file` are still read
/// here (hidden) as the first releases named them.
#[derive(Debug, Args)]
pub(crate) struct CallbackSecretArgs {
    /// The CallbackSecret (visible to other users in `ps`: prefer
    /// --callback-secret-file or ZEGO_CALLBACK_SECRET on shared machines).
    #[arg(
        long,
        alias = "secret",
        value_name = "SECRET",
        conflicts_with = "callback_secret_file"
    )]
    pub(crate) callback_secret: Option<String>,

    /// Read the CallbackSecret from a file (a trailing newline is ignored);
    /// `-` reads it from stdin.
    #[arg(long, alias = "secret-file", value_name = "PATH")]
    pub(crate) callback_secret_file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub(crate) struct CallbackSignArgs {
    #[command(flatten)]
    pub(crate) secret: CallbackSecretArgs,

    /// The nonce, as it will be sent [with --event: a fresh random one].
    #[arg(long, value_name = "N")]
    pub(crate) nonce: Option<String>,

    /// The timestamp: digits are signed exactly as written (seconds, or
    /// milliseconds as the AI products send); RFC 3339 is converted
    /// [with --event: now]. --now is the same option.
    #[arg(long, alias = "now", value_name = "T")]
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

    /// The AI products' convention: Signature, Timestamp, Nonce, AppId,
    /// Event, and a timestamp made from the clock or RFC 3339 in milliseconds.
    #[arg(long)]
    pub(crate) capitalized: bool,

    /// Print the sample body URL-encoded, as the AI products may post it.
    #[arg(long, requires = "event")]
    pub(crate) url_encoded: bool,
}

#[derive(Debug, Args)]
pub(crate) struct CallbackVerifyArgs {
    /// The callback body, or a file holding it; `-` or nothing reads it
    /// from stdin. Text that starts with `{` or `%7B`, or holds `=`, is a
    /// body; anything else names a file.
    #[arg(value_name = "BODY|FILE")]
    pub(crate) body: Option<String>,

    #[command(flatten)]
    pub(crate) secret: CallbackSecretArgs,

    /// Reject callbacks whose timestamp is older than this (or this far in
    /// the future): 300, 5m, 1h. Millisecond timestamps are aged as such.
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
