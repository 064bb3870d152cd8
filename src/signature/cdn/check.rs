//! Checking a signed CDN URL as the CDN would, and saying why it fails.

use super::candidates::{self, Candidate};
use super::failure::{CdnCause, CdnFailure};
use super::formula::{self, signature};
use super::key::CdnKey;
use super::kinds::{Cdn, CdnUse};
use super::url::{self, Parsed};
use crate::signature::digest::same;

/// Seconds Tencent accepts a recording URL past its `t` (its docs' grace).
const TENCENT_RECORDING_GRACE: i64 = 300;

/// Something about a URL that the check cannot settle or that is worth
/// knowing.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CdnNote {
    /// Huawei's recording and screenshot URLs carry the signing time, not
    /// an expiry: how long they stay valid is set on the CDN.
    #[error(
        "hwTime is the time of signing, not an expiry: how long the URL stays valid is set on the CDN"
    )]
    IssueTime,
}

/// What [`check`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct CdnCheck {
    /// Every reason the CDN would refuse the URL; empty when it is valid.
    pub failures: Vec<CdnFailure>,
    /// What the check could not settle.
    pub notes: Vec<CdnNote>,
    /// The CDN whose parameters the URL carries.
    pub cdn: Option<Cdn>,
    /// What the URL is for, as read from it (publish and play sign alike,
    /// so the host's `push-` / `play-` decides between them).
    pub usage: Option<CdnUse>,
    /// The name the signature is (or should be) over.
    pub signed_name: Option<String>,
    /// The time written (unix seconds): the expiry, or Huawei's signing
    /// time for files.
    pub time: Option<i64>,
}

impl CdnCheck {
    /// Whether the CDN would accept the URL.
    #[must_use]
    pub fn is_valid(&self) -> bool {
        self.failures.is_empty()
    }
}

/// The query parameter pairs of each CDN: (cdn, signature, time, Tencent
/// recording).
const FAMILIES: [(Cdn, &str, &str, bool); 4] = [
    (Cdn::Tencent, "txSecret", "txTime", false),
    (Cdn::Wangsu, "wsSecret", "wsABStime", false),
    (Cdn::Huawei, "hwSecret", "hwTime", false),
    (Cdn::Tencent, "sign", "t", true),
];

/// Checks a signed URL (`rtmp://push-tencent1.zego.im/live/123?txSecret=…`)
/// or its path and query (`/live/123?txSecret=…`) with a CDN key at `now`
/// (unix seconds). The CDN and the use are read from the parameters and
/// the path.
#[must_use]
pub fn check(url: &str, key: &CdnKey, now: i64) -> CdnCheck {
    let mut check = CdnCheck {
        failures: Vec::new(),
        notes: Vec::new(),
        cdn: None,
        usage: None,
        signed_name: None,
        time: None,
    };
    let redact = Redact(key);
    if redact.holds_key(url) {
        check.failures.push(CdnFailure::KeyInUrl);
    }
    let parsed = match url::parse(url) {
        Ok(parsed) => parsed,
        Err(reason) => {
            check.failures.push(CdnFailure::MalformedUrl { reason });
            return check;
        }
    };
    if parsed.pairs.iter().any(|p| redact.holds_key(&p.value)) && check.failures.is_empty() {
        check.failures.push(CdnFailure::KeyInUrl);
    }
    let family = FAMILIES.into_iter().find(|(_, secret, time, _)| {
        parsed
            .pairs
            .iter()
            .any(|p| p.key.eq_ignore_ascii_case(secret) || p.key.eq_ignore_ascii_case(time))
    });
    let Some((cdn, secret_name, time_name, recording)) = family else {
        match candidates::huawei_path(parsed.path) {
            Some((secret, time, candidate)) => {
                check.cdn = Some(Cdn::Huawei);
                check.notes.push(CdnNote::IssueTime);
                let found = Found {
                    cdn: Cdn::Huawei,
                    secret_name: "hwSecret",
                    time_name: "hwTime",
                    secret,
                    time,
                    extra: String::new(),
                };
                verify(&mut check, &found, vec![candidate], key, &redact);
            }
            None => check.failures.push(CdnFailure::NoAuth),
        }
        return check;
    };
    check.cdn = Some(cdn);
    let secret = one(&mut check, &parsed, secret_name, &redact);
    let time = one(&mut check, &parsed, time_name, &redact);
    let candidates = candidates::for_query(cdn, recording, parsed.scheme, parsed.host, parsed.path);
    if let Some(first) = candidates.first() {
        check.usage = Some(first.usage);
        check.signed_name = Some(redact.show(&first.name));
    }
    let (Some(secret), Some(time)) = (secret, time) else {
        return check;
    };
    let extra = if recording {
        ["exper", "rlimit", "us"]
            .into_iter()
            .filter_map(|name| optional(&parsed, name))
            .collect()
    } else {
        String::new()
    };
    let found = Found {
        cdn,
        secret_name,
        time_name,
        secret,
        time,
        extra,
    };
    verify(&mut check, &found, candidates, key, &redact);
    if let Some(expire_at) = check.time {
        let grace = if recording {
            TENCENT_RECORDING_GRACE
        } else {
            0
        };
        if now > expire_at.saturating_add(grace) {
            check.failures.push(CdnFailure::Expired {
                expire_at,
                now,
                grace,
            });
        }
    }
    check
}

