//! Arguments of `zego-token serve`.

use std::net::SocketAddr;

use clap::Args;

use zego_token::Mode;

use super::common::{self, SecretArgs};
use crate::env::{ACCESS_KEY_ENV, APP_ID_ENV};

pub(super) const SERVE_EXAMPLES: &str = "\
Examples:
  zego-token serve --app-id 1 --secret-file secret.txt
  curl 'http://127.0.0.1:8787/token?user_id=alice&effective_time=30m'
  zego-token serve --app-id 1 --cors-origin http://localhost:5173
  zego-token serve --listen 0.0.0.0:8787 --app-id 1   # prints a generated access key
  zego-token serve --listen 0.0.0.0:8787 --app-id 1 --qr   # a QR code of the page for a phone
  zego-token serve --app-id 1 --secret-file secret.txt --open   # the page in your browser

Endpoints: GET / (the Token Assistant page), GET /token?user_id=..., POST /api/verify,
POST /api/decode, GET /healthz. The ServerSecret stays in the server.
Ctrl-C or SIGTERM stops it after the requests in flight.";

#[derive(Debug, Args)]
pub(crate) struct ServeArgs {
    /// The address and port to listen on (a bare PORT or localhost:PORT is
    /// on 127.0.0.1). Any address but loopback needs an access key (one is
    /// generated when --access-key is not given).
    #[arg(long, value_name = "ADDR:PORT", default_value = "127.0.0.1:8787", value_parser = listen_address)]
    pub(crate) listen: SocketAddr,

    /// The AppID of tokens whose request names none (else the profile's).
    #[arg(long, env = APP_ID_ENV, value_name = "N")]
    pub(crate) app_id: Option<u32>,

    #[command(flatten)]
    pub(crate) secret: SecretArgs,

    /// The lifetime of tokens whose request names none: seconds or with a
    /// unit (90s, 30m, 2h, 7d) [default: the profile's, else 1h].
    #[arg(long, visible_alias = "ttl", value_name = "DURATION")]
    pub(crate) effective_time: Option<String>,

    /// The cipher mode of tokens whose request names none
    /// [default: the profile's, else gcm].
    #[arg(long, value_parser = common::mode())]
    pub(crate) mode: Option<Mode>,

    /// Require `Authorization: Bearer KEY` on /token and /api/* (at least 16
    /// characters).
    #[arg(long, value_name = "KEY", env = ACCESS_KEY_ENV, hide_env_values = true)]
    pub(crate) access_key: Option<String>,

    /// A web origin allowed to call the API from a browser, e.g.
    /// http://localhost:5173 (repeatable); no CORS headers without one.
    #[arg(long, value_name = "ORIGIN")]
    pub(crate) cors_origin: Vec<String>,

    /// Print a QR code of the page's network URL (with a generated key) on
    /// stderr, for a phone on the same network; bound to loopback, say how
    /// to serve the network instead.
    #[arg(long)]
    pub(crate) qr: bool,

    /// Open the page in the default browser once the server listens (a
    /// failure to is a warning).
    #[arg(long)]
    pub(crate) open: bool,
}

/// `ADDR:PORT`, `localhost:PORT` or a bare `PORT`, the last two on 127.0.0.1.
fn listen_address(text: &str) -> Result<SocketAddr, String> {
    if let Ok(addr) = text.parse() {
        return Ok(addr);
    }
    let port = text.strip_prefix("localhost:").unwrap_or(text);
    port.parse::<u16>()
        .map(|port| SocketAddr::from(([127, 0, 0, 1], port)))
        .map_err(|_| {
            "expected ADDR:PORT, e.g. 127.0.0.1:8787 (this machine only) or 0.0.0.0:8787 \
             (all networks), or a port"
                .to_owned()
        })
}
