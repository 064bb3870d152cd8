//! Reading what the user gives: the secret, the token, times and durations.

use std::io::{IsTerminal, Read, Write as _};
use std::path::Path;

use anyhow::Context as _;
use zego_token::{Failure, Malformed, Repair, Report, Secret, repair};
use zeroize::Zeroizing;

use crate::args::{APP_ID_ENV, ModeArg, SECRET_ENV, SecretArgs};
use crate::exit::{Exit, UserError};
use crate::profile::{SecretSource, Selected};
use crate::render::sanitize;

/// The largest input read as one token. A Token04 body is at most about
/// 128 KiB (two 16-bit lengths), about 175 KiB as base64.
const MAX_TOKEN_INPUT: u64 = 256 * 1024;
/// How much more of oversize input is read, only to count it.
const MAX_COUNTED: u64 = 16 * 1024 * 1024;

/// Whether the secret is to be read from stdin.
pub(crate) fn secret_uses_stdin(args: &SecretArgs) -> bool {
    args.secret_file.as_deref() == Some(Path::new("-"))
}

/// The built-in default of `--effective-time`.
pub(crate) const DEFAULT_EFFECTIVE_TIME: &str = "1h";

/// The ServerSecret from `--secret`, `--secret-file`, the environment or
/// the profile, in that order; `None` when none gives one.
pub(crate) fn secret(
    args: &SecretArgs,
    profile: Option<&Selected>,
) -> anyhow::Result<Option<Secret>> {
    if let Some(s) = &args.secret {
        return Ok(Some(Secret::new(s).map_err(UserError::from)?));
    }
    if let Some(path) = &args.secret_file {
        return Ok(Some(secret_from_file(path)?));
    }
    if let Some(value) = std::env::var_os(SECRET_ENV).filter(|v| !v.is_empty()) {
        let value = Zeroizing::new(value.into_encoded_bytes());
        let secret = Secret::from_bytes(&value).map_err(|e| {
            let mut error = UserError::from(e);
            error.message = format!("{} (in {SECRET_ENV})", error.message);
            error
        })?;
        return Ok(Some(secret));
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
    Ok(Secret::from_bytes(trim_newline(&bytes)).map_err(|e| {
        let mut error = UserError::from(e);
        error.message = format!("{} (in {})", error.message, path.display());
        error
    })?)
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
            Ok(bytes) => Ok(Some(Secret::from_bytes(trim_newline(&bytes)).map_err(|e| {
                let mut error = UserError::from(e);
                error.message = format!(
                    "{} (in {}, the secret_file of profile {})",
                    error.message,
                    path.display(),
                    sanitize(&selected.name)
                );
                error
            })?)),
            Err(e) => Err(UserError::new(
                Exit::Other,
                format!("profile {}: {e:#}", sanitize(&selected.name)),
            )
            .hint(format!(
                "fix its secret_file in {}, or replace the profile: zego-token profile add {} --force --app-id {} --secret-file PATH",
                selected.config.display(),
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
    Ok(Secret::new(typed.trim()).map_err(UserError::from)?)
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

/// The lifetime as written: `--effective-time`, else the profile's, else
/// one hour.
pub(crate) fn effective_time<'a>(arg: Option<&'a str>, profile: Option<&'a Selected>) -> &'a str {
    arg.or_else(|| profile.and_then(|p| p.profile.effective_time.as_deref()))
        .unwrap_or(DEFAULT_EFFECTIVE_TIME)
}

/// The cipher mode: `--mode`, else the profile's, else GCM.
pub(crate) fn mode(arg: Option<ModeArg>, profile: Option<&Selected>) -> ModeArg {
    arg.or_else(|| profile.and_then(|p| p.profile.mode))
        .unwrap_or(ModeArg::Gcm)
}

fn read_secret_file(path: &Path) -> anyhow::Result<Zeroizing<Vec<u8>>> {
    let mut bytes = Zeroizing::new(Vec::new());
    if path == Path::new("-") {
        std::io::stdin()
            .lock()
            .take(1024)
            .read_to_end(&mut bytes)
            .context("cannot read the ServerSecret from stdin")?;
    } else {
        let file = std::fs::File::open(path)
            .with_context(|| format!("cannot read the secret file {}", path.display()))?;
        warn_if_shared(path, &file);
        file.take(1024)
            .read_to_end(&mut bytes)
            .with_context(|| format!("cannot read the secret file {}", path.display()))?;
    }
    Ok(bytes)
}

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
            path.display(),
            path.display()
        );
    }
}

#[cfg(not(unix))]
fn warn_if_shared(_: &Path, _: &std::fs::File) {}

/// Drops one trailing line ending, as editors and `echo` leave one.
fn trim_newline(bytes: &[u8]) -> &[u8] {
    let bytes = bytes.strip_suffix(b"\n").unwrap_or(bytes);
    bytes.strip_suffix(b"\r").unwrap_or(bytes)
}

/// A token as typed or piped, with what was repaired in it.
pub(crate) struct TokenInput {
    pub(crate) token: String,
    pub(crate) repairs: Vec<Repair>,
    /// The length of piped input too long to be a token, which was
    /// counted but not kept.
    pub(crate) oversize: Option<usize>,
}

impl TokenInput {
    /// What `check` finds in the token; for oversize input, that it is
    /// malformed, like any other bad token (so `--json` and `-q` still apply).
    pub(crate) fn report(&self, check: impl FnOnce(&str) -> Report) -> Report {
        match self.oversize {
            None => check(&self.token),
            Some(length) => Report {
                envelope: None,
                claims: None,
                failures: vec![Failure::Malformed(Malformed::TooLong {
                    length,
                    max: zego_token::MAX_TOKEN_LEN,
                })],
            },
        }
    }
}

/// The token from the argument, or from stdin for `-` or no argument.
pub(crate) fn token(arg: Option<&str>, secret_from_stdin: bool) -> anyhow::Result<TokenInput> {
    let raw = match arg {
        Some(t) if t != "-" => t.to_owned(),
        _ => {
            if secret_from_stdin {
                return Err(UserError::usage(
                    "the token and the ServerSecret cannot both come from stdin",
                )
                .hint("pass the token as an argument, or the secret with --secret-file PATH")
                .into());
            }
            match read_token_stdin()? {
                Piped::Text(text) => text,
                Piped::Oversize(length) => {
                    return Ok(TokenInput {
                        token: String::new(),
                        repairs: Vec::new(),
                        oversize: Some(length),
                    });
                }
            }
        }
    };
    let repaired = repair(&raw);
    Ok(TokenInput {
        token: repaired.token,
        repairs: repaired.changes,
        oversize: None,
    })
}

/// What came in on stdin.
enum Piped {
    Text(String),
    /// More than any token; only its length was kept.
    Oversize(usize),
}

fn read_token_stdin() -> anyhow::Result<Piped> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        return Err(UserError::usage("no token given")
            .hint("pass the token as an argument or pipe it in: pbpaste | zego-token decode")
            .into());
    }
    let mut bytes = Vec::new();
    stdin
        .lock()
        .take(MAX_TOKEN_INPUT + 1)
        .read_to_end(&mut bytes)
        .context("cannot read the token from stdin")?;
    if bytes.len() as u64 > MAX_TOKEN_INPUT {
        // Count some more without keeping it, to say how large it was; stop
        // at a bound so endless input (`yes | zego-token decode`) ends too.
        let rest = std::io::copy(&mut stdin.lock().take(MAX_COUNTED), &mut std::io::sink())
            .context("cannot read the token from stdin")?;
        let length = usize::try_from(rest)
            .unwrap_or(usize::MAX)
            .saturating_add(bytes.len());
        return Ok(Piped::Oversize(length));
    }
    Ok(Piped::Text(String::from_utf8_lossy(&bytes).into_owned()))
}

