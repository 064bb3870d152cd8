//! `generate`'s settings.

use std::path::PathBuf;

use zego_token::{Mint, Privilege, Version};

use super::credentials::{self, Credentials};
use super::defaults::{effective_time, mode};
use super::time;
use crate::args::{GenerateArgs, ProfileFlags};
use crate::exit::UserError;
use crate::views::template::{self, Template};

/// Who the tokens are for.
pub(crate) enum Users {
    One(String),
    /// One per line of this file (`-`: stdin).
    FromFile(PathBuf),
}

/// `generate`, resolved: the token to make, as the library's [`Mint`]
/// (which checks it), but for its lifetime, which the command reads from
/// `effective_time` first.
pub(crate) struct Generate {
    pub(crate) credentials: Credentials,
    /// `--app-id` (or `ZEGO_APP_ID`) itself, for the mixed-sources warning.
    pub(crate) app_id_arg: Option<u32>,
    pub(crate) users: Users,
    /// As typed (or the profile's, or the default): `3600`, `30m`, ...
    pub(crate) effective_time: String,
    /// What every token of the run shares; the user is each token's own.
    pub(crate) mint: Mint,
    /// The privileges asked for, for the JSON view.
    pub(crate) privilege: Option<Privilege>,
    /// `--kit`: the room its suffix names, if any (for the id warnings).
    pub(crate) kit: Option<Option<String>>,
    pub(crate) now: i64,
    pub(crate) output: Output,
    /// `--qr`: draw the token on stderr too.
    pub(crate) qr: bool,
}

/// What stdout gets for each token.
pub(crate) enum Output {
    /// The token alone.
    Token,
    /// `--json`: one object.
    Json,
    /// `--format`: the template filled in.
    Template(Template),
}

/// Resolves `generate`'s arguments, in the order their errors are reported.
pub(crate) fn generate(args: &GenerateArgs, flags: &ProfileFlags) -> anyhow::Result<Generate> {
    let credentials = Credentials::select(flags, &args.secret)?;
    let profile = credentials.profile();
    let now = time::now(args.now.as_deref())?;
    let version = args.token_version;
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
    // A mistake in the template is reported before the secret is read.
    let output = match (&args.format, args.json) {
        (Some(text), _) => Output::Template(
            template::parse(text).map_err(|e| UserError::usage(e.to_string()).hint(e.hint()))?,
        ),
        (None, true) => Output::Json,
        (None, false) => Output::Token,
    };
    let users = match (&args.user_ids_from, &args.user_id) {
        (Some(path), _) => Users::FromFile(path.clone()),
        (None, user_id) => Users::One(user_id.clone().unwrap_or_default()),
    };
    let user_id = match &users {
        Users::One(user_id) => user_id.as_str(),
        Users::FromFile(_) => "",
    };
    let mut mint = Mint::new(app_id, user_id).version(version);
    // A profile's mode is for Token04s; `--mode` is passed as asked, and a
    // Token03 refuses GCM.
    match (args.mode, version) {
        (Some(asked), _) => mint = mint.mode(asked),
        (None, Version::V04) => mint = mint.mode(mode(None, profile)),
        (None, _) => {}
    }
    if let Some(privilege) = &privilege {
        mint = mint.privilege(privilege.clone());
    } else if let Some(payload) = &args.payload {
        mint = mint.payload(payload.clone());
    }
    if args.kit {
        mint = match &args.user_name {
            Some(name) => mint.kit(name.clone(), args.room_id.clone()),
            None => mint.kit_named_by_user_id(args.room_id.clone()),
        };
    }
    Ok(Generate {
        app_id_arg: args.app_id,
        users,
        effective_time,
        mint,
        privilege,
        kit: args.kit.then(|| args.room_id.clone()),
        now,
        output,
        qr: args.qr,
        credentials,
    })
}
