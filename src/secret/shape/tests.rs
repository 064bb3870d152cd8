//! Each nearly-right ServerSecret named, none of it echoed.

use crate::error::{SecretError, SecretWarning};
use crate::secret::Secret;

use super::secret_warnings;

const SECRET: &str = "fa94dd0f974cf2e293728a526b028271";
const APP_SIGN: &str = "b6e5c1b2a7f04d3c9e8a1f2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f";

fn error(secret: &str) -> SecretError {
    match Secret::new(secret) {
        Ok(_) => panic!("accepted {secret:?}"),
        Err(e) => e,
    }
}

/// No 8 consecutive characters of `credential` in `message`.
fn assert_no_echo(message: &str, credential: &str) {
    for window in credential.as_bytes().windows(8) {
        let window = std::str::from_utf8(window).expect("ascii");
        assert!(!message.contains(window), "{message:?} echoes {window:?}");
    }
}

#[test]
fn whitespace_around_or_inside_is_named() {
    for pasted in [
        format!("{SECRET} "),
        format!(" {SECRET}"),
        format!("{SECRET}\n"),
        format!("\t{SECRET}\r\n"),
        format!("{} {}", &SECRET[..16], &SECRET[16..]),
    ] {
        let e = error(&pasted);
        assert_eq!(
            e,
            SecretError::Whitespace {
                found: pasted.len()
            },
            "{pasted:?}"
        );
        assert!(e.to_string().contains("whitespace"), "{e}");
        assert_no_echo(&e.to_string(), SECRET);
    }
}

#[test]
fn quotes_are_named() {
    for pasted in [
        format!("\"{SECRET}\""),
        format!("'{SECRET}'"),
        format!("`{SECRET}`"),
        format!("\u{201c}{SECRET}\u{201d}"),
        format!(" \"{SECRET}\"\n"),
    ] {
        let e = error(&pasted);
        assert_eq!(
            e,
            SecretError::Quoted {
                found: pasted.len()
            },
            "{pasted:?}"
        );
        assert!(e.to_string().contains("quotes"), "{e}");
        assert_no_echo(&e.to_string(), SECRET);
    }
}

#[test]
fn a_doubled_paste_is_named_before_the_appsign_shape() {
    for pasted in [format!("{SECRET}{SECRET}"), format!("{SECRET} {SECRET}\n")] {
        let e = error(&pasted);
        assert_eq!(
            e,
            SecretError::Doubled {
                found: pasted.len()
            }
        );
        assert!(e.to_string().contains("twice"), "{e}");
        assert_no_echo(&e.to_string(), SECRET);
    }
}

#[test]
fn the_appsign_is_named_even_with_a_line_break() {
    assert_eq!(error(APP_SIGN), SecretError::LooksLikeAppSign);
    assert_eq!(
        error(&format!("{APP_SIGN}\n")),
        SecretError::LooksLikeAppSign
    );
    assert_no_echo(&error(APP_SIGN).to_string(), APP_SIGN);
}

#[test]
fn other_lengths_stay_length_errors() {
    assert_eq!(error(&SECRET[..31]), SecretError::Length { found: 31 });
    assert_eq!(
        error(&format!("{SECRET}9")),
        SecretError::Length { found: 33 }
    );
    assert_eq!(error("\"abc\""), SecretError::Length { found: 5 });
}

#[test]
fn warnings_for_secrets_that_might_still_work() {
    assert!(secret_warnings(SECRET).is_empty());
    let typo = format!("{}g", &SECRET[..31]);
    assert_eq!(
        secret_warnings(&typo),
        [SecretWarning::NotHex { position: 32 }]
    );
    assert_eq!(
        secret_warnings(&SECRET.to_ascii_uppercase()),
        [SecretWarning::Uppercase]
    );
    let spaced = format!("{} {}", &SECRET[..10], &SECRET[11..]);
    assert_eq!(
        secret_warnings(&spaced),
        [SecretWarning::Whitespace { position: 11 }]
    );
    let quoted = format!("\"{}\"", &SECRET[..30]);
    assert_eq!(
        secret_warnings(&quoted),
        [SecretWarning::Quote { position: 1 }]
    );
    for warning in secret_warnings(&typo)
        .into_iter()
        .chain(secret_warnings(&spaced))
        .chain(secret_warnings(&quoted))
    {
        assert_no_echo(&warning.to_string(), SECRET);
    }
    // The vendor's own vectors use secrets with punctuation: a warning, not an error.
    assert!(Secret::new("a@b:c/d+e=f&g!h~i_j0123456789abc").is_ok());
}
