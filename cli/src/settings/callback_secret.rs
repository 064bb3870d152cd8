//! The CallbackSecret's place in the secret chain (`secret`): its flags,
//! `ZEGO_CALLBACK_SECRET`, and a profile's `callback_secret_file` /
//! `callback_secret`, under the ServerSecret's permission rules.

use std::path::Path;

use zego_token::signature::{CallbackSecret, CallbackSecretError};

use super::files::{read_secret_file, trim_newline};
use super::profile::{CallbackSource, Selected};
use super::secret::{InProfile, Kind, no_doubts};
use crate::env::CALLBACK_SECRET_ENV;
use crate::exit::UserError;
use crate::views::render;

/// What sets the CallbackSecret apart from the other secrets.
pub(crate) static CALLBACK_SECRET: Kind<CallbackSecret> = Kind {
    name: "CallbackSecret",
    flag: "--callback-secret",
    file_flag: "--callback-secret-file",
    env: CALLBACK_SECRET_ENV,
    profile_key: Some("callback_secret_file"),
    parse,
    in_profile,
    fix_profile,
    doubts: no_doubts,
};

fn parse(bytes: &[u8]) -> Result<CallbackSecret, UserError> {
    CallbackSecret::from_bytes(bytes).map_err(|e| {
        let hint = match e {
            CallbackSecretError::Empty => {
                "copy the CallbackSecret from the project's callback configuration in the ZEGOCLOUD Admin Console"
            }
            _ => "a CallbackSecret is a short string from the project's callback configuration",
        };
        UserError::usage(e.to_string()).hint(hint)
    })
}

fn in_profile(selected: &Selected) -> InProfile<'_, CallbackSecret> {
    match &selected.profile.callback_secret {
        CallbackSource::None => InProfile::None,
        CallbackSource::File(path) => InProfile::File(path),
        CallbackSource::Stored(secret) => InProfile::Stored(secret),
    }
}

fn fix_profile(selected: &Selected) -> String {
    format!(
        "fix its callback_secret_file in {}",
        render::path(&selected.config)
    )
}

/// Checks the CallbackSecret in a file (for `profile add`), warning when
/// others may read the file.
pub(crate) fn check_file(path: &Path) -> anyhow::Result<()> {
    let bytes = read_secret_file(path)?;
    parse(trim_newline(&bytes)).map_err(|mut e| {
        e.message = format!("{} (in {})", e.message, render::path(path));
        e
    })?;
    Ok(())
}
