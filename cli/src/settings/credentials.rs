//! Where the AppID and the ServerSecret come from. The ServerSecret's
//! sources are the one chain of `secret` (flags, file, environment,
//! profile, prompt); what is particular to it is [`SERVER_SECRET`].

use std::io::{IsTerminal, Write as _};
use std::path::Path;

use anyhow::Context as _;
use zego_token::Secret;
use zeroize::Zeroizing;

use super::files::{read_secret_file, trim_newline};
use super::secret::{Flags, InProfile, Kind, Source, checked};
use crate::args::{ProfileFlags, SecretArgs};
use crate::env::{APP_ID_ENV, SECRET_ENV};
use crate::exit::UserError;
use crate::settings::profile::{self, SecretSource, Selected};
use crate::views::render::{self, sanitize};

/// The ServerSecret's place in the secret chain.
pub(crate) static SERVER_SECRET: Kind<Secret> = Kind {
    name: "ServerSecret",
    flag: "--secret",
    file_flag: "--secret-file",
    env: SECRET_ENV,
    profile_key: Some("secret_file"),
    parse: parse_secret,
    in_profile: secret_in_profile,
    fix_profile: fix_secret_file,
    doubts: secret_doubts,
};

fn parse_secret(bytes: &[u8]) -> Result<Secret, UserError> {
    Secret::from_bytes(bytes).map_err(UserError::from)
}

/// A usable ServerSecret that may not be the console's (whitespace, quotes,
/// a character that is not hex, upper case).
fn secret_doubts(bytes: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(bytes);
    zego_token::diagnose::secret_warnings(&text)
        .iter()
        .map(ToString::to_string)
        .collect()
}

fn secret_in_profile(selected: &Selected) -> InProfile<'_, Secret> {
    match &selected.profile.secret {
        SecretSource::None => InProfile::None,
        SecretSource::File(path) => InProfile::File(path),
        SecretSource::Stored(secret) => InProfile::Stored(secret),
    }
}

fn fix_secret_file(selected: &Selected) -> String {
    format!(
        "fix its secret_file in {}, or replace the profile: zego-token profile add {} --force --app-id {} --secret-file PATH",
        render::path(&selected.config),
        sanitize(&selected.name),
        selected.profile.app_id
    )
}

/// The ServerSecret of the environment or a profile alone, flags aside,
/// with where it came from: what `callback verify` tries when a body does
/// not match the CallbackSecret.
pub(crate) fn ambient_secret(profile: Option<&Selected>) -> Option<(Secret, String)> {
    let source = Source::new(&SERVER_SECRET, Flags::default());
    let found = source.find(profile).ok().flatten()?;
    Some((found.secret, found.origin))
}

/// The profile in use and where the ServerSecret is: found, not yet read.
pub(crate) struct Credentials {
    profile: Option<Selected>,
    secret: Source<Secret>,
}

impl Credentials {
    /// Chooses the profile (`--profile`, `ZEGO_PROFILE`, the config's
    /// default, or none); reads no secret.
    pub(crate) fn select(flags: &ProfileFlags, secret: &SecretArgs) -> anyhow::Result<Self> {
        Ok(Credentials {
            profile: profile::select(flags)?,
            secret: Source::new(
                &SERVER_SECRET,
                Flags::new(secret.secret.as_ref(), secret.secret_file.as_ref()),
            ),
        })
    }

    /// The profile, if one is in use.
    pub(crate) fn profile(&self) -> Option<&Selected> {
        self.profile.as_ref()
    }

    /// Whether the secret is to come from stdin (`--secret-file -`).
    pub(crate) fn secret_from_stdin(&self) -> bool {
        self.secret.reads_stdin()
    }

    /// Reads the ServerSecret, `None` when nothing gives one.
    pub(crate) fn secret(&self) -> anyhow::Result<Option<Secret>> {
        Ok(self.secret.find(self.profile())?.map(|f| f.secret))
    }

    /// Reads the ServerSecret, asking for it at a terminal when nothing
    /// gives one.
    pub(crate) fn required_secret(&self) -> anyhow::Result<Secret> {
        Ok(self.secret.required(self.profile())?.secret)
    }

    /// Where the ServerSecret is taken from, in words (never the secret).
    pub(crate) fn secret_origin(&self) -> String {
        self.secret.origin(self.profile())
    }

    /// Warns when the profile gives only one of the AppID and the
    /// ServerSecret and flags or the environment the other: a token made
    /// with one app's AppID and another app's secret is rejected by the SDK.
    pub(crate) fn warn_if_mixed(&self, app_id_arg: Option<u32>) {
        let Some(selected) = self.profile() else {
            return;
        };
        if matches!(selected.profile.secret, SecretSource::None) {
            return;
        }
        let name = sanitize(&selected.name);
        let warning = match (app_id_arg.is_some(), self.secret.given()) {
            (true, false) => format!(
                "the AppID comes from --app-id or {APP_ID_ENV}, the ServerSecret from profile {name}"
            ),
            (false, true) => format!(
                "the ServerSecret comes from a flag or {SECRET_ENV}, the AppID from profile {name}"
            ),
            _ => return,
        };
        let _ = writeln!(
            std::io::stderr(),
            "zego-token: warning: {warning}; check that both are of the same app"
        );
    }
}

/// The ServerSecret in a file (`-`: stdin), checked; a warning when other
/// users may read the file.
pub(crate) fn secret_from_file(path: &Path) -> anyhow::Result<Secret> {
    let bytes = read_secret_file(path)?;
    let found = checked(&SERVER_SECRET, trim_newline(&bytes), render::path(path))?;
    Ok(found.secret)
}

/// A ServerSecret to be saved in a profile: typed without echo on a
/// terminal, else the first line of stdin. Checked before it is returned.
pub(crate) fn secret_to_save(prompt: &str) -> anyhow::Result<Zeroizing<String>> {
    let text = if std::io::stdin().is_terminal() {
        Zeroizing::new(
            rpassword::prompt_password(prompt)
                .context("cannot read the ServerSecret from the terminal")?,
        )
    } else {
        let bytes = read_secret_file(Path::new("-"))?;
        let line = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        Zeroizing::new(
            std::str::from_utf8(line)
                .map_err(|_| UserError::usage("the ServerSecret on stdin is not UTF-8 text"))?
                .to_owned(),
        )
    };
    let text = Zeroizing::new(text.trim().to_owned());
    if text.is_empty() {
        return Err(UserError::usage("no ServerSecret given")
            .hint("pipe it in, type it at the prompt, or pass --secret-file PATH (preferred)")
            .into());
    }
    checked(
        &SERVER_SECRET,
        text.as_bytes(),
        "the secret given".to_owned(),
    )?;
    Ok(text)
}

/// The AppID: `--app-id` or `ZEGO_APP_ID` (clap reads both, the flag
/// first), else the profile's.
pub(crate) fn app_id(arg: Option<u32>, profile: Option<&Selected>) -> Option<u32> {
    arg.or_else(|| profile.map(|p| p.profile.app_id))
}

/// Like [`app_id`], for commands that cannot do without one.
pub(crate) fn required_app_id(
    arg: Option<u32>,
    profile: Option<&Selected>,
) -> Result<u32, UserError> {
    app_id(arg, profile).ok_or_else(|| {
        UserError::usage("no AppID given").hint(format!(
            "pass --app-id N, set {APP_ID_ENV}, or use a profile: --profile NAME"
        ))
    })
}
