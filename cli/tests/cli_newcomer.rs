//! What a new user trips on (issue #24): the real binary, checked against
//! the account of each trip, never against its own earlier output.

#![allow(clippy::unwrap_used)]

mod support;

use support::SECRET;
use support::cli::run;
use zego_token::{Secret, unchecked};

/// 2026-11-30T12:00:00Z.
const NOW: i64 = 1_796_040_000;

/// The README's debug token at NOW, plus `extra`.
fn generate(extra: &[&str]) -> support::cli::Out {
    support::cli::generate_demo(&NOW.to_string(), extra)
}

/// The lifetime of a token, expire minus ctime, read with the library.
fn lifetime_of(token: &str) -> i64 {
    let secret = Secret::new(SECRET).unwrap();
    let claims = unchecked::open(token, &secret)
        .unwrap()
        .1
        .into_v04()
        .unwrap();
    claims.expire - claims.ctime
}

// Item 12: short lifetimes warn; `1h30m` is accepted; `1.5h` says how.
#[test]
fn short_lifetimes_warn_and_compound_durations_are_accepted() {
    for ttl in ["10s", "30"] {
        let out = generate(&["--ttl", ttl]);
        assert_eq!(out.code, Some(0), "{out:?}");
        assert!(
            out.stderr.contains("warning") && out.stderr.contains("onTokenWillExpire"),
            "--ttl {ttl}: {out:?}"
        );
    }
    let hour = generate(&["--ttl", "1h"]);
    assert!(!hour.stderr.contains("warning"), "{hour:?}");
    let out = generate(&["--ttl", "1h30m"]);
    assert_eq!(lifetime_of(&out.token()), 5400, "{out:?}");
    let out = generate(&["--ttl", "1.5h"]);
    assert_eq!(out.code, Some(2), "{out:?}");
    assert!(out.stderr.contains("1h30m"), "{out:?}");
}

// Item 5: one second after minting a 2 h token, every view says "in 2 h".
#[test]
fn relative_times_round_to_the_nearest_unit() {
    let token = generate(&["--ttl", "2h"]).token();
    let later = (NOW + 1).to_string();
    for command in ["verify", "decode"] {
        let out = run(&[command, "--secret", SECRET, "--now", &later, &token]);
        assert_eq!(out.code, Some(0), "{out:?}");
        assert!(out.stdout.contains("in 2 h"), "{command}: {out:?}");
        assert!(!out.stdout.contains("in 1 h"), "{command}: {out:?}");
    }
    // 59 min 40 s left is nearer an hour than 59 min.
    let almost = (NOW + 7200 - 3580).to_string();
    let out = run(&["verify", "--secret", SECRET, "--now", &almost, &token]);
    assert!(out.stdout.contains("in 60 min"), "{out:?}");
}

/// The label and value of each line of an aligned view, trimmed.
fn rows(view: &str) -> Vec<(String, String)> {
    view.lines()
        .filter_map(|l| {
            let l = l.trim();
            let (label, value) = l.split_once(' ')?;
            Some((label.to_owned(), value.trim().to_owned()))
        })
        .collect()
}

// Item 6: the envelope's IV is `iv` with or without the secret; "nonce" is
// only ever the claim's.
#[test]
fn the_iv_is_named_iv_and_nonce_is_the_claims() {
    let token = generate(&[]).token();
    let envelope = zego_token::format::Envelope::parse(&token).unwrap();
    let iv: String = envelope.iv().iter().map(|b| format!("{b:02x}")).collect();
    let secret = Secret::new(SECRET).unwrap();
    let nonce = unchecked::open(&token, &secret)
        .unwrap()
        .1
        .into_v04()
        .unwrap()
        .nonce
        .to_string();
    let now = NOW.to_string();
    let without = rows(&run(&["decode", "--now", &now, &token]).stdout);
    assert!(without.contains(&("iv".into(), iv.clone())), "{without:?}");
    assert!(!without.iter().any(|(l, _)| l == "nonce"), "{without:?}");
    let with = rows(&run(&["decode", "--secret", SECRET, "--now", &now, &token]).stdout);
    assert!(with.contains(&("iv".into(), iv)), "{with:?}");
    assert!(with.contains(&("nonce".into(), nonce)), "{with:?}");
}

