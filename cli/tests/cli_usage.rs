//! Usage errors from the real binary: one `error:` line and one hint
//! naming the subcommand's `--help`, exit 2; help and version as clap
//! prints them. The expected lines are the binary's output before the
//! wording was built from clap's structured error (only the subcommand in
//! the hint of bad values and conflicts changed, from `zego-token`).

mod support;

use support::cli::{assert_error_shape, run};

/// Command lines and the two lines each prints on stderr.
const CASES: &[(&[&str], &str, &str)] = &[
    (
        &["generate", "--app-id", "1"],
        "zego-token: error: the following required arguments were not provided: --user-id <ID>",
        "  hint: see 'zego-token generate --help'",
    ),
    (
        &["generate", "--app-id", "x", "--user-id", "a"],
        "zego-token: error: invalid value 'x' for '--app-id <N>': invalid digit found in string",
        "  hint: see 'zego-token generate --help'",
    ),
    (
        &["generate", "--mode", "xyz", "--user-id", "a"],
        "zego-token: error: invalid value 'xyz' for '--mode <MODE>' [possible values: gcm, cbc]",
        "  hint: see 'zego-token generate --help'",
    ),
    (
        &["generate", "--modee", "gcm", "--user-id", "a"],
        "zego-token: error: unexpected argument '--modee' found",
        "  hint: a similar argument exists: '--mode'; see 'zego-token generate --help'",
    ),
    (
        &["generat"],
        "zego-token: error: unrecognized subcommand 'generat'",
        "  hint: a similar subcommand exists: 'generate'; see 'zego-token --help'",
    ),
    (
        &["verify", "--require", "lgin", "t"],
        "zego-token: error: invalid value 'lgin' for '--require <PRIVILEGE>' [possible values: login, publish]",
        "  hint: a similar value exists: 'login'; see 'zego-token verify --help'",
    ),
    (
        &["verify", "--quiet", "--json", "t"],
        "zego-token: error: the argument '--quiet' cannot be used with '--json'",
        "  hint: see 'zego-token verify --help'",
    ),
    (
        &["generate", "--user-id", "a", "--user-ids-from", "f"],
        "zego-token: error: the argument '--user-id <ID>' cannot be used with '--user-ids-from <FILE>'",
        "  hint: see 'zego-token generate --help'",
    ),
    (
        &["--color", "sometimes", "generate"],
        "zego-token: error: the following required arguments were not provided: --user-id <ID>",
        "  hint: see 'zego-token generate --help'",
    ),
    (
        &["profile", "ad"],
        "zego-token: error: unrecognized subcommand 'ad'",
        "  hint: a similar subcommand exists: 'add'; see 'zego-token profile --help'",
    ),
    (
        &["profile", "add"],
        "zego-token: error: the following required arguments were not provided: --app-id <N> <NAME>",
        "  hint: see 'zego-token profile add --help'",
    ),
    (
        &["sign", "--region", "moon"],
        "zego-token: error: invalid value 'moon' for '--region <REGION>' [possible values: sha, hkg, fra, lax, bom, sgp]",
        "  hint: see 'zego-token sign --help'",
    ),
    (
        &["generate", "--no-login", "--user-id", "a"],
        "zego-token: error: the following required arguments were not provided: --room-id <ID>",
        "  hint: see 'zego-token generate --help'",
    ),
    (
        &["generate", "--token-version", "05", "--user-id", "a"],
        "zego-token: error: invalid value '05' for '--token-version <VERSION>' [possible values: 04, 03]",
        "  hint: see 'zego-token generate --help'",
    ),
    (
        &["explain"],
        "zego-token: error: the following required arguments were not provided: <CODE>",
        "  hint: see 'zego-token explain --help'",
    ),
    (
        &["completions", "fsh"],
        "zego-token: error: invalid value 'fsh' for '<SHELL>' [possible values: bash, elvish, fish, powershell, zsh]",
        "  hint: a similar value exists: 'fish'; see 'zego-token completions --help'",
    ),
    (
        &["generate", "--user-id"],
        "zego-token: error: a value is required for '--user-id <ID>' but none was supplied",
        "  hint: see 'zego-token generate --help'",
    ),
    (
        &["serve", "--listen"],
        "zego-token: error: a value is required for '--listen <ADDR:PORT>' but none was supplied",
        "  hint: see 'zego-token serve --help'",
    ),
    (
        &["verify", "--leeway"],
        "zego-token: error: a value is required for '--leeway <DURATION>' but none was supplied",
        "  hint: see 'zego-token verify --help'",
    ),
    (
        &["generate", "--app-id", "99999999999", "--user-id", "a"],
        "zego-token: error: invalid value '99999999999' for '--app-id <N>': 99999999999 is not in 0..=4294967295",
        "  hint: see 'zego-token generate --help'",
    ),
    (
        &["decode", "a", "b"],
        "zego-token: error: unexpected argument 'b' found",
        "  hint: see 'zego-token decode --help'",
    ),
    (
        &["sign", "--param", "noequals"],
        "zego-token: error: the following required arguments were not provided: --action <NAME>",
        "  hint: see 'zego-token sign --help'",
    ),
    (
        &["--profile", "a", "--no-profile", "decode", "t"],
        "zego-token: error: the argument '--profile <NAME>' cannot be used with '--no-profile'",
        "  hint: see 'zego-token decode --help'",
    ),
    (
        &["callback", "sign", "--nonce"],
        "zego-token: error: a value is required for '--nonce <N>' but none was supplied",
        "  hint: see 'zego-token callback sign --help'",
    ),
    (
        &["generate", "-x"],
        "zego-token: error: unexpected argument '-x' found",
        "  hint: see 'zego-token generate --help'",
    ),
    (
        &["profile", "add", "a", "--app-id", "1", "--bogus"],
        "zego-token: error: unexpected argument '--bogus' found",
        "  hint: to pass '--bogus' as a value, use '-- --bogus'; see 'zego-token profile add --help'",
    ),
    (
        &["explain", "1", "2"],
        "zego-token: error: unexpected argument '2' found",
        "  hint: see 'zego-token explain --help'",
    ),
    (
        &["help", "nosuch"],
        "zego-token: error: unrecognized subcommand 'nosuch'",
        "  hint: see 'zego-token --help'",
    ),
    (
        &["--nosuch", "generate"],
        "zego-token: error: unexpected argument '--nosuch' found",
        "  hint: see 'zego-token --help'",
    ),
    (
        &["--color=sometimes", "generate"],
        "zego-token: error: invalid value 'sometimes' for '--color <COLOR>' [possible values: auto, always, never]",
        "  hint: see 'zego-token generate --help'",
    ),
    (
        &["generate", "--json=1", "--user-id", "a"],
        "zego-token: error: unexpected value '1' for '--json' found; no more were expected",
        "  hint: see 'zego-token generate --help'",
    ),
    (
        &["decode", "-x"],
        "zego-token: error: unexpected argument '-x' found",
        "  hint: to pass '-x' as a value, use '-- -x'; see 'zego-token decode --help'",
    ),
    (
        &["sign", "--check", "--quiet", "--json"],
        "zego-token: error: a value is required for '--check <URL>' but none was supplied",
        "  hint: see 'zego-token sign --help'",
    ),
    (
        &["--no-profile", "--no-profile", "decode", "t"],
        "zego-token: error: the argument '--no-profile' cannot be used multiple times",
        "  hint: see 'zego-token decode --help'",
    ),
    (
        &["profile", "rm"],
        "zego-token: error: the following required arguments were not provided: <NAME>",
        "  hint: see 'zego-token profile remove --help'",
    ),
];

