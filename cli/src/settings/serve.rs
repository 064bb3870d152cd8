//! `serve`'s settings: the defaults of requests that name none, checked once
//! as a request using them would be, so a typo fails at start.

use std::net::SocketAddr;

use zego_token::Mode;

use super::credentials::{self, Credentials};
use super::defaults::{effective_time, mode};
use super::time;
use crate::args::{ProfileFlags, ServeArgs};
use crate::exit::UserError;

/// `serve`, resolved.
pub(crate) struct Serve<'a> {
    pub(crate) credentials: Credentials,
    /// The AppID of requests that name none.
    pub(crate) app_id: Option<u32>,
    /// `--app-id` (or `ZEGO_APP_ID`) itself, for the mixed-sources warning.
    pub(crate) app_id_arg: Option<u32>,
    /// The lifetime of requests that name none, as typed, for the banner.
    pub(crate) effective_time: String,
    /// The same, in seconds.
    pub(crate) lifetime: i64,
    pub(crate) mode: Mode,
    pub(crate) listen: SocketAddr,
    pub(crate) access_key: Option<&'a str>,
    pub(crate) cors_origins: &'a [String],
    /// `--qr`: a QR code of the page's network URL at start.
    pub(crate) qr: bool,
    /// `--open`: the page in the default browser at start.
    pub(crate) open: bool,
}

/// Resolves `serve`'s arguments.
pub(crate) fn serve<'a>(args: &'a ServeArgs, flags: &ProfileFlags) -> anyhow::Result<Serve<'a>> {
    let credentials = Credentials::select(flags, &args.secret)?;
    let profile = credentials.profile();
    let app_id = credentials::app_id(args.app_id, profile);
    if let Some(app_id) = app_id {
        zego_token::format::validate_app_id(app_id).map_err(UserError::from)?;
    }
    let effective_time = effective_time(args.effective_time.as_deref(), profile);
    let lifetime = time::lifetime(&effective_time, chrono::Utc::now().timestamp())?;
    zego_token::format::expiry(0, lifetime).map_err(UserError::from)?;
    let mode = mode(args.mode, profile);
    Ok(Serve {
        app_id,
        app_id_arg: args.app_id,
        effective_time,
        lifetime,
        mode,
        listen: args.listen,
        access_key: args.access_key.as_deref(),
        cors_origins: &args.cors_origin,
        qr: args.qr,
        open: args.open,
        credentials,
    })
}
