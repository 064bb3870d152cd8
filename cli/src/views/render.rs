//! Human output helpers: times, escaping of untrusted text, color.

use std::borrow::Cow;
use std::io::IsTerminal;

use chrono::{Local, TimeZone};

/// Decides color for stdout once: `Some` as `--color always` or `never`
/// asked, `None` (auto) from the terminal, `NO_COLOR` and `TERM`.
pub(crate) fn init_color(forced: Option<bool>) {
    let on = match forced {
        Some(on) => on,
        None => {
            std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::env::var_os("TERM").is_none_or(|t| t != "dumb")
        }
    };
    colored::control::set_override(on);
}

/// Unix seconds as local time, e.g. `2026-11-30 11:49:16 +08:00`.
pub(crate) fn local_time(secs: i64) -> String {
    match Local.timestamp_opt(secs, 0).single() {
        Some(t) => t.format("%Y-%m-%d %H:%M:%S %:z").to_string(),
        None => format!("unix {secs} (out of range)"),
    }
}

/// Only the clock part of [`local_time`], for nearby moments.
pub(crate) fn local_clock(secs: i64) -> String {
    match Local.timestamp_opt(secs, 0).single() {
        Some(t) => t.format("%H:%M:%S").to_string(),
        None => format!("unix {secs}"),
    }
}

/// `then` relative to `now`: "in 57 min", "3 h ago", "now".
pub(crate) fn relative(then: i64, now: i64) -> String {
    let delta = i128::from(then) - i128::from(now);
    if delta == 0 {
        return "now".to_owned();
    }
    let span = span(delta.unsigned_abs());
    if delta > 0 {
        format!("in {span}")
    } else {
        format!("{span} ago")
    }
}

/// A length of time in its largest unit, rounded to the nearest ("45 s",
/// "57 min", "3 h", "12 d"): rounding down would show a 2 h token as
/// "1 h" a second after it was made. A value that rounds up to the next
/// unit's threshold is shown in that unit (3599 s is "60 min", not "1 h").
/// The page's `span` does the same.
pub(crate) fn span(secs: u128) -> String {
    const MIN: u128 = 60;
    const HOUR: u128 = 3_600;
    const DAY: u128 = 86_400;
    const YEAR: u128 = 365 * DAY;
    let round = |unit: u128| (secs + unit / 2) / unit;
    if secs < MIN {
        format!("{secs} s")
    } else if secs < HOUR {
        format!("{} min", round(MIN))
    } else if secs < 2 * DAY {
        format!("{} h", round(HOUR))
    } else if secs < 2 * YEAR {
        format!("{} d", round(DAY))
    } else {
        format!("{} years", round(YEAR))
    }
}

/// Longest untrusted string shown in full on a terminal.
const MAX_SHOWN: usize = 200;

/// Makes attacker-controlled text safe to print: control, bidi and line
/// separator characters are shown as escapes so they cannot drive the
/// terminal or reorder the line, and absurd lengths are cut with a note.
pub(crate) fn sanitize(s: &str) -> Cow<'_, str> {
    let count = s.chars().count();
    if count <= MAX_SHOWN && !s.chars().any(needs_escape) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len().min(4 * MAX_SHOWN));
    for c in s.chars().take(MAX_SHOWN) {
        if needs_escape(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    if count > MAX_SHOWN {
        out.push_str(&format!("… ({} more characters)", count - MAX_SHOWN));
    }
    Cow::Owned(out)
}

/// [`sanitize`] without the cut, for text that must be shown whole: an
/// error line, a command to run.
pub(crate) fn escape(s: &str) -> Cow<'_, str> {
    if !s.chars().any(needs_escape) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .flat_map(|c| {
                let escaped = needs_escape(c).then(|| c.escape_default());
                let plain = (!needs_escape(c)).then_some(c);
                escaped.into_iter().flatten().chain(plain)
            })
            .collect(),
    )
}

/// A path, escaped as [`sanitize`] escapes a name: a config file may hold
/// any bytes in a path, and they reach the terminal.
pub(crate) fn path(path: &std::path::Path) -> String {
    sanitize(&path.display().to_string()).into_owned()
}

fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{2028}' | '\u{2029}'
            | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// "✗ invalid: 2 checks failed", the heading of a failed verdict.
pub(crate) fn invalid_heading(out: &mut impl std::io::Write, n: usize) -> std::io::Result<()> {
    use colored::Colorize;
    let checks = if n == 1 { "check" } else { "checks" };
    writeln!(
        out,
        "{}",
        format!("✗ invalid: {n} {checks} failed").red().bold()
    )
}

/// Lowercase hex of some bytes.
pub(crate) fn hex(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(2 * bytes.len());
    for digit in bytes.iter().flat_map(|&b| hex_pair(b)) {
        out.push(char::from(digit));
    }
    out
}

/// A byte as two lowercase hex digits.
pub(crate) fn hex_pair(byte: u8) -> [u8; 2] {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    [
        DIGITS[usize::from(byte >> 4)],
        DIGITS[usize::from(byte & 0xf)],
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_times_read_naturally() {
        assert_eq!(relative(100, 100), "now");
        assert_eq!(relative(100 + 57 * 60 + 29, 100), "in 57 min");
        assert_eq!(relative(100 + 57 * 60 + 30, 100), "in 58 min");
        assert_eq!(relative(7199, 0), "in 2 h");
        assert_eq!(relative(5399, 0), "in 1 h");
        assert_eq!(relative(100, 100 + 3 * 3600 + 5), "3 h ago");
        assert_eq!(relative(0, 45), "45 s ago");
        assert_eq!(relative(10 * 86_400, 0), "in 10 d");
        assert_eq!(relative(i64::MAX, i64::MIN), "in 584942417355 years");
    }

    #[test]
    fn hostile_text_is_escaped_and_cut() {
        assert_eq!(sanitize("demo"), "demo");
        assert_eq!(sanitize("日本語 ok"), "日本語 ok");
        assert_eq!(sanitize("a\u{1b}[31mb"), "a\\u{1b}[31mb");
        assert_eq!(sanitize("x\u{202E}y\nz"), "x\\u{202e}y\\nz");
        let long = "a".repeat(1000);
        let shown = sanitize(&long);
        assert!(shown.starts_with(&"a".repeat(200)));
        assert!(shown.ends_with("(800 more characters)"));
    }

    #[test]
    fn hex_is_lowercase_and_padded() {
        assert_eq!(hex(&[0, 0xab, 0x0f]), "00ab0f");
    }
}
