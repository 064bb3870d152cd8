//! The conveniences of a modern token tool (issue #24): QR codes of a token
//! and of `serve`'s network URL, `serve --open`, and `generate --format`.
//! The real binary, held to the rules: where each thing goes, what stdout
//! keeps, what is refused.

#![allow(clippy::unwrap_used)]

mod support;

use support::SECRET;
use support::cli::run;
use support::qr;
use support::server::{Server, get};
use zego_token::{Secret, unchecked};

/// 2026-11-30T12:00:00Z.
const NOW: &str = "1796040000";

/// The README's debug token at NOW, plus `extra`.
fn generate(extra: &[&str]) -> support::cli::Out {
    support::cli::generate_demo(NOW, extra)
}

// `generate --qr`: stdout is the token alone; the code, on stderr, is of
// that very token.
#[test]
fn generate_qr_draws_the_token_on_stderr_and_leaves_stdout_the_token() {
    let out = generate(&["--qr"]);
    let token = out.token();
    assert!(qr::blocks(&out.stdout).is_empty(), "{out:?}");
    let codes = qr::blocks(&out.stderr);
    assert_eq!(codes.len(), 1, "{out:?}");
    qr::assert_draws(&codes[0], &token);
    // A kit token is drawn whole, suffix and all.
    let out = generate(&["--qr", "--kit", "--room-id", "r1"]);
    let kit = out.line().to_owned();
    assert!(kit.contains('#'), "{out:?}");
    qr::assert_draws(&qr::blocks(&out.stderr)[0], &kit);
    // Without --qr, no code.
    assert!(qr::blocks(&generate(&[]).stderr).is_empty());
}

// A token no QR code can hold is refused before anything is printed; a
// batch has no single token to draw.
#[test]
fn generate_qr_refuses_what_no_code_holds() {
    let payload = "p".repeat(3000);
    let out = generate(&["--qr", "--payload", &payload]);
    support::cli::assert_error_shape(&out, 2, "--qr with a 3000-byte payload");
    assert!(out.stderr.contains("QR code"), "{out:?}");
    // The same token without --qr is fine.
    generate(&["--payload", &payload]).token();
    let users = support::cli::TempFile::new("qr-users", b"alice\nbob\n");
    let out = run(&[
        "generate",
        "--app-id",
        "1",
        "--secret",
        SECRET,
        "--user-ids-from",
        users.path(),
        "--qr",
    ]);
    support::cli::assert_error_shape(&out, 2, "--qr with --user-ids-from");
}

/// `command` run by `script` in a terminal `columns` wide; what it printed
/// (stdout and stderr both) and its exit code, or `None` without `script`.
fn in_terminal(columns: u16, command: &str) -> Option<(Option<i32>, String)> {
    std::process::Command::new("script")
        .arg("--version")
        .output()
        .ok()?;
    let out = support::cli::clean_env(&mut std::process::Command::new("script"))
        .args([
            "-qec",
            &format!("stty cols {columns}; {command}"),
            "/dev/null",
        ])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    Some((
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n"),
    ))
}

// At a terminal, a code wider than the terminal would wrap into noise: it is
// refused, saying how wide it needs to be.
#[test]
#[allow(clippy::print_stderr)] // says why the test was skipped
fn generate_qr_must_fit_the_terminal() {
    let bin = env!("CARGO_BIN_EXE_zego-token");
    let command = format!("{bin} generate --app-id 1 --user-id demo --secret {SECRET} --qr");
    let Some((code, narrow)) = in_terminal(40, &command) else {
        eprintln!("skipped: `script` is not installed");
        return;
    };
    assert_eq!(code, Some(2), "{narrow}");
    assert!(narrow.contains("the terminal has 40"), "{narrow}");
    assert!(
        !narrow.contains("04AAAA"),
        "the token was printed: {narrow}"
    );
    let (code, wide) = in_terminal(200, &command).unwrap();
    assert_eq!(code, Some(0), "{wide}");
    let token = wide.lines().find(|l| l.starts_with("04")).unwrap();
    qr::assert_draws(&qr::blocks(&wide)[0], token);
}

/// A server's whole banner, up to its last line.
fn banner_of(server: &Server) -> String {
    server.wait_for_log(|l| l.contains("Ctrl-C stops it"));
    server.log().join("\n")
}

/// The value after `label` on the banner line that starts with it.
fn banner_value(banner: &str, label: &str) -> String {
    banner
        .lines()
        .find_map(|l| l.trim_start().strip_prefix(label))
        .unwrap_or_else(|| panic!("no {label} line in:\n{banner}"))
        .trim()
        .to_owned()
}

