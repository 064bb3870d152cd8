//! Flags, environment and profile resolved into typed values before any
//! work starts. Secrets are located here but loaded only by the commands
//! that need them.

pub(crate) mod callback_secret;
pub(crate) mod credentials;
pub(crate) mod profile;
pub(crate) mod time;

use zego_token::Mode;

use crate::settings::profile::Selected;
use crate::settings::time::DEFAULT_EFFECTIVE_TIME;

/// The lifetime as written: `--effective-time`, else the profile's, else
/// one hour.
pub(crate) fn effective_time<'a>(arg: Option<&'a str>, profile: Option<&'a Selected>) -> &'a str {
    arg.or_else(|| profile.and_then(|p| p.profile.effective_time.as_deref()))
        .unwrap_or(DEFAULT_EFFECTIVE_TIME)
}

/// The cipher mode: `--mode`, else the profile's, else GCM.
pub(crate) fn mode(arg: Option<Mode>, profile: Option<&Selected>) -> Mode {
    arg.or_else(|| profile.and_then(|p| p.profile.mode))
        .unwrap_or(Mode::Gcm)
}
