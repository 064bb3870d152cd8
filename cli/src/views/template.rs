//! `generate --format`: each token as a line of the caller's own shape, for
//! a CI line where `--json | jq` is more than it needs. The placeholders
//! are the scalar fields of `generate --json`, under the same names, so
//! one vocabulary serves both; `{{` and `}}` are braces, `\n`, `\t` and
//! `\\` the usual escapes. A small parser rather than a template engine:
//! there are no conditions or filters to need one. Nothing secret is a
//! field of the view, so nothing secret can be a placeholder.

use std::borrow::Cow;
use std::fmt;

use crate::views::json::Generated;
use crate::views::render;

/// A field of `generate --json` that a placeholder names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Token,
    Mode,
    AppId,
    UserId,
    Nonce,
    Ctime,
    Expire,
    Payload,
    Version,
}

/// The placeholders, in the order `--json` writes its keys.
const FIELDS: [(&str, Field); 9] = [
    ("token", Field::Token),
    ("mode", Field::Mode),
    ("app_id", Field::AppId),
    ("user_id", Field::UserId),
    ("nonce", Field::Nonce),
    ("ctime", Field::Ctime),
    ("expire", Field::Expire),
    ("payload", Field::Payload),
    ("version", Field::Version),
];

#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    Text(String),
    Field(Field),
}

/// A parsed `--format`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Template {
    pieces: Vec<Piece>,
}

/// What is wrong with a `--format`: each a usage error, found before any
/// token is made.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum TemplateError {
    /// `{name}` names no field.
    UnknownPlaceholder(String),
    /// A `{` that no `}` closes.
    Unclosed,
    /// A `}` that closes nothing (a literal one is `}}`).
    StrayClose,
    /// A backslash before anything but `n`, `t` or `\` (or at the end).
    UnknownEscape(String),
}

impl fmt::Display for TemplateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TemplateError::UnknownPlaceholder(name) => {
                write!(f, "--format has an unknown placeholder {{{name}}}")
            }
            TemplateError::Unclosed => write!(f, "--format has a '{{' that no '}}' closes"),
            TemplateError::StrayClose => write!(f, "--format has a '}}' that closes nothing"),
            TemplateError::UnknownEscape(escape) => {
                write!(f, "--format has an unknown escape {escape}")
            }
        }
    }
}

impl TemplateError {
    /// The next step: the placeholders known, or how to write what was meant.
    pub(crate) fn hint(&self) -> String {
        match self {
            TemplateError::UnknownPlaceholder(_) => format!(
                "the placeholders are the fields of --json: {}",
                FIELDS
                    .iter()
                    .map(|(name, _)| format!("{{{name}}}"))
                    .collect::<Vec<_>>()
                    .join(" ")
            ),
            TemplateError::Unclosed | TemplateError::StrayClose => {
                "write a literal brace twice: {{ or }}".to_owned()
            }
            TemplateError::UnknownEscape(_) => {
                "the escapes are \\n (newline), \\t (tab) and \\\\ (a backslash)".to_owned()
            }
        }
    }
}

/// Parses a `--format` argument.
pub(crate) fn parse(text: &str) -> Result<Template, TemplateError> {
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                literal.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                literal.push('}');
            }
            '}' => return Err(TemplateError::StrayClose),
            '{' => {
                let mut name = String::new();
                loop {
                    match chars.next() {
                        None => return Err(TemplateError::Unclosed),
                        Some('}') => break,
                        Some(c) => name.push(c),
                    }
                }
                let field = FIELDS
                    .iter()
                    .find(|(known, _)| *known == name)
                    .map(|(_, field)| *field)
                    .ok_or(TemplateError::UnknownPlaceholder(name))?;
                if !literal.is_empty() {
                    pieces.push(Piece::Text(std::mem::take(&mut literal)));
                }
                pieces.push(Piece::Field(field));
            }
            '\\' => match chars.next() {
                Some('n') => literal.push('\n'),
                Some('t') => literal.push('\t'),
                Some('\\') => literal.push('\\'),
                Some(other) => return Err(TemplateError::UnknownEscape(format!("\\{other}"))),
                None => return Err(TemplateError::UnknownEscape("\\ at the end".to_owned())),
            },
            other => literal.push(other),
        }
    }
    if !literal.is_empty() {
        pieces.push(Piece::Text(literal));
    }
    Ok(Template { pieces })
}

impl Template {
    /// The line for one token, without its newline. `terminal`: the values
    /// are escaped as everywhere on a terminal (a user id or payload may
    /// hold control characters); a pipe gets them as they are, as
    /// `decode --raw` does.
    pub(crate) fn render(&self, made: &Generated<'_>, terminal: bool) -> String {
        let mut line = String::new();
        for piece in &self.pieces {
            let shown: Cow<'_, str> = match piece {
                Piece::Text(text) => {
                    line.push_str(text);
                    continue;
                }
                Piece::Field(field) => value(*field, made),
            };
            if terminal {
                line.push_str(&render::escape(&shown));
            } else {
                line.push_str(&shown);
            }
        }
        line
    }
}

/// A field's value as `--json` writes it, strings unquoted; `null` (a
/// Token03's payload) is empty.
fn value<'a>(field: Field, made: &Generated<'a>) -> Cow<'a, str> {
    match field {
        Field::Token => Cow::Borrowed(made.token),
        Field::Mode => Cow::Borrowed(made.mode),
        Field::AppId => Cow::Owned(made.app_id.to_string()),
        Field::UserId => Cow::Borrowed(made.user_id),
        Field::Nonce => Cow::Owned(made.nonce.to_string()),
        Field::Ctime => Cow::Owned(made.ctime.to_string()),
        Field::Expire => Cow::Owned(made.expire.to_string()),
        Field::Payload => Cow::Borrowed(made.payload.unwrap_or_default()),
        Field::Version => Cow::Borrowed(made.version),
    }
}

#[cfg(test)]
mod tests;
