//! Finding the signature fields of a callback body, JSON or form-encoded.

use serde_json::value::RawValue;

use super::query;

/// How a callback body spells its signature fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Spelling {
    /// `signature`, `timestamp`, `nonce`: RTC callbacks.
    Lower,
    /// `Signature`, `Timestamp`, `Nonce`: some newer products.
    Capitalized,
    /// Some of each.
    Mixed,
}

/// How a callback body is encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum BodyFormat {
    /// A JSON object.
    Json,
    /// `application/x-www-form-urlencoded`.
    Form,
    /// A JSON object, percent-encoded as a whole (`%7B%22AppId%22…`): the
    /// AI products' docs say to UrlDecode the body first.
    UrlEncodedJson,
}

/// A callback body that holds no signature to check.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CallbackError {
    /// Nothing but whitespace.
    #[error("the callback body is empty")]
    Empty,
    /// Starts like JSON but is not.
    #[error("the callback body is not valid JSON ({detail})")]
    NotJson {
        /// What the JSON parser reported.
        detail: String,
    },
    /// Neither a JSON object nor `key=value&...`.
    #[error("the callback body is neither a JSON object nor form-encoded")]
    Unrecognized,
    /// A signature field holds an object, an array, a boolean or null.
    #[error("the field {field:?} is not a string or a number")]
    NotText {
        /// The field's name as written.
        field: String,
    },
    /// A signature field is given more than once (in either spelling):
    /// which one counts would decide the verdict, so neither does.
    #[error("the callback body gives {field} more than once")]
    Repeated {
        /// The field, in lowercase spelling.
        field: &'static str,
    },
    /// A signature field of a form body is not UTF-8 once percent-decoded.
    #[error("the field {field} is not UTF-8 once percent-decoded")]
    NotUtf8 {
        /// The field, in lowercase spelling.
        field: &'static str,
    },
    /// Signature fields are missing.
    #[error("the callback body has no {}", missing.join(", no "))]
    Missing {
        /// The fields not found (in either spelling).
        missing: Vec<&'static str>,
    },
}

/// The signature fields of a callback, as sent.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct CallbackFields {
    /// `signature` / `Signature`.
    pub signature: String,
    /// `timestamp` / `Timestamp`, exactly as sent (a JSON number's text).
    pub timestamp: String,
    /// `nonce` / `Nonce`, exactly as sent.
    pub nonce: String,
    /// Which spelling of the names the body uses.
    pub spelling: Spelling,
    /// How the body is encoded.
    pub format: BodyFormat,
    /// `appid` / `AppId`, as sent, when the body has one.
    pub app_id: Option<String>,
}

/// The AppID's spellings: RTC's and the AI products'.
const APP_ID: [&str; 2] = ["appid", "AppId"];

/// The fields, lowercase spelling first.
const NAMES: [(&str, &str); 3] = [
    ("signature", "Signature"),
    ("timestamp", "Timestamp"),
    ("nonce", "Nonce"),
];

