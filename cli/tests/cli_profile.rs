//! End-to-end tests of credential profiles: `zego-token profile ...` and
//! `--profile` / `ZEGO_PROFILE` on the other subcommands. Every test has its
//! own temporary config directory (ZEGO_TOKEN_CONFIG, XDG_CONFIG_HOME and
//! HOME all point into it): the real config is never touched. Tokens are
//! checked by decoding them with the library.

#![allow(clippy::unwrap_used, clippy::print_stderr)]

mod support;

use std::path::{Path, PathBuf};
use std::process::Stdio;

use assert_cmd::Command;
use support::cli::{Out, clean_env};
use zego_token::format::Envelope;
use zego_token::{Mode, Secret, unchecked};

/// Recognisable ServerSecrets: any output containing one is a leak.
const PROFILE_SECRET: &str = "a1a1a1a1b2b2b2b2c3c3c3c3d4d4d4d4";
const ENV_SECRET: &str = "e5e5e5e5f6f6f6f6a7a7a7a7b8b8b8b8";
const FLAG_SECRET: &str = "f1a9f1a9f1a9f1a9f1a9f1a9f1a9f1a9";
const STORED_SECRET: &str = "5704ed005704ed005704ed005704ed00";
/// 2026-11-30T12:00:00Z.
const NOW: &str = "1796040000";

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/// A temporary home: the config file is `<tmp>/cfg/config.toml` (its
/// directory does not exist until the binary makes it).
struct Home {
    dir: tempfile::TempDir,
}

/// Fails if any output of a run holds any of the secrets.
fn assert_no_secret(out: &Out) {
    let all = format!("{}{}", out.stdout, out.stderr);
    for secret in [PROFILE_SECRET, ENV_SECRET, FLAG_SECRET, STORED_SECRET] {
        assert!(!all.contains(secret), "secret leaked: {out:?}");
    }
}

impl Home {
    fn new() -> Home {
        Home {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn config_dir(&self) -> PathBuf {
        self.dir.path().join("cfg")
    }

    fn config(&self) -> PathBuf {
        self.config_dir().join("config.toml")
    }

    /// Sets the environment every run gets: the clean test environment, but
    /// with the config in this home.
    fn env<'c>(&self, cmd: &'c mut std::process::Command) -> &'c mut std::process::Command {
        clean_env(cmd)
            .env("ZEGO_TOKEN_CONFIG", self.config())
            .env("XDG_CONFIG_HOME", self.dir.path().join("xdg"))
            .env("HOME", self.dir.path().join("home"))
            .stdin(Stdio::null())
    }

    fn cmd(&self) -> Command {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_zego-token"));
        self.env(&mut cmd);
        Command::from_std(cmd)
    }

    fn run(&self, args: &[&str]) -> Out {
        self.run_with(args, |_| {})
    }

    fn run_with(&self, args: &[&str], setup: impl FnOnce(&mut Command)) -> Out {
        let mut cmd = self.cmd();
        cmd.args(args);
        setup(&mut cmd);
        let out = Out::of(cmd.output().unwrap());
        assert_no_secret(&out);
        out
    }

    /// A secret file, owner-only unless `mode` says otherwise.
    fn secret_file(&self, name: &str, secret: &str, mode: u32) -> String {
        let path = self.dir.path().join(name);
        std::fs::write(&path, format!("{secret}\n")).unwrap();
        set_mode(&path, mode);
        path.to_str().unwrap().to_owned()
    }

    /// Writes the config file by hand, owner-only.
    fn write_config(&self, text: &str) {
        std::fs::create_dir_all(self.config_dir()).unwrap();
        std::fs::write(self.config(), text).unwrap();
        set_mode(&self.config(), 0o600);
    }

    fn read_config(&self) -> String {
        std::fs::read_to_string(self.config()).unwrap()
    }

