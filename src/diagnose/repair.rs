//! Lenient repair of pasted token strings.
//!
//! Tokens travel through chat messages, HTTP headers, shell quoting and URL
//! query strings, and pick up wrappers or encodings on the way. [`repair`]
//! undoes the few of these that are unambiguous and reports each one, so a
//! caller can warn in one line and carry on. Everything else is left exactly
//! as it was, for strict parsing ([`Envelope::parse`](crate::Envelope::parse))
//! to report.

use std::borrow::Cow;
use std::fmt;

/// One change made by [`repair`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Repair {
    /// A pair of matching quotes around the token was removed: `"…"`,
    /// `'…'`, `` `…` ``, `“…”` or `‘…’`.
    Quotes,
    /// A leading HTTP header name `Authorization:` was removed.
    AuthorizationHeader,
    /// A leading `Bearer ` (any case) was removed.
    BearerPrefix,
    /// A leading query-parameter name `token=` (any case) was removed.
    QueryParameter,
    /// Spaces were turned back into `+`: the token was put into a URL query
    /// without encoding and then form-decoded.
    SpacesToPlus,
    /// The escapes `%2B`, `%2F` and `%3D` were decoded: the token was
    /// URL-encoded and never decoded.
    PercentDecoded,
}

impl Repair {
    /// A short sentence for a one-line warning, e.g. "removed surrounding quotes".
    pub fn describe(self) -> &'static str {
        match self {
            Repair::Quotes => "removed surrounding quotes",
            Repair::AuthorizationHeader => "removed the \"Authorization:\" header name",
            Repair::BearerPrefix => "removed the \"Bearer \" prefix",
            Repair::QueryParameter => "removed the \"token=\" query-parameter name",
            Repair::SpacesToPlus => {
                "turned spaces back into '+' (the token went through a URL query unencoded)"
            }
            Repair::PercentDecoded => "percent-decoded the token (%2B, %2F, %3D)",
        }
    }
}

impl fmt::Display for Repair {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.describe())
    }
}

/// The result of [`repair`]: the token to parse and what was changed.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Repaired<'a> {
    /// The repaired token, without surrounding ASCII whitespace; borrowed
    /// from the input unless a fix rewrote it.
    pub token: Cow<'a, str>,
    /// The repairs made, in the order they were applied, each at most once.
    /// Empty when the input needed nothing beyond trimming.
    pub changes: Vec<Repair>,
}

impl Repaired<'_> {
    /// Whether anything beyond trimming whitespace was changed.
    pub fn is_changed(&self) -> bool {
        !self.changes.is_empty()
    }

    /// The same, owning its token, to outlive the input.
    pub fn into_owned(self) -> Repaired<'static> {
        Repaired {
            token: Cow::Owned(self.token.into_owned()),
            changes: self.changes,
        }
    }
}

/// Quote pairs removed around a token: ASCII quotes and the typographic
/// quotes that chat apps and word processors substitute.
const QUOTE_PAIRS: &[(char, char)] = &[
    ('"', '"'),
    ('\'', '\''),
    ('`', '`'),
    ('\u{201C}', '\u{201D}'),
    ('\u{2018}', '\u{2019}'),
];

