//! The OS clock, for the `os` feature's conveniences. The rest of the
//! crate reads no clock.

use std::time::{SystemTime, UNIX_EPOCH};

/// Now, in unix seconds (negative before 1970; saturating far out).
pub(crate) fn now() -> i64 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(after) => i64::try_from(after.as_secs()).unwrap_or(i64::MAX),
        Err(before) => i64::try_from(before.duration().as_secs()).map_or(i64::MIN, |s| -s),
    }
}
