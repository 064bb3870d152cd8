//! The slow path for claims the strict reader refused: find every claim at
//! fault and say what it is, so a faulty generator is named as such rather
//! than the secret being blamed.

use serde_json::{Map, Value};

use crate::invalid::{ClaimProblem, InvalidClaim, InvalidClaims};

/// What one claim must be.
#[derive(Clone, Copy)]
pub(crate) enum Kind {
    /// An integer from 0 to `u32::MAX`.
    AppId,
    /// A signed 64-bit integer.
    Int,
    /// A string.
    Str,
    /// A string, or absent (the UIKit writes none).
    Payload,
    /// Token03's `{"1": 0|1, "2": 0|1}`.
    Privilege,
}

/// The claims of one token version: each key and what it must be.
pub(crate) type Spec = [(&'static str, Kind)];

/// Whether `plaintext` is a JSON object, at least by its first character.
/// serde's derived readers also fill a struct from an array, in field
/// order; claims never come as one.
pub(crate) fn is_object(plaintext: &[u8]) -> bool {
    plaintext.trim_ascii_start().first() == Some(&b'{')
}

/// Every claim at fault in `plaintext` against `spec`. `strict` is what the
/// strict reader said, kept for the rare case where each claim alone is
/// fine but the whole is not (a repeated key).
pub(crate) fn diagnose(
    plaintext: &[u8],
    spec: &Spec,
    strict: Option<&serde_json::Error>,
) -> InvalidClaims {
    let value: Value = match serde_json::from_slice(plaintext) {
        Ok(value) => value,
        Err(e) => {
            return InvalidClaims(vec![InvalidClaim::new(
                "claims",
                ClaimProblem::NotJson {
                    detail: e.to_string(),
                },
            )]);
        }
    };
    let Value::Object(object) = value else {
        return InvalidClaims(vec![InvalidClaim::new(
            "claims",
            ClaimProblem::NotObject {
                found: kind_of(&value),
            },
        )]);
    };
    let mut found = check(&object, spec);
    if found.is_empty() {
        found.push(InvalidClaim::new(
            "claims",
            ClaimProblem::Unreadable {
                detail: strict.map_or_else(|| "a repeated key".to_owned(), ToString::to_string),
            },
        ));
    }
    InvalidClaims(found)
}

fn check(object: &Map<String, Value>, spec: &Spec) -> Vec<InvalidClaim> {
    spec.iter()
        .filter_map(|&(key, kind)| {
            let problem = match object.get(key) {
                None if matches!(kind, Kind::Payload) => None,
                None => Some(ClaimProblem::Missing),
                Some(value) => problem(value, kind),
            }?;
            Some(InvalidClaim::new(key, problem))
        })
        .collect()
}

fn problem(value: &Value, kind: Kind) -> Option<ClaimProblem> {
    match (kind, value) {
        (Kind::AppId, Value::Number(n)) => integer(
            n,
            n.as_u64().is_some_and(|n| n <= u64::from(u32::MAX)),
            "an AppID from 1 to 4294967295",
        ),
        (Kind::Int, Value::Number(n)) => integer(n, n.is_i64(), "a signed 64-bit integer"),
        (Kind::Str | Kind::Payload, Value::String(_)) => None,
        (Kind::Privilege, Value::Object(map)) => privilege_problem(map),
        (kind, value) => Some(ClaimProblem::WrongType {
            found: describe(value),
            expected: match kind {
                Kind::AppId | Kind::Int => "a JSON number",
                Kind::Str => "a JSON string",
                Kind::Payload => "a string holding JSON, not the JSON itself",
                Kind::Privilege => "an object such as {\"1\":1,\"2\":1}",
            },
        }),
    }
}

/// A number where an integer belongs: fine when `in_range`, else a
/// fraction or out of `expected`.
fn integer(n: &serde_json::Number, in_range: bool, expected: &'static str) -> Option<ClaimProblem> {
    if in_range {
        None
    } else if n.is_f64() {
        Some(ClaimProblem::Fraction {
            found: n.to_string(),
        })
    } else {
        Some(ClaimProblem::OutOfRange {
            found: n.to_string(),
            expected,
        })
    }
}

/// Token03's privilege map: keys `1` and `2`, each 0 or 1. An object is
/// the right type, so what is wrong is named by its key.
fn privilege_problem(map: &Map<String, Value>) -> Option<ClaimProblem> {
    map.iter().find_map(|(key, value)| {
        let expected = match (key.as_str(), value.as_u64()) {
            ("1" | "2", Some(0 | 1)) => return None,
            ("1" | "2", _) => "0 or 1",
            _ => "absent: the keys are \"1\" and \"2\"",
        };
        Some(ClaimProblem::BadEntry {
            key: key.clone(),
            found: describe(value),
            expected,
        })
    })
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A value for a message: `the string "1234567890"`, `the number 42`, `an
/// object`; long strings are cut.
fn describe(value: &Value) -> String {
    const SHOWN: usize = 40;
    match value {
        Value::String(s) if s.chars().count() > SHOWN => {
            let head: String = s.chars().take(SHOWN).collect();
            format!("the string {head:?}…")
        }
        Value::String(s) => format!("the string {s:?}"),
        Value::Number(n) => format!("the number {n}"),
        Value::Bool(b) => format!("the boolean {b}"),
        Value::Null => "null".to_owned(),
        Value::Array(_) => "a JSON array".to_owned(),
        Value::Object(_) => "a JSON object".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPEC: &Spec = &[
        ("app_id", Kind::AppId),
        ("user_id", Kind::Str),
        ("nonce", Kind::Int),
        ("payload", Kind::Payload),
    ];

    fn run(json: &str) -> Vec<InvalidClaim> {
        let strict = serde_json::from_str::<()>("x").expect_err("not JSON");
        diagnose(json.as_bytes(), SPEC, Some(&strict)).0
    }

    #[test]
    fn names_every_claim_at_fault() {
        let found = run(r#"{"app_id":"1","user_id":42,"nonce":0.5,"payload":{}}"#);
        let fields: Vec<_> = found.iter().map(|c| c.field).collect();
        assert_eq!(fields, ["app_id", "user_id", "nonce", "payload"]);
        assert_eq!(
            found[0].to_string(),
            r#"app_id is the string "1"; it must be a JSON number"#
        );
        assert_eq!(
            found[2].problem,
            ClaimProblem::Fraction {
                found: "0.5".into()
            }
        );
    }

    #[test]
    fn missing_keys_but_not_the_payload() {
        let found = run(r#"{"app_id":1,"user_id":"u"}"#);
        assert_eq!(found, [InvalidClaim::new("nonce", ClaimProblem::Missing)]);
    }

    #[test]
    fn out_of_range_integers() {
        let found = run(r#"{"app_id":-1,"user_id":"u","nonce":18446744073709551615}"#);
        assert!(matches!(found[0].problem, ClaimProblem::OutOfRange { .. }));
        assert!(matches!(found[1].problem, ClaimProblem::OutOfRange { .. }));
    }

    #[test]
    fn whole_plaintext_problems() {
        let found = run(r#"{"user_id":"a"b"}"#);
        assert_eq!(found[0].field, "claims");
        assert!(matches!(found[0].problem, ClaimProblem::NotJson { .. }));
        let found = run("[1]");
        assert_eq!(
            found[0].problem,
            ClaimProblem::NotObject { found: "an array" }
        );
        let found = run(r#"{"app_id":1,"app_id":1,"user_id":"u","nonce":1}"#);
        assert!(matches!(found[0].problem, ClaimProblem::Unreadable { .. }));
    }
}
