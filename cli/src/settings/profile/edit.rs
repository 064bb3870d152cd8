//! Changing the config file: edits through `toml_edit`, so the user's
//! comments and layout survive, written atomically and owner-only.

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::Context as _;

use super::config::{located, read};
use crate::exit::UserError;
use zego_token::Mode;

/// What `profile add` saves.
pub(crate) struct Entry<'a> {
    pub(crate) app_id: u32,
    pub(crate) secret: EntrySecret<'a>,
    pub(crate) effective_time: Option<&'a str>,
    pub(crate) mode: Option<Mode>,
    /// Where the CallbackSecret is (its path is saved).
    pub(crate) callback_secret_file: Option<&'a Path>,
}

/// Where a saved profile's secret is: nowhere, a file (its path is
/// saved), or the config itself.
pub(crate) enum EntrySecret<'a> {
    None,
    File(&'a Path),
    Stored(&'a str),
}

/// The config file opened for an edit that keeps its comments and layout.
pub(crate) struct Editor {
    pub(crate) path: PathBuf,
    doc: toml_edit::DocumentMut,
    /// Held from the read to the write, so that two edits at once take
    /// turns instead of one saving over the other's change.
    _lock: Lock,
}

impl Editor {
    /// Opens the config file, or an empty one when it does not exist yet,
    /// waiting for any other edit of it to finish first.
    pub(crate) fn open(path: &Path) -> anyhow::Result<Editor> {
        let lock = Lock::take(path)?;
        let text = read(path)?.map(|(text, _)| text).unwrap_or_default();
        let doc: toml_edit::DocumentMut = text
            .parse()
            .map_err(|e: toml_edit::TomlError| located(path, &text, e.span(), e.message()))?;
        let shape = |what: &str| {
            UserError::usage(format!("{}: {what}", path.display()))
                .hint("fix the config file; its format is in 'zego-token profile --help'")
        };
        if doc.get("profiles").is_some_and(|p| !p.is_table()) {
            return Err(shape("`profiles` must be a table ([profiles.NAME] sections)").into());
        }
        if doc.get("default").is_some_and(|d| !d.is_str()) {
            return Err(shape("`default` must be a profile name in quotes").into());
        }
        Ok(Editor {
            path: path.to_owned(),
            doc,
            _lock: lock,
        })
    }

    fn profiles(&self) -> Option<&toml_edit::Table> {
        self.doc.get("profiles").and_then(toml_edit::Item::as_table)
    }

    /// The profile names, in file order.
    pub(crate) fn names(&self) -> Vec<&str> {
        self.profiles()
            .map(|t| t.iter().map(|(name, _)| name).collect())
            .unwrap_or_default()
    }

    pub(crate) fn contains(&self, name: &str) -> bool {
        self.profiles().is_some_and(|t| t.contains_key(name))
    }

    pub(crate) fn default(&self) -> Option<&str> {
        self.doc.get("default").and_then(toml_edit::Item::as_str)
    }

    pub(crate) fn set_default(&mut self, name: Option<&str>) {
        match name {
            Some(name) => {
                self.doc.insert("default", toml_edit::value(name));
            }
            None => {
                self.doc.remove("default");
            }
        }
    }

    /// Adds or replaces a profile.
    pub(crate) fn insert(&mut self, name: &str, entry: &Entry<'_>) -> Result<(), UserError> {
        let mut table = toml_edit::Table::new();
        table.insert("app_id", toml_edit::value(i64::from(entry.app_id)));
        match entry.secret {
            EntrySecret::None => {}
            EntrySecret::File(path) => {
                let text = path.to_str().ok_or_else(|| {
                    UserError::usage(format!(
                        "the path {} is not UTF-8 and cannot be saved in TOML",
                        path.display()
                    ))
                })?;
                table.insert("secret_file", toml_edit::value(text));
            }
            EntrySecret::Stored(secret) => {
                table.insert("secret", toml_edit::value(secret));
            }
        }
        if let Some(text) = entry.effective_time {
            table.insert("effective_time", toml_edit::value(text));
        }
        if let Some(mode) = entry.mode {
            table.insert("mode", toml_edit::value(mode.as_str()));
        }
        if let Some(path) = entry.callback_secret_file {
            let text = path.to_str().ok_or_else(|| {
                UserError::usage(format!(
                    "the path {} is not UTF-8 and cannot be saved in TOML",
                    path.display()
                ))
            })?;
            table.insert("callback_secret_file", toml_edit::value(text));
        }
        if !self.doc.contains_key("profiles") {
            let mut profiles = toml_edit::Table::new();
            profiles.set_implicit(true);
            self.doc
                .insert("profiles", toml_edit::Item::Table(profiles));
        }
        let profiles = self
            .doc
            .get_mut("profiles")
            .and_then(toml_edit::Item::as_table_mut)
            .ok_or_else(|| UserError::usage("`profiles` must be a table"))?;
        // A replaced profile keeps its place in the file.
        if let Some(old) = profiles.get(name).and_then(toml_edit::Item::as_table)
            && let Some(position) = old.position()
        {
            table.set_position(Some(position));
        }
        profiles.insert(name, toml_edit::Item::Table(table));
        Ok(())
    }

    /// Removes a profile; `false` when there is none of that name.
    pub(crate) fn remove(&mut self, name: &str) -> bool {
        self.doc
            .get_mut("profiles")
            .and_then(toml_edit::Item::as_table_mut)
            .is_some_and(|t| t.remove(name).is_some())
    }

    /// Writes the edited file: atomically, owner-only.
    pub(crate) fn save(&self) -> anyhow::Result<()> {
        write_atomic(&self.path, self.doc.to_string().as_bytes())
    }
}

/// An exclusive lock on the config file's directory (the file itself is
/// replaced by each save, so a lock on it would not outlive one), released
/// when dropped or when the process ends, however it ends.
#[allow(dead_code, reason = "held, never read: closing it unlocks")]
struct Lock(#[cfg(unix)] fs::File);

impl Lock {
    #[cfg(unix)]
    fn take(path: &Path) -> anyhow::Result<Lock> {
        let dir = match path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir,
            _ => Path::new("."),
        };
        let context = || format!("cannot lock {} for the edit", dir.display());
        create_private_dir(dir).with_context(context)?;
        let dir = fs::File::open(dir).with_context(context)?;
        rustix::fs::flock(&dir, rustix::fs::FlockOperation::LockExclusive).with_context(context)?;
        Ok(Lock(dir))
    }

    #[cfg(not(unix))]
    fn take(_: &Path) -> anyhow::Result<Lock> {
        Ok(Lock())
    }
}

/// Replaces the file at `path` so that a crash leaves either the old file
/// or the new one, never half of it: a temporary file in the same
/// directory, created owner-only (0600), written, flushed to disk, then
/// renamed over the old one. A missing directory is created owner-only
/// (0700). A symlinked config file stays a symlink: its target is replaced.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let target = fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
    let dir = match target.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let context = || format!("cannot write the config file {}", target.display());
    create_private_dir(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut temp = private_temp_builder(&format!(".{name}."))
        .tempfile_in(dir)
        .with_context(context)?;
    temp.write_all(bytes).with_context(context)?;
    temp.as_file().sync_all().with_context(context)?;
    temp.persist(&target)
        .map_err(|e| e.error)
        .with_context(context)?;
    // The rename itself reaches the disk when the directory does.
    #[cfg(unix)]
    if let Ok(dir) = fs::File::open(dir) {
        let _ = dir.sync_all();
    }
    Ok(())
}

fn private_temp_builder(prefix: &str) -> tempfile::Builder<'_, 'static> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(prefix).suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        builder.permissions(fs::Permissions::from_mode(0o600));
    }
    builder
}

fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt as _;
        builder.mode(0o700);
    }
    builder.create(dir)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::profile::Config;
    use zego_token::Mode;

    #[test]
    fn edits_keep_comments_and_put_default_first() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("config.toml");
        fs::write(
            &path,
            "# my profiles\n\n[profiles.old] # keep me\napp_id = 9\n",
        )
        .expect("w");
        let mut editor = Editor::open(&path).expect("opens");
        let entry = Entry {
            app_id: 5,
            secret: EntrySecret::File(Path::new("/s/new.secret")),
            effective_time: Some("2h"),
            mode: Some(Mode::Cbc),
            callback_secret_file: None,
        };
        editor.insert("new", &entry).expect("inserts");
        editor.set_default(Some("new"));
        editor.save().expect("saves");
        let text = fs::read_to_string(&path).expect("reads");
        assert!(
            text.contains("# my profiles") && text.contains("# keep me"),
            "{text}"
        );
        let config = Config::parse(&path, &text).expect("still valid");
        assert_eq!(config.default.as_deref(), Some("new"));
        assert_eq!(config.profiles["new"].app_id, 5);
        assert_eq!(config.profiles["new"].mode, Some(Mode::Cbc));
        assert_eq!(config.profiles["old"].app_id, 9);
        // An edit holds the lock until it is dropped.
        drop(editor);
        let mut editor = Editor::open(&path).expect("opens");
        assert_eq!(editor.names(), ["old", "new"]);
        assert!(editor.remove("old"));
        assert!(!editor.remove("old"));
        editor.save().expect("saves");
        let names = fs::read_dir(dir.path()).expect("lists").count();
        assert_eq!(names, 1, "a temporary file was left behind");
    }
}