/// Like [`check`], for a URL's path (`/live/123`) and query
/// (`txSecret=…&txTime=…`) given apart.
#[must_use]
pub fn check_parts(path: &str, query: &str, key: &CdnKey, now: i64) -> CdnCheck {
    check(
        &format!("{path}?{}", query.trim_start_matches('?')),
        key,
        now,
    )
}

/// The signature and time as written, and what else was signed.
struct Found<'a> {
    cdn: Cdn,
    secret_name: &'static str,
    time_name: &'static str,
    secret: &'a str,
    time: &'a str,
    /// Tencent recordings' `exper + rlimit + us`.
    extra: String,
}

/// Blanks out the key wherever text from the URL is quoted.
struct Redact<'a>(&'a CdnKey);

impl Redact<'_> {
    fn key(&self) -> Option<&str> {
        std::str::from_utf8(self.0.bytes())
            .ok()
            .filter(|k| !k.is_empty())
    }

    fn holds_key(&self, text: &str) -> bool {
        self.key().is_some_and(|k| text.contains(k))
    }

    fn show(&self, text: &str) -> String {
        match self.key() {
            Some(k) if text.contains(k) => text.replace(k, "<key>"),
            _ => text.to_owned(),
        }
    }
}

/// The one value of a required parameter, or the failure it makes.
fn one<'a>(
    check: &mut CdnCheck,
    parsed: &'a Parsed<'a>,
    name: &'static str,
    redact: &Redact<'_>,
) -> Option<&'a str> {
    let mut given = parsed.pairs.iter().filter(|p| p.key == name);
    let failure = match (given.next(), given.count()) {
        (None, _) => CdnFailure::Missing {
            param: name,
            near: parsed
                .pairs
                .iter()
                .find(|p| p.key.eq_ignore_ascii_case(name))
                .map(|p| redact.show(&p.key)),
        },
        (Some(pair), 0) if pair.value.is_empty() => CdnFailure::Empty { param: name },
        (Some(pair), 0) => return Some(&pair.value),
        (Some(_), more) => CdnFailure::Repeated {
            param: name,
            count: more + 1,
        },
    };
    check.failures.push(failure);
    None
}

/// An optional parameter's value (the first, if repeated).
fn optional<'a>(parsed: &'a Parsed<'a>, name: &str) -> Option<&'a str> {
    parsed
        .pairs
        .iter()
        .find(|p| p.key == name)
        .map(|p| p.value.as_str())
}

