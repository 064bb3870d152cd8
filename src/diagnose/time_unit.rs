//! The units finer than seconds that a token's times turn up in.

use std::fmt;

/// Unix seconds reach 10^11 only in the year 5138, while unix milliseconds
/// passed it in 1973: a time this large is in a finer unit.
pub(super) const SECONDS_BELOW: i64 = 100_000_000_000;

/// 4 * 10^18 ns is the year 2096.
const NANOSECONDS_BELOW: i64 = 4_000_000_000_000_000_000;

/// A unit finer than the seconds the format wants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TimeUnit {
    /// Milliseconds, as JavaScript's `Date.now()` and Java's
    /// `System.currentTimeMillis()` give.
    Milliseconds,
    /// Microseconds.
    Microseconds,
    /// Nanoseconds, as Go's `time.Now().UnixNano()` gives.
    Nanoseconds,
}

impl TimeUnit {
    /// The unit a unix time of this size is in, when it is not seconds.
    pub fn of(time: i64) -> Option<TimeUnit> {
        const MICROSECONDS_FROM: i64 = 100_000_000_000_000;
        const NANOSECONDS_FROM: i64 = 100_000_000_000_000_000;
        match time {
            SECONDS_BELOW..MICROSECONDS_FROM => Some(TimeUnit::Milliseconds),
            MICROSECONDS_FROM..NANOSECONDS_FROM => Some(TimeUnit::Microseconds),
            // Up to the year 2096 in nanoseconds; beyond is a sentinel such
            // as i64::MAX, not a clock reading.
            NANOSECONDS_FROM..NANOSECONDS_BELOW => Some(TimeUnit::Nanoseconds),
            _ => None,
        }
    }

    /// The stable snake_case name, used as the failure's kind.
    pub fn kind(self) -> &'static str {
        match self {
            TimeUnit::Milliseconds => "milliseconds",
            TimeUnit::Microseconds => "microseconds",
            TimeUnit::Nanoseconds => "nanoseconds",
        }
    }

    /// How many of this unit make a second.
    pub fn per_second(self) -> i64 {
        match self {
            TimeUnit::Milliseconds => 1_000,
            TimeUnit::Microseconds => 1_000_000,
            TimeUnit::Nanoseconds => 1_000_000_000,
        }
    }

    /// The usual source of such a time, and the fix.
    pub(crate) fn fix(self) -> &'static str {
        match self {
            TimeUnit::Milliseconds => {
                "Date.now() or currentTimeMillis() used without dividing by 1000: use Math.floor(Date.now() / 1000)"
            }
            TimeUnit::Microseconds => "a microsecond clock used as is: divide by 1000000",
            TimeUnit::Nanoseconds => {
                "a nanosecond clock (UnixNano) used as is: use unix seconds (Unix())"
            }
        }
    }
}

impl fmt::Display for TimeUnit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.kind())
    }
}
