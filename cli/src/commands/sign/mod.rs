//! `zego-token sign`: the signed public parameters of a server API
//! request, or its whole URL; with `--check`, why ZEGO would reject one
//! (`check`).

mod check;

use std::io::{IsTerminal, Write};

use rand::TryRng as _;
use rand::rngs::SysRng;
use zego_token::signature::{SIGNATURE_VERSION, Signed};

use crate::exit::Exit;
use crate::settings::{Sign, SignJob};
use crate::views::json;
use crate::views::render;

pub(crate) fn run(settings: Sign, out: &mut impl Write) -> anyhow::Result<Exit> {
    let Sign {
        credentials,
        now,
        json,
        job,
    } = settings;
    let (app_id, app_id_given, nonce, request) = match job {
        SignJob::Check {
            url,
            expected_app_id,
            now_given,
            quiet,
        } => {
            let check = check::Check {
                url,
                expected: expected_app_id,
                now,
                now_given,
                quiet,
                json,
            };
            return check::run(&credentials, check, out);
        }
        SignJob::Sign {
            app_id,
            app_id_given,
            nonce,
            request,
        } => (app_id, app_id_given, nonce, request),
    };
    let profile = credentials.profile();
    let nonce = match nonce {
        Some(nonce) => nonce,
        None => fresh_nonce()?,
    };
    credentials.warn_if_mixed(app_id_given.then_some(app_id));
    let secret = credentials.required_secret()?;
    let signed = Signed::new(app_id, &nonce, &secret, now);
    let url = request.map(|r| r.build(&signed));
    if json {
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

/// 8 bytes from the OS CSPRNG as 16 hex characters, as the vendor samples do.
fn fresh_nonce() -> anyhow::Result<String> {
    let mut bytes = [0_u8; 8];
    SysRng
        .try_fill_bytes(&mut bytes)
        .map_err(|e| anyhow::anyhow!("the OS random source failed: {e}"))?;
    Ok(Signed::nonce_from_bytes(bytes))
}
