//! Arguments from JS: numbers as AppIDs and whole seconds, the OS clock
//! for an omitted `now`, and rights by name.

use std::time::{SystemTime, UNIX_EPOCH};

use zego::Right;
use zego::format::UnknownName;

use crate::errors::{Result, error};

/// A JS number as an AppID: a whole number from 0 to 2^32 - 1.
pub(crate) fn as_app_id(n: f64) -> Option<u32> {
    // Checked whole and in range first, so the cast is exact.
    (n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&n)).then_some(n as u32)
}

pub(crate) fn app_id(n: f64) -> Result<u32> {
    as_app_id(n).ok_or_else(|| {
        error(
            "argument",
            "app_id",
            "the AppID must be a whole number from 1 to 4294967295",
        )
    })
}

/// A JS number as whole seconds (beyond ±2^53 every double is whole).
pub(crate) fn as_seconds(n: f64) -> Option<i64> {
    (n.fract() == 0.0 && n.abs() < 9.0e18).then_some(n as i64)
}

pub(crate) fn seconds(n: Option<f64>, what: &str) -> Result<Option<i64>> {
    match n {
        None => Ok(None),
        Some(n) => as_seconds(n)
            .map(Some)
            .ok_or_else(|| error("argument", what, format!("{what} must be whole seconds"))),
    }
}

/// The OS clock in unix seconds, for an omitted `now`.
pub(crate) fn clock() -> i64 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(after) => i64::try_from(after.as_secs()).unwrap_or(i64::MAX),
        Err(_) => 0,
    }
}

pub(crate) fn parse_right(name: &str) -> Result<Right> {
    name.parse::<Right>()
        .map_err(|e: UnknownName| error("argument", "unknown_right", &e))
}
