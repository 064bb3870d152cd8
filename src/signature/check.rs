//! Why ZEGO would reject a signed server API request, with the codes it
//! would answer. The vocabulary of what a check finds is in `failure`.

mod failure;

pub use failure::{Param, RequestFailure, RequestNote};

use std::collections::BTreeMap;

use super::api::{MAX_SKEW, SIGNATURE_VERSION};
use super::causes::{self, Written};
use super::query::{self, Pair};
use crate::secret::Secret;

/// What [`check_request`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct RequestCheck {
    /// Every reason ZEGO would reject the request; empty when it is valid.
    pub failures: Vec<RequestFailure>,
    /// Things ZEGO accepts but that are probably not meant.
    pub notes: Vec<RequestNote>,
    /// The `Action`, when there is one.
    pub action: Option<String>,
    /// The `AppId`, when it is readable.
    pub app_id: Option<u32>,
    /// The `SignatureNonce`, percent-decoded, when there is one.
    pub nonce: Option<String>,
    /// The `Timestamp`, when it is readable.
    pub timestamp: Option<i64>,
}

impl RequestCheck {
    /// Whether ZEGO would accept the request's signature and parameters.
    #[must_use]
    pub fn is_valid(&self) -> bool {
        self.failures.is_empty()
    }
}

/// Checks a request URL (or a bare query string) as ZEGO checks it: the
/// public parameters, the signature with this ServerSecret, and the
/// timestamp against `now` (unix seconds). With `expected_app_id`, the
/// AppId must be that one, and a mismatching signature is also tried
/// against it.
#[must_use]
pub fn check_request(
    url: &str,
    secret: &Secret,
    expected_app_id: Option<u32>,
    now: i64,
) -> RequestCheck {
    let split = query::split(url);
    let mut check = RequestCheck {
        failures: Vec::new(),
        notes: notes(split.base),
        action: None,
        app_id: None,
        nonce: None,
        timestamp: None,
    };
    let Some(pairs) = split.pairs else {
        check.failures.push(RequestFailure::NoQuery);
        return check;
    };
    let mut found: BTreeMap<Param, &Pair<'_>> = BTreeMap::new();
    for param in Param::ALL {
        let mut given = pairs.iter().filter(|p| p.key == param.name());
        let failure = match (given.next(), given.count()) {
            // The signature does not cover the Action, and a bare query
            // string (what `zego-token sign` prints) is appended to a URL
            // that has one.
            (None, _) if param == Param::Action && split.base.is_empty() => continue,
            (None, _) => RequestFailure::Missing {
                param,
                near: pairs
                    .iter()
                    .find(|p| p.key.eq_ignore_ascii_case(param.name()))
                    .map(|p| p.key.clone()),
            },
            (Some(pair), 0) if pair.not_utf8 => RequestFailure::NotUtf8 { param },
            (Some(pair), 0) if pair.value.is_empty() => RequestFailure::Empty { param },
            (Some(pair), 0) => match malformed(param, &pair.value) {
                Some(failure) => failure,
                None => {
                    found.insert(param, pair);
                    continue;
                }
            },
            (Some(_), more) => RequestFailure::Repeated {
                param,
                count: more + 1,
            },
        };
        check.failures.push(failure);
    }
    let value = |param| found.get(&param).map(|p| p.value.as_str());
    check.action = value(Param::Action).map(str::to_owned);
    check.app_id = value(Param::AppId).and_then(|v| v.parse().ok());
    check.nonce = value(Param::SignatureNonce).map(str::to_owned);
    check.timestamp = value(Param::Timestamp).and_then(|v| v.parse().ok());
    if let (Some(found), Some(expected)) = (check.app_id, expected_app_id)
        && found != expected
    {
        check
            .failures
            .push(RequestFailure::AppIdMismatch { found, expected });
    }
    if let (Some(app_id), Some(nonce), Some(timestamp), Some(signature)) = (
        found.get(&Param::AppId),
        found.get(&Param::SignatureNonce),
        found.get(&Param::Timestamp),
        found.get(&Param::Signature),
    ) {
        let written = Written {
            app_id: &app_id.value,
            nonce: &nonce.value,
            nonce_raw: nonce.raw,
            timestamp: check.timestamp.unwrap_or_default(),
            timestamp_text: &timestamp.value,
            signature: &signature.value,
        };
        if let Err(causes) = causes::search(&written, secret, expected_app_id) {
            check
                .failures
                .push(RequestFailure::SignatureMismatch { causes });
        }
    }
    if let Some(timestamp) = check.timestamp
        && timestamp.abs_diff(now) > MAX_SKEW.unsigned_abs()
    {
        // Out of ZEGO's window: in milliseconds, if it is written in them
        // and the check time is not (a year past 5138 in seconds).
        let failure = if timestamp >= MILLIS_FROM && now < MILLIS_FROM {
            RequestFailure::TimestampMilliseconds { timestamp, now }
        } else {
            RequestFailure::Stale { timestamp, now }
        };
        check.failures.push(failure);
    }
    check
}

/// Unix times have 12 digits in milliseconds from 1973 on, and in seconds
/// only from the year 5138.
const MILLIS_FROM: i64 = 100_000_000_000;

/// Why a present, non-empty value is unreadable, if it is.
fn malformed(param: Param, value: &str) -> Option<RequestFailure> {
    let digits = |max: usize| {
        !value.is_empty() && value.len() <= max && value.bytes().all(|b| b.is_ascii_digit())
    };
    let found = || value.to_owned();
    match param {
        Param::AppId if !digits(10) || value.parse::<u32>().map_or(true, |n| n == 0) => {
            Some(RequestFailure::AppIdMalformed { found: found() })
        }
        Param::Timestamp if !digits(18) => {
            Some(RequestFailure::TimestampMalformed { found: found() })
        }
        Param::Signature if value.len() != 32 || !value.bytes().all(|b| b.is_ascii_hexdigit()) => {
            Some(RequestFailure::SignatureMalformed { found: found() })
        }
        Param::SignatureVersion if value != SIGNATURE_VERSION => {
            Some(RequestFailure::VersionUnsupported { found: found() })
        }
        _ => None,
    }
}

/// Notes about the endpoint of a URL (none for a bare query string).
fn notes(base: &str) -> Vec<RequestNote> {
    let Some((host, https)) = query::host(base) else {
        return Vec::new();
    };
    let mut notes = Vec::new();
    if !https {
        notes.push(RequestNote::NotHttps);
    }
    if !super::product::is_api_host(host) {
        notes.push(RequestNote::UnknownHost(host.to_owned()));
    }
    notes
}
