//! A profile's CallbackSecret: the `callback_secret_file` and
//! `callback_secret` keys, under the same rules as the ServerSecret's.

use std::path::PathBuf;

use serde::de::Error as _;
use serde::{Deserialize, Deserializer};
use zego_token::signature::CallbackSecret;
use zeroize::Zeroizing;

/// Where a profile's CallbackSecret comes from.
#[derive(Debug)]
pub(crate) enum CallbackSource {
    /// Nowhere: flags or the environment give it.
    None,
    /// A file, read when the secret is needed (the path as resolved).
    File(PathBuf),
    /// The `callback_secret` key of the config file itself.
    Stored(Box<CallbackSecret>),
}

impl CallbackSource {
    /// From the two keys; a profile may have one of them.
    pub(super) fn of(
        file: Option<PathBuf>,
        stored: Option<CallbackSecret>,
    ) -> Result<CallbackSource, &'static str> {
        match (file, stored) {
            (Some(_), Some(_)) => {
                Err("a profile has callback_secret_file or callback_secret, not both")
            }
            (Some(path), None) => Ok(CallbackSource::File(path)),
            (None, Some(secret)) => Ok(CallbackSource::Stored(Box::new(secret))),
            (None, None) => Ok(CallbackSource::None),
        }
    }
}

/// The stored CallbackSecret is checked here and never shown.
pub(super) fn stored<'de, D: Deserializer<'de>>(d: D) -> Result<Option<CallbackSecret>, D::Error> {
    let text = Zeroizing::new(String::deserialize(d)?);
    CallbackSecret::new(&text)
        .map(Some)
        .map_err(|e| D::Error::custom(format!("callback_secret: {e}")))
}