// `serve --qr` on every address: the code is of the page at the machine's
// network address, with the generated key, and the server answers there.
#[test]
fn serve_qr_shows_the_network_url_a_phone_reaches() {
    let server = Server::start_on(
        "0.0.0.0:0",
        &["--qr", "--app-id", "7", "--secret", SECRET],
        &[],
    );
    let banner = banner_of(&server);
    let phone = banner_value(&banner, "phone");
    if phone.starts_with("no network address") {
        // Off any network there is nothing to scan; it says so.
        assert!(qr::blocks(&banner).is_empty(), "{banner}");
        return;
    }
    let url = phone.strip_prefix("scan to open ").unwrap();
    let key = banner_value(&banner, "access key");
    let key = key.split_whitespace().next().unwrap();
    let port = server.addr.rsplit(':').next().unwrap();
    let host = url
        .strip_prefix("http://")
        .and_then(|rest| rest.strip_suffix(&format!(":{port}/#key={key}")))
        .unwrap_or_else(|| panic!("not this server's page with its key: {url}"));
    let ip: std::net::IpAddr = host.trim_matches(['[', ']']).parse().unwrap();
    assert!(!ip.is_loopback() && !ip.is_unspecified(), "{url}");
    // The page link says the same, for whoever reads rather than scans.
    assert_eq!(banner_value(&banner, "Token Assistant"), url);
    let codes = qr::blocks(&banner);
    assert_eq!(codes.len(), 1, "{banner}");
    qr::assert_draws(&codes[0], url);
    // Reachable at that address, not only on loopback.
    let healthz = url.replace(&format!("/#key={key}"), "/healthz");
    assert_eq!(get(&healthz, &[]).status, 200);
}

// `serve --qr` on loopback: no code a phone could not use, but how to serve
// the network instead.
#[test]
fn serve_qr_on_loopback_says_how_to_reach_a_phone() {
    let server = Server::start(&["--qr"], &[]);
    let banner = banner_of(&server);
    let phone = banner_value(&banner, "phone");
    let port = server.addr.rsplit(':').next().unwrap();
    assert!(phone.contains("unreachable"), "{phone}");
    assert!(
        phone.contains(&format!("--listen 0.0.0.0:{port}")),
        "{phone}"
    );
    assert!(qr::blocks(&banner).is_empty(), "{banner}");
    // Without --qr, nothing about phones.
    let server = Server::start(&[], &[]);
    assert!(!banner_of(&server).contains("phone"));
}

/// A directory with a stand-in for the platform's opener that records its
/// arguments in `opened` (or, with `fail`, exits 3), and a PATH that finds
/// it first.
#[cfg(unix)]
struct FakeOpener {
    dir: tempfile::TempDir,
    path: String,
}

#[cfg(unix)]
impl FakeOpener {
    fn new(fail: bool) -> FakeOpener {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let name = if cfg!(target_os = "macos") {
            "open"
        } else {
            "xdg-open"
        };
        let script = dir.path().join(name);
        let body = if fail {
            "#!/bin/sh\nexit 3\n".to_owned()
        } else {
            format!(
                "#!/bin/sh\nprintf '%s\\n' \"$@\" > '{}.tmp' && mv '{0}.tmp' '{0}'\n",
                dir.path().join("opened").display()
            )
        };
        std::fs::write(&script, body).unwrap();
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
        let path = format!(
            "{}:{}",
            dir.path().display(),
            std::env::var("PATH").unwrap_or_default()
        );
        FakeOpener { dir, path }
    }

