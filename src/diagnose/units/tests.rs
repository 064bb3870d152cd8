//! Unit slips told apart from real times, for both claim layouts.

use super::*;
use crate::claims::Claims;
use crate::diagnose::{Expectations, check_claims};

fn claims(ctime: i64, expire: i64) -> Contents {
    Contents::V04(Claims {
        app_id: 1,
        user_id: "u".into(),
        nonce: 0,
        ctime,
        expire,
        payload: String::new(),
    })
}

#[test]
fn units_by_size() {
    assert_eq!(TimeUnit::of(1_796_000_000), None);
    assert_eq!(TimeUnit::of(99_999_999_999), None);
    assert_eq!(
        TimeUnit::of(1_796_000_000_000),
        Some(TimeUnit::Milliseconds)
    );
    assert_eq!(
        TimeUnit::of(1_796_000_000_000_000),
        Some(TimeUnit::Microseconds)
    );
    assert_eq!(
        TimeUnit::of(1_796_000_000_000_000_000),
        Some(TimeUnit::Nanoseconds)
    );
    assert_eq!(TimeUnit::of(i64::MAX), None);
    assert_eq!(TimeUnit::of(-5), None);
}

#[test]
fn milliseconds_replace_the_lifetime_checks_they_spoil() {
    let now = 1_796_000_001;
    let both = check_claims(
        &claims(now * 1000, (now + 3600) * 1000),
        &Expectations::default(),
        now,
    );
    let kinds: Vec<_> = both.iter().map(Failure::kind).collect();
    assert_eq!(kinds, ["milliseconds", "milliseconds"]);
    let message = both[0].to_string();
    assert!(
        message.contains("ctime") && message.contains("Date.now()"),
        "{message}"
    );
    assert!(!message.contains("years"), "{message}");
    // Only expire in milliseconds: the seconds ctime is still checked.
    let one = check_claims(
        &claims(now + 100, now * 1000),
        &Expectations::default(),
        now,
    );
    let kinds: Vec<_> = one.iter().map(Failure::kind).collect();
    assert_eq!(kinds, ["milliseconds", "not_yet_valid"]);
}

#[test]
fn token03_names_its_own_fields() {
    let c = Contents::V03(crate::v03::Claims03 {
        app_id: 1,
        room_id: "r".into(),
        user_id: "u".into(),
        privilege: crate::v03::Privilege03 {
            login: true,
            publish: true,
        },
        create_time: 1_796_000_000_000,
        expire_time: 1_796_003_600,
        nonce: 0,
    });
    let failures = unit_failures(&c);
    assert_eq!(
        failures,
        [Failure::TimeUnit {
            field: "create_time",
            value: 1_796_000_000_000,
            unit: TimeUnit::Milliseconds
        }]
    );
}
