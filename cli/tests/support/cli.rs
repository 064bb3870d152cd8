//! Running the real `zego-token` binary in a clean environment, and reading
//! what it printed.

use std::ffi::OsStr;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use serde::Deserialize;

use super::SECRET;

/// The variables that could carry a secret, an AppID, a profile or an
/// access key in from the caller's shell.
const CALLER_VARS: [&str; 6] = [
    "ZEGO_SERVER_SECRET",
    "ZEGO_APP_ID",
    "ZEGO_PROFILE",
    "ZEGO_TOKEN_ACCESS_KEY",
    "ZEGO_CALLBACK_SECRET",
    "ZEGO_APP_SIGN",
];

/// A config file that does not exist: no profile of the user's applies.
pub(crate) fn no_config() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("no-such-dir/config.toml")
}

/// Gives a command that runs the binary (itself, or through a wrapper such
/// as `script` or `time`) the clean test environment: no secret, AppID,
/// profile or access key from the caller's shell, no config file, no
/// color, UTC.
pub(crate) fn clean_env(cmd: &mut std::process::Command) -> &mut std::process::Command {
    for var in CALLER_VARS {
        cmd.env_remove(var);
    }
    cmd.env("ZEGO_TOKEN_CONFIG", no_config())
        .env("NO_COLOR", "1")
        .env("TZ", "UTC")
}

/// The binary with the clean test environment.
pub(crate) fn zego() -> Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_zego-token"));
    clean_env(&mut cmd);
    Command::from_std(cmd)
}

/// A finished run: exit code (`None` if killed by a signal) and output.
#[derive(Debug)]
pub(crate) struct Out {
    pub(crate) code: Option<i32>,
    pub(crate) stdout: String,
    pub(crate) stderr: String,
}

impl Out {
    pub(crate) fn of(output: Output) -> Out {
        Out {
            code: output.status.code(),
            stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
            stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
        }
    }

    /// The one line stdout holds: all of it but its final newline.
    pub(crate) fn line(&self) -> &str {
        let line = self
            .stdout
            .strip_suffix('\n')
            .unwrap_or_else(|| panic!("stdout does not end with a newline: {self:?}"));
        assert!(!line.contains('\n'), "more than one line: {self:?}");
        line
    }

    /// The token of a successful plain (non-JSON) `generate`: the whole
    /// stdout is the token and one newline.
    pub(crate) fn token(&self) -> String {
        assert_eq!(self.code, Some(0), "{self:?}");
        let token = self.line();
        assert!(token.starts_with("04"), "{self:?}");
        token.to_owned()
    }
}

/// The `privilege` object of `--json` output, in the spec's key set.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub(crate) struct PrivilegeJson {
    pub(crate) room_id: String,
    pub(crate) login: bool,
    pub(crate) publish: bool,
    pub(crate) stream_ids: Option<Vec<String>>,
}

/// Runs a command to the end.
pub(crate) fn run_cmd(cmd: &mut Command) -> Out {
    Out::of(cmd.output().expect("the binary runs"))
}

/// `zego-token ARGS` in the clean environment.
pub(crate) fn run<S: AsRef<OsStr>>(args: &[S]) -> Out {
    run_cmd(zego().args(args))
}

/// `generate --app-id 1 --user-id demo --secret SECRET --now NOW` plus
/// `extra`: the debug token of the README's first example, at a fixed time.
pub(crate) fn generate_demo(now: &str, extra: &[&str]) -> Out {
    let mut args = vec![
        "generate",
        "--app-id",
        "1",
        "--user-id",
        "demo",
        "--secret",
        SECRET,
        "--now",
        now,
    ];
    args.extend_from_slice(extra);
    run(&args)
}

/// The spec's error shape: one `zego-token: error:` line, optionally one
/// `  hint:` line, nothing on stdout, and never the secret.
pub(crate) fn assert_error_shape(out: &Out, code: i32, case: &str) {
    assert_eq!(out.code, Some(code), "{case}: {out:?}");
    assert!(out.stdout.is_empty(), "{case}: stdout not empty: {out:?}");
    let lines: Vec<&str> = out.stderr.lines().collect();
    assert!(
        matches!(lines.len(), 1 | 2),
        "{case}: expected one error line (and a hint), got {lines:?}"
    );
    assert!(
        lines[0].starts_with("zego-token: error:"),
        "{case}: {lines:?}"
    );
    if let Some(second) = lines.get(1) {
        assert!(second.starts_with("  hint:"), "{case}: {lines:?}");
    }
    assert!(
        !out.stderr.contains(SECRET),
        "{case}: secret leaked: {out:?}"
    );
}

/// A file in the temporary directory, owner-only as secret files should
/// be (one readable by others gets a warning on stderr), removed on drop.
pub(crate) struct TempFile(tempfile::TempPath);

impl TempFile {
    pub(crate) fn new(name: &str, contents: &[u8]) -> TempFile {
        let mut file = tempfile::Builder::new()
            .prefix(&format!("zego-token-test-{name}-"))
            .tempfile()
            .expect("a temporary file");
        file.write_all(contents).expect("temp file is writable");
        TempFile(file.into_temp_path())
    }

    pub(crate) fn path(&self) -> &str {
        self.0.to_str().expect("temp path is UTF-8")
    }
}
