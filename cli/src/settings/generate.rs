//! `generate`'s settings.

use std::path::PathBuf;

use zego_token::{Mode, Privilege, Version};

use super::credentials::{self, Credentials};
use super::defaults::{effective_time, mode};
use super::time;
use crate::args::{GenerateArgs, ProfileFlags};
use crate::exit::UserError;

/// Who the tokens are for.
pub(crate) enum Users {
    One(String),
    /// One per line of this file (`-`: stdin).
    FromFile(PathBuf),
}

/// `generate`, resolved: everything but the user ids is checked by the
/// command when it makes its recipe.
pub(crate) struct Generate {
    pub(crate) credentials: Credentials,
    pub(crate) app_id: u32,
    /// `--app-id` (or `ZEGO_APP_ID`) itself, for the mixed-sources warning.
    pub(crate) app_id_arg: Option<u32>,
    pub(crate) users: Users,
    /// As typed (or the profile's, or the default): `3600`, `30m`, ...
    pub(crate) effective_time: String,
    pub(crate) privilege: Option<Privilege>,
    pub(crate) payload: Option<String>,
    pub(crate) version: Version,
    pub(crate) mode: Mode,
    /// `--kit`: the suffix's room and user name.
    pub(crate) kit: Option<(Option<String>, Option<String>)>,
    pub(crate) now: i64,
    pub(crate) json: bool,
}

/// Resolves `generate`'s arguments, in the order their errors are reported.
pub(crate) fn generate(args: &GenerateArgs, flags: &ProfileFlags) -> anyhow::Result<Generate> {
    let credentials = Credentials::select(flags, &args.secret)?;
    let profile = credentials.profile();
    let now = time::now(args.now.as_deref())?;
    let version = args.token_version;
    if version == Version::V03 && args.mode == Some(Mode::Gcm) {
        return Err(UserError::usage("a Token03 is always AES-256-CBC")
            .hint("leave out --mode gcm, or make a Token04")
            .into());
    }
    // A kit token carries privileges only when a privilege flag asks for them.
    let wants_privilege =
        !args.kit || args.no_login || args.no_publish || !args.stream_id.is_empty();
    let privilege = args
        .room_id
        .as_ref()
        .filter(|_| wants_privilege)
        .map(|room_id| Privilege {
            room_id: room_id.clone(),
            login: !args.no_login,
            publish: !args.no_publish,
            stream_ids: (!args.stream_id.is_empty()).then(|| args.stream_id.clone()),
        });
    let effective_time = effective_time(args.effective_time.as_deref(), profile);
    let app_id = credentials::required_app_id(args.app_id, profile)?;
    let mode = mode(args.mode, profile);
    let users = match (&args.user_ids_from, &args.user_id) {
        (Some(path), _) => Users::FromFile(path.clone()),
        (None, user_id) => Users::One(user_id.clone().unwrap_or_default()),
    };
    Ok(Generate {
        app_id,
        app_id_arg: args.app_id,
        users,
        effective_time,
        privilege,
        payload: args.payload.clone(),
        version,
        mode,
        kit: args
            .kit
            .then(|| (args.room_id.clone(), args.user_name.clone())),
        now,
        json: args.json,
        credentials,
    })
}
