//! Flags, environment and profile resolved into typed values before any
//! work starts: one function per subcommand that takes a ServerSecret
//! (`generate`, `inspect` for decode and verify, `serve`). The secret is
//! located here but read only by the commands that need it, when they need
//! it, so a typo in the arguments is reported before a prompt.

pub(crate) mod callback_secret;
pub(crate) mod credentials;
mod generate;
mod inspect;
pub(crate) mod profile;
mod serve;
pub(crate) mod time;

pub(crate) use generate::{Generate, Users, generate};
pub(crate) use inspect::{Decode, Inspect, Verify, decode, verify};
pub(crate) use serve::{Serve, serve};

use zego_token::{Mode, Secret};

use crate::args::{ProfileFlags, SecretArgs};
use crate::settings::profile::Selected;
use crate::settings::time::DEFAULT_EFFECTIVE_TIME;

/// The profile in use and where the ServerSecret is: found, not yet read.
pub(crate) struct Credentials<'a> {
    pub(crate) profile: Option<Selected>,
    secret: &'a SecretArgs,
}

impl<'a> Credentials<'a> {
    /// Chooses the profile (`--profile`, `ZEGO_PROFILE`, the config's
    /// default, or none); reads no secret.
    pub(crate) fn select(flags: &ProfileFlags, secret: &'a SecretArgs) -> anyhow::Result<Self> {
        Ok(Credentials {
            profile: profile::select(flags)?,
            secret,
        })
    }

    /// The profile, if one is in use.
    pub(crate) fn profile(&self) -> Option<&Selected> {
        self.profile.as_ref()
    }

    /// Whether the secret is to come from stdin (`--secret-file -`).
    pub(crate) fn secret_from_stdin(&self) -> bool {
        credentials::secret_uses_stdin(self.secret)
    }

    /// Reads the ServerSecret, `None` when nothing gives one.
    pub(crate) fn secret(&self) -> anyhow::Result<Option<Secret>> {
        credentials::secret(self.secret, self.profile())
    }

    /// Reads the ServerSecret, asking for it at a terminal when nothing
    /// gives one.
    pub(crate) fn required_secret(&self) -> anyhow::Result<Secret> {
        credentials::required_secret(self.secret, self.profile())
    }

    /// Warns when the AppID and the ServerSecret come from different places.
    pub(crate) fn warn_if_mixed(&self, app_id_arg: Option<u32>) {
        credentials::warn_if_mixed(app_id_arg, self.secret, self.profile());
    }
}

/// The lifetime as written: `--effective-time`, else the profile's, else
/// one hour.
fn effective_time(arg: Option<&str>, profile: Option<&Selected>) -> String {
    arg.or_else(|| profile.and_then(|p| p.profile.effective_time.as_deref()))
        .unwrap_or(DEFAULT_EFFECTIVE_TIME)
        .to_owned()
}

/// The cipher mode: `--mode`, else the profile's, else GCM.
fn mode(arg: Option<Mode>, profile: Option<&Selected>) -> Mode {
    arg.or_else(|| profile.and_then(|p| p.profile.mode))
        .unwrap_or(Mode::Gcm)
}
