//! Reading back the QR codes `--qr` draws: where a block of half-block
//! lines is, its shape and quiet zone, and its modules. Nothing is decoded;
//! the modules are compared with the `qrcode` crate's encoding of the text
//! the code should hold, at the level the tool documents (L), so a code of
//! anything else (another URL, the wrong token) fails.
#![allow(clippy::unwrap_used)]

use qrcode::{Color, EcLevel, QrCode};

/// The characters a drawn code is made of.
const HALF_BLOCKS: [char; 4] = [' ', '▀', '▄', '█'];

/// The quiet zone the standard asks for, in modules, on every side.
const QUIET_ZONE: usize = 4;

/// Every QR code in `text`: runs of lines made of half blocks only (a
/// code's lines always hold some, its quiet zone being drawn light).
pub(crate) fn blocks(text: &str) -> Vec<Vec<&str>> {
    let mut found = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines() {
        let drawn = !line.is_empty()
            && line.chars().all(|c| HALF_BLOCKS.contains(&c))
            && line.contains(['█', '▀', '▄']);
        if drawn {
            current.push(line);
        } else if !current.is_empty() {
            found.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        found.push(current);
    }
    found
}

/// Asserts that `block` is a readable code of exactly `data`: as many
/// lines and columns as the crate's code for it has modules (two module
/// rows a line), a light quiet zone four modules wide all round, and the
/// same dark and light modules.
pub(crate) fn assert_draws(block: &[&str], data: &str) {
    let code = QrCode::with_error_correction_level(data, EcLevel::L).unwrap();
    let width = code.width();
    let side = width + 2 * QUIET_ZONE;
    assert_eq!(block.len(), side.div_ceil(2), "rows for {width} modules");
    for line in block {
        assert_eq!(line.chars().count(), side, "columns for {width} modules");
    }
    // Module (x, y) of the picture, quiet zone included: light if drawn.
    let rows: Vec<Vec<char>> = block.iter().map(|l| l.chars().collect()).collect();
    let light = |x: usize, y: usize| {
        let c = rows[y / 2][x];
        if y.is_multiple_of(2) {
            matches!(c, '█' | '▀')
        } else {
            matches!(c, '█' | '▄')
        }
    };
    for y in 0..side {
        for x in 0..side {
            let quiet = x < QUIET_ZONE
                || y < QUIET_ZONE
                || x >= QUIET_ZONE + width
                || y >= QUIET_ZONE + width;
            if quiet {
                assert!(light(x, y), "the quiet zone is dark at ({x}, {y})");
            }
        }
    }
    let colors = code.to_colors();
    for y in 0..width {
        for x in 0..width {
            let dark = colors[y * width + x] == Color::Dark;
            assert_eq!(
                !light(x + QUIET_ZONE, y + QUIET_ZONE),
                dark,
                "module ({x}, {y}) differs from a code of {data:?}"
            );
        }
    }
}