    /// `profile add NAME --app-id APP_ID --secret-file <PROFILE_SECRET>`
    /// plus `extra`; the secret file is `NAME.secret` in the home.
    fn add(&self, name: &str, app_id: &str, extra: &[&str]) {
        let file = self.secret_file(&format!("{name}.secret"), PROFILE_SECRET, 0o600);
        let mut args = vec!["profile", "add", name, "--app-id", app_id, "--secret-file"];
        args.push(&file);
        args.extend_from_slice(extra);
        let out = self.run(&args);
        assert_eq!(out.code, Some(0), "{out:?}");
    }

    /// `profile add dev --app-id 11 --secret-file <PROFILE_SECRET>`.
    fn add_dev(&self, extra: &[&str]) {
        self.add("dev", "11", extra);
    }

    /// `generate --user-id demo --now NOW` plus `extra`.
    fn generate(&self, extra: &[&str]) -> Out {
        self.generate_with(extra, |_| {})
    }

    fn generate_with(&self, extra: &[&str], setup: impl FnOnce(&mut Command)) -> Out {
        let mut args = vec!["generate", "--user-id", "demo", "--now", NOW];
        args.extend_from_slice(extra);
        self.run_with(&args, setup)
    }
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[cfg(not(unix))]
fn set_mode(_: &Path, _: u32) {}

#[cfg(unix)]
fn mode_of(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// The claims of a token that must open with `secret`.
fn claims(token: &str, secret: &str) -> zego_token::format::Claims {
    unchecked::open(token, &Secret::new(secret).unwrap())
        .unwrap_or_else(|e| panic!("the token does not open with {secret}: {e}"))
        .1
        .into_v04()
        .expect("a Token04")
}

fn opens_with(token: &str, secret: &str) -> bool {
    unchecked::open(token, &Secret::new(secret).unwrap()).is_ok()
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn assert_error(out: &Out, code: i32, needles: &[&str]) {
    assert_eq!(out.code, Some(code), "{out:?}");
    assert!(out.stdout.is_empty(), "stdout: {out:?}");
    assert!(
        out.stderr.starts_with("zego-token: error:"),
        "not the error shape: {out:?}"
    );
    for needle in needles {
        assert!(out.stderr.contains(needle), "no {needle:?} in {out:?}");
    }
}

// ---------------------------------------------------------------------------
// profile add / list / remove / default
// ---------------------------------------------------------------------------

#[test]
fn add_list_default_and_remove() {
    let home = Home::new();
    assert_eq!(home.run(&["profile", "list"]).code, Some(0));

    home.add_dev(&["--ttl", "2h"]);
    let out = home.run_with(
        &["profile", "add", "prod", "--app-id", "22", "--mode", "cbc"],
        |c| {
            c.write_stdin(format!("{STORED_SECRET}\n"));
        },
    );
    assert_eq!(out.code, Some(0), "{out:?}");
    let out = home.run(&["profile", "add", "bare", "--app-id", "33", "--no-secret"]);
    assert_eq!(out.code, Some(0), "{out:?}");

    let list = home.run(&["profile", "list"]);
    assert_eq!(list.code, Some(0), "{list:?}");
    let line = |name: &str| {
        list.stdout
            .lines()
            .find(|l| l.split_whitespace().any(|w| w == name))
            .unwrap_or_else(|| panic!("{name} not listed: {list:?}"))
            .to_owned()
    };
    let dev = line("dev");
    assert!(
        dev.starts_with('*'),
        "the first profile is the default: {dev}"
    );
    assert!(dev.contains("11") && dev.contains("dev.secret"), "{dev}");
    assert!(dev.contains("effective_time 2h"), "{dev}");
    let prod = line("prod");
    assert!(!prod.starts_with('*'), "{prod}");
    assert!(
        prod.contains("22") && prod.contains("stored in config"),
        "{prod}"
    );
    assert!(prod.contains("mode cbc"), "{prod}");
    let bare = line("bare");
    assert!(bare.contains("33") && bare.contains("none"), "{bare}");
    assert!(
        list.stdout.contains(home.config().to_str().unwrap()),
        "{list:?}"
    );

    let out = home.run(&["profile", "default", "prod"]);
    assert_eq!(out.code, Some(0), "{out:?}");
    assert_eq!(home.run(&["profile", "default"]).stdout, "prod\n");
    let list = home.run(&["profile", "list"]);
    assert!(
        list.stdout.lines().any(|l| l.starts_with("* prod")),
        "{list:?}"
    );

    // The default profile is used without --profile.
    let token = home.generate(&[]).token();
    assert_eq!(claims(&token, STORED_SECRET).app_id, 22);

    let out = home.run(&["profile", "remove", "prod"]);
    assert_eq!(out.code, Some(0), "{out:?}");
    assert!(out.stderr.contains("no default profile"), "{out:?}");
    assert_eq!(home.run(&["profile", "default"]).stdout, "");
    assert!(
        !home.read_config().contains("prod"),
        "{}",
        home.read_config()
    );
    let list = home.run(&["profile", "list"]);
    assert!(!list.stdout.contains("prod"), "{list:?}");
    assert!(list.stdout.contains("dev"), "{list:?}");

    let out = home.run(&["profile", "default", "--unset"]);
    assert_eq!(out.code, Some(0), "{out:?}");
}

#[test]
fn add_refuses_to_replace_without_force_and_checks_its_input() {
    let home = Home::new();
    home.add_dev(&[]);
    let before = home.read_config();
    let file = home.secret_file("other.secret", FLAG_SECRET, 0o600);
    let again = [
        "profile",
        "add",
        "dev",
        "--app-id",
        "99",
        "--secret-file",
        &file,
    ];
    assert_error(&home.run(&again), 2, &["dev", "--force"]);
    assert_eq!(home.read_config(), before);

    let mut forced = again.to_vec();
    forced.push("--force");
    assert_eq!(home.run(&forced).code, Some(0));
    let token = home.generate(&["--profile", "dev"]).token();
    assert_eq!(claims(&token, FLAG_SECRET).app_id, 99);

    let bad: [(&[&str], &str); 5] = [
        (
            &["profile", "add", "a b", "--app-id", "1", "--no-secret"],
            "name",
        ),
        (
            &["profile", "add", "x", "--app-id", "0", "--no-secret"],
            "AppID",
        ),
        (
            &[
                "profile",
                "add",
                "x",
                "--app-id",
                "1",
                "--no-secret",
                "--ttl",
                "5x",
            ],
            "effective_time",
        ),
        (
            &["profile", "add", "x", "--app-id", "1", "--secret-file", "-"],
            "stdin",
        ),
        (&["profile", "add", "x", "--app-id", "1"], "no ServerSecret"),
    ];
    for (args, needle) in bad {
        assert_error(&home.run(args), 2, &[needle]);
    }
    let out = home.run_with(&["profile", "add", "x", "--app-id", "1"], |c| {
        c.write_stdin("tooshort\n");
    });
    assert_error(&out, 2, &["32 characters"]);
    assert!(!out.stderr.contains("tooshort"), "{out:?}");
    assert!(!home.read_config().contains("[profiles.x]"));
}

#[test]
fn list_never_shows_a_secret() {
    let home = Home::new();
    home.add_dev(&[]);
    let out = home.run_with(&["profile", "add", "prod", "--app-id", "22"], |c| {
        c.write_stdin(STORED_SECRET);
    });
    assert_eq!(out.code, Some(0), "{out:?}");
    assert!(home.read_config().contains(STORED_SECRET));
    // run_with checks every output for every secret.
    let list = home.run(&["profile", "list"]);
    assert_eq!(list.code, Some(0));
    assert!(list.stdout.contains("stored in config"), "{list:?}");
}

// ---------------------------------------------------------------------------
// Precedence: flags > environment > profile > built-in defaults
// ---------------------------------------------------------------------------

#[test]
fn app_id_flag_beats_environment_beats_profile() {
    let home = Home::new();
    home.add_dev(&[]);
    let app_id = |out: Out| claims(&out.token(), PROFILE_SECRET).app_id;
    assert_eq!(app_id(home.generate(&["--profile", "dev"])), 11);
    assert_eq!(
        app_id(home.generate_with(&["--profile", "dev"], |c| {
            c.env("ZEGO_APP_ID", "22");
        })),
        22
    );
    assert_eq!(
        app_id(
            home.generate_with(&["--profile", "dev", "--app-id", "33"], |c| {
                c.env("ZEGO_APP_ID", "22");
            })
        ),
        33
    );
}

#[test]
fn secret_flag_beats_environment_beats_profile() {
    let home = Home::new();
    home.add_dev(&[]);
    let token = home.generate(&["--profile", "dev"]).token();
    assert!(opens_with(&token, PROFILE_SECRET));

    let env = |c: &mut Command| {
        c.env("ZEGO_SERVER_SECRET", ENV_SECRET);
    };
    let token = home.generate_with(&["--profile", "dev"], env).token();
    assert!(opens_with(&token, ENV_SECRET));

    let token = home
        .generate_with(&["--profile", "dev", "--secret", FLAG_SECRET], env)
        .token();
    assert!(opens_with(&token, FLAG_SECRET));

    let file = home.secret_file("flag.secret", FLAG_SECRET, 0o600);
    let token = home
        .generate_with(&["--profile", "dev", "--secret-file", &file], env)
        .token();
    assert!(opens_with(&token, FLAG_SECRET));
}

#[test]
fn effective_time_flag_beats_profile_beats_one_hour() {
    let home = Home::new();
    home.add_dev(&["--effective-time", "2h"]);
    let lifetime = |out: Out| {
        let c = claims(&out.token(), PROFILE_SECRET);
        c.expire - c.ctime
    };
    assert_eq!(lifetime(home.generate(&["--profile", "dev"])), 7200);
    assert_eq!(
        lifetime(home.generate(&["--profile", "dev", "--ttl", "30m"])),
        1800
    );
    let no_profile = ["--app-id", "1", "--secret", FLAG_SECRET, "--no-profile"];
    let c = claims(&home.generate(&no_profile).token(), FLAG_SECRET);
    assert_eq!(c.expire - c.ctime, 3600);
}

#[test]
fn mode_flag_beats_profile_beats_gcm() {
    let home = Home::new();
    home.add_dev(&["--mode", "cbc"]);
    let mode = |out: Out| Envelope::parse(&out.token()).unwrap().mode();
    assert_eq!(mode(home.generate(&["--profile", "dev"])), Mode::Cbc);
    assert_eq!(
        mode(home.generate(&["--profile", "dev", "--mode", "gcm"])),
        Mode::Gcm
    );
    home.write_config(&format!(
        "[profiles.plain]\napp_id = 5\nsecret_file = \"{}\"\n",
        home.secret_file("p.secret", PROFILE_SECRET, 0o600)
    ));
    assert_eq!(mode(home.generate(&["--profile", "plain"])), Mode::Gcm);
}

#[test]
fn profile_flag_beats_environment_beats_default() {
    let home = Home::new();
    home.add_dev(&[]);
    home.add("stage", "44", &[]);
    let app_id = |out: Out| claims(&out.token(), PROFILE_SECRET).app_id;
    // dev is the default (the first added).
    assert_eq!(app_id(home.generate(&[])), 11);
    let env = |c: &mut Command| {
        c.env("ZEGO_PROFILE", "stage");
    };
    assert_eq!(app_id(home.generate_with(&[], env)), 44);
    assert_eq!(app_id(home.generate_with(&["--profile", "dev"], env)), 11);
    // --no-profile: nothing from any profile, so no AppID at all.
    let out = home.generate_with(&["--no-profile"], env);
    assert_error(
        &out,
        2,
        &["no AppID given", "--app-id", "ZEGO_APP_ID", "--profile"],
    );
}

#[test]
fn without_any_profile_the_app_id_is_required() {
    let home = Home::new();
    let out = home.generate(&["--secret", FLAG_SECRET]);
    assert_error(
        &out,
        2,
        &["no AppID given", "--app-id", "ZEGO_APP_ID", "--profile"],
    );
    assert!(!home.config().exists(), "generate wrote a config");
}

#[test]
fn decode_and_verify_use_the_profile() {
    let home = Home::new();
    home.add_dev(&[]);
    let token = home.generate(&["--profile", "dev"]).token();
    let out = home.run(&["decode", "--profile", "dev", &token]);
    assert_eq!(out.code, Some(0), "{out:?}");
    assert!(out.stdout.contains("authenticated"), "{out:?}");
    assert!(out.stdout.contains("demo"), "{out:?}");
    let out = home.run(&["verify", "--now", NOW, "--profile", "dev", &token]);
    assert_eq!(out.code, Some(0), "{out:?}");
    // The profile's AppID is an expectation of verify: a token of app 12
    // made with the same secret is a mismatch (exit 6).
    let other = home
        .generate(&["--profile", "dev", "--app-id", "12"])
        .token();
    let out = home.run(&["verify", "--now", NOW, "--profile", "dev", &other]);
    assert_eq!(out.code, Some(6), "{out:?}");
    let out = home.run(&[
        "verify",
        "--now",
        NOW,
        "--profile",
        "dev",
        "--app-id",
        "12",
        &other,
    ]);
    assert_eq!(out.code, Some(0), "{out:?}");
}

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

#[test]
fn a_mistyped_profile_lists_the_existing_names() {
    let home = Home::new();
    home.add_dev(&[]);
    home.add("staging", "2", &[]);

    let out = home.generate(&["--profile", "stagng"]);
    assert_error(
        &out,
        2,
        &["stagng", "did you mean \"staging\"", "dev, staging"],
    );
    let out = home.generate_with(&[], |c| {
        c.env("ZEGO_PROFILE", "prod");
    });
    assert_error(&out, 2, &["\"prod\"", "ZEGO_PROFILE", "dev, staging"]);
    for args in [
        &["profile", "remove", "stagng"][..],
        &["profile", "default", "stagng"][..],
    ] {
        assert_error(&home.run(args), 2, &["did you mean \"staging\""]);
    }
}

#[test]
fn a_named_profile_without_a_config_file_is_an_error() {
    let home = Home::new();
    let out = home.generate(&["--profile", "dev", "--app-id", "1", "--secret", FLAG_SECRET]);
    assert_error(&out, 2, &["no profile named \"dev\"", "profile add"]);
}

#[test]
fn a_profile_whose_secret_file_is_missing_exits_1_naming_it() {
    let home = Home::new();
    home.add_dev(&[]);
    let missing = home.dir.path().join("dev.secret");
    std::fs::remove_file(&missing).unwrap();
    let out = home.generate(&["--profile", "dev"]);
    assert_error(&out, 1, &[missing.to_str().unwrap(), "profile dev"]);
    let list = home.run(&["profile", "list"]);
    assert!(list.stdout.contains("(missing)"), "{list:?}");
}

#[test]
fn a_bad_config_names_the_file_and_line() {
    let home = Home::new();
    let config = home.config();
    let config = config.to_str().unwrap();
    let cases = [
        ("# profiles\n[profiles.dev]\napp_id = \"eleven\"\n", 3),
        ("[profiles.dev]\napp_id = 1\nmode = \"ecb\"\n", 3),
        ("[profiles.dev]\napp_id = 1\n\nsecrte_file = \"x\"\n", 4),
        ("default = \"dev\"\n[profiles.dev\napp_id = 1\n", 2),
    ];
    for (text, line) in cases {
        home.write_config(text);
        let out = home.generate(&["--profile", "dev"]);
        assert_error(&out, 2, &[&format!("{config}:{line}:")]);
        let out = home.run(&["profile", "list"]);
        assert_error(&out, 2, &[&format!("{config}:{line}:")]);
    }
}

// ---------------------------------------------------------------------------
// Permissions and atomic writes
// ---------------------------------------------------------------------------

#[cfg(unix)]
#[test]
fn the_config_is_written_owner_only_in_an_owner_only_directory() {
    let home = Home::new();
    home.add_dev(&[]);
    assert_eq!(mode_of(&home.config_dir()), 0o700);
    assert_eq!(mode_of(&home.config()), 0o600);
    // A replaced file is owner-only even if it was not before.
    set_mode(&home.config(), 0o644);
    let out = home.run(&["profile", "add", "x", "--app-id", "1"]);
    assert_error(&out, 2, &["no ServerSecret"]);
    let out = home.run_with(&["profile", "add", "x", "--app-id", "1"], |c| {
        c.write_stdin(STORED_SECRET);
    });
    assert_eq!(out.code, Some(0), "{out:?}");
    assert_eq!(mode_of(&home.config()), 0o600);
}

#[cfg(unix)]
#[test]
fn a_stored_secret_in_a_config_others_can_read_is_refused() {
    let home = Home::new();
    let out = home.run_with(&["profile", "add", "prod", "--app-id", "22"], |c| {
        c.write_stdin(STORED_SECRET);
    });
    assert_eq!(out.code, Some(0), "{out:?}");
    assert!(opens_with(&home.generate(&[]).token(), STORED_SECRET));

    set_mode(&home.config(), 0o644);
    let config = home.config();
    let config = config.to_str().unwrap();
    let out = home.generate(&[]);
    assert_error(&out, 2, &[config, "other users", "chmod 600"]);
    let list = home.run(&["profile", "list"]);
    assert_eq!(list.code, Some(0));
    assert!(
        list.stderr.contains("warning") && list.stderr.contains("chmod 600"),
        "{list:?}"
    );
    // A flag or the environment does not need the stored secret.
    let out = home.generate(&["--secret", FLAG_SECRET]);
    assert_eq!(claims(&out.token(), FLAG_SECRET).app_id, 22);
}

#[cfg(unix)]
#[test]
fn a_secret_file_others_can_read_gets_a_warning() {
    let home = Home::new();
    home.add_dev(&[]);
    let file = home.dir.path().join("dev.secret");
    set_mode(&file, 0o644);
    let out = home.generate(&["--profile", "dev"]);
    assert!(opens_with(&out.token(), PROFILE_SECRET));
    assert!(
        out.stderr.contains("warning") && out.stderr.contains(file.to_str().unwrap()),
        "{out:?}"
    );
    assert!(out.stderr.contains("chmod 600"), "{out:?}");
    let list = home.run(&["profile", "list"]);
    assert!(list.stdout.contains("readable by others"), "{list:?}");
}

#[test]
fn add_leaves_no_temporary_file() {
    let home = Home::new();
    home.add_dev(&[]);
    home.run(&["profile", "add", "b", "--app-id", "2", "--no-secret"]);
    home.run(&["profile", "default", "b"]);
    home.run(&["profile", "remove", "b"]);
    assert_eq!(files_in(&home.config_dir()), ["config.toml"]);
}

/// A write that fails half-way (here: the file size limit is 0, so every
/// write fails, even as root) leaves the old config as it was.
#[cfg(target_os = "linux")]
#[test]
fn a_failed_write_leaves_the_old_config_intact() {
    let home = Home::new();
    home.write_config("# mine\n[profiles.dev] # keep\napp_id = 11\n");
    let before = home.read_config();
    let mut cmd = std::process::Command::new("sh");
    home.env(&mut cmd).args([
        "-c",
        "trap '' XFSZ; ulimit -f 0; exec \"$0\" \"$@\"",
        env!("CARGO_BIN_EXE_zego-token"),
        "profile",
        "add",
        "new",
        "--app-id",
        "2",
        "--no-secret",
    ]);
    let out = Out::of(cmd.output().unwrap());
    assert_error(
        &out,
        1,
        &[
            "cannot write the config file",
            home.config().to_str().unwrap(),
        ],
    );
    assert_eq!(home.read_config(), before);
    assert_eq!(files_in(&home.config_dir()), ["config.toml"]);
}

/// A directory the user cannot write to (not a test root can run: root
/// writes anywhere).
#[cfg(unix)]
#[test]
fn a_read_only_directory_leaves_the_old_config_intact() {
    let home = Home::new();
    home.write_config("[profiles.dev]\napp_id = 11\n");
    let before = home.read_config();
    set_mode(&home.config_dir(), 0o500);
    if std::fs::write(home.config_dir().join("probe"), "").is_ok() {
        eprintln!("skipped: running as root, directory permissions do not apply");
        set_mode(&home.config_dir(), 0o700);
        return;
    }
    let out = home.run(&["profile", "add", "new", "--app-id", "2", "--no-secret"]);
    set_mode(&home.config_dir(), 0o700);
    assert_error(
        &out,
        1,
        &["cannot write the config file", "Permission denied"],
    );
    assert_eq!(home.read_config(), before);
    assert_eq!(files_in(&home.config_dir()), ["config.toml"]);
}

// ---------------------------------------------------------------------------
// Config file details
// ---------------------------------------------------------------------------

#[test]
fn hand_written_configs_resolve_relative_paths_and_keep_comments() {
    let home = Home::new();
    std::fs::create_dir_all(home.config_dir()).unwrap();
    let secret = home.config_dir().join("rel.secret");
    std::fs::write(&secret, PROFILE_SECRET).unwrap();
    set_mode(&secret, 0o600);
    home.write_config(
        "# my apps\ndefault = \"rel\"\n\n[profiles.rel] # the relative one\n\
         app_id = 7\nsecret_file = \"rel.secret\"\neffective_time = 600\n",
    );
    let c = claims(&home.generate(&[]).token(), PROFILE_SECRET);
    assert_eq!((c.app_id, c.expire - c.ctime), (7, 600));
    let out = home.run(&["profile", "add", "other", "--app-id", "8", "--no-secret"]);
    assert_eq!(out.code, Some(0), "{out:?}");
    let text = home.read_config();
    assert!(
        text.contains("# my apps") && text.contains("# the relative one"),
        "{text}"
    );
    assert!(text.contains("[profiles.other]"), "{text}");
}

#[test]
fn a_profile_without_secret_takes_it_from_the_environment() {
    let home = Home::new();
    let out = home.run(&["profile", "add", "bare", "--app-id", "9", "--no-secret"]);
    assert_eq!(out.code, Some(0));
    let out = home.generate_with(&[], |c| {
        c.env("ZEGO_SERVER_SECRET", ENV_SECRET);
    });
    assert_eq!(claims(&out.token(), ENV_SECRET).app_id, 9);
    let out = home.generate(&[]);
    assert_error(&out, 2, &["no ServerSecret given"]);
}

#[test]
fn mixing_one_app_s_app_id_with_a_profile_s_secret_is_warned_about() {
    let home = Home::new();
    home.add_dev(&[]);
    let out = home.generate(&["--app-id", "99"]);
    assert_eq!(out.code, Some(0));
    assert!(
        out.stderr.contains("warning") && out.stderr.contains("profile dev"),
        "{out:?}"
    );
    let out = home.generate(&[]);
    assert_eq!(out.stderr, "", "{out:?}");
}
