//! Credential profiles: one app's AppID, where its ServerSecret is, and
//! defaults for new tokens, named once in a TOML config file.
//!
//! ```toml
//! default = "dev"
//!
//! [profiles.dev]
//! app_id = 1234567
//! secret_file = "~/.config/zego-token/dev.secret"
//! effective_time = "2h"
//! mode = "gcm"
//! ```
//!
//! - `config`: where the file is, and reading it through serde (every error
//!   names the file and line);
//! - `select`: choosing the profile of a run;
//! - `edit`: changing it through `toml_edit`, so the user's comments and
//!   layout survive, written atomically with owner-only permissions;
//! - the `profile` subcommand itself is `commands::profile`.

mod callback;
mod config;
mod edit;
mod select;

pub(crate) use callback::CallbackSource;
pub(crate) use config::{Config, SecretSource, config_path, parse_lifetime, shared_mode};
pub(crate) use edit::{Editor, Entry, EntrySecret};
pub(crate) use select::{Selected, no_config_dir, select, unknown};
