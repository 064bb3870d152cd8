//! `Claims::from_json` against serde_json alone, on any bytes; and what
//! it says about the claims it refuses.
//!
//! `from_json` reads plain claims with its own one-pass scanner and hands
//! the rest to serde_json. Checked: never panics, and it accepts exactly
//! what serde_json accepts, with the same claims, except two deliberate
//! refusals: an `expire` that looks like the effective time (`0 < expire <=
//! 10 years < ctime`, `expire < ctime`), which it reports as exactly one
//! `ExpireIsDuration` problem; and anything but an object (serde's derive
//! also fills a struct from an array), reported as `NotObject` or `NotJson`.
//! So the fast path can only ever be faster, never different.
//!
//! For what it refuses, the diagnosis (`InvalidClaims`, what a faulty
//! generator is told) is checked against serde_json's reading of the
//! input as a `Value`:
//!
//! * not JSON: exactly one problem, field `claims`, `NotJson`;
//! * JSON but not an object: exactly one, `claims`, `NotObject`;
//! * an object: the fields named are exactly the Token04 claims that
//!   serde_json refuses one by one (absent, or not of their type), in the
//!   spec's order, each with the problem its value shows (`Missing`,
//!   `WrongType`, `Fraction`, `OutOfRange`); when every claim is fine on
//!   its own, the object was refused as a whole, which only a repeated key
//!   does: one `claims` / `Unreadable` problem.
//!
//! Token03's `Claims03::from_json` is plain serde_json (for objects) plus
//! the same diagnosis: checked to accept what serde_json accepts of an
//! object, and to name exactly every claim serde_json refuses one by one.

#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::{Map, Value};
use zego_token::format::{
    ClaimProblem, Claims, Claims03, InvalidClaim, InvalidClaims, Privilege03,
};

/// `LONGEST_DURATION_LIKE` in src/claims.rs: ten years of seconds.
const LONGEST_DURATION_LIKE: i64 = 10 * 365 * 86_400;

fuzz_target!(|data: &[u8]| {
    let value = serde_json::from_slice::<Value>(data);

    // The library's rule (`is_object` in src/claims/lenient.rs): an object
    // by its first character, since serde's derive also reads arrays.
    let object = data.trim_ascii_start().first() == Some(&b'{');
    let ours = Claims::from_json(data);
    let serde = serde_json::from_slice::<Claims>(data)
        .ok()
        .filter(|_| object);
    let expected = serde.as_ref().filter(|c| !duration_like(c));
    assert_eq!(
        ours.as_ref().ok(),
        expected,
        "input {:?}",
        String::from_utf8_lossy(data)
    );
    match (&ours, &serde) {
        (Err(found), Some(read)) => {
            // The one deliberate refusal, and nothing else reported.
            let want = InvalidClaim::new(
                "expire",
                ClaimProblem::ExpireIsDuration {
                    expire: read.expire,
                    ctime: read.ctime,
                },
            );
            assert_eq!(found.0, [want]);
        }
        (Err(found), None) => check_diagnosis04(&value, found),
        _ => {}
    }
    if let Err(found) = &ours {
        check_messages(found);
    }

    let ours03 = Claims03::from_json(data);
    let serde03 = serde_json::from_slice::<Claims03>(data)
        .ok()
        .filter(|_| object);
    assert_eq!(ours03.as_ref().ok(), serde03.as_ref());
    if let Err(found) = &ours03 {
        check_diagnosis03(&value, found);
        check_messages(found);
    }
});

/// `duration_like_expire` in src/claims.rs.
fn duration_like(c: &Claims) -> bool {
    c.expire < c.ctime
        && c.expire > 0
        && c.expire <= LONGEST_DURATION_LIKE
        && c.ctime > LONGEST_DURATION_LIKE
}

/// Token04's claims in the order they are diagnosed: key, type, required.
const SPEC04: [(&str, Type, bool); 6] = [
    ("app_id", Type::U32, true),
    ("user_id", Type::Str, true),
    ("nonce", Type::I64, true),
    ("ctime", Type::I64, true),
    ("expire", Type::I64, true),
    ("payload", Type::Str, false),
];

const SPEC03: [(&str, Type, bool); 7] = [
    ("app_id", Type::U32, true),
    ("room_id", Type::Str, true),
    ("user_id", Type::Str, true),
    ("privilege", Type::Privilege, true),
    ("create_time", Type::I64, true),
    ("expire_time", Type::I64, true),
    ("nonce", Type::I64, true),
];

#[derive(Clone, Copy)]
enum Type {
    U32,
    I64,
    Str,
    Privilege,
}