    /// What the opener was given, once it has run.
    fn opened(&self) -> String {
        let file = self.dir.path().join("opened");
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while !file.exists() {
            assert!(std::time::Instant::now() < deadline, "the opener never ran");
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        std::fs::read_to_string(file).unwrap()
    }

    fn ran(&self) -> bool {
        self.dir.path().join("opened").exists()
    }
}

// `serve --open` hands the opener the page's URL (on loopback, with a
// generated key) once it listens; without --open it is not run.
#[test]
#[cfg(unix)]
fn serve_open_opens_the_page() {
    let opener = FakeOpener::new(false);
    let env = [("PATH", opener.path.as_str())];
    let server = Server::start(&["--open"], &env);
    assert_eq!(opener.opened(), format!("{}/\n", server.base));
    let opener = FakeOpener::new(false);
    let env = [("PATH", opener.path.as_str())];
    let server = Server::start_on("0.0.0.0:0", &["--open"], &env);
    let key = banner_value(&banner_of(&server), "access key");
    let key = key.split_whitespace().next().unwrap();
    assert_eq!(opener.opened(), format!("{}/#key={key}\n", server.base));
    let opener = FakeOpener::new(false);
    let server = Server::start(&[], &[("PATH", opener.path.as_str())]);
    banner_of(&server);
    assert_eq!(get(&server.url("/healthz"), &[]).status, 200);
    assert!(!opener.ran(), "opened without --open");
}

// A browser that cannot be opened is a warning; the server serves on.
#[test]
#[cfg(unix)]
fn serve_open_failing_is_a_warning_only() {
    let failing = FakeOpener::new(true);
    let empty = tempfile::tempdir().unwrap();
    let nowhere = empty.path().display().to_string();
    for path in [failing.path.as_str(), nowhere.as_str()] {
        let server = Server::start(&["--open"], &[("PATH", path)]);
        let warning = server.wait_for_log(|l| l.contains("could not open a browser"));
        assert!(warning.contains("warning"), "{warning}");
        assert_eq!(get(&server.url("/healthz"), &[]).status, 200);
    }
}

/// The claims of a token made with the test secret, read with the library.
fn claims(token: &str) -> zego_token::format::Claims {
    let secret = Secret::new(SECRET).unwrap();
    unchecked::open(token, &secret)
        .unwrap()
        .1
        .into_v04()
        .unwrap()
}

// Every placeholder is the --json field of its name: the fixed ones equal
// --json's, the token and nonce are those of the token printed.
#[test]
fn format_fills_in_the_fields_of_json() {
    let names = [
        "token", "mode", "app_id", "user_id", "nonce", "ctime", "expire", "payload", "version",
    ];
    let placeholders: Vec<String> = names.iter().map(|n| format!("{{{n}}}")).collect();
    // Tab-separated, as the shell passes `\t`: two characters.
    let template = placeholders.join("\\t");
    let room = ["--room-id", "r1", "--no-publish"];
    let mut args = vec!["--format", template.as_str()];
    args.extend(room);
    let out = generate(&args);
    assert_eq!(out.code, Some(0), "{out:?}");
    let values: Vec<&str> = out.line().split('\t').collect();
    assert_eq!(values.len(), names.len(), "{out:?}");
    let mut json_args = vec!["--json"];
    json_args.extend(room);
    let json: serde_json::Value = serde_json::from_str(&generate(&json_args).stdout).unwrap();
    let token = values[0];
    let inside = claims(token);
    for (name, value) in names.iter().zip(&values) {
        let expected = match *name {
            "token" => token.to_owned(),
            "nonce" => inside.nonce.to_string(),
            _ => match &json[name] {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            },
        };
        assert_eq!(*value, expected, "{{{name}}}");
    }
    let value = |name: &str| values[names.iter().position(|n| *n == name).unwrap()];
    assert_eq!(value("user_id"), inside.user_id);
    assert_eq!(value("payload"), inside.payload);
}

// Escapes and doubled braces; one line per token in a batch.
#[test]
fn format_reads_escapes_and_writes_a_line_per_token() {
    let out = generate(&["--format", "{{{user_id}}}\\t{expire}\\n--"]);
    assert_eq!(out.code, Some(0), "{out:?}");
    assert_eq!(out.stdout, "{demo}\t1796043600\n--\n");
    let users = support::cli::TempFile::new("format-users", b"alice\n\nbob\n");
    let out = run(&[
        "generate",
        "--app-id",
        "1",
        "--secret",
        SECRET,
        "--user-ids-from",
        users.path(),
        "--format",
        "{user_id} {token}",
    ]);
    assert_eq!(out.code, Some(0), "{out:?}");
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{out:?}");
    for (line, user) in lines.iter().zip(["alice", "bob"]) {
        let (named, token) = line.split_once(' ').unwrap();
        assert_eq!(named, user);
        assert_eq!(claims(token).user_id, user);
    }
}

// A mistake in the template is a usage error naming it, before any token
// is made; the secret is no placeholder; --format and --json conflict.
#[test]
fn format_mistakes_are_usage_errors() {
    for (template, named) in [
        ("{secret}", "{secret}"),
        ("{token} {server_secret}", "{server_secret}"),
        ("{expiry}", "{expiry}"),
    ] {
        let out = generate(&["--format", template]);
        support::cli::assert_error_shape(&out, 2, template);
        assert!(out.stderr.contains(named), "{out:?}");
        assert!(out.stderr.contains("{token} {mode} {app_id}"), "{out:?}");
    }
    for (template, says) in [
        ("{token", "closes"),
        ("token}", "closes nothing"),
        ("{token}\\r", "\\r"),
    ] {
        let out = generate(&["--format", template]);
        support::cli::assert_error_shape(&out, 2, template);
        assert!(out.stderr.contains(says), "{out:?}");
    }
    let out = generate(&["--format", "{token}", "--json"]);
    support::cli::assert_error_shape(&out, 2, "--format with --json");
}
