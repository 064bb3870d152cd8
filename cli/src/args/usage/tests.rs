//! The wording of usage errors. The expected lines are today's output
//! (recorded from the binary before the rewording moved here), checked by
//! hand against clap's rendered error; only the `see` hint of bad values
//! and conflicts changed, to name the subcommand.

use std::os::unix::ffi::OsStringExt as _;

use clap::error::Error;
use clap::{ArgAction, CommandFactory as _, Parser as _};

use super::*;
use crate::args::Cli;

/// The worded error for a command line, as `main` prints it.
fn worded(line: &[&str]) -> (String, String) {
    worded_os(line.iter().map(OsString::from).collect())
}

/// [`worded`] for words that need not be UTF-8.
fn worded_os(line: Vec<OsString>) -> (String, String) {
    let argv: Vec<OsString> = std::iter::once(OsString::from("zego-token"))
        .chain(line)
        .collect();
    let e = Cli::try_parse_from(&argv).expect_err("a usage error");
    let usage = reword(&e, &Cli::command(), &argv);
    (usage.message, usage.hints.join("; "))
}

/// The worded error of a made-up command, for kinds `Cli` cannot raise.
fn worded_by(cmd: &Command, line: &[&str]) -> (String, String) {
    let argv: Vec<OsString> = line.iter().map(OsString::from).collect();
    let e = cmd
        .clone()
        .try_get_matches_from(&argv)
        .expect_err("an error");
    let usage = reword(&e, cmd, &argv);
    (usage.message, usage.hints.join("; "))
}

fn pair(message: &str, hint: &str) -> (String, String) {
    (message.to_owned(), hint.to_owned())
}

/// `t [--eq=V] [--pair A B] [--few A B C...] [--a|--b] [--sp V] [outer]`.
fn made_up() -> Command {
    let flag = |name: &'static str| Arg::new(name).long(name).action(ArgAction::SetTrue);
    Command::new("t")
        .arg(Arg::new("eq").long("eq").require_equals(true))
        .arg(Arg::new("pair").long("pair").num_args(2))
        .arg(Arg::new("few").long("few").num_args(3..))
        .arg(flag("a").conflicts_with("b"))
        .arg(flag("b"))
        .arg(Arg::new("sp").long("sp").value_parser(["x y", "z"]))
        .args_conflicts_with_subcommands(true)
        .subcommand(
            Command::new("outer")
                .arg(Arg::new("name").short('n').long("name").alias("nm"))
                .arg(Arg::new("quiet").short('q').action(ArgAction::SetTrue))
                .subcommand(Command::new("inner"))
                .subcommand_required(true),
        )
}

#[test]
fn missing_arguments_name_the_subcommand() {
    assert_eq!(
        worded(&["generate", "--app-id", "1"]),
        pair(
            "the following required arguments were not provided: --user-id <ID>",
            "see 'zego-token generate --help'"
        )
    );
    assert_eq!(
        worded(&["--profile", "dev", "profile", "add"]),
        pair(
            "the following required arguments were not provided: --app-id <N> <NAME>",
            "see 'zego-token profile add --help'"
        )
    );
}

#[test]
fn values_list_what_is_possible_and_name_the_subcommand() {
    assert_eq!(
        worded(&["sign", "--region", "moon"]),
        pair(
            "invalid value 'moon' for '--region <REGION>' \
             [possible values: sha, hkg, fra, lax, bom, sgp]",
            "see 'zego-token sign --help'"
        )
    );
    assert_eq!(
        worded(&["verify", "--require", "lgin", "t"]),
        pair(
            "invalid value 'lgin' for '--require <PRIVILEGE>' [possible values: login, publish]",
            "a similar value exists: 'login'; see 'zego-token verify --help'"
        )
    );
    assert_eq!(
        worded(&["callback", "sign", "--nonce"]),
        pair(
            "a value is required for '--nonce <N>' but none was supplied",
            "see 'zego-token callback sign --help'"
        )
    );
    // clap quotes a possible value with a space in it.
    assert_eq!(
        worded_by(&made_up(), &["t", "--sp", "q"]).0,
        "invalid value 'q' for '--sp <sp>' [possible values: \"x y\", z]"
    );
}

#[test]
fn validation_errors_carry_the_reason() {
    assert_eq!(
        worded(&["generate", "--app-id", "x", "--user-id", "a"]),
        pair(
            "invalid value 'x' for '--app-id <N>': invalid digit found in string",
            "see 'zego-token generate --help'"
        )
    );
    assert_eq!(
        worded(&["serve", "--listen", "x"]).0,
        "invalid value 'x' for '--listen <ADDR:PORT>': expected ADDR:PORT, e.g. \
         127.0.0.1:8787 (this machine only) or 0.0.0.0:8787 (all networks), or a port"
    );
}

