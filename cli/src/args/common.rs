//! What several subcommands' arguments share: the environment variables,
//! where the ServerSecret comes from, and the parsers that read the
//! library's named values (mode, token version, right) with its own
//! `FromStr`, so the rest of the binary speaks the library's types.

use std::path::PathBuf;

use clap::Args;
use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use zego_token::{Mode, Right, Version};

/// Where the ServerSecret comes from. The environment is read only when
/// neither flag is given.
#[derive(Debug, Args)]
pub(crate) struct SecretArgs {
    /// The 32-character ServerSecret (visible to other users in `ps`: prefer
    /// --secret-file or ZEGO_SERVER_SECRET on shared machines).
    #[arg(long, value_name = "SECRET", conflicts_with = "secret_file")]
    pub(crate) secret: Option<String>,

    /// Read the ServerSecret from a file (a trailing newline is ignored);
    /// `-` reads it from stdin.
    #[arg(long, value_name = "PATH")]
    pub(crate) secret_file: Option<PathBuf>,
}

/// A parser for one of the library's named values. clap lists `names`, with
/// their help, in `--help`, completions and the man page, and refuses any
/// other; the library reads the one given (its `FromStr`, or `Region`'s
/// `from_code`).
pub(super) fn library_value<T>(
    names: &[(&'static str, &'static str)],
    read: fn(&str) -> Option<T>,
) -> impl TypedValueParser<Value = T>
where
    T: Clone + Send + Sync + 'static,
{
    let values = names
        .iter()
        .map(|&(name, help)| PossibleValue::new(name).help(help));
    // clap has already refused any name not listed, and the library reads
    // every listed one: the error is for a list and a library out of step.
    PossibleValuesParser::new(values)
        .try_map(move |name| read(&name).ok_or("a value the library does not know"))
}

/// `--mode`.
pub(super) fn mode() -> impl TypedValueParser<Value = Mode> {
    library_value(
        &[
            ("gcm", "AES-256-GCM, authenticated"),
            ("cbc", "AES-256-CBC, legacy and not authenticated"),
        ],
        |name| name.parse().ok(),
    )
}

/// `--token-version`.
pub(super) fn version() -> impl TypedValueParser<Value = Version> {
    library_value(
        &[
            ("04", "Token04, the current format"),
            ("03", "Token03, the older format"),
        ],
        |name| name.parse().ok(),
    )
}

/// `--require`.
pub(super) fn right() -> impl TypedValueParser<Value = Right> {
    library_value(
        &[
            ("login", "Log in to the room"),
            ("publish", "Publish streams"),
        ],
        |name| name.parse().ok(),
    )
}

#[cfg(test)]
mod tests {
    use std::ffi::OsStr;

    use zego_token::signature::Region;

    use super::*;

    fn parse<T>(parser: impl TypedValueParser<Value = T>, name: &str) -> Option<T> {
        parser
            .parse_ref(&clap::Command::new("t"), None, OsStr::new(name))
            .ok()
    }

    /// Every name clap offers is read to the library value it names, and
    /// no other name is taken.
    #[test]
    fn listed_names_read_as_the_library_values() {
        assert_eq!(parse(mode(), "gcm"), Some(Mode::Gcm));
        assert_eq!(parse(mode(), "cbc"), Some(Mode::Cbc));
        assert_eq!(parse(version(), "04"), Some(Version::V04));
        assert_eq!(parse(version(), "03"), Some(Version::V03));
        assert_eq!(parse(right(), "login"), Some(Right::Login));
        assert_eq!(parse(right(), "publish"), Some(Right::Publish));
        let sha = library_value(&[("sha", "Shanghai")], Region::from_code);
        assert_eq!(parse(sha, "sha"), Some(Region::Sha));
        // As with clap's own value enums: the listed spelling only.
        assert_eq!(parse(mode(), "aes-256-gcm"), None);
        assert_eq!(parse(right(), "Login"), None);
        assert_eq!(parse(version(), "token04"), None);
    }
}
