//! Why a string is not a usable ServerSecret, and what is doubtful about
//! one that is: the mistakes of copying and pasting it. Nothing here puts
//! any part of the secret into a message.

use crate::error::{SecretError, SecretWarning};

/// Length of a ServerSecret: its raw bytes are the AES-256 key. Defined
/// here, with the checks that measure against it, so this module needs
/// nothing from `secret` (which uses it).
pub const SECRET_LEN: usize = 32;

/// Quote pairs a config file or code wraps a secret in (typographic ones
/// come from chat apps and word processors).
const QUOTES: [(&str, &str); 5] = [
    ("\"", "\""),
    ("'", "'"),
    ("`", "`"),
    ("\u{201c}", "\u{201d}"),
    ("\u{2018}", "\u{2019}"),
];

/// The error for bytes that are not 32 long, naming the slip that explains
/// the length when there is one.
pub(super) fn length_error(secret: &[u8]) -> SecretError {
    let found = secret.len();
    let bare: Vec<u8> = secret
        .iter()
        .copied()
        .filter(|b| !b.is_ascii_whitespace())
        .collect();
    if bare.len() == SECRET_LEN {
        return SecretError::Whitespace { found };
    }
    if unquoted(secret.trim_ascii()).is_some_and(|inner| inner.trim_ascii().len() == SECRET_LEN) {
        return SecretError::Quoted { found };
    }
    if bare.len() == 2 * SECRET_LEN && bare[..SECRET_LEN] == bare[SECRET_LEN..] {
        return SecretError::Doubled { found };
    }
    if bare.len() == 2 * SECRET_LEN && bare.iter().all(u8::is_ascii_hexdigit) {
        return SecretError::LooksLikeAppSign;
    }
    SecretError::Length { found }
}

/// The text between one pair of matching quotes, if it is so wrapped.
fn unquoted(text: &[u8]) -> Option<&[u8]> {
    QUOTES.iter().find_map(|(open, close)| {
        text.strip_prefix(open.as_bytes())?
            .strip_suffix(close.as_bytes())
    })
}

/// What is doubtful about a ServerSecret that has the right length (or any
/// string given as one): whitespace or quotes inside, a character that is
/// not hex, upper-case hex. Empty for a secret as the console shows it.
///
/// ```
/// use zego_token::diagnose::{SecretWarning, secret_warnings};
///
/// assert!(secret_warnings("fa94dd0f974cf2e293728a526b028271").is_empty());
/// assert_eq!(
///     secret_warnings("fa94dd0f974cf2e293728a526b02827g"),
///     [SecretWarning::NotHex { position: 32 }]
/// );
/// ```
pub fn secret_warnings(secret: &str) -> Vec<SecretWarning> {
    let mut out = Vec::new();
    let first = |test: fn(char) -> bool| secret.chars().position(test).map(|position| position + 1);
    if let Some(position) = first(char::is_whitespace) {
        out.push(SecretWarning::Whitespace { position });
    }
    if let Some(position) = first(|c| matches!(c, '"' | '\'' | '`' | '\u{2018}'..='\u{201f}')) {
        out.push(SecretWarning::Quote { position });
    }
    let odd = |c: char| !c.is_ascii_hexdigit() && !c.is_whitespace() && !is_quote(c);
    if let Some(position) = first(odd) {
        out.push(SecretWarning::NotHex { position });
    } else if secret.chars().any(|c| c.is_ascii_uppercase()) {
        out.push(SecretWarning::Uppercase);
    }
    out
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '\'' | '`' | '\u{2018}'..='\u{201f}')
}

#[cfg(test)]
mod tests;
