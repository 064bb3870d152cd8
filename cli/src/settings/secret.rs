//! One chain for every secret the tool takes (the ServerSecret, the
//! CallbackSecret, a CDN key): its flag, its file flag (`-`: stdin), the
//! environment, the profile, then a no-echo prompt at a terminal, in that
//! order. What differs between secrets is a [`Kind`]: names, the variable,
//! how the bytes are checked, and where a profile keeps it.

use std::io::IsTerminal;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use zeroize::Zeroizing;

use super::files::{read_secret_file, trim_newline};
use super::profile::Selected;
use crate::exit::{Exit, UserError};
use crate::views::render::{self, sanitize};

/// The secret as given on the command line, owned: the flag's value or
/// the file flag's path (`-`: stdin).
#[derive(Default)]
pub(crate) struct Flags {
    pub(crate) value: Option<Zeroizing<String>>,
    pub(crate) file: Option<PathBuf>,
}

impl Flags {
    /// From a flag's value and a file flag's path.
    pub(crate) fn new(value: Option<&String>, file: Option<&PathBuf>) -> Flags {
        Flags {
            value: value.map(|v| Zeroizing::new(v.clone())),
            file: file.cloned(),
        }
    }
}

/// Where a profile keeps a secret of a kind.
pub(crate) enum InProfile<'p, T> {
    None,
    /// A file named in the profile, read when needed.
    File(&'p Path),
    /// Stored in the config file itself, which must then be private.
    Stored(&'p T),
}

/// What sets one secret apart from the others.
pub(crate) struct Kind<T: 'static> {
    /// `ServerSecret`, `CallbackSecret`, `CDN key`.
    pub(crate) name: &'static str,
    /// `--secret`.
    pub(crate) flag: &'static str,
    /// `--secret-file`.
    pub(crate) file_flag: &'static str,
    /// `ZEGO_SERVER_SECRET`.
    pub(crate) env: &'static str,
    /// The profile key of its file (`secret_file`), if profiles hold one.
    pub(crate) profile_key: Option<&'static str>,
    /// The bytes checked into the library's type; the message never quotes them.
    pub(crate) parse: fn(&[u8]) -> Result<T, UserError>,
    pub(crate) in_profile: fn(&Selected) -> InProfile<'_, T>,
    /// The next step when a profile's file cannot be read.
    pub(crate) fix_profile: fn(&Selected) -> String,
    /// What is doubtful about bytes that parsed (whitespace, quotes, ...),
    /// one warning each, naming positions, never characters.
    pub(crate) doubts: fn(&[u8]) -> Vec<String>,
}

/// For secrets the tool has no doubts about.
pub(crate) fn no_doubts(_: &[u8]) -> Vec<String> {
    Vec::new()
}

/// A secret and where it came from, in words (never the secret).
pub(crate) struct Found<T> {
    pub(crate) secret: T,
    pub(crate) origin: String,
}

/// One secret's sources for this run: found, not yet read.
pub(crate) struct Source<T: 'static> {
    kind: &'static Kind<T>,
    flags: Flags,
}

impl<T: Clone> Source<T> {
    pub(crate) fn new(kind: &'static Kind<T>, flags: Flags) -> Source<T> {
        Source { kind, flags }
    }

    /// Whether the secret is to be read from stdin (`--secret-file -`).
    pub(crate) fn reads_stdin(&self) -> bool {
        self.flags.file.as_deref() == Some(Path::new("-"))
    }

    /// Whether a flag or the environment gives it (rather than a profile).
    pub(crate) fn given(&self) -> bool {
        self.flags.value.is_some() || self.flags.file.is_some() || env_value(self.kind).is_some()
    }

    /// Reads the secret from the first source that gives one; `None` when
    /// none does.
    pub(crate) fn find(&self, profile: Option<&Selected>) -> anyhow::Result<Option<Found<T>>> {
        let kind = self.kind;
        if let Some(text) = &self.flags.value {
            return Ok(Some(checked(kind, text.as_bytes(), kind.flag.to_owned())?));
        }
        if let Some(path) = &self.flags.file {
            let bytes = read_secret_file(path)?;
            let origin = file_origin(kind, path);
            return Ok(Some(checked(kind, trim_newline(&bytes), origin)?));
        }
        if let Some(value) = env_value(kind) {
            return Ok(Some(checked(kind, &value, kind.env.to_owned())?));
        }
        match profile {
            Some(selected) => from_profile(kind, selected),
            None => Ok(None),
        }
    }

