//! What a signed URL is for, and the names its signature may have been
//! made over: the right one first, then the usual mistakes.

use super::failure::CdnCause;
use super::formula::directory;
use super::kinds::{Cdn, CdnUse};

/// One name a signature may be over.
pub(super) struct Candidate {
    /// What the URL is for, if this is the name signed.
    pub(super) usage: CdnUse,
    /// The text hashed.
    pub(super) name: String,
    /// The mistake it shows, or `None` when it is a right name.
    pub(super) cause: Option<CdnCause>,
}

const IMAGES: [&str; 6] = ["jpg", "jpeg", "png", "bmp", "webp", "gif"];
/// Extensions that name a live stream's format in a play URL.
const STREAM_FORMATS: [&str; 2] = ["flv", "m3u8"];

/// The path's last segment split into stem and extension.
fn file_parts(path: &str) -> (&str, Option<&str>) {
    let file = path.rsplit('/').next().unwrap_or_default();
    match file.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => (stem, Some(ext)),
        _ => (file, None),
    }
}

/// Publish or play, from the host's name as ZEGO's CDN hosts are named
/// (`push-…`, `play-…`) or the scheme: the signature is the same for both.
fn stream_use(scheme: Option<&str>, host: Option<&str>) -> CdnUse {
    let host = host.unwrap_or_default().to_ascii_lowercase();
    if host.starts_with("push") {
        CdnUse::Publish
    } else if host.starts_with("play") {
        CdnUse::Play
    } else if scheme.is_some_and(|s| s.eq_ignore_ascii_case("rtmp")) {
        CdnUse::Publish
    } else {
        CdnUse::Play
    }
}

/// The names to try for a URL whose parameters are in its query.
pub(super) fn for_query(
    cdn: Cdn,
    tencent_recording: bool,
    scheme: Option<&str>,
    host: Option<&str>,
    path: &str,
) -> Vec<Candidate> {
    let right = |usage, name: &str| Candidate {
        usage,
        name: name.to_owned(),
        cause: None,
    };
    if tencent_recording {
        return vec![right(CdnUse::Recording, directory(path))];
    }
    let (stem, ext) = file_parts(path);
    let ext_lower = ext.map(str::to_ascii_lowercase);
    let ext_lower = ext_lower.as_deref();
    if ext_lower.is_some_and(|e| IMAGES.contains(&e)) {
        return vec![right(CdnUse::Screenshot, path)];
    }
    let usage = stream_use(scheme, host);
    let dir = directory(path);
    let file = path.rsplit('/').next().unwrap_or_default();
    let mut out = Vec::new();
    // A file that is not a live stream's format is a recording; for a
    // stream format both readings are tried (Wangsu's and Huawei's docs
    // do not say whether play URLs sign the extension).
    let recording = right(CdnUse::Recording, path);
    let is_file = ext_lower.is_some_and(|e| !STREAM_FORMATS.contains(&e));
    if is_file && cdn != Cdn::Tencent {
        out.push(recording);
        return out;
    }
    match cdn {
        Cdn::Wangsu => {
            out.push(right(usage, &format!("{dir}{stem}")));
            if ext.is_some() {
                out.push(recording);
            }
            out.push(Candidate {
                usage,
                name: stem.to_owned(),
                cause: Some(CdnCause::StreamWithoutApp {
                    signed: stem.to_owned(),
                    expected: format!("{dir}{stem}"),
                }),
            });
        }
        Cdn::Tencent | Cdn::Huawei => {
            out.push(right(usage, stem));
            if cdn == Cdn::Huawei && ext.is_some() {
                out.push(recording);
            }
            if ext.is_some() {
                out.push(Candidate {
                    usage,
                    name: file.to_owned(),
                    cause: Some(CdnCause::ExtensionSigned {
                        signed: file.to_owned(),
                    }),
                });
            }
            let with_app = format!("{dir}{stem}");
            let without_slash = with_app.trim_start_matches('/').to_owned();
            for signed in [with_app, without_slash] {
                if signed != stem {
                    out.push(Candidate {
                        usage,
                        name: signed.clone(),
                        cause: Some(CdnCause::StreamWithApp {
                            signed,
                            expected: stem.to_owned(),
                        }),
                    });
                }
            }
        }
    }
    out
}

/// Huawei's file URLs carry the credentials in the path:
/// `/{64 hex}/{hex time}/{uri}`. Returns the signature, the time and the
/// candidate for the uri.
pub(super) fn huawei_path(path: &str) -> Option<(&str, &str, Candidate)> {
    let rest = path.strip_prefix('/')?;
    let (secret, rest) = rest.split_once('/')?;
    let (time, uri) = rest.split_once('/')?;
    let hex = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_hexdigit());
    if secret.len() != 64 || !hex(secret) || !hex(time) || uri.is_empty() {
        return None;
    }
    let uri = &path[path.len() - uri.len() - 1..];
    let (_, ext) = file_parts(uri);
    let image = ext.is_some_and(|e| IMAGES.contains(&e.to_ascii_lowercase().as_str()));
    let usage = if image {
        CdnUse::Screenshot
    } else {
        CdnUse::Recording
    };
    Some((
        secret,
        time,
        Candidate {
            usage,
            name: uri.to_owned(),
            cause: None,
        },
    ))
}
