//! Arguments of `zego-token cdn`.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use zego_token::signature::cdn::{Cdn, CdnUse};

use super::common::library_value;

pub(super) const CDN_HELP: &str = "\
Examples:
  zego-token cdn sign --cdn tencent --key KEY123 --stream 123 --expire-at 1546064025
  URL=$(zego-token cdn sign --cdn wangsu --key KEY123 --stream 123 --ttl 2h --url)
  zego-token cdn check --key KEY123 \"$URL\"

ZEGO's CDNs (Tencent, Wangsu, Huawei) authenticate publish, play,
recording and screenshot URLs with the key set in the console (ZEGO CDN).
A CDN answers 403 and says nothing more; cdn check says why.
The key comes from --key, --key-file or ZEGO_CDN_KEY, and is never printed.";

#[derive(Debug, Args)]
pub(crate) struct CdnArgs {
    #[command(subcommand)]
    pub(crate) command: CdnCommand,
}

#[derive(Debug, Subcommand)]
pub(crate) enum CdnCommand {
    /// Sign a stream (publish, play) or a file (recording, screenshot) for a CDN.
    #[command(after_help = CDN_SIGN_EXAMPLES)]
    Sign(CdnSignArgs),
    /// Check a signed CDN URL and say why the CDN would refuse it.
    #[command(after_help = CDN_CHECK_EXAMPLES)]
    Check(CdnCheckArgs),
}

const CDN_SIGN_EXAMPLES: &str = "\
Examples:
  zego-token cdn sign --cdn tencent --key KEY123 --stream 123 --expire-at 1546064025
  zego-token cdn sign --cdn wangsu --key KEY123 --stream 123 --expire-at 2018-12-29T06:13:45Z --json
  zego-token cdn sign --cdn huawei --key KEY123 --stream 123 --ttl 2h --url
  zego-token cdn sign --cdn tencent --key KEY123 --use recording --stream /d/123.mp4 --ttl 1h
  zego-token cdn sign --cdn wangsu --key KEY123 --use screenshot --stream /1.jpg --ttl 1h

Prints the query (txSecret=...&txTime=...), with --json an object keyed by
its parameter names, with --url the whole URL. Formulas:
  tencent  txSecret = md5(KEY + stream + txTime); recordings: sign = md5(KEY + dir + t + exper + rlimit + us)
  wangsu   wsSecret = md5(wsABStime + /live/stream + KEY) (time in UPPERCASE hex)
  huawei   hwSecret = hmac_sha256(KEY, stream + hwTime); files: sha256(KEY + path + hwTime) in the path
Times are unix seconds in hex. For Huawei recordings and screenshots the
time is the signing time: give --ttl 0 (now) or --expire-at now.";

const CDN_CHECK_EXAMPLES: &str = "\
Examples:
  URL=$(zego-token cdn sign --cdn tencent --key KEY123 --stream 123 --ttl 2h --url)
  zego-token cdn check --key KEY123 \"$URL\"
  zego-token cdn check --key KEY123 --now 2018-12-29T06:00:00Z --json \"$URL\"
  echo \"$URL\" | zego-token cdn check --key KEY123

Exit codes: 0 valid; 2 invalid arguments; 3 malformed URL (a parameter
missing or unreadable, the time in the wrong case or base); 4 the signature
does not match (or the URL carries the key); 5 expired (the first of 3, 4, 5).";

/// Where the CDN key comes from. The environment is read only when
/// neither flag is given.
#[derive(Debug, Args)]
pub(crate) struct CdnKeyArgs {
    /// The CDN's authentication key from the console (ZEGO CDN); visible to
    /// other users in `ps`: prefer --key-file or ZEGO_CDN_KEY on shared machines.
    #[arg(long, value_name = "KEY", conflicts_with = "key_file")]
    pub(crate) key: Option<String>,

    /// Read the CDN key from a file (a trailing newline is ignored); `-`
    /// reads it from stdin.
    #[arg(long, value_name = "PATH")]
    pub(crate) key_file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub(crate) struct CdnSignArgs {
    /// The CDN the stream is relayed to.
    #[arg(long, value_parser = library_value(
        &[
            ("tencent", "Tencent Cloud: txSecret, txTime (Chinese mainland)"),
            ("wangsu", "Wangsu: wsSecret, wsABStime (Hong Kong, Macau, Taiwan, overseas)"),
            ("huawei", "Huawei Cloud: hwSecret, hwTime (Chinese mainland)"),
        ],
        Cdn::from_name,
    ))]
    pub(crate) cdn: Cdn,

    /// What the URL is for.
    #[arg(long = "use", value_name = "USE", default_value = "publish", value_parser = library_value(
        &[
            ("publish", "Publishing a stream"),
            ("play", "Playing a stream"),
            ("recording", "Fetching a recording file"),
            ("screenshot", "Fetching a screenshot"),
        ],
        CdnUse::from_name,
    ))]
    pub(crate) usage: CdnUse,

    /// The stream ID (123, not /live/123); for recordings and screenshots
    /// the file's path on the CDN (/dir/123.mp4).
    #[arg(long, value_name = "ID|PATH")]
    pub(crate) stream: String,

    /// When the URL expires: unix seconds or RFC 3339.
    #[arg(long, value_name = "TIME", required_unless_present = "ttl")]
    pub(crate) expire_at: Option<String>,

    /// How long from now the URL stays valid: 3600, 30m, 2h, 7d.
    #[arg(long, value_name = "DURATION", conflicts_with = "expire_at")]
    pub(crate) ttl: Option<String>,

    /// Print the whole URL on this base (rtmp://push-tencent1.zego.im/live;
    /// for files scheme://host); without BASE, ZEGO's publish or play host
    /// of the CDN.
    #[arg(long, value_name = "BASE", num_args = 0..=1, default_missing_value = "")]
    pub(crate) url: Option<String>,

    /// With --url: the stream's format for HTTP play, e.g. flv or m3u8.
    #[arg(long, value_name = "EXT", requires = "url")]
    pub(crate) extension: Option<String>,

    /// Tencent recordings: seconds a viewer may watch as a trial (exper).
    #[arg(long, value_name = "SECONDS")]
    pub(crate) trial_seconds: Option<u32>,

    /// Tencent recordings: how many IP addresses may fetch it, 1 to 9 (rlimit).
    #[arg(long, value_name = "N")]
    pub(crate) max_ips: Option<u8>,

    /// Tencent recordings: a random tag that makes each URL unique (us).
    #[arg(long, value_name = "TAG")]
    pub(crate) tag: Option<String>,

    #[command(flatten)]
    pub(crate) key: CdnKeyArgs,

    /// Print one JSON object keyed by the parameters' names.
    #[arg(long)]
    pub(crate) json: bool,
}

#[derive(Debug, Args)]
pub(crate) struct CdnCheckArgs {
    /// The signed URL, or its path and query; `-` or nothing reads it from stdin.
    #[arg(value_name = "URL")]
    pub(crate) url: Option<String>,

    #[command(flatten)]
    pub(crate) key: CdnKeyArgs,

    /// Check as if it were then: unix seconds or RFC 3339.
    #[arg(long, value_name = "TIME")]
    pub(crate) now: Option<String>,

    /// Print one JSON object.
    #[arg(long)]
    pub(crate) json: bool,

    /// Print nothing; only set the exit code.
    #[arg(short, long, conflicts_with = "json")]
    pub(crate) quiet: bool,
}
