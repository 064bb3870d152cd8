//! `zego-token profile`: add, list, remove and choose credential profiles.
//! Secrets are never printed: `list` says where each one comes from.

use std::io::Write;
use std::path::Path;

use crate::exit::{Exit, UserError};
use crate::settings::credentials;
use crate::settings::profile::{
    self, CallbackSource, Config, Editor, Entry, EntrySecret, SecretSource,
};
use crate::settings::time;
use crate::settings::{DefaultChoice, ProfileAction, ProfileAdd, ProfileJob};
use crate::views::render::sanitize;

/// Longest profile name.
const MAX_NAME: usize = 64;

pub(crate) fn run(job: ProfileJob, out: &mut impl Write) -> anyhow::Result<Exit> {
    let path = &job.path;
    match &job.action {
        ProfileAction::Add(add_args) => add(add_args, path),
        ProfileAction::List => list(path, out),
        ProfileAction::Remove(name) => remove(name, path),
        ProfileAction::Default(choice) => default(choice, path, out),
    }
}

fn check_name(name: &str) -> Result<(), UserError> {
    let ok = !name.is_empty()
        && name.len() <= MAX_NAME
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if ok {
        Ok(())
    } else {
        Err(
            UserError::usage(format!("invalid profile name {:?}", sanitize(name))).hint(format!(
                "use 1 to {MAX_NAME} letters, digits, '-' or '_', e.g. dev, staging, prod-eu"
            )),
        )
    }
}

fn add(args: &ProfileAdd, path: &Path) -> anyhow::Result<Exit> {
    let name = args.name.as_str();
    check_name(name)?;
    zego_token::format::validate_app_id(args.app_id).map_err(UserError::from)?;
    if let Some(text) = &args.effective_time {
        let seconds = profile::parse_lifetime(text)?;
        if let Some(warning) = time::lifetime_warning(text, seconds) {
            let _ = writeln!(std::io::stderr(), "{warning}");
        }
    }
    let mut editor = Editor::open(path)?;
    if editor.contains(name) && !args.force {
        return Err(UserError::usage(format!(
            "a profile named {name} is already in {}",
            path.display()
        ))
        .hint("pass --force to replace it, or choose another name")
        .into());
    }
    let callback_file = match &args.callback_secret_file {
        Some(given) if given == Path::new("-") => {
            return Err(
                UserError::usage("a profile's callback secret file cannot be stdin")
                    .hint("give the path of a file holding the CallbackSecret")
                    .into(),
            );
        }
        // Checked now, saved as an absolute path like the secret file.
        Some(given) => {
            crate::settings::callback_secret::check_file(given)?;
            Some(std::path::absolute(given)?)
        }
        None => None,
    };
    // The secret last: it may be asked for.
    let file;
    let stored;
    let secret = match (&args.secret_file, args.no_secret) {
        (Some(given), _) => {
            if given == Path::new("-") {
                return Err(UserError::usage("a profile's secret file cannot be stdin")
                    .hint("leave out --secret-file to pipe the secret in; it is then saved in the config file")
                    .into());
            }
            // Checked now (and warned about if others can read it), saved as
            // an absolute path so it works from any directory.
            credentials::secret_from_file(given)?;
            file = std::path::absolute(given)?;
            EntrySecret::File(&file)
        }
        (None, true) => EntrySecret::None,
        (None, false) => {
            stored =
                credentials::secret_to_save(&format!("ServerSecret of {name} (input hidden): "))?;
            EntrySecret::Stored(&stored)
        }
    };
    let make_default = args.default || (editor.default().is_none() && editor.names().is_empty());
    let entry = Entry {
        app_id: args.app_id,
        secret,
        effective_time: args.effective_time.as_deref(),
        mode: args.mode,
        callback_secret_file: callback_file.as_deref(),
    };
    editor.insert(name, &entry)?;
    if make_default {
        editor.set_default(Some(name));
    }
    editor.save()?;
    let mut err = std::io::stderr().lock();
    writeln!(
        err,
        "saved profile {name} (app {}, secret {}) in {}",
        args.app_id,
        describe_entry(&entry.secret),
        path.display()
    )?;
    if make_default {
        writeln!(err, "{name} is the default profile")?;
    }
    Ok(Exit::Ok)
}

fn describe_entry(secret: &EntrySecret<'_>) -> String {
    match secret {
        EntrySecret::None => "none: from flags or the environment".to_owned(),
        EntrySecret::File(path) => format!("from file {}", path.display()),
        EntrySecret::Stored(_) => "stored in the config file".to_owned(),
    }
}

