//! `sign`'s settings: owned, checked values; the command sees no argument
//! struct.

use zego_token::signature::{PUBLIC_PARAMS, RequestUrl};

use super::credentials::{self, Credentials};
use super::time;
use crate::args::{ProfileFlags, SignArgs};
use crate::exit::UserError;
use crate::views::render;

/// Longest nonce accepted.
const MAX_NONCE: usize = 128;

/// What `sign` is to do.
pub(crate) enum SignJob {
    /// `--check`: the URL (`-`: stdin) and the AppID it must carry, when
    /// `--app-id` or the profile names one.
    Check {
        url: String,
        expected_app_id: Option<u32>,
        /// Whether `--now` gave the time (the words say `--now`, not `now`).
        now_given: bool,
        quiet: bool,
    },
    /// Sign a request for this AppID.
    Sign {
        app_id: u32,
        /// `--app-id` (or `ZEGO_APP_ID`), as opposed to the profile's.
        app_id_given: bool,
        /// `--nonce`, checked; `None`: a fresh one.
        nonce: Option<String>,
        /// With `--action`: the endpoint, action and business parameters.
        request: Option<RequestUrl>,
    },
}

/// `sign`, resolved.
pub(crate) struct Sign {
    pub(crate) credentials: Credentials,
    pub(crate) now: i64,
    pub(crate) json: bool,
    pub(crate) job: SignJob,
}

/// Resolves `sign`'s arguments, in the order their errors are reported:
/// all of them before any secret is read.
pub(crate) fn sign(args: &SignArgs, flags: &ProfileFlags) -> anyhow::Result<Sign> {
    let credentials = Credentials::select(flags, &args.secret)?;
    let now = time::now(args.now.as_deref())?;
    let job = match &args.check {
        Some(url) => SignJob::Check {
            url: url.clone(),
            expected_app_id: credentials::app_id(args.app_id, credentials.profile()),
            now_given: args.now.is_some(),
            quiet: args.quiet,
        },
        None => {
            let app_id = credentials::required_app_id(args.app_id, credentials.profile())?;
            zego_token::format::validate_app_id(app_id).map_err(UserError::from)?;
            let nonce = args.nonce.as_deref().map(checked_nonce).transpose()?;
            let request = match &args.action {
                Some(action) => Some(request(args, action)?),
                None => None,
            };
            SignJob::Sign {
                app_id,
                app_id_given: args.app_id.is_some(),
                nonce,
                request,
            }
        }
    };
    Ok(Sign {
        credentials,
        now,
        json: args.json,
        job,
    })
}

/// A nonce as given: any text without control characters, up to
/// [`MAX_NONCE`] bytes (it is percent-encoded in the URL, signed as is).
pub(crate) fn checked_nonce(nonce: &str) -> Result<String, UserError> {
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
    let endpoint = match &args.host {
        Some(host) => RequestUrl::with_host(host),
        None => RequestUrl::new(&args.product, args.region),
    };
    let mut url = endpoint
        .map_err(|e| {
            UserError::usage(render::sanitize(&e.to_string()).into_owned())
                .hint("name the product as its host does (cloud-player, aigc-aiagent), or give the host ZEGO gave you with --host")
        })?
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
            ))
            .hint("e.g. --param 'RoomId[]=room1' (quote it for the shell)"));
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