/// Reads the time, checks the signature's shape, then searches the names
/// and time spellings it may have been made over.
fn verify(
    check: &mut CdnCheck,
    found: &Found<'_>,
    candidates: Vec<Candidate>,
    key: &CdnKey,
    redact: &Redact<'_>,
) {
    let time = found.time;
    let shown = || redact.show(time);
    let all_digits = time.bytes().all(|b| b.is_ascii_digit());
    let hex = !time.is_empty() && time.bytes().all(|b| b.is_ascii_hexdigit());
    if all_digits && time.len() > 8 && time.len() <= 12 {
        check.time = time.parse().ok();
        check.failures.push(CdnFailure::TimeDecimal {
            param: found.time_name,
            found: shown(),
        });
    } else if hex && time.len() <= 8 {
        check.time = i64::from_str_radix(time, 16).ok();
        let upper = found.cdn == Cdn::Wangsu;
        let wrong_case = if upper {
            time.bytes().any(|b| b.is_ascii_lowercase())
        } else {
            time.bytes().any(|b| b.is_ascii_uppercase())
        };
        if wrong_case {
            check.failures.push(CdnFailure::TimeCase {
                param: found.time_name,
                found: shown(),
                uppercase: upper,
            });
        }
    } else {
        check.failures.push(CdnFailure::TimeMalformed {
            param: found.time_name,
            found: shown(),
        });
    }
    let expected_len = match (found.cdn, found.secret_name) {
        (Cdn::Huawei, _) => 64,
        _ => 32,
    };
    let secret = found.secret;
    if secret.len() != expected_len || !secret.bytes().all(|b| b.is_ascii_hexdigit()) {
        check.failures.push(CdnFailure::SignatureMalformed {
            param: found.secret_name,
            length: secret.chars().count(),
            expected: expected_len,
        });
        return;
    }
    let sign = |usage: CdnUse, name: &str, time: &str| {
        signature(key, found.cdn, usage, name, time, &found.extra)
    };
    let Some(primary) = candidates.first() else {
        return;
    };
    // Right names first: a match there is a valid URL for that use.
    for candidate in candidates.iter().filter(|c| c.cause.is_none()) {
        if same(&sign(candidate.usage, &candidate.name, time), secret) {
            check.usage = Some(candidate.usage);
            check.signed_name = Some(redact.show(&candidate.name));
            return;
        }
    }
    let lower = secret.to_ascii_lowercase();
    let matches = |usage, name: &str, time: &str| same(&sign(usage, name, time), &lower);
    let mut causes = Vec::new();
    if lower != secret
        && candidates
            .iter()
            .any(|c| c.cause.is_none() && matches(c.usage, &c.name, time))
    {
        causes.push(CdnCause::SignatureUppercase);
    }
    for candidate in &candidates {
        if let Some(cause) = &candidate.cause
            && matches(candidate.usage, &candidate.name, time)
        {
            causes.push(redact_cause(cause, redact));
        }
    }
    for signed in other_times(time, check.time, found.cdn) {
        if matches(primary.usage, &primary.name, &signed) {
            let decimal = check.time.is_some_and(|v| v.to_string() == signed);
            let signed = redact.show(&signed);
            causes.push(if decimal {
                CdnCause::TimeDecimal { signed }
            } else {
                CdnCause::TimeOtherCase { signed }
            });
        }
    }
    if causes.is_empty() {
        causes.push(CdnCause::OtherKey);
    }
    check
        .failures
        .push(CdnFailure::SignatureMismatch { causes });
}

/// Spellings of the time a signer may have hashed instead of the one
/// written: the other case of hex, the value in decimal, or (when the
/// URL has decimal) the hex the CDN wants.
fn other_times(written: &str, value: Option<i64>, cdn: Cdn) -> Vec<String> {
    let mut out = Vec::new();
    for other in [written.to_ascii_lowercase(), written.to_ascii_uppercase()] {
        if other != written && !out.contains(&other) {
            out.push(other);
        }
    }
    if let Some(value) = value {
        for other in [value.to_string(), formula::time_text(cdn, value)] {
            if other != written && !out.contains(&other) {
                out.push(other);
            }
        }
    }
    out
}

fn redact_cause(cause: &CdnCause, redact: &Redact<'_>) -> CdnCause {
    match cause {
        CdnCause::StreamWithoutApp { signed, expected } => CdnCause::StreamWithoutApp {
            signed: redact.show(signed),
            expected: redact.show(expected),
        },
        CdnCause::StreamWithApp { signed, expected } => CdnCause::StreamWithApp {
            signed: redact.show(signed),
            expected: redact.show(expected),
        },
        CdnCause::ExtensionSigned { signed } => CdnCause::ExtensionSigned {
            signed: redact.show(signed),
        },
        other => other.clone(),
    }
}
