//! Reading what the user pipes or passes: a token (repaired), a URL or a
//! callback body from stdin, and batch input line by line.

use std::io::{IsTerminal, Read, Write as _};

use anyhow::Context as _;
use zego_token::diagnose::{Repair, Report, repair};
use zego_token::format::Malformed;

use crate::exit::UserError;

pub(crate) mod lines;

/// The largest input read as one token. A Token04 body is at most about
/// 128 KiB (two 16-bit lengths), about 175 KiB as base64.
const MAX_TOKEN_INPUT: u64 = 256 * 1024;
/// How much more of oversize input is read, only to count it.
const MAX_COUNTED: u64 = 16 * 1024 * 1024;

/// A token as typed or piped, with what was repaired in it.
pub(crate) struct TokenInput {
    pub(crate) token: String,
    pub(crate) repairs: Vec<Repair>,
    /// The length of piped input too long to be a token, which was
    /// counted but not kept.
    pub(crate) oversize: Option<usize>,
}

impl TokenInput {
    /// What `check` finds in the token; for oversize input, that it is
    /// malformed, like any other bad token (so `--json` and `-q` still apply).
    pub(crate) fn report(&self, check: impl FnOnce(&str) -> Report) -> Report {
        match self.oversize {
            None => check(&self.token),
            Some(length) => Report::malformed(Malformed::TooLong {
                length,
                max: zego_token::format::MAX_TOKEN_LEN,
            }),
        }
    }
}

/// The token from the argument, or from stdin for `-` or no argument.
pub(crate) fn token(arg: Option<&str>, secret_from_stdin: bool) -> anyhow::Result<TokenInput> {
    let raw = match arg {
        Some(t) if t != "-" => t.to_owned(),
        _ => {
            if secret_from_stdin {
                return Err(UserError::usage(
                    "the token and the ServerSecret cannot both come from stdin",
                )
                .hint("pass the token as an argument, or the secret with --secret-file PATH")
                .into());
            }
            match read_token_stdin()? {
                Piped::Text(text) => text,
                Piped::Oversize(length) => {
                    return Ok(TokenInput {
                        token: String::new(),
                        repairs: Vec::new(),
                        oversize: Some(length),
                    });
                }
            }
        }
    };
    let repaired = repair(&raw);
    Ok(TokenInput {
        token: repaired.token.into_owned(),
        repairs: repaired.changes,
        oversize: None,
    })
}

/// The token (repaired, with a warning per repair on stderr unless `quiet`).
pub(crate) fn read(
    arg: Option<&str>,
    secret_from_stdin: bool,
    quiet: bool,
) -> anyhow::Result<TokenInput> {
    let token = token(arg, secret_from_stdin)?;
    if quiet {
        return Ok(token);
    }
    let mut err = std::io::stderr().lock();
    for repair in &token.repairs {
        writeln!(err, "zego-token: warning: {repair}")?;
    }
    Ok(token)
}

/// What came in on stdin.
enum Piped {
    Text(String),
    /// More than any token; only its length was kept.
    Oversize(usize),
}

fn read_token_stdin() -> anyhow::Result<Piped> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        return Err(UserError::usage("no token given")
            .hint("pass the token as an argument or pipe it in: pbpaste | zego-token decode")
            .into());
    }
    let mut bytes = Vec::new();
    stdin
        .lock()
        .take(MAX_TOKEN_INPUT + 1)
        .read_to_end(&mut bytes)
        .context("cannot read the token from stdin")?;
    if bytes.len() as u64 > MAX_TOKEN_INPUT {
        // Count some more without keeping it, to say how large it was; stop
        // at a bound so endless input (`yes | zego-token decode`) ends too.
        let rest = std::io::copy(&mut stdin.lock().take(MAX_COUNTED), &mut std::io::sink())
            .context("cannot read the token from stdin")?;
        let length = usize::try_from(rest)
            .unwrap_or(usize::MAX)
            .saturating_add(bytes.len());
        return Ok(Piped::Oversize(length));
    }
    Ok(Piped::Text(String::from_utf8_lossy(&bytes).into_owned()))
}

/// The bytes piped in for `what` (a URL, a callback body), at most
/// `limit`; more is an error (never cut: what follows the cut could change
/// the verdict). At a terminal, an error with `hint` saying how to give it.
pub(crate) fn piped(what: &str, limit: u64, hint: &str) -> anyhow::Result<Vec<u8>> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        return Err(UserError::usage(format!("no {what} given"))
            .hint(hint)
            .into());
    }
    let mut bytes = Vec::new();
    stdin
        .lock()
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .with_context(|| format!("cannot read the {what} from stdin"))?;
    if bytes.len() as u64 > limit {
        return Err(UserError::usage(format!(
            "the {what} on stdin is over {} KiB, the most read",
            limit / 1024
        ))
        .hint(format!(
            "is this the right input? A {what} is never this long"
        ))
        .into());
    }
    Ok(bytes)
}
