//! Times and durations as typed: `--now`, `--effective-time`, `--leeway`,
//! and the same values in a profile or a `serve` query.

use crate::exit::UserError;

/// The built-in default of `--effective-time`.
pub(crate) const DEFAULT_EFFECTIVE_TIME: &str = "1h";

/// Latest time accepted: 9999-12-31T23:59:59Z.
const MAX_TIME: i64 = 253_402_300_799;

/// Lifetimes over 30 days get a warning: a token cannot be revoked, so a
/// long-lived one outlives the user's removal.
pub(crate) const LONG_LIFETIME: i64 = 30 * 86_400;

/// The largest `--leeway`: clocks that differ by more need fixing, and a
/// larger one would pass long-expired tokens.
const MAX_LEEWAY: i64 = 86_400;

/// A token lifetime (`--effective-time`, a profile's or the server's):
/// a duration whose expiry, counted from `now`, is no later than the times
/// `--now` accepts. Zero is left to the core, which names it.
pub(crate) fn lifetime(s: &str, now: i64) -> Result<i64, UserError> {
    let seconds = parse_duration(s)?;
    if seconds > MAX_TIME.saturating_sub(now) {
        return Err(UserError::usage(format!(
            "the lifetime {:?} ends after 9999-12-31, the latest expiry accepted",
            s.trim()
        ))
        .hint("tokens are usually valid for hours or days: 3600, 2h, 7d"));
    }
    Ok(seconds)
}

/// Lifetimes under a minute get a warning: the SDK fires
/// `onTokenWillExpire` 30 s before expiry, so at once, and ZIM refuses a
/// token with under 30 s left (6000108).
pub(crate) const SHORT_LIFETIME: i64 = 60;

/// The line that warns of a lifetime over [`LONG_LIFETIME`] or under
/// [`SHORT_LIFETIME`], if it is. Zero is left to the core, which refuses it.
pub(crate) fn lifetime_warning(s: &str, seconds: i64) -> Option<String> {
    if seconds > LONG_LIFETIME {
        return Some(format!(
            "zego-token: warning: the lifetime {:?} is over 30 days; a token cannot be \
             revoked, so it stays valid after its user is removed",
            s.trim()
        ));
    }
    (seconds > 0 && seconds < SHORT_LIFETIME).then(|| {
        format!(
            "zego-token: warning: the lifetime {:?} is under a minute; the SDK fires \
             onTokenWillExpire 30 s before expiry (at once here) and ZIM refuses a token \
             with under 30 s left (6000108)",
            s.trim()
        )
    })
}

/// `--leeway` (and `leeway` of `serve`): a duration of at most a day.
pub(crate) fn leeway(s: &str) -> Result<i64, UserError> {
    let seconds = parse_duration(s)?;
    if seconds > MAX_LEEWAY {
        return Err(
            UserError::usage(format!("the leeway {:?} is over a day", s.trim()))
                .hint("leeway allows for clock skew, seconds to minutes: 30s, 5m"),
        );
    }
    Ok(seconds)
}

/// `--now`: unix seconds or RFC 3339; the clock when absent.
pub(crate) fn now(arg: Option<&str>) -> Result<i64, UserError> {
    match arg {
        None => Ok(chrono::Utc::now().timestamp()),
        Some(s) => parse_time(s),
    }
}

pub(crate) fn parse_time(s: &str) -> Result<i64, UserError> {
    let s = s.trim();
    let secs = match s.parse::<i64>() {
        Ok(secs) => Some(secs),
        Err(_) => chrono::DateTime::parse_from_rfc3339(s)
            .ok()
            .map(|t| t.timestamp()),
    };
    match secs {
        Some(secs) if (0..=MAX_TIME).contains(&secs) => Ok(secs),
        Some(_) => Err(UserError::usage(format!(
            "the time {s:?} is outside 1970 to 9999"
        ))),
        None => Err(UserError::usage(format!("invalid time {s:?}"))
            .hint("give unix seconds (1796000000) or RFC 3339 (2026-11-30T12:00:00Z)")),
    }
}

