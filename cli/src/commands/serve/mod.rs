//! `zego-token serve`: a local token endpoint standing in for the app server
//! while an app is being built, and the Token Assistant page, over the same
//! core and the same checks as the other subcommands.
//!
//! - `routes`: the router, the page and the small endpoints;
//! - `token`: `GET /token`; `check`: `POST /api/verify` and `/api/decode`;
//! - `auth`: the access key, the Host check and CORS;
//! - `log`: one stderr line per request; `reply`: JSON replies and errors;
//! - `conn`: the accept loop, the connection cap and the timeouts;
//! - `banner`: what it prints at start; `lan`: the address a phone reaches
//!   (`--qr`); `open`: the page in a browser (`--open`).

mod app;
mod auth;
mod banner;
mod check;
mod conn;
mod lan;
mod log;
mod open;
mod reply;
mod routes;
mod token;

use std::io::Write as _;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use app::App;
use log::note;
use tokio::sync::watch;

use crate::exit::{Exit, UserError};
use crate::settings::Serve;
use crate::settings::time;

/// How long a stop waits for requests in flight before it gives up on them.
const GRACE: Duration = Duration::from_secs(10);

/// How long a stop waits, once no request is in flight, for the connections
/// still open (replies being written); the others are stalled, mid-headers.
const STALLED_GRACE: Duration = Duration::from_millis(500);

pub(crate) fn run(settings: Serve<'_>) -> anyhow::Result<Exit> {
    if let Some(warning) = time::lifetime_warning(&settings.effective_time, settings.lifetime) {
        let _ = writeln!(std::io::stderr(), "{warning}");
    }
    let access = auth::Access::new(settings.listen, settings.access_key)?;
    let cors = auth::cors(settings.cors_origins)?;
    let credentials = &settings.credentials;
    credentials.warn_if_mixed(settings.app_id_arg);
    let app = Arc::new(App {
        secret: credentials.secret()?,
        app_id: settings.app_id,
        lifetime: settings.lifetime,
        effective_time: settings.effective_time.clone(),
        mode: settings.mode,
        access: Arc::new(access),
        in_flight: watch::Sender::new(0),
    });
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    let extras = Extras {
        qr: settings.qr,
        open: settings.open,
    };
    runtime.block_on(serve(app, cors, settings.listen, extras))
}

/// What `serve` does for a person once it listens, besides the banner.
#[derive(Clone, Copy)]
struct Extras {
    /// `--qr`: a QR code of the page's network URL.
    qr: bool,
    /// `--open`: the page in the default browser.
    open: bool,
}

async fn serve(
    app: Arc<App>,
    cors: Option<tower_http::cors::CorsLayer>,
    listen: SocketAddr,
    extras: Extras,
) -> anyhow::Result<Exit> {
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .map_err(|e| bind_error(listen, &e))?;
    let addr = listener.local_addr()?;
    // Listen for Ctrl-C and SIGTERM before saying where the server is, so no
    // stop is missed; `stops` counts them.
    let mut signals = Signals::new().context("cannot listen for Ctrl-C and SIGTERM")?;
    let (count, stops) = watch::channel(0_u32);
    tokio::spawn(async move {
        loop {
            signals.next().await;
            count.send_modify(|n| *n += 1);
        }
    });
    let cap = conn::max_connections();
    // Where the server is (and its access key) must reach someone: a
    // closed stderr is a failure, not a quiet exit 0 as for stdout.
    banner::banner(&app, addr, cap, extras.qr).map_err(|e| {
        UserError::new(
            Exit::Other,
            format!("cannot write where the server listens to stderr: {e}"),
        )
    })?;
    // The listener is bound: the browser's request waits in its queue
    // until the accept loop below takes it.
    if extras.open {
        open::page(&banner::local_page(&app, addr));
    }
    let router = routes::router(Arc::clone(&app), cors);
    let tracker = conn::Tracker::new();
    let mut first = stops.clone();
    let stopped = async move {
        let _ = first.wait_for(|&n| n >= 1).await;
    };
    conn::accept(listener, router, &tracker, cap, stopped).await;
    // The listener is closed: no new connections. The open ones finish the
    // request in flight, if any, and close.
    let busy = *app.in_flight.borrow();
    match busy {
        0 => note("stopping"),
        1 => note("stopping: finishing 1 request in flight"),
        n => note(&format!("stopping: finishing {n} requests in flight")),
    }
    tracker.close_all();
    let mut in_flight = app.in_flight.subscribe();
    let answered = async {
        let _ = in_flight.wait_for(|&n| n == 0).await;
        tokio::time::sleep(STALLED_GRACE).await;
    };
    let mut stops = stops;
    // A second Ctrl-C does not wait for the requests in flight either.
    let give_up = async {
        tokio::select! {
            () = tokio::time::sleep(GRACE) => {}
            _ = stops.wait_for(|&n| n >= 2) => {}
        }
    };
    tokio::select! {
        () = tracker.all_closed() => note("stopped"),
        () = answered => match tracker.open() {
            0 => note("stopped"),
            n => note(&format!(
                "stopped, closing {n} stalled connection{} without a complete request",
                if n == 1 { "" } else { "s" }
            )),
        },
        () = give_up => {
            note("stopped, without waiting any longer for the requests still open");
        }
    }
    Ok(Exit::Ok)
}

/// Ctrl-C, and SIGTERM on Unix.
struct Signals {
    #[cfg(unix)]
    interrupt: tokio::signal::unix::Signal,
    #[cfg(unix)]
    terminate: tokio::signal::unix::Signal,
}

impl Signals {
    #[cfg(unix)]
    fn new() -> std::io::Result<Signals> {
        use tokio::signal::unix::{SignalKind, signal};
        Ok(Signals {
            interrupt: signal(SignalKind::interrupt())?,
            terminate: signal(SignalKind::terminate())?,
        })
    }

    #[cfg(not(unix))]
    fn new() -> std::io::Result<Signals> {
        Ok(Signals {})
    }

    /// The next stop signal.
    async fn next(&mut self) {
        #[cfg(unix)]
        tokio::select! {
            _ = self.interrupt.recv() => {}
            _ = self.terminate.recv() => {}
        }
        #[cfg(not(unix))]
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    }
}

fn bind_error(listen: SocketAddr, e: &std::io::Error) -> UserError {
    let error = UserError::new(Exit::Other, format!("cannot listen on {listen}: {e}"));
    match e.kind() {
        std::io::ErrorKind::AddrInUse => error.hint(format!(
            "another program uses port {}: pick another with --listen {}:PORT (0: any free port)",
            listen.port(),
            listen.ip()
        )),
        std::io::ErrorKind::AddrNotAvailable => {
            error.hint("that address is not one of this machine's: try --listen 127.0.0.1:8787")
        }
        std::io::ErrorKind::PermissionDenied => {
            error.hint("ports below 1024 need privileges: use a port such as 8787")
        }
        _ => error,
    }
}
