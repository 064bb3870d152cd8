//! Where the AppID and the ServerSecret come from: flags, files, the
//! environment, a profile, or a prompt, in that order.

use std::io::{IsTerminal, Read, Write as _};
use std::path::Path;

use anyhow::Context as _;
use zego_token::Secret;
use zeroize::Zeroizing;

use crate::args::{APP_ID_ENV, ProfileFlags, SECRET_ENV, SecretArgs};
use crate::exit::{Exit, UserError};
use crate::settings::profile::{self, SecretSource, Selected};
use crate::views::render::{self, sanitize};

/// The profile in use and where the ServerSecret is: found, not yet read.
pub(crate) struct Credentials<'a> {
    profile: Option<Selected>,
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
        secret_uses_stdin(self.secret)
    }

    /// Reads the ServerSecret, `None` when nothing gives one.
    pub(crate) fn secret(&self) -> anyhow::Result<Option<Secret>> {
        secret(self.secret, self.profile())
    }

    /// Reads the ServerSecret, asking for it at a terminal when nothing
    /// gives one.
    pub(crate) fn required_secret(&self) -> anyhow::Result<Secret> {
        required_secret(self.secret, self.profile())
    }

    /// Where the ServerSecret is taken from, in words (never the secret).
    pub(crate) fn secret_origin(&self) -> String {
        secret_origin(self.secret, self.profile())
    }

    /// Warns when the AppID and the ServerSecret come from different places.
    pub(crate) fn warn_if_mixed(&self, app_id_arg: Option<u32>) {
        warn_if_mixed(app_id_arg, self.secret, self.profile());
    }
}

/// Whether the secret is to be read from stdin.
pub(crate) fn secret_uses_stdin(args: &SecretArgs) -> bool {
    args.secret_file.as_deref() == Some(Path::new("-"))
}

/// The ServerSecret from `--secret`, `--secret-file`, the environment or
/// the profile, in that order; `None` when none gives one.
pub(crate) fn secret(
    args: &SecretArgs,
    profile: Option<&Selected>,
) -> anyhow::Result<Option<Secret>> {
    if let Some(s) = &args.secret {
        let secret = Secret::new(s).map_err(UserError::from)?;
        warn_if_doubtful(s.as_bytes(), "--secret");
        return Ok(Some(secret));
    }
    if let Some(path) = &args.secret_file {
        return Ok(Some(secret_from_file(path)?));
    }
    if let Some(value) = std::env::var_os(SECRET_ENV).filter(|v| !v.is_empty()) {
        let value = Zeroizing::new(value.into_encoded_bytes());
        return Ok(Some(checked(&value, SECRET_ENV)?));
    }
    match profile {
        Some(selected) => profile_secret(selected),
        None => Ok(None),
    }
}

/// The ServerSecret in a file (`-`: stdin), checked; a warning when other
/// users may read the file.
pub(crate) fn secret_from_file(path: &Path) -> anyhow::Result<Secret> {
    let bytes = read_secret_file(path)?;
    Ok(checked(trim_newline(&bytes), &render::path(path))?)
}

/// A secret checked, its error naming where it came from (never the value).
fn checked(bytes: &[u8], place: &str) -> Result<Secret, UserError> {
    let secret = Secret::from_bytes(bytes).map_err(|e| {
        let mut error = UserError::from(e);
        error.message = format!("{} (in {place})", error.message);
        error
    })?;
    warn_if_doubtful(bytes, place);
    Ok(secret)
}

/// Warns on stderr about a usable secret that may not be the console's
/// (whitespace, quotes, a character that is not hex, upper case). The
/// warnings name positions, never characters of the secret.
fn warn_if_doubtful(bytes: &[u8], place: &str) {
    let text = String::from_utf8_lossy(bytes);
    for warning in zego_token::diagnose::secret_warnings(&text) {
        let _ = writeln!(
            std::io::stderr(),
            "zego-token: warning: {warning} (in {place})"
        );
    }
}

/// A profile's secret: its file (a missing or unreadable one is exit 1,
/// naming the file and the profile) or the one stored in the config, which
/// must then be private.
fn profile_secret(selected: &Selected) -> anyhow::Result<Option<Secret>> {
    match &selected.profile.secret {
        SecretSource::None => Ok(None),
        SecretSource::Stored(secret) => {
            selected.check_private()?;
            Ok(Some(Secret::clone(secret)))
        }
        SecretSource::File(path) => match read_secret_file(path) {
            Ok(bytes) => {
                let place = format!(
                    "{}, the secret_file of profile {}",
                    render::path(path),
                    sanitize(&selected.name)
                );
                Ok(Some(checked(trim_newline(&bytes), &place)?))
            }
            Err(e) => Err(UserError::new(
                Exit::Other,
                format!("profile {}: {e:#}", sanitize(&selected.name)),
            )
            .hint(format!(
                "fix its secret_file in {}, or replace the profile: zego-token profile add {} --force --app-id {} --secret-file PATH",
                render::path(&selected.config),
                sanitize(&selected.name),
                selected.profile.app_id
            ))
            .into()),
        },
    }
}

