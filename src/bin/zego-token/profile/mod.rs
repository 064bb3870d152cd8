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
//! - here: where the file is, reading it through serde (every error names
//!   the file and line), and choosing the profile of a run;
//! - `edit`: changing it through `toml_edit`, so the user's comments and
//!   layout survive, written atomically with owner-only permissions;
//! - `cmd`: the `profile` subcommand.

mod cmd;
mod edit;

use std::collections::BTreeMap;
use std::fs;
use std::io::Read as _;
use std::ops::Range;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use clap::ValueEnum as _;
use serde::de::Error as _;
use serde::{Deserialize, Deserializer};
use zego_token::Secret;
use zeroize::Zeroizing;

use crate::args::{ModeArg, ProfileFlags};
use crate::exit::{Exit, UserError};
use crate::input;
use crate::render::sanitize;

pub(crate) use cmd::run;
pub(crate) use edit::{Editor, Entry, EntrySecret};

/// Environment variable naming the config file, instead of the one in the
/// platform's config directory.
pub(crate) const CONFIG_ENV: &str = "ZEGO_TOKEN_CONFIG";
/// Environment variable naming the profile when `--profile` is not given.
pub(crate) const PROFILE_ENV: &str = "ZEGO_PROFILE";

/// A config file is a few hundred bytes; anything this big is not one.
const MAX_CONFIG: u64 = 1024 * 1024;

/// The config file: `ZEGO_TOKEN_CONFIG`, else `zego-token/config.toml` in
/// the platform's config directory (`$XDG_CONFIG_HOME`, else `~/.config`, on
/// Linux). `None` when there is no home directory to find it in.
pub(crate) fn config_path() -> Option<PathBuf> {
    match std::env::var_os(CONFIG_ENV).filter(|v| !v.is_empty()) {
        Some(path) => Some(PathBuf::from(path)),
        None => dirs::config_dir().map(|dir| dir.join("zego-token").join("config.toml")),
    }
}

/// Where a profile's ServerSecret comes from.
#[derive(Debug)]
pub(crate) enum SecretSource {
    /// Nowhere: flags, the environment or the prompt give it.
    None,
    /// A file, read when the secret is needed (the path as resolved).
    File(PathBuf),
    /// The `secret` key of the config file itself.
    Stored(Box<Secret>),
}

/// One profile, checked.
#[derive(Debug)]
pub(crate) struct Profile {
    pub(crate) app_id: u32,
    pub(crate) secret: SecretSource,
    /// The default lifetime as written (`7200` or `"2h"`), checked.
    pub(crate) effective_time: Option<String>,
    pub(crate) mode: Option<ModeArg>,
}

/// The config file, read and checked.
#[derive(Debug)]
pub(crate) struct Config {
    pub(crate) default: Option<String>,
    pub(crate) profiles: BTreeMap<String, Profile>,
    /// The file's permission bits when users other than its owner may
    /// read or change it.
    pub(crate) shared: Option<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    default: Option<String>,
    #[serde(default)]
    profiles: BTreeMap<String, Profile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProfile {
    #[serde(deserialize_with = "app_id")]
    app_id: u32,
    #[serde(default)]
    secret_file: Option<PathBuf>,
    #[serde(default, deserialize_with = "stored_secret")]
    secret: Option<Secret>,
    #[serde(default, deserialize_with = "lifetime")]
    effective_time: Option<String>,
    #[serde(default, deserialize_with = "mode")]
    mode: Option<ModeArg>,
}

impl<'de> Deserialize<'de> for Profile {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Profile, D::Error> {
        let raw = RawProfile::deserialize(d)?;
        let secret = match (raw.secret_file, raw.secret) {
            (Some(_), Some(_)) => {
                return Err(D::Error::custom(
                    "a profile has secret_file or secret, not both",
                ));
            }
            (Some(path), None) => SecretSource::File(path),
            (None, Some(secret)) => SecretSource::Stored(Box::new(secret)),
            (None, None) => SecretSource::None,
        };
        Ok(Profile {
            app_id: raw.app_id,
            secret,
            effective_time: raw.effective_time,
            mode: raw.mode,
        })
    }
}

fn app_id<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    let app_id = u32::deserialize(d)?;
    zego_token::validate_app_id(app_id).map_err(D::Error::custom)?;
    Ok(app_id)
}

/// The secret is checked here and never shown: the error says what is
/// wrong with it, not what it is.
fn stored_secret<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Secret>, D::Error> {
    let text = Zeroizing::new(String::deserialize(d)?);
    Secret::new(&text)
        .map(Some)
        .map_err(|e| D::Error::custom(format!("secret: {e}")))
}

