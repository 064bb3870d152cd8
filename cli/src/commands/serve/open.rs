//! `serve --open`: the page in the default browser, once the server
//! listens. The platform's own opener is run (`xdg-open`, `open`,
//! `rundll32 url.dll,FileProtocolHandler`) rather than the `opener` crate,
//! whose URL parsing brings in 37 crates (`url`, `idna`, ICU) for one
//! command line. Opening is a convenience: a failure is a warning and the
//! server carries on.

use std::process::{Command, Stdio};

use super::log::note;

/// The command that opens `url` in the default browser.
fn opener(url: &str) -> Command {
    // On Windows, `cmd /c start` would read a `&` in a query as a command
    // separator; rundll32 takes the URL as one argument.
    let (program, before): (&str, &[&str]) = if cfg!(target_os = "macos") {
        ("open", &[])
    } else if cfg!(windows) {
        ("rundll32", &["url.dll,FileProtocolHandler"])
    } else {
        ("xdg-open", &[])
    };
    let mut command = Command::new(program);
    command.args(before).arg(url);
    command
}

/// Opens `url` without waiting: `xdg-open` may not return until the browser
/// does. Its output is dropped (browsers print much that is not the
/// server's log); whether it started, and how it ended, is a note.
pub(super) fn page(url: &str) {
    let mut command = opener(url);
    let program = command.get_program().to_string_lossy().into_owned();
    command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    let mut child = match command.spawn() {
        Ok(child) => child,
        Err(e) => return failed(&program, &e.to_string()),
    };
    // Waited for on a thread of its own, so it is reaped and its failure
    // reported whenever it ends.
    std::thread::spawn(move || match child.wait() {
        Ok(status) if status.success() => {}
        Ok(status) => failed(&program, &status.to_string()),
        Err(e) => failed(&program, &e.to_string()),
    });
}

fn failed(program: &str, why: &str) {
    note(&format!(
        "warning: could not open a browser ({program}: {why}); open the Token Assistant \
         link above yourself"
    ));
}