/// Whether serde_json reads this one value as the claim's type.
fn accepts(ty: Type, value: &Value) -> bool {
    let value = value.clone();
    match ty {
        Type::U32 => serde_json::from_value::<u32>(value).is_ok(),
        Type::I64 => serde_json::from_value::<i64>(value).is_ok(),
        Type::Str => serde_json::from_value::<String>(value).is_ok(),
        Type::Privilege => serde_json::from_value::<Privilege03>(value).is_ok(),
    }
}

/// The claims serde_json refuses one by one, in spec order.
fn refused(object: &Map<String, Value>, spec: &[(&'static str, Type, bool)]) -> Vec<&'static str> {
    spec.iter()
        .filter(|&&(key, ty, required)| match object.get(key) {
            None => required,
            Some(v) => !accepts(ty, v),
        })
        .map(|&(key, _, _)| key)
        .collect()
}

/// Not JSON: one `claims` / `NotJson` problem; JSON but not an object: one
/// `claims` / `NotObject`. An object is returned for the caller to check.
fn object_of<'v>(
    value: &'v Result<Value, serde_json::Error>,
    found: &InvalidClaims,
) -> Option<&'v Map<String, Value>> {
    let single = match found.0.as_slice() {
        [
            InvalidClaim {
                field: "claims",
                problem,
            },
        ] => Some(problem),
        _ => None,
    };
    match value {
        Ok(Value::Object(object)) => return Some(object),
        Err(_) => assert!(
            matches!(single, Some(ClaimProblem::NotJson { .. })),
            "{found:?}"
        ),
        Ok(_) => assert!(
            matches!(single, Some(ClaimProblem::NotObject { .. })),
            "{found:?}"
        ),
    }
    assert!(found.not_an_object());
    None
}

/// An object in which `named` are the claims at fault: when none is, the
/// object was refused as a whole, which only a repeated key does.
fn check_named(found: &InvalidClaims, named: &[&str]) {
    if named.is_empty() {
        match found.0.as_slice() {
            // serde names the repeated key, or the first of its values
            // that is of the wrong type (the `Value` reading keeps the last).
            [
                InvalidClaim {
                    field: "claims",
                    problem: ClaimProblem::Unreadable { detail },
                },
            ] => assert!(!detail.is_empty()),
            other => panic!("no claim is at fault, yet {other:?}"),
        }
        return;
    }
    let fields: Vec<&str> = found.0.iter().map(|c| c.field).collect();
    assert_eq!(fields, named, "{found:?}");
    assert!(!found.not_an_object(), "{found:?}");
}

fn check_diagnosis04(value: &Result<Value, serde_json::Error>, found: &InvalidClaims) {
    let Some(object) = object_of(value, found) else {
        return;
    };
    let refused = refused(object, &SPEC04);
    check_named(found, &refused);
    if refused.is_empty() {
        return;
    }
    // Each problem is the one its value shows: absent, a number where a
    // number belongs (a fraction, or out of range), or the wrong type.
    for (claim, &(_, ty, _)) in found
        .0
        .iter()
        .zip(SPEC04.iter().filter(|s| refused.contains(&s.0)))
    {
        let value = object.get(claim.field);
        let numeric = matches!(ty, Type::U32 | Type::I64);
        let ok = match (value, &claim.problem) {
            (None, ClaimProblem::Missing) => true,
            (Some(Value::Number(n)), ClaimProblem::Fraction { .. }) => numeric && n.is_f64(),
            (Some(Value::Number(n)), ClaimProblem::OutOfRange { .. }) => numeric && !n.is_f64(),
            (Some(Value::Number(_)), ClaimProblem::WrongType { .. }) => !numeric,
            (Some(Value::Number(_)), _) => false,
            (Some(_), ClaimProblem::WrongType { .. }) => true,
            _ => false,
        };
        assert!(ok, "{claim:?} for {value:?}");
    }
}

/// Token03: the claims named are exactly those serde_json refuses one by
/// one, in spec order (`Privilege03` reads only a map of `"1"` and `"2"`,
/// as strictly as the diagnosis judges it).
fn check_diagnosis03(value: &Result<Value, serde_json::Error>, found: &InvalidClaims) {
    let Some(object) = object_of(value, found) else {
        return;
    };
    check_named(found, &refused(object, &SPEC03));
}

/// Every problem describes itself and names SDK codes.
fn check_messages(found: &InvalidClaims) {
    assert!(!found.0.is_empty());
    assert!(!found.to_string().is_empty());
    for claim in &found.0 {
        assert!(!claim.to_string().is_empty());
        assert!(!claim.sdk_codes().is_empty());
    }
}
