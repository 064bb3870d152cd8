//! Parsing the names of the crate's small enums ([`Mode`](crate::Mode),
//! [`Version`](crate::Version), [`Right`](crate::Right)) from text, as a
//! command line, a config file or a query string spells them.

/// A name that is none of the values of an enum.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{found:?} is not a {what} (expected {expected})")]
pub struct UnknownName {
    /// What was being parsed: `"mode"`, `"token version"`, `"right"`.
    pub what: &'static str,
    /// The text given.
    pub found: String,
    /// The accepted names, in words: `"gcm or cbc"`.
    pub expected: &'static str,
}

/// The value whose names (any ASCII case) include `text`, trimmed.
pub(crate) fn parse<T: Copy>(
    text: &str,
    table: &[(&str, T)],
    what: &'static str,
    expected: &'static str,
) -> Result<T, UnknownName> {
    let wanted = text.trim();
    table
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(wanted))
        .map(|&(_, value)| value)
        .ok_or_else(|| UnknownName {
            what,
            found: text.to_owned(),
            expected,
        })
}