// Item 14: decode marks an expired token, with or without the secret.
#[test]
fn decode_marks_an_expired_token() {
    let token = generate(&["--ttl", "1h"]).token();
    for secret in [&["--secret", SECRET][..], &[]] {
        let at = |t: i64| {
            let now = t.to_string();
            let mut args = vec!["decode", "--now", &now];
            args.extend_from_slice(secret);
            args.push(&token);
            run(&args)
        };
        let valid = at(NOW + 3599);
        assert!(!valid.stdout.contains("EXPIRED"), "{valid:?}");
        let expired = at(NOW + 3600);
        assert_eq!(expired.code, Some(0), "{expired:?}");
        let line = expired
            .stdout
            .lines()
            .find(|l| l.contains("expires"))
            .unwrap_or_default();
        assert!(line.contains("EXPIRED"), "{expired:?}");
    }
}

// Item 14: at a terminal, generate's summary confirms the privileges.
#[test]
#[allow(clippy::print_stderr)] // says why the test was skipped
fn the_generate_summary_confirms_the_privileges() {
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped: `script` is not installed");
        return;
    }
    let bin = env!("CARGO_BIN_EXE_zego-token");
    let command = format!(
        "{bin} generate --app-id 1 --user-id demo --secret {SECRET} --room-id r1 --no-publish"
    );
    // `script` gives the command a terminal, where the summary shows.
    let out = support::cli::clean_env(&mut std::process::Command::new("script"))
        .args(["-qec", &command, "/dev/null"])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let summary = text
        .lines()
        .find(|l| l.contains("token for demo"))
        .unwrap_or_else(|| panic!("no summary: {text}"));
    for part in ["r1", "publish denied", "login allowed"] {
        assert!(summary.contains(part), "{part} missing: {summary}");
    }
}

// Item 15: batch ends with a count on stderr; an empty input says so.
#[test]
fn batch_ends_with_a_count_and_an_empty_input_says_so() {
    let token = generate(&[]).token();
    let input = support::cli::TempFile::new(
        "batch-count",
        format!("{token}\nnot-a-token\n\n{token}\n").as_bytes(),
    );
    let now = NOW.to_string();
    for (command, word) in [
        ("verify", "2 valid, 1 failed"),
        ("decode", "2 decoded, 1 failed"),
    ] {
        for json in [&[][..], &["--json"]] {
            let mut args = vec![command, "--batch", "--secret", SECRET, "--now", &now];
            args.extend_from_slice(json);
            args.extend(["--input", input.path()]);
            let out = run(&args);
            let last = out.stderr.lines().last().unwrap_or_default();
            assert!(last.contains(word), "{args:?}: {out:?}");
            assert_eq!(out.stdout.lines().count(), 3, "{out:?}");
        }
    }
    let empty = support::cli::TempFile::new("batch-empty", b"\n\n");
    for args in [
        &[
            "verify",
            "--batch",
            "--secret",
            SECRET,
            "--input",
            empty.path(),
        ][..],
        &["decode", "--batch", "--input", empty.path()],
        &[
            "generate",
            "--app-id",
            "1",
            "--secret",
            SECRET,
            "--user-ids-from",
            empty.path(),
        ],
    ] {
        let out = run(args);
        assert!(out.stdout.is_empty(), "{out:?}");
        assert!(out.stderr.contains("held no"), "{args:?}: {out:?}");
    }
}

/// Every help page: the top level, each subcommand and theirs.
const HELP_PAGES: &[&[&str]] = &[
    &[],
    &["generate"],
    &["decode"],
    &["verify"],
    &["explain"],
    &["completions"],
    &["man"],
    &["profile"],
    &["profile", "add"],
    &["profile", "list"],
    &["profile", "remove"],
    &["serve"],
    &["sign"],
    &["callback"],
    &["callback", "sign"],
    &["callback", "verify"],
    &["cdn"],
    &["cdn", "sign"],
    &["cdn", "check"],
];