/// Durations: plain seconds, or numbers with `s`, `m`, `h`, `d` or `w`,
/// alone or in a row from the largest unit down (`1h30m`).
pub(crate) fn parse_duration(s: &str) -> Result<i64, UserError> {
    let s = s.trim();
    let invalid = || {
        let hint = if s.contains(['.', ',']) {
            // Fractions are what people try first; say how to write them.
            "use whole numbers: 1h30m or 90m for 1.5h, 90s for 1.5m"
        } else {
            "give seconds (3600) or numbers with units: 90s, 30m, 2h, 1h30m, 7d"
        };
        UserError::usage(format!("invalid duration {s:?}")).hint(hint)
    };
    let too_long = || UserError::usage(format!("the duration {s:?} is too long"));
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
        return s.parse::<i64>().map_err(|_| too_long());
    }
    let mut rest = s;
    let mut total: i64 = 0;
    // Each part's unit must be smaller than the one before: `30m1h` or
    // `1h1h` is more likely a typo than a sum.
    let mut last_scale = i64::MAX;
    while !rest.is_empty() {
        let split = rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        let (digits, tail) = rest.split_at(split);
        let unit_len = tail
            .find(|c: char| c.is_ascii_digit())
            .unwrap_or(tail.len());
        let (unit, next) = tail.split_at(unit_len);
        let scale = match unit {
            "s" => 1,
            "m" | "min" => 60,
            "h" => 3_600,
            "d" => 86_400,
            "w" => 604_800,
            _ => return Err(invalid()),
        };
        if digits.is_empty() || scale >= last_scale {
            return Err(invalid());
        }
        last_scale = scale;
        total = digits
            .parse::<i64>()
            .ok()
            .and_then(|n| n.checked_mul(scale))
            .and_then(|n| total.checked_add(n))
            .ok_or_else(too_long)?;
        rest = next;
    }
    if s.is_empty() {
        return Err(invalid());
    }
    Ok(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("3600").ok(), Some(3600));
        assert_eq!(parse_duration("90s").ok(), Some(90));
        assert_eq!(parse_duration("30m").ok(), Some(1800));
        assert_eq!(parse_duration("2h").ok(), Some(7200));
        assert_eq!(parse_duration("7d").ok(), Some(604_800));
        assert_eq!(parse_duration("0").ok(), Some(0));
        assert_eq!(parse_duration("1h30m").ok(), Some(5400));
        assert_eq!(parse_duration("1d2h3m4s").ok(), Some(93_784));
        for bad in [
            "",
            "h",
            "1x",
            "-5",
            "1.5h",
            "30m1h",
            "1h1h",
            "1h30",
            "h30m",
            "99999999999999999999",
            "9223372036854775807d",
        ] {
            assert!(parse_duration(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn lifetimes_end_by_9999() {
        assert_eq!(lifetime("7d", 0).ok(), Some(604_800));
        assert_eq!(lifetime(&MAX_TIME.to_string(), 0).ok(), Some(MAX_TIME));
        assert_eq!(lifetime("1", MAX_TIME - 1).ok(), Some(1));
        assert_eq!(lifetime("0", MAX_TIME).ok(), Some(0));
        for (bad, now) in [
            ("9999999999999d", 1_796_000_000),
            ("2", MAX_TIME - 1),
            ("253402300800", 0),
        ] {
            assert!(lifetime(bad, now).is_err(), "{bad} at {now}");
        }
        assert!(lifetime_warning("30d", 30 * 86_400).is_none());
        let warning = lifetime_warning("31d", 31 * 86_400).unwrap_or_default();
        assert!(warning.contains("\"31d\" is over 30 days"), "{warning}");
    }

    #[test]
    fn leeway_is_at_most_a_day() {
        assert_eq!(leeway("1d").ok(), Some(86_400));
        assert_eq!(leeway("30s").ok(), Some(30));
        for bad in ["86401", "2d", "9999999999999d", "soon"] {
            assert!(leeway(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn times() {
        assert_eq!(parse_time("1796000000").ok(), Some(1_796_000_000));
        assert_eq!(parse_time("2026-11-30T12:00:00Z").ok(), Some(1_796_040_000));
        assert_eq!(
            parse_time("2026-11-30T20:00:00+08:00").ok(),
            Some(1_796_040_000)
        );
        for bad in ["-1", "yesterday", "2026-11-30", "999999999999999", ""] {
            assert!(parse_time(bad).is_err(), "{bad}");
        }
    }
}