fn lifetime<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Written {
        Seconds(i64),
        Text(String),
    }
    let text = match Written::deserialize(d)? {
        Written::Seconds(n) => n.to_string(),
        Written::Text(text) => text,
    };
    parse_lifetime(&text).map_err(|e| D::Error::custom(e.message))?;
    Ok(Some(text))
}

/// A default lifetime: a duration as `--effective-time` takes it, above zero.
pub(crate) fn parse_lifetime(text: &str) -> Result<i64, UserError> {
    match input::parse_duration(text) {
        Ok(0) => Err(UserError::usage(format!(
            "effective_time {text:?} must be above zero"
        ))),
        Ok(seconds) => Ok(seconds),
        Err(_) => Err(UserError::usage(format!(
            "invalid effective_time {text:?}: give seconds (3600) or a number with a unit: 90s, 30m, 2h, 7d"
        ))),
    }
}

fn mode<'de, D: Deserializer<'de>>(d: D) -> Result<Option<ModeArg>, D::Error> {
    let text = String::deserialize(d)?;
    ModeArg::from_str(&text, true)
        .map(Some)
        .map_err(|_| D::Error::custom(format!("invalid mode {text:?}: gcm or cbc")))
}

/// The name of a [`ModeArg`] as the config and `--mode` spell it.
pub(crate) fn mode_name(mode: ModeArg) -> String {
    mode.to_possible_value()
        .map(|v| v.get_name().to_owned())
        .unwrap_or_default()
}

impl Config {
    /// Reads and checks the config file; `None` when there is none.
    pub(crate) fn load(path: &Path) -> anyhow::Result<Option<Config>> {
        let Some((text, shared)) = read(path)? else {
            return Ok(None);
        };
        let mut config = Config::parse(path, &text)?;
        config.shared = shared;
        Ok(Some(config))
    }

    /// Checks the text of a config file; errors name the file and line.
    pub(crate) fn parse(path: &Path, text: &str) -> Result<Config, UserError> {
        let raw: RawConfig =
            toml::from_str(text).map_err(|e| located(path, text, e.span(), e.message()))?;
        let base = path.parent().unwrap_or(Path::new(""));
        let mut profiles = raw.profiles;
        for profile in profiles.values_mut() {
            if let SecretSource::File(file) = &mut profile.secret {
                *file = resolve(file, base);
            }
        }
        Ok(Config {
            default: raw.default,
            profiles,
            shared: None,
        })
    }

    fn names(&self) -> Vec<&str> {
        self.profiles.keys().map(String::as_str).collect()
    }
}

/// `~/` is the home directory; a relative path is relative to the config
/// file's directory, not to wherever the command runs.
fn resolve(path: &Path, base: &Path) -> PathBuf {
    if let Ok(rest) = path.strip_prefix("~")
        && let Some(home) = dirs::home_dir()
    {
        return home.join(rest);
    }
    if path.is_relative() {
        base.join(path)
    } else {
        path.to_owned()
    }
}

/// The text of the config file and, when others may read it, its mode;
/// `None` when it does not exist.
fn read(path: &Path) -> anyhow::Result<Option<(Zeroizing<String>, Option<u32>)>> {
    let context = || format!("cannot read the config file {}", path.display());
    let file = match fs::File::open(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        opened => opened.with_context(context)?,
    };
    let shared = shared_mode(&file);
    let mut text = Zeroizing::new(String::new());
    file.take(MAX_CONFIG + 1)
        .read_to_string(&mut text)
        .with_context(context)?;
    if text.len() as u64 > MAX_CONFIG {
        anyhow::bail!(
            "the config file {} is over {} KiB: not a zego-token config",
            path.display(),
            MAX_CONFIG / 1024
        );
    }
    Ok(Some((text, shared)))
}

/// The permission bits of a file that users other than its owner may read
/// or change.
#[cfg(unix)]
pub(crate) fn shared_mode(file: &fs::File) -> Option<u32> {
    use std::os::unix::fs::PermissionsExt as _;
    let meta = file.metadata().ok()?;
    let mode = meta.permissions().mode() & 0o777;
    (meta.is_file() && mode & 0o077 != 0).then_some(mode)
}

#[cfg(not(unix))]
pub(crate) fn shared_mode(_: &fs::File) -> Option<u32> {
    None
}