/// The example lines of a help page: the indented lines after a line that
/// starts with "Example", up to the next blank line.
fn examples(help: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut inside = false;
    for line in help.lines() {
        if line.starts_with("Example") {
            inside = true;
        } else if line.trim().is_empty() {
            inside = false;
        } else if inside {
            found.push(line.to_owned());
        }
    }
    found
}

/// Whether an example line starts as a command does: a program the
/// examples use or a variable assignment. A line wrapped at 100 columns
/// starts with the flag or word it was cut at instead.
fn starts_a_command(line: &str) -> bool {
    let first = line.split_whitespace().next().unwrap_or_default();
    let assignment = first.split_once('=').is_some_and(|(name, _)| {
        !name.is_empty() && name.bytes().all(|b| b.is_ascii_uppercase() || b == b'_')
    });
    assignment || ["zego-token", "curl", "pbpaste", "echo"].contains(&first)
}

// Item 7: every help example is one command line (none wraps at clap's 100
// columns into a line of its own), with any prose after a `#`.
#[test]
fn help_examples_run_as_printed() {
    for page in HELP_PAGES {
        let mut args = page.to_vec();
        args.push("--help");
        let out = run(&args);
        assert_eq!(out.code, Some(0), "{args:?}: {out:?}");
        let mut continued = false;
        for line in examples(&out.stdout) {
            let command = line.trim();
            // A `\` continuation is the one way an example spans lines.
            let continuation = std::mem::replace(&mut continued, command.ends_with('\\'));
            if continuation {
                continue;
            }
            assert!(
                starts_a_command(command),
                "{page:?}: a wrapped or stray example line: {line:?}"
            );
            if let Some((_, after)) = command.split_once("  ") {
                assert!(
                    after.trim_start().starts_with('#'),
                    "{page:?}: prose after a command without `#`: {line:?}"
                );
            }
            if !command.ends_with('\\') {
                let syntax = std::process::Command::new("bash")
                    .args(["-n", "-c", command])
                    .output()
                    .unwrap();
                assert!(syntax.status.success(), "{page:?}: {line:?} is not shell");
            }
        }
    }
}

// Item 7: every `check` that `explain` prints runs as printed in a shell
// once its variables are set (no `<UserID>`, which is a redirection there),
// and the one for a wrong nonce type shows the nonce.
#[test]
fn explain_checks_run_as_printed() {
    let list = run(&["explain", "--list", "--json"]);
    let codes: serde_json::Value = serde_json::from_str(&list.stdout).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let secret_file = dir.path().join("secret.txt");
    std::fs::write(&secret_file, SECRET).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(&secret_file, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let token = run(&[
        "generate",
        "--app-id",
        "1",
        "--user-id",
        "demo",
        "--secret",
        SECRET,
        "--room-id",
        "room1",
    ])
    .token();
    let url = run(&["sign", "--app-id", "1", "--secret", SECRET])
        .line()
        .to_owned();
    let bin = std::path::Path::new(env!("CARGO_BIN_EXE_zego-token"));
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    for code in codes.as_array().unwrap() {
        let check = code["check"].as_str().unwrap();
        let out = support::cli::clean_env(&mut std::process::Command::new("bash"))
            .args(["-c", check])
            .current_dir(dir.path())
            .env("PATH", &path)
            .env("ZEGO_SERVER_SECRET", SECRET)
            .env("TOKEN", &token)
            .env("URL", &url)
            .env("APP_ID", "1")
            .env("USER_ID", "demo")
            .env("ROOM_ID", "room1")
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}: {check}: {stdout} {}",
            code["code"],
            String::from_utf8_lossy(&out.stderr)
        );
        if code["code"] == 1_002_080 {
            assert!(
                stdout.lines().any(|l| l.trim_start().starts_with("nonce")),
                "{check} does not show the nonce: {stdout}"
            );
        }
    }
}