    /// Like [`Source::find`], but a missing secret is asked for without
    /// echo when stdin is a terminal, and is a usage error otherwise.
    pub(crate) fn required(&self, profile: Option<&Selected>) -> anyhow::Result<Found<T>> {
        if let Some(found) = self.find(profile)? {
            return Ok(found);
        }
        let kind = self.kind;
        let missing = || {
            let profile = match kind.profile_key {
                Some("secret_file") => ", or use a profile: --profile NAME".to_owned(),
                Some(key) => format!(", or add {key} to a profile"),
                None => String::new(),
            };
            UserError::usage(format!("no {} given", kind.name)).hint(format!(
                "pass {} PATH, set {}, pass {}{profile}",
                kind.file_flag, kind.env, kind.flag
            ))
        };
        if !std::io::stdin().is_terminal() {
            return Err(missing().into());
        }
        let typed = Zeroizing::new(
            rpassword::prompt_password(format!("{} (input hidden): ", kind.name))
                .with_context(|| format!("cannot read the {} from the terminal", kind.name))?,
        );
        if typed.trim().is_empty() {
            return Err(missing().into());
        }
        Ok(checked(
            kind,
            typed.trim().as_bytes(),
            "the prompt".to_owned(),
        )?)
    }

    /// Where [`Source::find`] takes the secret from, in words, without
    /// reading it: `--secret-file secret.txt`, `profile dev (secret_file …)`.
    pub(crate) fn origin(&self, profile: Option<&Selected>) -> String {
        let kind = self.kind;
        if self.flags.value.is_some() {
            return kind.flag.to_owned();
        }
        if let Some(path) = &self.flags.file {
            return file_origin(kind, path);
        }
        if env_value(kind).is_some() {
            return kind.env.to_owned();
        }
        match profile.map(|p| ((kind.in_profile)(p), p)) {
            Some((InProfile::File(path), p)) => profile_file_origin(kind, p, path),
            Some((InProfile::Stored(_), p)) => {
                format!("profile {} (stored in its config)", sanitize(&p.name))
            }
            _ => "the prompt".to_owned(),
        }
    }
}

/// The variable's bytes, when it is set and not empty.
fn env_value<T>(kind: &Kind<T>) -> Option<Zeroizing<Vec<u8>>> {
    std::env::var_os(kind.env)
        .filter(|v| !v.is_empty())
        .map(|v| Zeroizing::new(v.into_encoded_bytes()))
}

fn file_origin<T>(kind: &Kind<T>, path: &Path) -> String {
    if path == Path::new("-") {
        "stdin".to_owned()
    } else {
        format!("{} {}", kind.file_flag, render::path(path))
    }
}

fn profile_file_origin<T>(kind: &Kind<T>, selected: &Selected, path: &Path) -> String {
    format!(
        "profile {} ({} {})",
        sanitize(&selected.name),
        kind.profile_key.unwrap_or("file"),
        render::path(path)
    )
}

/// A profile's secret: its file (a missing or unreadable one is exit 1,
/// naming the file and the profile) or the one stored in the config.
fn from_profile<T: Clone>(kind: &Kind<T>, selected: &Selected) -> anyhow::Result<Option<Found<T>>> {
    match (kind.in_profile)(selected) {
        InProfile::None => Ok(None),
        InProfile::Stored(secret) => {
            selected.check_private_of(kind.name)?;
            Ok(Some(Found {
                secret: secret.clone(),
                origin: format!(
                    "profile {} (stored in its config)",
                    sanitize(&selected.name)
                ),
            }))
        }
        InProfile::File(path) => match read_secret_file(path) {
            Ok(bytes) => {
                let origin = profile_file_origin(kind, selected, path);
                Ok(Some(checked(kind, trim_newline(&bytes), origin)?))
            }
            Err(e) => Err(UserError::new(
                Exit::Other,
                format!("profile {}: {e:#}", sanitize(&selected.name)),
            )
            .hint((kind.fix_profile)(selected))
            .into()),
        },
    }
}

/// The bytes checked, an error naming where they came from (never them).
pub(crate) fn checked<T>(
    kind: &Kind<T>,
    bytes: &[u8],
    origin: String,
) -> Result<Found<T>, UserError> {
    match (kind.parse)(bytes) {
        Ok(secret) => {
            for doubt in (kind.doubts)(bytes) {
                let _ = writeln!(
                    std::io::stderr(),
                    "zego-token: warning: {doubt} (in {origin})"
                );
            }
            Ok(Found { secret, origin })
        }
        Err(mut error) => {
            error.message = format!("{} (in {origin})", error.message);
            Err(error)
        }
    }
}
