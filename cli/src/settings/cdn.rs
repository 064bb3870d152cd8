//! `cdn`'s settings: owned, checked values, and the CDN key's place in the
//! secret chain (`--key`, `--key-file`, `ZEGO_CDN_KEY`, a prompt; profiles
//! hold no CDN key).

use zego_token::signature::cdn::{Cdn, CdnKey, CdnKeyError, CdnUse, RecordingLimits};

use super::profile::Selected;
use super::secret::{Flags, InProfile, Kind, Source, no_doubts};
use super::time;
use crate::args::{CdnArgs, CdnCheckArgs, CdnCommand, CdnKeyArgs, CdnSignArgs};
use crate::env::CDN_KEY_ENV;
use crate::exit::UserError;

/// What sets the CDN key apart from the other secrets.
pub(crate) static CDN_KEY: Kind<CdnKey> = Kind {
    name: "CDN key",
    flag: "--key",
    file_flag: "--key-file",
    env: CDN_KEY_ENV,
    profile_key: None,
    parse,
    in_profile,
    fix_profile,
    doubts: no_doubts,
};

fn parse(bytes: &[u8]) -> Result<CdnKey, UserError> {
    CdnKey::from_bytes(bytes).map_err(|e| {
        let hint = match e {
            CdnKeyError::Empty => {
                "copy the key from the ZEGOCLOUD console (ZEGO CDN, URL authentication)"
            }
            _ => "a CDN key is the short string set in the console (ZEGO CDN)",
        };
        UserError::usage(e.to_string()).hint(hint)
    })
}

fn in_profile(_: &Selected) -> InProfile<'_, CdnKey> {
    InProfile::None
}

fn fix_profile(_: &Selected) -> String {
    String::new()
}

/// `cdn sign` or `cdn check`, resolved.
pub(crate) struct CdnSettings {
    pub(crate) key: Source<CdnKey>,
    pub(crate) job: CdnJob,
}

pub(crate) enum CdnJob {
    Sign(CdnSign),
    Check(CdnCheck),
}

pub(crate) struct CdnSign {
    pub(crate) cdn: Cdn,
    pub(crate) usage: CdnUse,
    pub(crate) stream: String,
    /// The expiry (Huawei files: the signing time), unix seconds.
    pub(crate) time: i64,
    /// Tencent recordings' limits; `None` for every other use.
    pub(crate) limits: Option<RecordingLimits>,
    /// `--url`: the base (`None` inside: ZEGO's host for the CDN) and the
    /// extension.
    pub(crate) url: Option<(Option<String>, Option<String>)>,
    pub(crate) json: bool,
}

pub(crate) struct CdnCheck {
    /// The URL; `-`: stdin.
    pub(crate) url: String,
    pub(crate) now: i64,
    /// Whether `--now` gave the time.
    pub(crate) now_given: bool,
    pub(crate) json: bool,
    pub(crate) quiet: bool,
}

/// Resolves `cdn`'s arguments, before the key is read.
pub(crate) fn cdn(args: &CdnArgs) -> anyhow::Result<CdnSettings> {
    let (key, job) = match &args.command {
        CdnCommand::Sign(args) => (&args.key, CdnJob::Sign(sign(args)?)),
        CdnCommand::Check(args) => (&args.key, CdnJob::Check(check(args)?)),
    };
    Ok(CdnSettings {
        key: source(key),
        job,
    })
}

fn source(args: &CdnKeyArgs) -> Source<CdnKey> {
    Source::new(
        &CDN_KEY,
        Flags::new(args.key.as_ref(), args.key_file.as_ref()),
    )
}

fn sign(args: &CdnSignArgs) -> anyhow::Result<CdnSign> {
    let time = match (&args.expire_at, &args.ttl) {
        (Some(at), _) => time::parse_time(at)?,
        (None, Some(ttl)) => time::now(None)?.saturating_add(time::parse_duration(ttl)?),
        (None, None) => {
            return Err(UserError::usage("give --expire-at TIME or --ttl DURATION")
                .hint("e.g. --ttl 2h")
                .into());
        }
    };
    let limited = args.trial_seconds.is_some() || args.max_ips.is_some() || args.tag.is_some();
    let limits = match (args.cdn, args.usage) {
        (Cdn::Tencent, CdnUse::Recording) => Some(RecordingLimits::new(
            args.trial_seconds,
            args.max_ips,
            args.tag.as_deref(),
        )),
        _ if limited => {
            return Err(UserError::usage(
                "--trial-seconds, --max-ips and --tag are for Tencent recordings",
            )
            .hint("add --cdn tencent --use recording, or leave them out")
            .into());
        }
        _ => None,
    };
    Ok(CdnSign {
        cdn: args.cdn,
        usage: args.usage,
        stream: args.stream.clone(),
        time,
        limits,
        url: args.url.as_ref().map(|base| {
            (
                Some(base.clone()).filter(|b| !b.is_empty()),
                args.extension.clone(),
            )
        }),
        json: args.json,
    })
}

fn check(args: &CdnCheckArgs) -> anyhow::Result<CdnCheck> {
    Ok(CdnCheck {
        url: args.url.clone().unwrap_or_else(|| "-".to_owned()),
        now: time::now(args.now.as_deref())?,
        now_given: args.now.is_some(),
        json: args.json,
        quiet: args.quiet,
    })
}