/// The lines of one headed section of a help page ("Options:"), up to the
/// next heading.
fn section<'a>(help: &'a str, heading: &str) -> Vec<&'a str> {
    help.lines()
        .skip_while(|l| *l != heading)
        .skip(1)
        .take_while(|l| l.is_empty() || l.starts_with(' '))
        .collect()
}

// Item 10: the global options come after a page's own, under their own
// heading, and not at all where they mean nothing.
#[test]
fn global_options_stand_apart_and_only_where_they_mean_something() {
    for page in HELP_PAGES {
        let mut args = page.to_vec();
        args.push("--help");
        let help = run(&args).stdout;
        let own = section(&help, "Options:");
        for global in ["--color", "--profile", "--no-profile"] {
            assert!(
                !own.iter().any(|l| l.contains(global)),
                "{page:?}: {global} among the page's own options:\n{help}"
            );
        }
    }
    for (page, meaningless) in [
        ("explain", &["--profile", "--no-profile"][..]),
        ("man", &["--color", "--profile", "--no-profile"]),
        ("completions", &["--color", "--profile", "--no-profile"]),
    ] {
        let help = run(&[page, "--help"]).stdout;
        for option in meaningless {
            assert!(!help.contains(option), "{page} offers {option}:\n{help}");
        }
    }
    let verify = run(&["verify", "--help"]).stdout;
    let global = section(&verify, "Global options:");
    assert!(global.iter().any(|l| l.contains("--profile")), "{verify}");
}

/// The long options (`--app-id`) a help page lists.
fn long_options(help: &str) -> Vec<String> {
    help.lines()
        .map(str::trim_start)
        .filter(|l| l.starts_with('-'))
        .flat_map(|l| l.split([' ', ',', '=', '<', '[']))
        .filter(|w| w.starts_with("--") && w.len() > 2)
        .map(str::to_owned)
        .collect()
}

// Item 9: the man page documents every subcommand's options, and every
// page it refers to is in it.
#[test]
fn the_man_page_documents_every_subcommand() {
    let man = run(&["man"]);
    assert_eq!(man.code, Some(0), "{man:?}");
    // roff writes a hyphen as `\-`.
    let text = man.stdout.replace("\\-", "-");
    for page in HELP_PAGES.iter().filter(|p| !p.is_empty()) {
        let title = format!(".TH zego-token-{} 1", page.join("-"));
        assert!(text.contains(&title), "no page {title}");
        let mut args = page.to_vec();
        args.push("--help");
        for option in long_options(&run(&args).stdout) {
            assert!(
                text.contains(&option),
                "{page:?}: {option} is not in the man page"
            );
        }
    }
    for reference in text.split_whitespace().filter(|w| w.ends_with("(1)")) {
        let name = reference.trim_end_matches("(1)");
        assert!(
            text.contains(&format!(".TH {name} 1")),
            "the man page refers to {reference}, which it does not hold"
        );
    }
}

// `decode --raw`: the vendors' generators' plaintext, byte for byte.
#[test]
fn decode_raw_prints_the_plaintext_as_the_generator_wrote_it() {
    let cases = support::vectors::official()
        .into_iter()
        .map(|v| (v.id, v.secret, v.token, v.plaintext))
        .chain(
            support::vectors::token03()
                .into_iter()
                .map(|v| (v.id, v.secret, v.token, v.plaintext)),
        );
    for (id, secret, token, plaintext) in cases {
        let out = run(&["decode", "--raw", "--secret", &secret, &token]);
        assert_eq!(out.code, Some(0), "{id}: {out:?}");
        assert_eq!(out.stdout, format!("{plaintext}\n"), "{id}");
    }
    // A faulty generator's claims open but are wrong: shown all the same.
    let faulty = &support::vectors::faulty()[0];
    let out = run(&["decode", "--raw", "--secret", &faulty.secret, &faulty.token]);
    assert_eq!(out.code, Some(3), "{out:?}");
    assert!(out.stdout.trim_start().starts_with('{'), "{out:?}");
    // Without the secret there is nothing to show.
    let out = run(&["decode", "--raw", &faulty.token]);
    support::cli::assert_error_shape(&out, 2, "--raw without a secret");
}
