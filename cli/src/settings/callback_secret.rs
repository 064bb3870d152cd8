//! Where the CallbackSecret comes from: `--secret`, `--secret-file`,
//! `ZEGO_CALLBACK_SECRET`, a profile, or a prompt, in that order. Files
//! and stored secrets follow the ServerSecret's permission rules.

use std::io::{IsTerminal, Read as _};
use std::path::Path;

use anyhow::Context as _;
use zego_token::signature::{CallbackSecret, CallbackSecretError};
use zeroize::Zeroizing;

use crate::args::{CALLBACK_SECRET_ENV, CallbackSecretArgs};
use crate::exit::{Exit, UserError};
use crate::settings::credentials;
use crate::settings::profile::{CallbackSource, Selected};
use crate::views::render::{self, sanitize};

/// A CallbackSecret and where it came from, in words.
pub(crate) struct Resolved {
    pub(crate) secret: CallbackSecret,
    pub(crate) origin: String,
}

/// Whether the secret is to be read from stdin.
pub(crate) fn uses_stdin(args: &CallbackSecretArgs) -> bool {
    args.secret_file.as_deref() == Some(Path::new("-"))
}

/// The CallbackSecret; a missing one is asked for without echo when stdin
/// is a terminal, and is a usage error otherwise.
pub(crate) fn required(
    args: &CallbackSecretArgs,
    profile: Option<&Selected>,
) -> anyhow::Result<Resolved> {
    if let Some(found) = given(args, profile)? {
        return Ok(found);
    }
    let missing = || {
        UserError::usage("no CallbackSecret given").hint(format!(
            "pass --secret-file PATH, set {CALLBACK_SECRET_ENV}, pass --secret, or add callback_secret_file to a profile"
        ))
    };
    if !std::io::stdin().is_terminal() {
        return Err(missing().into());
    }
    let typed = Zeroizing::new(
        rpassword::prompt_password("CallbackSecret (input hidden): ")
            .context("cannot read the CallbackSecret from the terminal")?,
    );
    if typed.trim().is_empty() {
        return Err(missing().into());
    }
    Ok(Resolved {
        secret: checked(typed.trim().as_bytes(), "the prompt")?,
        origin: "the prompt".to_owned(),
    })
}

fn given(
    args: &CallbackSecretArgs,
    profile: Option<&Selected>,
) -> anyhow::Result<Option<Resolved>> {
    let found = |secret, origin: String| Ok(Some(Resolved { secret, origin }));
    if let Some(text) = &args.secret {
        return found(checked(text.as_bytes(), "--secret")?, "--secret".to_owned());
    }
    if let Some(path) = &args.secret_file {
        if path == Path::new("-") {
            let mut bytes = Zeroizing::new(Vec::new());
            std::io::stdin()
                .lock()
                .take(4096)
                .read_to_end(&mut bytes)
                .context("cannot read the CallbackSecret from stdin")?;
            let secret = checked(credentials::trim_newline(&bytes), "stdin")?;
            return found(secret, "stdin".to_owned());
        }
        let bytes = credentials::read_secret_file(path)?;
        let origin = format!("--secret-file {}", render::path(path));
        return found(checked(credentials::trim_newline(&bytes), &origin)?, origin);
    }
    if let Some(value) = std::env::var_os(CALLBACK_SECRET_ENV).filter(|v| !v.is_empty()) {
        let value = Zeroizing::new(value.into_encoded_bytes());
        let secret = checked(&value, CALLBACK_SECRET_ENV)?;
        return found(secret, CALLBACK_SECRET_ENV.to_owned());
    }
    let Some(selected) = profile else {
        return Ok(None);
    };
    let name = sanitize(&selected.name).into_owned();
    match &selected.profile.callback_secret {
        CallbackSource::None => Ok(None),
        CallbackSource::Stored(secret) => {
            selected.check_private_of("CallbackSecret")?;
            found(
                CallbackSecret::clone(secret),
                format!("profile {name} (stored in its config)"),
            )
        }
        CallbackSource::File(path) => match credentials::read_secret_file(path) {
            Ok(bytes) => {
                let origin = format!(
                    "profile {name} (callback_secret_file {})",
                    render::path(path)
                );
                found(checked(credentials::trim_newline(&bytes), &origin)?, origin)
            }
            Err(e) => Err(
                UserError::new(Exit::Other, format!("profile {name}: {e:#}"))
                    .hint(format!(
                        "fix its callback_secret_file in {}",
                        render::path(&selected.config)
                    ))
                    .into(),
            ),
        },
    }
}

/// Checks the CallbackSecret in a file (for `profile add`), warning when
/// others may read the file.
pub(crate) fn check_file(path: &Path) -> anyhow::Result<()> {
    let bytes = credentials::read_secret_file(path)?;
    checked(credentials::trim_newline(&bytes), &render::path(path))?;
    Ok(())
}

/// A secret checked, its error naming where it came from (never the value).
fn checked(bytes: &[u8], place: &str) -> Result<CallbackSecret, UserError> {
    CallbackSecret::from_bytes(bytes).map_err(|e| {
        let hint = match e {
            CallbackSecretError::Empty => {
                "copy the CallbackSecret from the project's callback configuration in the ZEGOCLOUD Admin Console"
            }
            _ => "a CallbackSecret is a short string from the project's callback configuration",
        };
        UserError::usage(format!("{e} (in {place})")).hint(hint)
    })
}
