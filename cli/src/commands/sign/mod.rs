//! `zego-token sign`: the signed public parameters of a server API
//! request, or its whole URL; with `--check`, why ZEGO would reject one
//! (`check`).

mod check;

use std::io::{IsTerminal, Write};

use rand::TryRng as _;
use rand::rngs::SysRng;
use zego_token::signature::{PUBLIC_PARAMS, RequestUrl, SIGNATURE_VERSION, Signed};

use crate::args::SignArgs;
use crate::exit::{Exit, UserError};
use crate::settings::{Sign, SignJob};
use crate::views::json;
use crate::views::render;

/// Longest nonce accepted.
const MAX_NONCE: usize = 128;

pub(crate) fn run(settings: Sign<'_>, out: &mut impl Write) -> anyhow::Result<Exit> {
    let app_id = match settings.job {
        SignJob::Check {
            url,
            expected_app_id,
        } => return check::run(&settings, url, expected_app_id, out),
        SignJob::Sign { app_id } => app_id,
    };
    let Sign {
        credentials,
        args,
        now,
        ..
    } = settings;
    let profile = credentials.profile();
    // The arguments first, so a typo is reported before a secret is read.
    let nonce = match &args.nonce {
        Some(nonce) => checked_nonce(nonce)?,
        None => fresh_nonce()?,
    };
    let request = match &args.action {
        Some(action) => Some(request(args, action)?),
        None => None,
    };
    credentials.warn_if_mixed(args.app_id);
    let secret = credentials.required_secret()?;
    let signed = Signed::new(app_id, &nonce, &secret, now);
    let url = request.map(|r| r.build(&signed));
    if args.json {
        let view = json::signature::Signed {
            app_id: signed.app_id,
            signature_nonce: &signed.signature_nonce,
            timestamp: signed.timestamp,
            signature: &signed.signature,
            signature_version: SIGNATURE_VERSION,
            url: url.as_deref(),
        };
        // Written whole (not through serde's writer, whose error would hide
        // a closed pipe from main).
        let mut line = serde_json::to_vec(&view)?;
        line.push(b'\n');
        out.write_all(&line)?;
    } else {
        writeln!(out, "{}", url.as_deref().unwrap_or(&signed.query()))?;
    }
    out.flush()?;
    if std::io::stderr().is_terminal() {
        // A reminder for people at a terminal; scripts read stdout only.
        writeln!(
            std::io::stderr().lock(),
            "signed for app {app_id}{} at {}; ZEGO accepts it until {}",
            profile
                .map(|p| format!(" (profile {})", render::sanitize(&p.name)))
                .unwrap_or_default(),
            render::local_time(now),
            render::local_clock(now + zego_token::signature::MAX_SKEW),
        )?;
    }
    Ok(Exit::Ok)
}

/// A nonce as given: any text without control characters, up to
/// [`MAX_NONCE`] bytes (it is percent-encoded in the URL, signed as is).
fn checked_nonce(nonce: &str) -> Result<String, UserError> {
    let hint = "give 16 hex characters, e.g. --nonce 4fd24687296dd9f3, or leave --nonce out for a random one";
    if nonce.is_empty() {
        return Err(UserError::usage("the nonce is empty").hint(hint));
    }
    if nonce.len() > MAX_NONCE {
        return Err(UserError::usage(format!(
            "the nonce is {} bytes long, more than {MAX_NONCE}",
            nonce.len()
        ))
        .hint(hint));
    }
    if nonce.chars().any(char::is_control) {
        return Err(UserError::usage("the nonce holds control characters").hint(hint));
    }
    Ok(nonce.to_owned())
}

/// 8 bytes from the OS CSPRNG as 16 hex characters, as the vendor samples do.
fn fresh_nonce() -> anyhow::Result<String> {
    let mut bytes = [0_u8; 8];
    SysRng
        .try_fill_bytes(&mut bytes)
        .map_err(|e| anyhow::anyhow!("the OS random source failed: {e}"))?;
    Ok(Signed::nonce_from_bytes(bytes))
}

/// The request to sign: endpoint, action and business parameters, checked.
fn request(args: &SignArgs, action: &str) -> Result<RequestUrl, UserError> {
    let valid_action = !action.is_empty()
        && action.len() <= 128
        && action
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'));
    if !valid_action {
        return Err(
            UserError::usage(format!("invalid action {:?}", render::sanitize(action))).hint(
                "give the API's name as the vendor documents it, e.g. --action DescribeUserNum",
            ),
        );
    }
    let region = args.region;
    let mut url = RequestUrl::new(&args.product, region)
        .map_err(|e| UserError::usage(render::sanitize(&e.to_string()).into_owned()))?
        .action(action);
    for param in &args.param {
        let Some((key, value)) = param.split_once('=') else {
            return Err(UserError::usage(format!(
                "--param {:?} is not KEY=VALUE",
                render::sanitize(param)
            ))
            .hint("e.g. --param 'RoomId[]=room1' (quote it for the shell)"));
        };
        if key.is_empty() {
            return Err(UserError::usage(format!(
                "--param {:?} has no key",
                render::sanitize(param)
            )));
        }
        if key == "Action" || PUBLIC_PARAMS.contains(&key) {
            return Err(UserError::usage(format!(
                "{key} is a public parameter that zego-token sign sets itself"
            ))
            .hint("use --action, --app-id, --nonce and --now for them"));
        }
        url = url.param(key, value);
    }
    Ok(url)
}
