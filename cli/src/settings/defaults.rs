//! The defaults of what a profile can set: flag, else profile, else built in.

use zego_token::Mode;

use super::profile::Selected;
use super::time::DEFAULT_EFFECTIVE_TIME;

/// The lifetime as written: `--effective-time`, else the profile's, else
/// one hour.
pub(super) fn effective_time(arg: Option<&str>, profile: Option<&Selected>) -> String {
    arg.or_else(|| profile.and_then(|p| p.profile.effective_time.as_deref()))
        .unwrap_or(DEFAULT_EFFECTIVE_TIME)
        .to_owned()
}

/// The cipher mode: `--mode`, else the profile's, else GCM.
pub(super) fn mode(arg: Option<Mode>, profile: Option<&Selected>) -> Mode {
    arg.or_else(|| profile.and_then(|p| p.profile.mode))
        .unwrap_or(Mode::Gcm)
}
