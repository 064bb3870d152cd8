//! Unit slips in a token's times: `Date.now()` (milliseconds) or a
//! microsecond / nanosecond clock where the format wants unix seconds.
//! Named as such, instead of a creation time tens of thousands of years
//! ahead. The units themselves are in `time_unit`, which the failures
//! name without needing these checks.

use super::failure::Failure;
use super::time_unit::{SECONDS_BELOW, TimeUnit};
use crate::contents::Contents;

/// The claims' names for the creation and expiry times.
fn time_fields(claims: &Contents) -> [(&'static str, i64); 2] {
    match claims {
        Contents::V03(c) => [
            ("create_time", c.create_time),
            ("expire_time", c.expire_time),
        ],
        _ => [("ctime", claims.ctime()), ("expire", claims.expire())],
    }
}

/// One failure for each time in a finer unit than seconds.
pub(crate) fn unit_failures(claims: &Contents) -> Vec<Failure> {
    // Every token pays for this check: a plain comparison first.
    if claims.ctime() < SECONDS_BELOW && claims.expire() < SECONDS_BELOW {
        return Vec::new();
    }
    time_fields(claims)
        .into_iter()
        .filter_map(|(field, value)| {
            TimeUnit::of(value).map(|unit| Failure::TimeUnit { field, value, unit })
        })
        .collect()
}

/// Whether the creation / expiry time is in seconds, so that lifetime
/// checks on it mean something.
pub(crate) fn in_seconds(claims: &Contents) -> (bool, bool) {
    (
        TimeUnit::of(claims.ctime()).is_none(),
        TimeUnit::of(claims.expire()).is_none(),
    )
}

#[cfg(test)]
mod tests;
