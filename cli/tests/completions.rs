//! The completion scripts in completions/ must be what the binary generates,
//! so they never go stale when the CLI changes.

mod support;

use std::path::Path;

use support::cli::zego;

const SCRIPTS: [(&str, &str); 5] = [
    ("bash", "zego-token.bash"),
    ("zsh", "_zego-token"),
    ("fish", "zego-token.fish"),
    ("powershell", "_zego-token.ps1"),
    ("elvish", "zego-token.elv"),
];

#[test]
fn checked_in_completions_are_current() {
    for (shell, file) in SCRIPTS {
        let generated = zego().args(["completions", shell]).output().expect("runs");
        assert!(generated.status.success(), "{shell}");
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("completions")
            .join(file);
        let checked_in = std::fs::read(&path).unwrap_or_default();
        assert!(
            generated.stdout == checked_in,
            "{} is stale: run `cargo run -- completions {shell} > cli/completions/{file}`",
            path.display()
        );
        assert!(!generated.stdout.is_empty(), "{shell}");
    }
}

#[test]
fn man_page_names_every_subcommand() {
    let out = zego().arg("man").output().expect("runs");
    assert!(out.status.success());
    let page = String::from_utf8(out.stdout).expect("utf-8");
    assert!(page.starts_with(".ie") || page.contains(".TH"), "not roff");
    for sub in [
        "generate",
        "decode",
        "verify",
        "explain",
        "completions",
        "profile",
        "sign",
        "callback",
    ] {
        assert!(page.contains(sub), "man page lacks {sub}");
    }
}
