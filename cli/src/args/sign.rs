//! Arguments of `zego-token sign`.

use clap::Args;

use zego_token::signature::Region;

use super::common::{self, SecretArgs};
use crate::env::APP_ID_ENV;

pub(super) const SIGN_EXAMPLES: &str = "\
Examples:
  zego-token sign                  # AppId=...&SignatureNonce=...&Timestamp=...&Signature=...
  curl \"https://rtc-api.zego.im/?Action=DescribeUserNum&RoomId[]=room1&$(zego-token sign)\"
  zego-token sign --action DescribeUserNum --param 'RoomId[]=room1' --param 'RoomId[]=room2'
  zego-token sign --action QueryUserStatus --product zim --region sgp --param UserId=alice
  zego-token sign --action CreateAgentInstance --product aigc-aiagent --region sgp
  zego-token sign --action DescribeUserNum --host rtc-api-custom.zego.im
  zego-token sign --app-id 12345 --nonce 4fd24687296dd9f3 --now 1615186943 --json
  zego-token sign --check \"$URL\"   # why ZEGO answers 100000004 or 100000005

The ServerSecret that encrypts tokens signs the request:
  Signature = hex(md5(AppId + SignatureNonce + ServerSecret + Timestamp))
Sign every request afresh: ZEGO accepts a Timestamp at most 10 min from its clock.
Exit codes: 0 signed (--check: valid); 2 invalid arguments; with --check,
3 malformed URL (a public parameter missing or unreadable), 4 wrong
signature or AppId, 5 stale timestamp (the first of 3, 4, 5 present).";

#[derive(Debug, Args)]
pub(crate) struct SignArgs {
    /// The AppID from the ZEGOCLOUD console (or from the profile); with
    /// --check, the AppId the request must have.
    #[arg(long, env = APP_ID_ENV, value_name = "N")]
    pub(crate) app_id: Option<u32>,

    #[command(flatten)]
    pub(crate) secret: SecretArgs,

    /// The SignatureNonce [default: 8 random bytes as 16 hex characters].
    #[arg(long, value_name = "HEX", conflicts_with = "check")]
    pub(crate) nonce: Option<String>,

    /// The Timestamp instead of the clock (with --check: the time to check
    /// against): unix seconds or RFC 3339.
    #[arg(long, value_name = "TIME")]
    pub(crate) now: Option<String>,

    /// Print the whole request URL for this API, e.g. DescribeUserNum.
    #[arg(long, value_name = "NAME", conflicts_with = "check")]
    pub(crate) action: Option<String>,

    /// The product whose API is called, named as its host is: rtc, zim,
    /// cloudrecord, whiteboard, docs, cloud-player, analytics, mini-game,
    /// auth, aieffectscgi, and on zegotech.cn aigc-aiagent (ai-agent),
    /// aigc-digitalhuman (digital-human), cloud-realtime-asr (asr).
    #[arg(long, value_name = "NAME", requires = "action", default_value = "rtc")]
    pub(crate) product: String,

    /// A host ZEGO gave out privately instead of a product's, e.g.
    /// aigc-digitalhuman-api-sgp.zegotech.cn.
    #[arg(
        long,
        value_name = "HOST",
        requires = "action",
        conflicts_with_all = ["product", "region"]
    )]
    pub(crate) host: Option<String>,

    /// A regional endpoint instead of the unified one (resolved to the nearest).
    #[arg(long, value_parser = common::library_value(
        &[
            ("sha", "Shanghai"),
            ("hkg", "Hong Kong"),
            ("fra", "Frankfurt"),
            ("lax", "California"),
            ("bom", "Mumbai"),
            ("sgp", "Singapore"),
        ],
        Region::from_code,
    ), requires = "action")]
    pub(crate) region: Option<Region>,

    /// A business parameter of the request (repeatable; repeated keys are
    /// kept, as array parameters need: RoomId[]=a RoomId[]=b).
    #[arg(long, value_name = "KEY=VALUE", requires = "action")]
    pub(crate) param: Vec<String>,

    /// Check a signed request URL (or its query string; `-` reads it from
    /// stdin) instead of signing one.
    #[arg(long, value_name = "URL")]
    pub(crate) check: Option<String>,

    /// Print one JSON object.
    #[arg(long)]
    pub(crate) json: bool,

    /// With --check: print nothing; only set the exit code.
    #[arg(short, long, requires = "check", conflicts_with = "json")]
    pub(crate) quiet: bool,
}
