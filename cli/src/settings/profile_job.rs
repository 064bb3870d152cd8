//! `profile`'s settings: which config file, and what to do to it. The
//! checks of a name, an AppID or a lifetime stay with the command, in the
//! order it reports them.

use std::path::PathBuf;

use zego_token::Mode;

use super::profile::{config_path, no_config_dir};
use crate::args::{ProfileArgs, ProfileCommand};

/// `profile`, resolved.
pub(crate) struct ProfileJob {
    /// The config file the job reads and writes.
    pub(crate) path: PathBuf,
    pub(crate) action: ProfileAction,
}

/// What `profile` is asked to do.
pub(crate) enum ProfileAction {
    Add(ProfileAdd),
    List,
    Remove(String),
    /// `profile default`: show, choose or unset the default profile.
    Default(DefaultChoice),
}

/// `profile default`'s choice.
pub(crate) enum DefaultChoice {
    Show,
    Set(String),
    Unset,
}

/// `profile add`, as given: checked by the command.
pub(crate) struct ProfileAdd {
    pub(crate) name: String,
    pub(crate) app_id: u32,
    pub(crate) secret_file: Option<PathBuf>,
    pub(crate) no_secret: bool,
    pub(crate) callback_secret_file: Option<PathBuf>,
    pub(crate) effective_time: Option<String>,
    pub(crate) mode: Option<Mode>,
    pub(crate) default: bool,
    pub(crate) force: bool,
}

/// Resolves `profile`'s arguments. The config's place comes first: no
/// action works without it.
pub(crate) fn profile(args: &ProfileArgs) -> anyhow::Result<ProfileJob> {
    let path = config_path().ok_or_else(no_config_dir)?;
    let action = match &args.command {
        ProfileCommand::Add(add) => ProfileAction::Add(ProfileAdd {
            name: add.name.clone(),
            app_id: add.app_id,
            secret_file: add.secret_file.clone(),
            no_secret: add.no_secret,
            callback_secret_file: add.callback_secret_file.clone(),
            effective_time: add.effective_time.clone(),
            mode: add.mode,
            default: add.default,
            force: add.force,
        }),
        ProfileCommand::List => ProfileAction::List,
        ProfileCommand::Remove(name) => ProfileAction::Remove(name.name.clone()),
        ProfileCommand::Default(default) => {
            ProfileAction::Default(match (&default.name, default.unset) {
                (_, true) => DefaultChoice::Unset,
                (Some(name), false) => DefaultChoice::Set(name.clone()),
                (None, false) => DefaultChoice::Show,
            })
        }
    };
    Ok(ProfileJob { path, action })
}