/// `PATH:LINE: message`, from a parser's byte span.
fn located(path: &Path, text: &str, span: Option<Range<usize>>, message: &str) -> UserError {
    let message = message.split_whitespace().collect::<Vec<_>>().join(" ");
    let place = match span {
        Some(span) => {
            let line = text.as_bytes()[..span.start.min(text.len())]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            format!("{}:{line}", path.display())
        }
        None => path.display().to_string(),
    };
    UserError::usage(format!("{place}: {message}"))
        .hint("fix the config file; its format is in 'zego-token profile --help'")
}

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
    /// A ServerSecret stored in a config file that others can read is
    /// refused, as ssh refuses such keys.
    pub(crate) fn check_private(&self) -> Result<(), UserError> {
        match self.shared {
            None => Ok(()),
            Some(mode) => Err(UserError::usage(format!(
                "the config file {} is accessible by other users (mode {mode:03o}) and stores the ServerSecret of profile {}",
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
        .map(|name| (edit_distance(typed, name), *name))
        .filter(|(d, name)| *d <= (name.chars().count() / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, name)| name)
}

/// Levenshtein distance, in characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitute = diagonal + usize::from(ca != *cb);
            diagonal = row[j + 1];
            row[j + 1] = substitute.min(row[j] + 1).min(diagonal + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "fa94dd0f974cf2e293728a526b028271";

    fn parse(text: &str) -> Result<Config, String> {
        Config::parse(Path::new("/cfg/config.toml"), text).map_err(|e| e.message)
    }

    #[test]
    fn reads_every_key() {
        let config = parse(&format!(
            "default = \"dev\"\n\n[profiles.dev]\napp_id = 1\nsecret_file = \"dev.secret\"\n\
             effective_time = \"2h\"\nmode = \"cbc\"\n\n[profiles.prod]\napp_id = 2\nsecret = \"{SECRET}\"\n\
             effective_time = 600\n\n[profiles.bare]\napp_id = 3\n"
        ))
        .expect("valid");
        assert_eq!(config.default.as_deref(), Some("dev"));
        let dev = &config.profiles["dev"];
        assert_eq!(dev.app_id, 1);
        assert!(matches!(&dev.secret, SecretSource::File(p) if p == Path::new("/cfg/dev.secret")));
        assert_eq!(dev.effective_time.as_deref(), Some("2h"));
        assert_eq!(dev.mode, Some(ModeArg::Cbc));
        let prod = &config.profiles["prod"];
        assert!(matches!(prod.secret, SecretSource::Stored(_)));
        assert_eq!(prod.effective_time.as_deref(), Some("600"));
        assert!(matches!(config.profiles["bare"].secret, SecretSource::None));
    }

    #[test]
    fn errors_name_the_line_and_never_the_secret() {
        let cases = [
            (
                "[profiles.a]\napp_id = 1\nmode = \"ecb\"\n",
                "/cfg/config.toml:3:",
            ),
            ("[profiles.a]\napp_id = 0\n", "/cfg/config.toml:2:"),
            (
                "[profiles.a]\napp_id = 1\nsecrte = \"x\"\n",
                "/cfg/config.toml:3:",
            ),
            ("[profiles.a]\napp_id = 1\neffective_time = \"5x\"\n", ":3:"),
            ("[profiles.a]\napp_id = 1\neffective_time = 0\n", ":3:"),
            (
                "[profiles.a]\napp_id = 1\nsecret = \"tooshortsecret\"\n",
                ":3:",
            ),
            ("[profiles.a]\napp_id = = 1\n", ":2:"),
            ("\n\n[profiles.a]\nsecret_file = \"f\"\n", ":3:"),
        ];
        for (text, place) in cases {
            let error = parse(text).expect_err(text);
            assert!(error.contains(place), "{text:?}: {error}");
            assert!(!error.contains("tooshortsecret"), "{error}");
        }
        let both =
            format!("[profiles.a]\napp_id = 1\nsecret = \"{SECRET}\"\nsecret_file = \"f\"\n");
        let error = parse(&both).expect_err("both");
        assert!(error.contains("not both"), "{error}");
        assert!(!error.contains(SECRET), "{error}");
    }

    #[test]
    fn paths_resolve_against_home_and_the_config_directory() {
        let base = Path::new("/cfg");
        assert_eq!(resolve(Path::new("/abs/s"), base), Path::new("/abs/s"));
        assert_eq!(resolve(Path::new("rel/s"), base), Path::new("/cfg/rel/s"));
        if let Some(home) = dirs::home_dir() {
            assert_eq!(resolve(Path::new("~/s"), base), home.join("s"));
        }
    }

    #[test]
    fn suggestions() {
        let names = ["dev", "staging", "production"];
        assert_eq!(closest("stagng", &names), Some("staging"));
        assert_eq!(closest("prod", &names), None);
        assert_eq!(closest("deb", &names), Some("dev"));
        assert_eq!(closest("xyz", &names), None);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
