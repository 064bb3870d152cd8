//! Arguments of `zego-token profile`.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use zego_token::Mode;

use super::common;

pub(super) const PROFILE_HELP: &str = "\
Examples:
  zego-token profile add dev --app-id 1234567 --secret-file ~/.zego/dev.secret --ttl 2h
  pbpaste | zego-token profile add prod --app-id 7654321   # the secret is saved in the config
  zego-token profile list
  zego-token profile default prod
  zego-token --profile dev generate --user-id alice
  ZEGO_PROFILE=prod zego-token verify \"$TOKEN\"

The config file is ZEGO_TOKEN_CONFIG, else zego-token/config.toml in the
config directory ($XDG_CONFIG_HOME or ~/.config on Linux). It is TOML, one
table per profile, and is written atomically, readable by its owner only:

  default = \"dev\"

  [profiles.dev]
  app_id = 1234567
  secret_file = \"~/.zego/dev.secret\"   # or: secret = \"...\" (the file must be private)
  effective_time = \"2h\"               # optional defaults for generate
  mode = \"gcm\"
  callback_secret_file = \"~/.zego/dev.callback\"   # or: callback_secret = \"...\"

A relative secret_file (or callback_secret_file) is relative to the config
file's directory.
Precedence: flags > environment (ZEGO_APP_ID, ZEGO_SERVER_SECRET) > profile >
built-in defaults. The profile is --profile, else ZEGO_PROFILE, else the
config's default; --no-profile uses none.";

#[derive(Debug, Args)]
pub(crate) struct ProfileArgs {
    #[command(subcommand)]
    pub(crate) command: ProfileCommand,
}

#[derive(Debug, Subcommand)]
pub(crate) enum ProfileCommand {
    /// Save a profile: an AppID, where its ServerSecret is, and defaults.
    Add(ProfileAddArgs),
    /// List the profiles and where their secrets come from (never the secrets).
    #[command(visible_alias = "ls")]
    List,
    /// Delete a profile (its secret file stays).
    #[command(visible_alias = "rm")]
    Remove(ProfileNameArgs),
    /// Choose the profile used when none is named; without NAME, print it.
    Default(ProfileDefaultArgs),
}

#[derive(Debug, Args)]
pub(crate) struct ProfileAddArgs {
    /// The profile's name: letters, digits, `-` and `_`.
    #[arg(value_name = "NAME")]
    pub(crate) name: String,

    /// The AppID from the ZEGOCLOUD console.
    #[arg(long, value_name = "N")]
    pub(crate) app_id: u32,

    /// The file holding the ServerSecret: its path is saved, not the secret
    /// (preferred). Without it, the secret is read from stdin or asked for,
    /// and saved in the config file.
    #[arg(long, value_name = "PATH")]
    pub(crate) secret_file: Option<PathBuf>,

    /// Save no secret: it will come from --secret, --secret-file or
    /// ZEGO_SERVER_SECRET.
    #[arg(long, conflicts_with = "secret_file")]
    pub(crate) no_secret: bool,

    /// The file holding the CallbackSecret, for `zego-token callback`: its
    /// path is saved, not the secret.
    #[arg(long, value_name = "PATH")]
    pub(crate) callback_secret_file: Option<PathBuf>,

    /// The default lifetime of tokens made with this profile.
    #[arg(long, visible_alias = "ttl", value_name = "DURATION")]
    pub(crate) effective_time: Option<String>,

    /// The default cipher mode of tokens made with this profile.
    #[arg(long, value_parser = common::mode())]
    pub(crate) mode: Option<Mode>,

    /// Make it the default profile (the first profile always is).
    #[arg(long)]
    pub(crate) default: bool,

    /// Replace the profile of that name, if there is one.
    #[arg(long)]
    pub(crate) force: bool,
}

#[derive(Debug, Args)]
pub(crate) struct ProfileNameArgs {
    /// The profile's name.
    #[arg(value_name = "NAME")]
    pub(crate) name: String,
}

#[derive(Debug, Args)]
pub(crate) struct ProfileDefaultArgs {
    /// The profile to use when none is named.
    #[arg(value_name = "NAME")]
    pub(crate) name: Option<String>,

    /// Have no default profile.
    #[arg(long, conflicts_with = "name")]
    pub(crate) unset: bool,
}