impl CallbackFields {
    /// Finds `signature`, `timestamp` and `nonce` (or `Signature`,
    /// `Timestamp`, `Nonce`) at the top level of a JSON object or in a
    /// form-encoded body. JSON numbers are taken as written, strings
    /// unescaped; nothing is reformatted.
    ///
    /// # Errors
    /// [`CallbackError`] when the body cannot be read or lacks a field.
    pub fn parse(body: &str) -> Result<CallbackFields, CallbackError> {
        let body = body.trim();
        let (values, format) = if body.is_empty() {
            return Err(CallbackError::Empty);
        } else if body.starts_with('{') {
            (json_values(body)?, BodyFormat::Json)
        } else if body.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("%7B")) {
            let decoded = percent_encoding::percent_decode_str(body).decode_utf8_lossy();
            (json_values(&decoded)?, BodyFormat::UrlEncodedJson)
        } else if body.contains('=') {
            let mut values = Vec::new();
            for pair in query::pairs(body) {
                if let Some(field) = field_of(&pair.key) {
                    if pair.not_utf8 {
                        return Err(CallbackError::NotUtf8 { field });
                    }
                    values.push((pair.key, pair.value));
                }
            }
            (values, BodyFormat::Form)
        } else {
            return Err(CallbackError::Unrecognized);
        };
        let mut found = Vec::new();
        let mut missing = Vec::new();
        let (mut lower, mut capital) = (0, 0);
        for (small, big) in NAMES {
            let mut given = values.iter().filter(|(k, _)| k == small || k == big);
            match (given.next(), given.next()) {
                (None, _) => missing.push(small),
                (Some(_), Some(_)) => return Err(CallbackError::Repeated { field: small }),
                (Some((key, value)), None) => {
                    if key == small {
                        lower += 1;
                    } else {
                        capital += 1;
                    }
                    found.push(value.clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(CallbackError::Missing { missing });
        }
        let spelling = match (lower, capital) {
            (_, 0) => Spelling::Lower,
            (0, _) => Spelling::Capitalized,
            _ => Spelling::Mixed,
        };
        let app_id = values
            .iter()
            .find(|(key, _)| APP_ID.contains(&key.as_str()))
            .map(|(_, value)| value.clone());
        let [signature, timestamp, nonce] =
            <[String; 3]>::try_from(found).map_err(|_| CallbackError::Missing {
                missing: Vec::new(),
            })?;
        Ok(CallbackFields {
            signature,
            timestamp,
            nonce,
            spelling,
            format,
            app_id,
        })
    }

    /// The timestamp in unix seconds, and whether it was sent in
    /// milliseconds (13 digits or more, as some ZIM callbacks send it);
    /// `None` when it is not a whole number.
    #[must_use]
    pub fn timestamp_seconds(&self) -> Option<(i64, bool)> {
        let t = &self.timestamp;
        if t.is_empty() || t.len() > 18 || !t.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let n: i64 = t.parse().ok()?;
        Some(if n >= 100_000_000_000 {
            (n / 1000, true)
        } else {
            (n, false)
        })
    }
}

/// The name of a field the check reads (a signature field in lowercase
/// spelling, for either spelling, or an AppID key as written).
fn field_of(key: &str) -> Option<&'static str> {
    NAMES
        .iter()
        .find(|(small, big)| key == *small || key == *big)
        .map(|(small, _)| *small)
        .or_else(|| APP_ID.iter().find(|name| **name == key).copied())
}

/// The signature fields of a JSON object, as text, each key as written
/// and in order (a repeated key is kept twice, for the caller to refuse).
fn json_values(body: &str) -> Result<Vec<(String, String)>, CallbackError> {
    let object: Entries = serde_json::from_str(body).map_err(|e| CallbackError::NotJson {
        detail: e.to_string(),
    })?;
    let mut values = Vec::new();
    for (key, raw) in object.0 {
        if field_of(&key).is_none() {
            continue;
        }
        let text = raw.get();
        let value = if text.starts_with('"') {
            serde_json::from_str::<String>(text).map_err(|e| CallbackError::NotJson {
                detail: e.to_string(),
            })?
        } else if text.starts_with(|c: char| c == '-' || c.is_ascii_digit()) {
            text.to_owned()
        } else {
            return Err(CallbackError::NotText { field: key });
        };
        values.push((key, value));
    }
    Ok(values)
}

/// A JSON object's entries in order, repeated keys included (a map would
/// keep only the last).
struct Entries(Vec<(String, Box<RawValue>)>);

impl<'de> serde::Deserialize<'de> for Entries {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Entries, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Entries;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut access: A,
            ) -> Result<Entries, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = access.next_entry::<String, Box<RawValue>>()? {
                    entries.push(entry);
                }
                Ok(Entries(entries))
            }
        }
        d.deserialize_map(Visit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_bodies_in_both_spellings() {
        let rtc = r#"{"event":"room_login","appid":1,"timestamp":1470820198,"nonce":"123412","signature":"abc"}"#;
        let fields = CallbackFields::parse(rtc).expect("fields");
        assert_eq!(
            (
                fields.timestamp.as_str(),
                fields.nonce.as_str(),
                fields.signature.as_str()
            ),
            ("1470820198", "123412", "abc")
        );
        assert_eq!(
            (fields.spelling, fields.format),
            (Spelling::Lower, BodyFormat::Json)
        );
        let zim = r#"{"AppId":1,"Timestamp":"1796000000123","Nonce":12.50,"Signature":"x\u0041"}"#;
        let fields = CallbackFields::parse(zim).expect("fields");
        assert_eq!(fields.nonce, "12.50", "numbers as written");
        assert_eq!(fields.signature, "xA", "strings unescaped");
        assert_eq!(fields.spelling, Spelling::Capitalized);
        assert_eq!(fields.timestamp_seconds(), Some((1_796_000_000, true)));
    }

    #[test]
    fn form_bodies() {
        let fields = CallbackFields::parse("event=x&signature=ab%20c&Timestamp=1&nonce=a+b\n")
            .expect("fields");
        assert_eq!(fields.signature, "ab c");
        assert_eq!(fields.nonce, "a b");
        assert_eq!(
            (fields.spelling, fields.format),
            (Spelling::Mixed, BodyFormat::Form)
        );
        assert_eq!(fields.timestamp_seconds(), Some((1, false)));
    }

    #[test]
    fn a_repeated_signature_field_is_refused_in_either_order_and_spelling() {
        for body in [
            r#"{"signature":"bad","timestamp":1,"nonce":"n","signature":"good"}"#,
            r#"{"signature":"good","timestamp":1,"nonce":"n","signature":"bad"}"#,
            r#"{"signature":"good","timestamp":1,"nonce":"n","Signature":"bad"}"#,
            "signature=bad&timestamp=1&nonce=n&signature=good",
            "signature=good&timestamp=1&nonce=n&Signature=bad",
        ] {
            assert_eq!(
                CallbackFields::parse(body),
                Err(CallbackError::Repeated { field: "signature" }),
                "{body}"
            );
        }
        // Other keys may repeat: they do not decide the verdict.
        assert!(CallbackFields::parse("a=1&a=2&signature=s&timestamp=1&nonce=n").is_ok());
    }

    #[test]
    fn a_form_field_that_is_not_utf8_is_refused() {
        assert_eq!(
            CallbackFields::parse("signature=s&timestamp=1&nonce=%ff"),
            Err(CallbackError::NotUtf8 { field: "nonce" })
        );
        assert!(CallbackFields::parse("event=%ff&signature=s&timestamp=1&nonce=n").is_ok());
    }

    #[test]
    fn what_is_missing_or_unreadable() {
        assert_eq!(CallbackFields::parse("  "), Err(CallbackError::Empty));
        assert_eq!(
            CallbackFields::parse("hello"),
            Err(CallbackError::Unrecognized)
        );
        assert!(matches!(
            CallbackFields::parse("{\"nonce\": "),
            Err(CallbackError::NotJson { .. })
        ));
        assert!(matches!(
            CallbackFields::parse("[1]"),
            Err(CallbackError::Unrecognized)
        ));
        assert_eq!(
            CallbackFields::parse(r#"{"nonce":"1"}"#),
            Err(CallbackError::Missing {
                missing: vec!["signature", "timestamp"]
            })
        );
        assert_eq!(
            CallbackFields::parse(r#"{"nonce":null,"timestamp":1,"signature":"s"}"#),
            Err(CallbackError::NotText {
                field: "nonce".to_owned()
            })
        );
        assert_eq!(
            CallbackFields::parse(r#"{"event":"x"}"#)
                .map_err(|e| e.to_string())
                .map(drop),
            Err("the callback body has no signature, no timestamp, no nonce".to_owned())
        );
    }
}
