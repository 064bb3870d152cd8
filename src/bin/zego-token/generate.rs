//! `zego-token generate`.

use std::io::{IsTerminal, Write};

use zego_token::{Grant, Mode, Privilege};

use crate::args::{GenerateArgs, ModeArg};
use crate::exit::{Exit, UserError};
use crate::{input, json, render};

pub(crate) fn run(args: &GenerateArgs, out: &mut impl Write) -> anyhow::Result<Exit> {
    let effective_time = input::parse_duration(&args.effective_time)?;
    let now = input::now(args.now.as_deref())?;
    let privilege = args.room_id.as_ref().map(|room_id| Privilege {
        room_id: room_id.clone(),
        login: !args.no_login,
        publish: !args.no_publish,
        stream_ids: (!args.stream_id.is_empty()).then(|| args.stream_id.clone()),
    });
    let payload = match (&privilege, &args.payload) {
        (Some(p), _) => p.to_payload(),
        (None, Some(raw)) => raw.clone(),
        (None, None) => String::new(),
    };
    let grant = Grant {
        app_id: args.app_id,
        user_id: args.user_id.clone(),
        effective_time,
        payload,
    };
    // Check the arguments before asking for a secret, so a typo is reported first.
    zego_token::validate_app_id(grant.app_id).map_err(UserError::from)?;
    zego_token::validate_user_id(&grant.user_id).map_err(UserError::from)?;
    let secret = input::required_secret(&args.secret)?;
    let mode = match args.mode {
        ModeArg::Gcm => Mode::Gcm,
        ModeArg::Cbc => Mode::Cbc,
    };
    let made = zego_token::generate(&grant, &secret, mode, now, &mut rand::rng())
        .map_err(UserError::from)?;

    if args.json {
        let view = json::Generated {
            token: &made.token,
            mode: mode.as_str(),
            claims: &made.claims,
            privilege: privilege.map(Into::into),
        };
        serde_json::to_writer(&mut *out, &view)?;
        writeln!(out)?;
    } else {
        writeln!(out, "{}", made.token)?;
    }
    out.flush()?;
    if std::io::stderr().is_terminal() {
        // A reminder for people at a terminal; scripts read stdout only.
        let claims = &made.claims;
        let mut err = std::io::stderr().lock();
        writeln!(
            err,
            "token for {} in app {}, {}, expires {} ({})",
            render::sanitize(&claims.user_id),
            claims.app_id,
            mode,
            render::local_time(claims.expire),
            render::relative(claims.expire, now),
        )?;
    }
    Ok(Exit::Ok)
}
