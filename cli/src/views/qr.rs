//! QR codes drawn in the terminal, for a phone's camera: `serve --qr` (the
//! page's LAN URL) and `generate --qr` (the token). Always on stderr: they
//! are for a person, and stdout stays data only.
//!
//! Drawn with half blocks (`█`, `▀`, `▄`), two module rows per line, so a
//! module is about square in a terminal cell. The light modules and the
//! quiet zone are the blocks, the dark ones the background, as `qrencode
//! -t UTF8` draws them: right way round on the dark background of most
//! terminals (and inverted on a light one, which phone scanners read too).
//! No color codes, so `NO_COLOR` and `--color` change nothing.

use qrcode::render::unicode::Dense1x2;
use qrcode::{EcLevel, QrCode};

/// The most characters a code can hold: the byte capacity of the largest
/// symbol (version 40) at error correction level L.
pub(crate) const MAX_LEN: usize = 2953;

/// The quiet zone the renderer draws on each side, in modules (4 for a
/// full QR code, as the standard requires).
const QUIET_ZONE: usize = 4;

/// Why a code is not drawn.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Refusal {
    /// More than any QR code holds.
    TooLong { len: usize },
    /// Wider than the terminal: a wrapped code cannot be scanned.
    TooWide { needs: usize, has: usize },
}

impl Refusal {
    /// The error line, saying what `what` (the token, the URL) is.
    pub(crate) fn message(&self, what: &str) -> String {
        match self {
            Refusal::TooLong { len } => {
                format!("{what} is {len} characters, too long for a QR code (at most {MAX_LEN})")
            }
            Refusal::TooWide { needs, has } => {
                format!("the QR code of {what} needs {needs} columns, the terminal has {has}")
            }
        }
    }
}

/// `text` as a QR code at level L, its lines joined by `\n` (no final
/// one), or why not. Level L (7 % recovery) because a screen is not
/// smudged like paper, and the code is then the smallest, so it fits a
/// narrower terminal. `columns`: the terminal's width, if known.
pub(crate) fn draw(text: &str, columns: Option<usize>) -> Result<String, Refusal> {
    // The encoder picks the version: its one error here is that the text
    // fits none (the others are about a version or mode asked for).
    let code = QrCode::with_error_correction_level(text, EcLevel::L)
        .map_err(|_| Refusal::TooLong { len: text.len() })?;
    let needs = code.width() + 2 * QUIET_ZONE;
    if let Some(has) = columns.filter(|&has| has < needs) {
        return Err(Refusal::TooWide { needs, has });
    }
    Ok(code
        .render::<Dense1x2>()
        .dark_color(Dense1x2::Light)
        .light_color(Dense1x2::Dark)
        .quiet_zone(true)
        .module_dimensions(1, 1)
        .build())
}

/// The width of the terminal stderr is, if it is one whose width can be
/// read: a code is drawn there, and must fit to be scanned.
pub(crate) fn stderr_columns() -> Option<usize> {
    #[cfg(unix)]
    {
        use std::io::IsTerminal as _;
        let err = std::io::stderr();
        if !err.is_terminal() {
            return None;
        }
        rustix::termios::tcgetwinsize(&err)
            .ok()
            .map(|size| usize::from(size.ws_col))
            .filter(|&columns| columns > 0)
    }
    #[cfg(not(unix))]
    {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_has_its_quiet_zone_and_two_module_rows_a_line() {
        let text = "http://192.0.2.2:8787/";
        let width = QrCode::with_error_correction_level(text, EcLevel::L)
            .map(|c| c.width())
            .unwrap_or_default();
        let drawn = draw(text, None).unwrap_or_default();
        let lines: Vec<&str> = drawn.lines().collect();
        let side = width + 2 * QUIET_ZONE;
        assert_eq!(lines.len(), side.div_ceil(2));
        assert!(lines.iter().all(|l| l.chars().count() == side));
        // The quiet zone is light (drawn), four modules deep: two whole
        // lines above, four columns on the left; the last line holds only
        // the top half of a module row.
        assert!(lines[..2].iter().all(|l| l.chars().all(|c| c == '█')));
        let (last, rest) = lines.split_last().unwrap_or((&"", &[]));
        assert!(rest.iter().all(|l| l.starts_with("████")));
        assert!(last.chars().all(|c| c == '▀'));
    }

    #[test]
    fn too_long_and_too_wide_are_refused() {
        let long = "x".repeat(MAX_LEN + 1);
        assert_eq!(
            draw(&long, None),
            Err(Refusal::TooLong { len: MAX_LEN + 1 })
        );
        assert!(draw(&"x".repeat(MAX_LEN), None).is_ok());
        assert!(matches!(
            draw("http://192.0.2.2:8787/", Some(20)),
            Err(Refusal::TooWide { has: 20, .. })
        ));
    }
}