#[test]
fn unknown_words_get_the_similar_one_and_the_tips() {
    assert_eq!(
        worded(&["profile", "ad"]),
        pair(
            "unrecognized subcommand 'ad'",
            "a similar subcommand exists: 'add'; see 'zego-token profile --help'"
        )
    );
    assert_eq!(
        worded(&["generate", "--modee", "gcm", "--user-id", "a"]),
        pair(
            "unexpected argument '--modee' found",
            "a similar argument exists: '--mode'; see 'zego-token generate --help'"
        )
    );
    assert_eq!(
        worded(&["explain", "-5"]),
        pair(
            "unexpected argument '-5' found",
            "to pass '-5' as a value, use '-- -5'; see 'zego-token explain --help'"
        )
    );
    assert_eq!(
        worded(&["explain", "1", "2"]),
        pair(
            "unexpected argument '2' found",
            "see 'zego-token explain --help'"
        )
    );
}

#[test]
fn conflicts_name_both_arguments() {
    assert_eq!(
        worded(&["verify", "--quiet", "--json", "t"]).0,
        "the argument '--quiet' cannot be used with '--json'"
    );
    assert_eq!(
        worded(&["--profile", "a", "--no-profile", "decode", "t"]),
        pair(
            "the argument '--profile <NAME>' cannot be used with '--no-profile'",
            "see 'zego-token decode --help'"
        )
    );
    assert_eq!(
        worded(&["generate", "--user-id", "a", "--user-id", "b"]).0,
        "the argument '--user-id <ID>' cannot be used multiple times"
    );
    assert_eq!(
        worded_by(&made_up(), &["t", "--b", "outer"]).0,
        "the subcommand 'outer' cannot be used with '--b'"
    );
}

#[test]
fn value_counts_and_equal_signs() {
    assert_eq!(
        worded(&["generate", "--json=1", "--user-id", "a"]).0,
        "unexpected value '1' for '--json' found; no more were expected"
    );
    let cmd = made_up();
    assert_eq!(
        worded_by(&cmd, &["t", "--eq", "v"]).0,
        "equal sign is needed when assigning values to '--eq=<eq>'"
    );
    assert_eq!(
        worded_by(&cmd, &["t", "--pair", "v"]).0,
        "2 values required for '--pair <pair> <pair>' but 1 was provided"
    );
    assert_eq!(
        worded_by(&cmd, &["t", "--few", "v", "w"]).0,
        "3 values required by '--few <few> <few> <few>...'; only 2 were provided"
    );
    assert_eq!(
        worded_by(&cmd, &["t", "outer"]).0,
        "'t outer' requires a subcommand but one was not provided \
         [subcommands: inner, help]"
    );
}

#[test]
fn kinds_without_words_of_their_own_fall_back_on_clap_s_name() {
    assert_eq!(
        worded_os(vec![
            "generate".into(),
            OsString::from_vec(b"--user-id=\xff".to_vec())
        ]),
        pair(
            "invalid UTF-8 was detected in one or more arguments",
            "see 'zego-token generate --help'"
        )
    );
    let argv = [OsString::from("zego-token")];
    let bare = |kind| reword(&Error::new(kind), &Cli::command(), &argv).message;
    assert_eq!(
        bare(ErrorKind::ArgumentConflict),
        "an argument cannot be used with one or more of the other specified arguments"
    );
    assert_eq!(bare(ErrorKind::Io), "invalid arguments");
}

#[test]
fn option_values_are_not_taken_for_subcommands() {
    // `--color never` and `--profile generate`: values, not subcommands.
    assert_eq!(
        worded(&["--color", "never", "--profile", "generate", "explain"]).1,
        "see 'zego-token explain --help'"
    );
    assert_eq!(
        worded(&["generat"]).1,
        "a similar subcommand exists: 'generate'; see 'zego-token --help'"
    );
    let profile = OsString::from_vec(b"\xff".to_vec());
    let line = ["--profile".into(), profile, "generate".into()];
    assert_eq!(
        worded_os(line.to_vec()).1,
        "see 'zego-token generate --help'"
    );
    let cmd = made_up();
    for (line, path) in [
        (
            &["t", "outer", "--nm", "x", "inner", "--bogus"][..],
            "t outer inner",
        ),
        (
            &["t", "outer", "-qn", "x", "inner", "--bogus"],
            "t outer inner",
        ),
        (&["t", "outer", "-q", "--nosuch", "inner"], "t outer"),
        (
            &["t", "outer", "-ninner", "inner", "--bogus"],
            "t outer inner",
        ),
        (
            &["t", "outer", "--name=inner", "inner", "--bogus"],
            "t outer inner",
        ),
        (&["t", "outer", "--", "inner"], "t outer"),
    ] {
        // After `--`, clap's tip comes first.
        let hint = worded_by(&cmd, line).1;
        assert!(
            hint.ends_with(&format!("see '{path} --help'")),
            "{line:?}: {hint}"
        );
    }
}

#[test]
fn the_walk_stops_where_clap_did() {
    // clap refused `--nosuch` before reaching `generate`.
    assert_eq!(
        worded(&["--nosuch", "generate"]).1,
        "see 'zego-token --help'"
    );
    // `help` has no `--help`: the hint names the command it helps with.
    assert_eq!(
        worded(&["help", "nosuch"]),
        pair(
            "unrecognized subcommand 'nosuch'",
            "see 'zego-token --help'"
        )
    );
}