fn list(path: &Path, out: &mut impl Write) -> anyhow::Result<Exit> {
    let config = match Config::load(path)? {
        Some(config) if !config.profiles.is_empty() => config,
        _ => {
            writeln!(
                std::io::stderr().lock(),
                "no profiles in {}\n  hint: add one: zego-token profile add NAME --app-id N --secret-file PATH",
                path.display()
            )?;
            return Ok(Exit::Ok);
        }
    };
    let stores_secrets = config.profiles.values().any(|p| {
        matches!(p.secret, SecretSource::Stored(_))
            || matches!(p.callback_secret, CallbackSource::Stored(_))
    });
    if let (Some(mode), true) = (config.shared, stores_secrets) {
        writeln!(
            std::io::stderr().lock(),
            "zego-token: warning: {} stores secrets and is accessible by other users (mode {mode:03o}); its secrets are refused until you run: chmod 600 {}",
            path.display(),
            path.display()
        )?;
    }
    let rows: Vec<[String; 5]> = config
        .profiles
        .iter()
        .map(|(name, p)| {
            let mark = if config.default.as_deref() == Some(name) {
                "*"
            } else {
                " "
            };
            let mut defaults = Vec::new();
            if let Some(lifetime) = &p.effective_time {
                defaults.push(format!("effective_time {}", sanitize(lifetime)));
            }
            if let Some(mode) = p.mode {
                defaults.push(format!("mode {}", mode.as_str()));
            }
            [
                mark.to_owned(),
                sanitize(name).into_owned(),
                p.app_id.to_string(),
                match &p.callback_secret {
                    CallbackSource::None => secret_source(&p.secret),
                    CallbackSource::File(path) => format!(
                        "{}; callback: {}",
                        secret_source(&p.secret),
                        secret_source(&SecretSource::File(path.clone()))
                    ),
                    CallbackSource::Stored(_) => {
                        format!("{}; callback: stored in config", secret_source(&p.secret))
                    }
                },
                if defaults.is_empty() {
                    "-".to_owned()
                } else {
                    defaults.join(", ")
                },
            ]
        })
        .collect();
    let header = [
        String::new(),
        "NAME".to_owned(),
        "APP ID".to_owned(),
        "SECRET".to_owned(),
        "DEFAULTS".to_owned(),
    ];
    let width = |i: usize| {
        rows.iter()
            .chain([&header])
            .map(|r| r[i].chars().count())
            .max()
            .unwrap_or(0)
    };
    let (w1, w2, w3) = (width(1), width(2), width(3));
    for row in [&header].into_iter().chain(&rows) {
        let line = format!(
            "{:<1} {:<w1$}  {:<w2$}  {:<w3$}  {}",
            row[0], row[1], row[2], row[3], row[4]
        );
        writeln!(out, "{}", line.trim_end())?;
    }
    let default = match &config.default {
        Some(name) if config.profiles.contains_key(name) => "* the default profile; ".to_owned(),
        Some(name) => format!(
            "the default {:?} names no profile; ",
            sanitize(name).into_owned()
        ),
        None => String::new(),
    };
    writeln!(out, "({default}config: {})", path.display())?;
    Ok(Exit::Ok)
}

/// Where a profile's secret comes from, as `list` shows it: the path of a
/// file (and whether it is missing or readable by others), never a secret.
fn secret_source(secret: &SecretSource) -> String {
    match secret {
        SecretSource::None => "none".to_owned(),
        SecretSource::Stored(_) => "stored in config".to_owned(),
        SecretSource::File(path) => {
            let shown = sanitize(&path.display().to_string()).into_owned();
            match std::fs::File::open(path) {
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    format!("file {shown} (missing)")
                }
                Err(_) => format!("file {shown} (unreadable)"),
                Ok(file) => match profile::shared_mode(&file) {
                    Some(mode) => format!("file {shown} (mode {mode:03o}: readable by others)"),
                    None => format!("file {shown}"),
                },
            }
        }
    }
}

fn remove(name: &str, path: &Path) -> anyhow::Result<Exit> {
    let mut editor = Editor::open(path)?;
    if !editor.remove(name) {
        return Err(profile::unknown(name, None, path, &editor.names()).into());
    }
    let was_default = editor.default() == Some(name);
    if was_default {
        editor.set_default(None);
    }
    editor.save()?;
    let mut err = std::io::stderr().lock();
    writeln!(
        err,
        "removed profile {} from {}",
        sanitize(name),
        path.display()
    )?;
    if was_default {
        writeln!(
            err,
            "there is no default profile now; choose one: zego-token profile default NAME"
        )?;
    }
    Ok(Exit::Ok)
}

fn default(choice: &DefaultChoice, path: &Path, out: &mut impl Write) -> anyhow::Result<Exit> {
    let mut editor = Editor::open(path)?;
    let name = match choice {
        DefaultChoice::Unset => {
            if editor.default().is_some() {
                editor.set_default(None);
                editor.save()?;
            }
            writeln!(std::io::stderr().lock(), "there is no default profile now")?;
            return Ok(Exit::Ok);
        }
        DefaultChoice::Show => {
            match editor.default() {
                Some(name) => writeln!(out, "{}", sanitize(name))?,
                None => writeln!(std::io::stderr().lock(), "there is no default profile")?,
            }
            return Ok(Exit::Ok);
        }
        DefaultChoice::Set(name) => name,
    };
    if !editor.contains(name) {
        return Err(profile::unknown(name, None, path, &editor.names()).into());
    }
    editor.set_default(Some(name));
    editor.save()?;
    writeln!(
        std::io::stderr().lock(),
        "{} is the default profile",
        sanitize(name)
    )?;
    Ok(Exit::Ok)
}
