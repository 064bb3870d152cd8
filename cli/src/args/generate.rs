//! Arguments of `zego-token generate`.

use std::path::PathBuf;

use clap::Args;
use zego_token::{Mode, Version};

use super::common::{self, SecretArgs};
use crate::env::APP_ID_ENV;

pub(super) const GENERATE_EXAMPLES: &str = "\
Examples:
  zego-token generate --app-id 1 --user-id demo --secret fa94dd0f974cf2e293728a526b028271
  ZEGO_SERVER_SECRET=... zego-token generate --app-id 1 --user-id demo --ttl 30m
  zego-token generate --app-id 1 --user-id demo --room-id room1 --no-publish
  TOKEN=$(zego-token generate --app-id 1 --user-id demo --secret-file secret.txt)
  zego-token generate --app-id 1 --secret-file secret.txt --user-ids-from users.txt > tokens.txt
  zego-token generate --app-id 1 --user-id demo --token-version 03 --room-id room1
  zego-token generate --app-id 1 --user-id demo --kit --room-id room1 --user-name Demo
  zego-token generate --app-id 1 --user-id demo --secret-file secret.txt --qr   # scan it
  zego-token generate --app-id 1 --user-id demo --format 'TOKEN={token} EXPIRE={expire}'
  zego-token generate --app-id 1 --user-ids-from users.txt --format '{user_id}\\t{token}'

stdout holds exactly the token and a newline (with --json, one JSON object; with
--format, the template filled in); --qr draws on stderr.";

#[derive(Debug, Args)]
pub(crate) struct GenerateArgs {
    /// The AppID from the ZEGOCLOUD console (or from the profile).
    #[arg(long, env = APP_ID_ENV, value_name = "N")]
    pub(crate) app_id: Option<u32>,

    /// The user the token is for (1 to 64 bytes).
    #[arg(long, value_name = "ID", required_unless_present = "user_ids_from")]
    pub(crate) user_id: Option<String>,

    /// Mint one token per user id read from a file (`-`: stdin), one id per
    /// line, blank lines skipped; prints one token (or JSON object) per line.
    #[arg(long, value_name = "FILE", conflicts_with = "user_id")]
    pub(crate) user_ids_from: Option<PathBuf>,

    #[command(flatten)]
    pub(crate) secret: SecretArgs,

    /// How long the token lives: seconds (3600) or with units (90s, 30m, 2h,
    /// 1h30m, 7d) [default: the profile's, else 1h].
    #[arg(long, visible_alias = "ttl", value_name = "DURATION")]
    pub(crate) effective_time: Option<String>,

    /// A raw payload string, put in the token as it is.
    #[arg(long, value_name = "STRING", conflicts_with = "room_id")]
    pub(crate) payload: Option<String>,

    /// Make a privilege token for this room (login and publish allowed unless denied).
    #[arg(long, value_name = "ID")]
    pub(crate) room_id: Option<String>,

    /// Deny logging in to the room.
    #[arg(long, requires = "room_id")]
    pub(crate) no_login: bool,

    /// Deny publishing streams.
    #[arg(long, requires = "room_id")]
    pub(crate) no_publish: bool,

    /// A stream the user may publish (repeatable); without it, any stream.
    #[arg(long, value_name = "ID", requires = "room_id")]
    pub(crate) stream_id: Vec<String>,

    /// The cipher mode: gcm (current) or cbc (legacy, unauthenticated)
    /// [default: the profile's, else gcm].
    #[arg(long, value_parser = common::mode())]
    pub(crate) mode: Option<Mode>,

    /// The token format: 04 (current) or 03 (older: always CBC, needs
    /// --room-id, no payload or stream ids).
    #[arg(long, value_parser = common::version(), value_name = "VERSION", default_value = "04")]
    pub(crate) token_version: Version,

    /// Print a UIKit kit token (TOKEN#SUFFIX) for the web UIKit: the suffix
    /// names --user-id, --room-id (optional) and --user-name. The token
    /// inside carries privileges only when --no-login, --no-publish or
    /// --stream-id ask for them.
    #[arg(long)]
    pub(crate) kit: bool,

    /// With --kit: the name the UIKit shows [default: the user id].
    #[arg(long, value_name = "NAME", requires = "kit")]
    pub(crate) user_name: Option<String>,

    /// The creation time instead of the clock: unix seconds or RFC 3339.
    #[arg(long, value_name = "TIME")]
    pub(crate) now: Option<String>,

    /// Print one JSON object instead of the bare token.
    #[arg(long)]
    pub(crate) json: bool,

    /// Print each token as TEMPLATE and a newline instead: placeholders
    /// are the fields of --json ({token}, {mode}, {app_id}, {user_id},
    /// {nonce}, {ctime}, {expire}, {payload}, {version}); \n and \t are
    /// escapes, {{ and }} braces.
    #[arg(long, value_name = "TEMPLATE", conflicts_with = "json")]
    pub(crate) format: Option<String>,

    /// Also draw the token as a QR code, for a phone's camera, on stderr:
    /// stdout still holds only the token. Refused (exit 2) if the code would
    /// not fit the terminal.
    #[arg(long, conflicts_with = "user_ids_from")]
    pub(crate) qr: bool,
}
