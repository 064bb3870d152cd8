//! Choosing the profile of a run, and naming the ones there are when a
//! name is mistyped.

use std::path::{Path, PathBuf};

use crate::args::ProfileFlags;
use crate::exit::{Exit, UserError};
use crate::views::render::sanitize;

use super::config::{Config, Profile, config_path};
use crate::env::{CONFIG_ENV, PROFILE_ENV};

/// How the profile in use was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Origin {
    Flag,
    Env,
    Default,
}

/// The profile in effect for one run.
#[derive(Debug)]
pub(crate) struct Selected {
    pub(crate) name: String,
    /// The config file it is from.
    pub(crate) config: PathBuf,
    shared: Option<u32>,
    pub(crate) profile: Profile,
}

impl Selected {
    /// A secret (the one named) stored in a config file that others can
    /// read is refused, as ssh refuses such keys.
    pub(crate) fn check_private_of(&self, secret: &str) -> Result<(), UserError> {
        match self.shared {
            None => Ok(()),
            Some(mode) => Err(UserError::usage(format!(
                "the config file {} is accessible by other users (mode {mode:03o}) and stores the {secret} of profile {}",
                self.config.display(),
                sanitize(&self.name)
            ))
            .hint(format!("run: chmod 600 {}", self.config.display()))),
        }
    }
}

/// The profile for this run: `--profile`, else `ZEGO_PROFILE`, else the
/// config's `default`, else none. A name given but not in the config is a
/// usage error that lists the names there are.
pub(crate) fn select(flags: &ProfileFlags) -> anyhow::Result<Option<Selected>> {
    if flags.no_profile {
        return Ok(None);
    }
    let named = match &flags.profile {
        Some(name) => Some((name.clone(), Origin::Flag)),
        None => match std::env::var(PROFILE_ENV) {
            Ok(name) if !name.is_empty() => Some((name, Origin::Env)),
            Ok(_) | Err(std::env::VarError::NotPresent) => None,
            Err(std::env::VarError::NotUnicode(_)) => {
                return Err(UserError::usage(format!("{PROFILE_ENV} is not UTF-8 text")).into());
            }
        },
    };
    let Some(path) = config_path() else {
        return match named {
            None => Ok(None),
            Some(_) => Err(no_config_dir().into()),
        };
    };
    let Some(mut config) = Config::load(&path)? else {
        return match named {
            None => Ok(None),
            Some((name, origin)) => Err(unknown(&name, Some(origin), &path, &[]).into()),
        };
    };
    let Some((name, origin)) =
        named.or_else(|| config.default.clone().map(|name| (name, Origin::Default)))
    else {
        return Ok(None);
    };
    match config.profiles.remove(&name) {
        Some(profile) => Ok(Some(Selected {
            name,
            config: path,
            shared: config.shared,
            profile,
        })),
        None => Err(unknown(&name, Some(origin), &path, &config.names()).into()),
    }
}

pub(crate) fn no_config_dir() -> UserError {
    UserError::new(
        Exit::Other,
        "no config directory to keep profiles in (HOME is not set)",
    )
    .hint(format!("set {CONFIG_ENV} to the path of a config file"))
}

/// A profile name that is not in the config, with the ones that are.
pub(crate) fn unknown(
    name: &str,
    origin: Option<Origin>,
    path: &Path,
    names: &[&str],
) -> UserError {
    let from = match origin {
        Some(Origin::Flag) | None => String::new(),
        Some(Origin::Env) => format!(" (from {PROFILE_ENV})"),
        Some(Origin::Default) => " (its default)".to_owned(),
    };
    let message = format!(
        "no profile named {:?} in {}{from}",
        sanitize(name),
        path.display()
    );
    let hint = if names.is_empty() {
        "there are no profiles yet; add one: zego-token profile add NAME --app-id N --secret-file PATH"
            .to_owned()
    } else {
        let list = names
            .iter()
            .map(|n| sanitize(n).into_owned())
            .collect::<Vec<_>>()
            .join(", ");
        match closest(name, names) {
            Some(near) => format!("did you mean {:?}? profiles: {list}", sanitize(near)),
            None => format!("profiles: {list}"),
        }
    };
    UserError::usage(message).hint(hint)
}

/// The name nearest to a typo, when one is near enough.
fn closest<'a>(typed: &str, names: &[&'a str]) -> Option<&'a str> {
    names
        .iter()
        .map(|name| (strsim::levenshtein(typed, name), *name))
        .filter(|(d, name)| *d <= (name.chars().count() / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, name)| name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions() {
        let names = ["dev", "staging", "production"];
        assert_eq!(closest("stagng", &names), Some("staging"));
        assert_eq!(closest("prod", &names), None);
        assert_eq!(closest("deb", &names), Some("dev"));
        assert_eq!(closest("xyz", &names), None);
    }
}