/// Latest time accepted: 9999-12-31T23:59:59Z.
const MAX_TIME: i64 = 253_402_300_799;

/// `--now`: unix seconds or RFC 3339; the clock when absent.
pub(crate) fn now(arg: Option<&str>) -> Result<i64, UserError> {
    match arg {
        None => Ok(chrono::Utc::now().timestamp()),
        Some(s) => parse_time(s),
    }
}

pub(crate) fn parse_time(s: &str) -> Result<i64, UserError> {
    let s = s.trim();
    let secs = match s.parse::<i64>() {
        Ok(secs) => Some(secs),
        Err(_) => chrono::DateTime::parse_from_rfc3339(s)
            .ok()
            .map(|t| t.timestamp()),
    };
    match secs {
        Some(secs) if (0..=MAX_TIME).contains(&secs) => Ok(secs),
        Some(_) => Err(UserError::usage(format!(
            "the time {s:?} is outside 1970 to 9999"
        ))),
        None => Err(UserError::usage(format!("invalid time {s:?}"))
            .hint("give unix seconds (1796000000) or RFC 3339 (2026-11-30T12:00:00Z)")),
    }
}

/// Durations: plain seconds or a number with `s`, `m`, `h`, `d` or `w`.
pub(crate) fn parse_duration(s: &str) -> Result<i64, UserError> {
    let s = s.trim();
    let split = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let (digits, unit) = s.split_at(split);
    let scale = match unit {
        "" | "s" => Some(1),
        "m" | "min" => Some(60),
        "h" => Some(3_600),
        "d" => Some(86_400),
        "w" => Some(604_800),
        _ => None,
    };
    let invalid = || {
        UserError::usage(format!("invalid duration {s:?}"))
            .hint("give seconds (3600) or a number with a unit: 90s, 30m, 2h, 7d")
    };
    let scale = scale.ok_or_else(invalid)?;
    if digits.is_empty() {
        return Err(invalid());
    }
    digits
        .parse::<i64>()
        .ok()
        .and_then(|n| n.checked_mul(scale))
        .ok_or_else(|| UserError::usage(format!("the duration {s:?} is too long")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("3600").ok(), Some(3600));
        assert_eq!(parse_duration("90s").ok(), Some(90));
        assert_eq!(parse_duration("30m").ok(), Some(1800));
        assert_eq!(parse_duration("2h").ok(), Some(7200));
        assert_eq!(parse_duration("7d").ok(), Some(604_800));
        assert_eq!(parse_duration("0").ok(), Some(0));
        for bad in [
            "",
            "h",
            "1x",
            "-5",
            "1.5h",
            "99999999999999999999",
            "9223372036854775807d",
        ] {
            assert!(parse_duration(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn times() {
        assert_eq!(parse_time("1796000000").ok(), Some(1_796_000_000));
        assert_eq!(parse_time("2026-11-30T12:00:00Z").ok(), Some(1_796_040_000));
        assert_eq!(
            parse_time("2026-11-30T20:00:00+08:00").ok(),
            Some(1_796_040_000)
        );
        for bad in ["-1", "yesterday", "2026-11-30", "999999999999999", ""] {
            assert!(parse_time(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn newline_trimming() {
        assert_eq!(trim_newline(b"abc\n"), b"abc");
        assert_eq!(trim_newline(b"abc\r\n"), b"abc");
        assert_eq!(trim_newline(b"abc"), b"abc");
        assert_eq!(trim_newline(b"abc\n\n"), b"abc\n");
    }
}