#[test]
fn usage_errors_keep_their_wording() {
    for &(args, error, hint) in CASES {
        let out = run(args);
        assert_error_shape(&out, 2, &format!("{args:?}"));
        assert_eq!(out.stderr, format!("{error}\n{hint}\n"), "{args:?}");
    }
}

#[test]
fn help_and_version_print_as_clap_renders_them() {
    let out = run(&["--help"]);
    assert_eq!(out.code, Some(0), "{out:?}");
    assert!(
        out.stdout.starts_with("Generate, decode and verify"),
        "{out:?}"
    );
    assert!(
        out.stdout
            .contains("\nUsage: zego-token [OPTIONS] <COMMAND>\n"),
        "{out:?}"
    );
    assert!(out.stderr.is_empty(), "{out:?}");

    let out = run(&["sign", "--version"]);
    assert_eq!(out.code, Some(0), "{out:?}");
    let version = env!("CARGO_PKG_VERSION");
    assert_eq!(
        out.stdout,
        format!("zego-token-sign {version}\n"),
        "{out:?}"
    );

    // A subcommand that needs one: its help, on stderr, exit 2.
    let out = run(&["profile"]);
    assert_eq!(out.code, Some(2), "{out:?}");
    assert!(out.stdout.is_empty(), "{out:?}");
    assert!(out.stderr.starts_with("Name an app's AppID"), "{out:?}");
    assert!(
        out.stderr
            .contains("\nUsage: zego-token profile [OPTIONS] <COMMAND>\n"),
        "{out:?}"
    );
    assert!(!out.stderr.contains("zego-token: error:"), "{out:?}");
}
