//! What `serve` prints on stderr once it listens: where, the page and the
//! token endpoint (at the network address when bound to all of them), the
//! secret, the defaults, the access key and the limits; with `--qr`, the
//! page's network URL as a QR code for a phone.

use std::io::Write as _;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use super::app::App;
use super::{conn, lan, log};
use crate::env::SECRET_ENV;
use crate::views::qr;

/// `#key=KEY` for a generated key, which the page reads and the URL bar
/// keeps from the server (a fragment is never sent); nothing otherwise:
/// a given key is the user's to keep, and a log of the output should not
/// hold it.
fn fragment(app: &App) -> String {
    match app.access.key() {
        Some(key) if app.access.generated() => format!("#key={key}"),
        _ => String::new(),
    }
}

/// The page for a browser on this machine (`--open`): on loopback when the
/// server listens on every address.
pub(super) fn local_page(app: &App, addr: SocketAddr) -> String {
    let ip = match addr.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => Ipv4Addr::LOCALHOST.into(),
        IpAddr::V6(ip) if ip.is_unspecified() => Ipv6Addr::LOCALHOST.into(),
        ip => ip,
    };
    format!("{}{}", lan::url(ip, addr.port()), fragment(app))
}

/// What the server is and how to reach it, on stderr; with `qr`, how a
/// phone does.
pub(super) fn banner(app: &App, addr: SocketAddr, cap: usize, qr: bool) -> std::io::Result<()> {
    let url = format!("http://{addr}/");
    let mut err = std::io::stderr().lock();
    writeln!(err, "zego-token serve: listening on {url}")?;
    // Bound to every address, the server is shown at the one other devices
    // reach it at (the vendor's guide has developers swap `localhost` for
    // it by hand).
    let lan = lan::address(addr.ip());
    let shown = match lan {
        Some(ip) if addr.ip().is_unspecified() => lan::url(ip, addr.port()),
        None if addr.ip().is_unspecified() => {
            format!("http://<this machine's address>:{}/", addr.port())
        }
        _ => url.clone(),
    };
    let page = match app.access.key() {
        Some(_) if !app.access.generated() => format!("{shown}  (it asks for the access key)"),
        _ => format!("{shown}{}", fragment(app)),
    };
    writeln!(err, "  Token Assistant  {page}")?;
    let bearer = if app.access.key().is_some() {
        " -H 'Authorization: Bearer KEY'"
    } else {
        ""
    };
    // Without a secret `/token` answers 503: advertising it would send the
    // user to a failure; the ServerSecret line below says how to turn it on.
    if app.secret.is_some() {
        writeln!(
            err,
            "  token endpoint   curl{bearer} '{shown}token?user_id=alice'"
        )?;
    } else {
        writeln!(
            err,
            "  token endpoint   off until a secret is given (see below)"
        )?;
    }
    match &app.secret {
        Some(_) => writeln!(err, "  ServerSecret     loaded; never sent to clients")?,
        None => writeln!(
            err,
            "  ServerSecret     none: /token and /api/verify are off; restart with \
             --secret-file PATH or {SECRET_ENV} set"
        )?,
    }
    match app.app_id {
        Some(id) => writeln!(
            err,
            "  defaults         app_id {id}, effective_time {}, mode {}",
            app.effective_time,
            app.mode.as_str()
        )?,
        None => writeln!(
            err,
            "  defaults         no app_id (requests must give one; or pass --app-id N), \
             effective_time {}, mode {}",
            app.effective_time,
            app.mode.as_str()
        )?,
    }
    if let Some(key) = app.access.key() {
        if app.access.generated() {
            writeln!(
                err,
                "  access key       {key}  (generated; choose one with --access-key)"
            )?;
        } else {
            writeln!(err, "  access key       as given")?;
        }
        writeln!(
            err,
            "  requests to /token and /api/* need: Authorization: Bearer <access key>"
        )?;
    }
    writeln!(
        err,
        "  limits           {cap} connections at once; headers within {} s (also the \
         keep-alive idle time), the body within {} s",
        conn::HEADER_TIMEOUT.as_secs(),
        log::REQUEST_TIMEOUT.as_secs()
    )?;
    if !addr.ip().is_loopback() {
        writeln!(
            err,
            "zego-token serve: warning: {addr} is reachable from other machines; anyone with \
             the access key can mint tokens for your app. Use it on a trusted network only."
        )?;
    }
    if qr {
        phone(&mut err, app, addr, lan)?;
    }
    writeln!(err, "  Ctrl-C stops it.")?;
    Ok(())
}

/// `--qr`: the page's URL on the network and its QR code, or why a phone
/// cannot reach the server.
fn phone(
    err: &mut impl std::io::Write,
    app: &App,
    addr: SocketAddr,
    lan: Option<IpAddr>,
) -> std::io::Result<()> {
    let Some(ip) = lan else {
        let why = if addr.ip().is_loopback() {
            format!(
                "unreachable: {} is this machine only; restart with --listen 0.0.0.0:{} \
                 to serve the network (with an access key)",
                addr.ip(),
                addr.port()
            )
        } else {
            format!(
                "no network address found for this machine; restart with --listen ADDR:{} \
                 naming the one the phone reaches",
                addr.port()
            )
        };
        return writeln!(err, "  phone            {why}");
    };
    let page = format!("{}{}", lan::url(ip, addr.port()), fragment(app));
    let asks = if app.access.key().is_some() && !app.access.generated() {
        " (it asks for the access key)"
    } else {
        ""
    };
    match qr::draw(&page, qr::stderr_columns()) {
        Ok(code) => writeln!(err, "  phone            scan to open {page}{asks}\n{code}"),
        Err(refusal) => writeln!(
            err,
            "  phone            {page}{asks}  (no QR code: {})",
            refusal.message("the URL")
        ),
    }
}
