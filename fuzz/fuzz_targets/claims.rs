//! `Claims::from_json` against serde_json alone, on any bytes; and what
//! it says about the claims it refuses.
//!
//! `from_json` reads plain claims with its own one-pass scanner and hands
//! the rest to serde_json. Checked: never panics, and it accepts exactly
//! what serde_json accepts, with the same claims, except one deliberate
//! refusal: an `expire` that looks like the effective time (`0 < expire <=
//! 10 years < ctime`, `expire < ctime`), which it reports as exactly one
//! `ExpireIsDuration` problem. So the fast path can only ever be faster,
//! never different.
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
//!   does: one `claims` / `NotJson` problem saying "duplicate field".
//!
//! Token03's `Claims03::from_json` is plain serde_json plus the same
//! diagnosis: checked to accept what serde_json accepts, and to name every
//! claim serde_json refuses one by one (and nothing else, but for one
//! difference in how `privilege` is judged: see `check_diagnosis03`).

#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::{Map, Value};
use zego_token::{ClaimProblem, Claims, Claims03, InvalidClaim, InvalidClaims, Privilege03};

/// `LONGEST_DURATION_LIKE` in src/claims.rs: ten years of seconds.
const LONGEST_DURATION_LIKE: i64 = 10 * 365 * 86_400;

fuzz_target!(|data: &[u8]| {
    let value = serde_json::from_slice::<Value>(data);

    let ours = Claims::from_json(data);
    let serde = serde_json::from_slice::<Claims>(data).ok();
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
    let serde03 = serde_json::from_slice::<Claims03>(data).ok();
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
        [InvalidClaim {
            field: "claims",
            problem,
        }] => Some(problem),
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
            [InvalidClaim {
                field: "claims",
                problem: ClaimProblem::NotJson { detail },
            }] => assert!(detail.starts_with("duplicate field"), "{detail}"),
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
    for claim in &found.0 {
        let value = object.get(claim.field);
        let ok = match (value, &claim.problem) {
            (None, ClaimProblem::Missing) => true,
            (Some(Value::Number(n)), ClaimProblem::Fraction { .. }) => n.is_f64(),
            (Some(Value::Number(n)), ClaimProblem::OutOfRange { .. }) => !n.is_f64(),
            (Some(Value::Number(_)), _) => false,
            (Some(_), ClaimProblem::WrongType { .. }) => true,
            _ => false,
        };
        assert!(ok, "{claim:?} for {value:?}");
    }
}

/// Token03: the claims named are those serde_json refuses one by one, in
/// spec order, plus a `privilege` that the diagnosis refuses although
/// serde_json reads it as `Privilege03`: a map with keys other than `"1"`
/// and `"2"` (which serde ignores), or an array (which serde reads as the
/// struct's fields in order). That difference shows only when something
/// else is at fault, since diagnosis runs only on what serde_json refused.
fn check_diagnosis03(value: &Result<Value, serde_json::Error>, found: &InvalidClaims) {
    let Some(object) = object_of(value, found) else {
        return;
    };
    let refused = refused(object, &SPEC03);
    let lenient_only = |key: &str| {
        key == "privilege"
            && object.get(key).is_some_and(|v| match v {
                Value::Object(m) => m.keys().any(|k| k != "1" && k != "2"),
                Value::Array(_) => true,
                _ => false,
            })
    };
    let named: Vec<&str> = SPEC03
        .iter()
        .map(|s| s.0)
        .filter(|&k| refused.contains(&k) || lenient_only(k))
        .collect();
    check_named(found, &named);
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