/// Undoes the usual damage done to a pasted token.
///
/// Surrounding ASCII whitespace is always trimmed, silently. Then, each
/// recorded as a [`Repair`]:
///
/// * wrappers are peeled off, repeatedly and in any order: matching quotes,
///   `Authorization:`, `Bearer ` and `token=` (the names in any case);
/// * in a string that starts with `04` or `03`, spaces become `+` when that leaves
///   only base64 characters;
/// * in a string that starts with `04` or `03`, the escapes `%2B`, `%2F`, `%3D` (any
///   case) are decoded when every `%` starts one of them and every other
///   character is base64.
///
/// Anything else is left as it was. A valid token comes back unchanged with
/// no repairs. The function never panics and is idempotent: repairing its
/// output again changes nothing and reports no repairs.
///
/// ```
/// use zego_token::diagnose::{Repair, repair};
///
/// let fixed = repair("\"Bearer 04AAAA BBB=\"\n");
/// assert_eq!(fixed.token, "04AAAA+BBB=");
/// assert_eq!(
///     fixed.changes,
///     [Repair::Quotes, Repair::BearerPrefix, Repair::SpacesToPlus]
/// );
/// ```
pub fn repair(input: &str) -> Repaired<'_> {
    let mut changes = Vec::new();
    let mut note = |change: Repair| {
        if !changes.contains(&change) {
            changes.push(change);
        }
    };

    let mut s = input.trim_ascii();
    // The common case, a clean token: it starts with "04", so no wrapper
    // applies, and without ' ' or '%' neither fix does.
    if (s.starts_with(crate::version::VERSION) || s.starts_with(crate::version::VERSION_03))
        && memchr::memchr2(b' ', b'%', s.as_bytes()).is_none()
    {
        return Repaired {
            token: Cow::Borrowed(s),
            changes: Vec::new(),
        };
    }
    // Peel wrappers to a fixed point. Every step removes at least one
    // character, so the loop ends.
    loop {
        let (rest, change) = if let Some(rest) = strip_quotes(s) {
            (rest, Repair::Quotes)
        } else if let Some(rest) = strip_authorization(s) {
            (rest, Repair::AuthorizationHeader)
        } else if let Some(rest) = strip_bearer(s) {
            (rest, Repair::BearerPrefix)
        } else if let Some(rest) = strip_ignore_case(s, "token=") {
            (rest, Repair::QueryParameter)
        } else {
            break;
        };
        note(change);
        s = rest.trim_ascii();
    }

    // Fix the body. Both fixes produce "04" + base64 characters only, which
    // neither a wrapper nor another fix applies to: idempotent.
    let token = if let Some(fixed) = spaces_to_plus(s) {
        note(Repair::SpacesToPlus);
        Cow::Owned(fixed)
    } else if let Some(fixed) = percent_decode(s) {
        note(Repair::PercentDecoded);
        Cow::Owned(fixed)
    } else {
        Cow::Borrowed(s)
    };

    Repaired { token, changes }
}

/// Base64, and the `#` of a kit token.
fn is_base64(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '=' | crate::kit::KIT_SEPARATOR)
}

/// The version prefix and what follows it, for a Token04 or Token03.
fn split_version(s: &str) -> Option<(&'static str, &str)> {
    [crate::version::VERSION, crate::version::VERSION_03]
        .into_iter()
        .find_map(|v| Some((v, s.strip_prefix(v)?)))
}

/// `s` without one pair of matching surrounding quotes.
fn strip_quotes(s: &str) -> Option<&str> {
    QUOTE_PAIRS.iter().find_map(|&(open, close)| {
        s.strip_prefix(open)
            .and_then(|rest| rest.strip_suffix(close))
    })
}

/// `s` without a leading `prefix`, compared ASCII case-insensitively.
fn strip_ignore_case<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

/// `s` without a leading `Authorization` header name and its colon.
fn strip_authorization(s: &str) -> Option<&str> {
    strip_ignore_case(s, "authorization")?
        .trim_ascii_start()
        .strip_prefix(':')
}

/// `s` without a leading `Bearer` and the whitespace after it.
fn strip_bearer(s: &str) -> Option<&str> {
    let rest = strip_ignore_case(s, "bearer")?;
    rest.starts_with(|c: char| c.is_ascii_whitespace())
        .then_some(rest)
}

/// `s` with its spaces turned into `+`, if it has any and that leaves a
/// string of base64 characters after `04`.
fn spaces_to_plus(s: &str) -> Option<String> {
    let (_, body) = split_version(s)?;
    if !body.contains(' ') || !body.chars().all(|c| c == ' ' || is_base64(c)) {
        return None;
    }
    Some(s.replace(' ', "+"))
}

/// `s` with its `%2B`, `%2F` and `%3D` escapes decoded, if it has any, every
/// `%` starts one of them and every other character after `04` is base64.
fn percent_decode(s: &str) -> Option<String> {
    let (version, body) = split_version(s)?;
    if !body.contains('%') || !body.chars().all(|c| c == '%' || is_base64(c)) {
        return None;
    }
    // From here on every character is ASCII, so bytes are characters.
    let bytes = body.as_bytes();
    let mut out = String::with_capacity(s.len());
    out.push_str(version);
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            let decoded = match bytes.get(i + 1..i + 3)? {
                [b'2', b'B' | b'b'] => '+',
                [b'2', b'F' | b'f'] => '/',
                [b'3', b'D' | b'd'] => '=',
                _ => return None,
            };
            out.push(decoded);
            i += 3;
        } else {
            out.push(char::from(b));
            i += 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests;