/// Like [`secret`], but a missing secret is asked for without echo when
/// stdin is a terminal, and is a usage error otherwise.
pub(crate) fn required_secret(
    args: &SecretArgs,
    profile: Option<&Selected>,
) -> anyhow::Result<Secret> {
    if let Some(secret) = secret(args, profile)? {
        return Ok(secret);
    }
    let missing = || {
        UserError::usage("no ServerSecret given").hint(format!(
            "pass --secret-file PATH, set {SECRET_ENV}, pass --secret, or use a profile: --profile NAME"
        ))
    };
    if !std::io::stdin().is_terminal() {
        return Err(missing().into());
    }
    let typed = Zeroizing::new(
        rpassword::prompt_password("ServerSecret (input hidden): ")
            .context("cannot read the ServerSecret from the terminal")?,
    );
    if typed.trim().is_empty() {
        return Err(missing().into());
    }
    let secret = Secret::new(typed.trim()).map_err(UserError::from)?;
    warn_if_doubtful(typed.trim().as_bytes(), "the prompt");
    Ok(secret)
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
    Secret::new(&text).map_err(UserError::from)?;
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

/// Warns when the profile gives only one of the AppID and the ServerSecret
/// and flags or the environment the other: a token made with one app's
/// AppID and another app's secret is rejected by the SDK.
pub(crate) fn warn_if_mixed(
    app_id_arg: Option<u32>,
    args: &SecretArgs,
    profile: Option<&Selected>,
) {
    let Some(selected) = profile else { return };
    if matches!(selected.profile.secret, SecretSource::None) {
        return;
    }
    let secret_given = args.secret.is_some()
        || args.secret_file.is_some()
        || std::env::var_os(SECRET_ENV).is_some_and(|v| !v.is_empty());
    let name = sanitize(&selected.name);
    let warning = match (app_id_arg.is_some(), secret_given) {
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

/// Where [`secret`] takes the ServerSecret from, in words, e.g.
/// `--secret-file secret.txt` or `profile dev (its secret_file)`.
pub(crate) fn secret_origin(args: &SecretArgs, profile: Option<&Selected>) -> String {
    if args.secret.is_some() {
        return "--secret".to_owned();
    }
    if let Some(path) = &args.secret_file {
        return match path.to_str() {
            Some("-") => "stdin".to_owned(),
            _ => format!("--secret-file {}", render::path(path)),
        };
    }
    if std::env::var_os(SECRET_ENV).is_some_and(|v| !v.is_empty()) {
        return SECRET_ENV.to_owned();
    }
    match profile.map(|p| (&p.profile.secret, sanitize(&p.name))) {
        Some((SecretSource::File(path), name)) => {
            format!("profile {name} (secret_file {})", render::path(path))
        }
        Some((SecretSource::Stored(_), name)) => format!("profile {name} (stored in its config)"),
        _ => "the prompt".to_owned(),
    }
}

/// The bytes of a secret file (`-`: stdin), with a warning when others
/// may read it.
pub(crate) fn read_secret_file(path: &Path) -> anyhow::Result<Zeroizing<Vec<u8>>> {
    let mut bytes = Zeroizing::new(Vec::new());
    // One byte past the most kept, so that more is seen and refused, not
    // cut to a secret that was never written (`/dev/zero`).
    let limit = MAX_SECRET_FILE + 1;
    let place = if path == Path::new("-") {
        std::io::stdin()
            .lock()
            .take(limit)
            .read_to_end(&mut bytes)
            .context("cannot read the secret from stdin")?;
        "stdin".to_owned()
    } else {
        let shown = render::path(path);
        let file = std::fs::File::open(path)
            .with_context(|| format!("cannot read the secret file {shown}"))?;
        warn_if_shared(path, &file);
        file.take(limit)
            .read_to_end(&mut bytes)
            .with_context(|| format!("cannot read the secret file {shown}"))?;
        format!("the secret file {shown}")
    };
    if bytes.len() as u64 > MAX_SECRET_FILE {
        return Err(UserError::usage(format!(
            "{place} holds over {} KiB: that is no secret",
            MAX_SECRET_FILE / 1024
        ))
        .hint("give the file that holds only the secret")
        .into());
    }
    Ok(bytes)
}

/// The most read of a secret file: a secret is a line; a CallbackSecret
/// at most 1 KiB.
const MAX_SECRET_FILE: u64 = 4096;

/// Warns, as ssh does for keys, when other users may read the secret file.
#[cfg(unix)]
fn warn_if_shared(path: &Path, file: &std::fs::File) {
    use std::io::Write as _;
    use std::os::unix::fs::PermissionsExt as _;
    let Ok(meta) = file.metadata() else { return };
    let mode = meta.permissions().mode() & 0o777;
    if meta.is_file() && mode & 0o077 != 0 {
        let _ = writeln!(
            std::io::stderr(),
            "zego-token: warning: the secret file {} is accessible by other users (mode {mode:03o}); run: chmod 600 {}",
            render::path(path),
            render::path(path)
        );
    }
}

#[cfg(not(unix))]
fn warn_if_shared(_: &Path, _: &std::fs::File) {}

/// Drops one trailing line ending, as editors and `echo` leave one.
pub(crate) fn trim_newline(bytes: &[u8]) -> &[u8] {
    let bytes = bytes.strip_suffix(b"\n").unwrap_or(bytes);
    bytes.strip_suffix(b"\r").unwrap_or(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newline_trimming() {
        assert_eq!(trim_newline(b"abc\n"), b"abc");
        assert_eq!(trim_newline(b"abc\r\n"), b"abc");
        assert_eq!(trim_newline(b"abc"), b"abc");
        assert_eq!(trim_newline(b"abc\n\n"), b"abc\n");
    }
}
