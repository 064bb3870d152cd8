//! `zego-token cdn sign`: the authentication parameters of a stream or a
//! file, as a query, a JSON object or a whole URL.

use std::io::Write;

use serde_json::{Map, Value};
use zego_token::signature::cdn::{
    self, Cdn, CdnAuth, CdnError, CdnKey, CdnUse, Placement, sign_tencent_recording,
};

use crate::exit::{Exit, UserError};
use crate::settings::cdn::CdnSign;
use crate::settings::secret::Source;
use crate::views::render::sanitize;

pub(super) fn run(
    key: &Source<CdnKey>,
    job: CdnSign,
    out: &mut impl Write,
) -> anyhow::Result<Exit> {
    let CdnSign {
        cdn,
        usage,
        stream,
        time,
        limits,
        url,
        json,
    } = job;
    // The base is checked before the key is read: a typo is reported first.
    let base = match &url {
        Some((Some(base), _)) => Some(base.clone()),
        Some((None, _)) => Some(zego_base(cdn, usage)?.to_owned()),
        None => None,
    };
    let key = key.required(None)?.secret;
    let auth = match &limits {
        Some(limits) => sign_tencent_recording(&key, &stream, time, limits),
        None => cdn::sign(&key, &stream, time, cdn, usage),
    }
    .map_err(refused)?;
    let whole = match (&base, url.and_then(|(_, ext)| ext)) {
        (Some(base), ext) => Some(auth.url(base, ext.as_deref()).map_err(refused)?),
        (None, _) => None,
    };
    if json {
        let mut object: Map<String, Value> = auth
            .params
            .iter()
            .map(|(name, value)| ((*name).to_owned(), Value::from(value.as_str())))
            .collect();
        if let Some(whole) = &whole {
            object.insert("url".to_owned(), Value::from(whole.as_str()));
        }
        return crate::commands::batch::json_verdict(out, &object, Exit::Ok);
    }
    let text = match whole {
        Some(whole) => whole,
        None => bare(&auth),
    };
    writeln!(out, "{text}")?;
    Ok(Exit::Ok)
}

/// The query; for a CDN that reads the parameters from the path, the
/// path to put after the host.
fn bare(auth: &CdnAuth) -> String {
    match auth.placement {
        Placement::Path => {
            let values: Vec<&str> = auth.params.iter().map(|(_, v)| v.as_str()).collect();
            format!("/{}{}", values.join("/"), auth.resource)
        }
        _ => auth.query(),
    }
}

/// ZEGO's publish and play hosts of each CDN, from ZEGO's docs
/// (`cdn-stream-publishing-authentication.mdx` and its playing twin).
fn zego_base(cdn: Cdn, usage: CdnUse) -> Result<&'static str, UserError> {
    match (cdn, usage) {
        (Cdn::Tencent, CdnUse::Publish) => Ok("rtmp://push-tencent1.zego.im/live"),
        (Cdn::Tencent, CdnUse::Play) => Ok("rtmp://play-tencent1.zego.im/live"),
        (Cdn::Wangsu, CdnUse::Publish) => Ok("rtmp://push-ws1.zego.im/live"),
        (Cdn::Wangsu, CdnUse::Play) => Ok("rtmp://play-ws1.zego.im/live"),
        (Cdn::Huawei, CdnUse::Publish) => Ok("rtmp://push-huawei1.zego.im/live"),
        _ => Err(UserError::usage(format!(
            "ZEGO's docs give no {usage} host for {cdn}: give the base with --url BASE"
        ))
        .hint(if usage.is_stream() {
            "e.g. --url rtmp://play.example.com/live"
        } else {
            "recordings and screenshots are on your CDN domain: --url http://rec.example.com"
        })),
    }
}

/// A stream, path or base that cannot be signed as given.
fn refused(e: CdnError) -> UserError {
    let hint = match e {
        CdnError::StreamWithPath { .. } => "e.g. --stream 123",
        CdnError::NotAFilePath { .. } => "e.g. --stream /dir1/dir2/123.mp4",
        CdnError::TimeOutOfRange { .. } => "give a time from 1970 to 2106",
        CdnError::Base { .. } => "e.g. --url rtmp://push-tencent1.zego.im/live, or --url alone",
        _ => "see zego-token cdn sign --help",
    };
    UserError::usage(sanitize(&e.to_string()).into_owned()).hint(hint)
}
