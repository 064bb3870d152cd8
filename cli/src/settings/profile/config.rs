//! The config file: where it is, and reading it through serde, every error
//! naming the file and line.

use std::collections::BTreeMap;
use std::fs;
use std::io::Read as _;
use std::ops::Range;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use serde::de::Error as _;
use serde::{Deserialize, Deserializer};
use zego_token::{Mode, Secret};
use zeroize::Zeroizing;

use crate::env::CONFIG_ENV;
use crate::exit::UserError;
use crate::settings::time;

use super::callback::{self, CallbackSource};

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
    pub(crate) mode: Option<Mode>,
    /// Where its CallbackSecret is (for `callback sign` and `verify`).
    pub(crate) callback_secret: CallbackSource,
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
    mode: Option<Mode>,
    #[serde(default)]
    callback_secret_file: Option<PathBuf>,
    #[serde(default, deserialize_with = "callback::stored")]
    callback_secret: Option<zego_token::signature::CallbackSecret>,
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
        let callback_secret = CallbackSource::of(raw.callback_secret_file, raw.callback_secret)
            .map_err(D::Error::custom)?;
        Ok(Profile {
            app_id: raw.app_id,
            secret,
            effective_time: raw.effective_time,
            mode: raw.mode,
            callback_secret,
        })
    }
}

fn app_id<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    let app_id = u32::deserialize(d)?;
    zego_token::format::validate_app_id(app_id).map_err(D::Error::custom)?;
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
    // The reason without the value (which may be a secret put in the
    // wrong key).
    let reason = match time::parse_duration(&text) {
        Ok(0) => Some("effective_time must be above zero"),
        Ok(_) if time::lifetime(&text, 0).is_err() => {
            Some("effective_time ends after 9999-12-31, the latest expiry accepted")
        }
        Ok(_) => None,
        Err(_) => {
            Some("effective_time must be seconds (3600) or a number with a unit: 90s, 30m, 2h, 7d")
        }
    };
    if let Some(reason) = reason {
        return Err(D::Error::custom(reason));
    }
    Ok(Some(text))
}

/// A default lifetime: a duration as `--effective-time` takes it, above zero
/// and ending by 9999 even counted from 1970.
pub(crate) fn parse_lifetime(text: &str) -> Result<i64, UserError> {
    match time::parse_duration(text) {
        Ok(0) => Err(UserError::usage(format!(
            "effective_time {text:?} must be above zero"
        ))),
        Ok(_) => time::lifetime(text, 0).map_err(|_| {
            UserError::usage(format!(
                "effective_time {text:?} ends after 9999-12-31, the latest expiry accepted"
            ))
        }),
        Err(_) => Err(UserError::usage(format!(
            "invalid effective_time {text:?}: give seconds (3600) or a number with a unit: 90s, 30m, 2h, 7d"
        ))),
    }
}

fn mode<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Mode>, D::Error> {
    let text = String::deserialize(d)?;
    text.parse::<Mode>()
        .map(Some)
        .map_err(|_| D::Error::custom("mode must be gcm or cbc"))
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
            if let CallbackSource::File(file) = &mut profile.callback_secret {
                *file = resolve(file, base);
            }
        }
        Ok(Config {
            default: raw.default,
            profiles,
            shared: None,
        })
    }

    pub(super) fn names(&self) -> Vec<&str> {
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
pub(super) fn read(path: &Path) -> anyhow::Result<Option<(Zeroizing<String>, Option<u32>)>> {
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

/// `PATH:LINE: key: message`, from a parser's byte span. Never the value:
/// a secret written without quotes, or under the wrong key, would be
/// shown (serde says ``invalid type: integer `314159` ``).
pub(super) fn located(
    path: &Path,
    text: &str,
    span: Option<Range<usize>>,
    message: &str,
) -> UserError {
    let message = without_value(&message.split_whitespace().collect::<Vec<_>>().join(" "));
    let (place, key) = match span {
        Some(span) => {
            let start = span.start.min(text.len());
            let line = text.as_bytes()[..start]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            (format!("{}:{line}", path.display()), key_at(text, start))
        }
        None => (path.display().to_string(), None),
    };
    let message = match key {
        Some(key) if !message.contains(key) => format!("{key}: {message}"),
        _ => message,
    };
    UserError::usage(format!("{place}: {message}"))
        .hint("fix the config file; its format is in 'zego-token profile --help'")
}

/// serde's `invalid type: integer `314159`, expected a string` as
/// `invalid type: integer, expected a string`: the kind of value found,
/// not the value.
fn without_value(message: &str) -> String {
    for prefix in ["invalid type: ", "invalid value: ", "invalid length "] {
        if let Some(rest) = message.strip_prefix(prefix)
            && let Some((found, expected)) = rest.split_once(", expected")
        {
            let kind = found.split(['`', '"']).next().unwrap_or("").trim();
            return format!("{prefix}{kind}, expected{expected}");
        }
    }
    message.to_owned()
}

/// The bare key of the `key = value` line holding byte `at`, if it is one.
fn key_at(text: &str, at: usize) -> Option<&str> {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = text[start..].lines().next().unwrap_or("");
    let (key, _) = line.split_once('=')?;
    let key = key.trim();
    let bare = !key.is_empty()
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-'));
    bare.then_some(key)
}

#[cfg(test)]
mod tests;
