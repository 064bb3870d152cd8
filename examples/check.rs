//! A server's check of one token, and the shortest complete example of the
//! server door:
//!
//! ```text
//! ZEGO_SERVER_SECRET=fa94dd0f974cf2e293728a526b028271 \
//!     cargo run --example check -- --app-id 1234567890 --now 1796000001 "$TOKEN"
//! ```
//!
//! Prints `valid user=<id>` and exits 0, or `rejected: <kind>` (e.g.
//! `expired`, `untrusted`) and exits 1; a usage problem exits 2.

#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::process::ExitCode;

use zego_token::{Secret, Verifier};

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("check: {message}");
            eprintln!(
                "usage: check --app-id N [--now UNIX] TOKEN  (ServerSecret in ZEGO_SERVER_SECRET)"
            );
            ExitCode::from(2)
        }
    }
}

fn run(args: Vec<String>) -> Result<ExitCode, String> {
    let (mut app_id, mut now, mut token) = (None, None, None);
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--app-id" => app_id = Some(number(args.next(), "--app-id")?),
            "--now" => now = Some(number(args.next(), "--now")?),
            _ if token.is_none() && !arg.starts_with("--") => token = Some(arg),
            _ => return Err(format!("unexpected argument {arg:?}")),
        }
    }
    let app_id: u32 = app_id.ok_or("--app-id is required")?;
    let token = token.ok_or("the token is required")?;
    let secret = std::env::var("ZEGO_SERVER_SECRET")
        .map_err(|_| "set ZEGO_SERVER_SECRET to the project's ServerSecret")?;
    // Never echo the secret, not even in an error.
    let secret = Secret::new(secret.trim()).map_err(|e| e.to_string())?;

    // A server builds its verifier once, at start-up.
    let verifier = Verifier::new(secret, app_id);
    let verdict = match now {
        Some(now) => verifier.verify(&token, now),
        None => verifier.verify_now(&token),
    };
    Ok(match verdict {
        Ok(claims) => {
            println!("valid user={}", claims.user_id());
            ExitCode::SUCCESS
        }
        Err(rejection) => {
            println!("rejected: {}", rejection.kind());
            ExitCode::from(1)
        }
    })
}

fn number<T: std::str::FromStr>(value: Option<String>, flag: &str) -> Result<T, String> {
    value
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| format!("{flag} takes a number"))
}
