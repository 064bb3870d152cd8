//! The RTC room privilege payload:
//! `{"room_id":"r","privilege":{"1":1,"2":0},"stream_id_list":null}`.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::name::{self, UnknownName};

/// Why a payload is not a privilege payload.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PrivilegeError {
    /// The payload is not JSON at all.
    #[error("the payload is not JSON ({0})")]
    NotJson(String),
    /// JSON, but not in the privilege shape.
    #[error("the payload is not a privilege payload ({0})")]
    NotPrivilege(String),
}

/// A room privilege a token can grant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Right {
    /// Log in to the room (privilege key `1`).
    Login,
    /// Publish streams (privilege key `2`).
    Publish,
}

impl Right {
    /// `"login"` or `"publish"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Right::Login => "login",
            Right::Publish => "publish",
        }
    }
}

impl fmt::Display for Right {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Right {
    type Err = UnknownName;

    /// `login` or `publish`, in any case.
    fn from_str(text: &str) -> Result<Right, UnknownName> {
        let table = [("login", Right::Login), ("publish", Right::Publish)];
        name::parse(text, &table, "right", "login or publish")
    }
}

/// Room privileges carried in a token's payload.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Privilege {
    /// The room the token is for.
    pub room_id: String,
    /// May log in to the room (privilege key `1`).
    pub login: bool,
    /// May publish streams (privilege key `2`).
    pub publish: bool,
    /// The streams that may be published; `None` means no stream check.
    pub stream_ids: Option<Vec<String>>,
}

/// The vendor's shape, field order included. Read straight from the text
/// (not through a `Value`, which keeps the last of a repeated key), so a
/// repeated key is refused: `room_id` by serde's derive, a privilege by
/// [`Rights`].
#[derive(Serialize, Deserialize)]
struct Wire {
    room_id: String,
    privilege: Rights,
    #[serde(default)]
    stream_id_list: Option<Vec<String>>,
}

/// The `privilege` object, each key at most once.
#[derive(Serialize)]
#[serde(transparent)]
struct Rights(serde_json::Map<String, Value>);

impl<'de> Deserialize<'de> for Rights {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Rights, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Rights;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object such as {\"1\":1,\"2\":0}")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut access: A,
            ) -> Result<Rights, A::Error> {
                let mut map = serde_json::Map::new();
                while let Some((key, value)) = access.next_entry::<String, Value>()? {
                    if map.contains_key(&key) {
                        return Err(serde::de::Error::custom(format!(
                            "privilege {key:?} is given twice"
                        )));
                    }
                    map.insert(key, value);
                }
                Ok(Rights(map))
            }
        }
        d.deserialize_map(Visit)
    }
}

const LOGIN: &str = "1";
const PUBLISH: &str = "2";

impl Privilege {
    /// Reads a payload string. Tolerant where vendors differ: a missing
    /// privilege key means denied, values may be `1`/`0` or booleans, and an
    /// empty stream list means no stream check like `null` does.
    ///
    /// # Errors
    /// [`PrivilegeError::NotJson`] or [`PrivilegeError::NotPrivilege`].
    pub fn parse(payload: &str) -> Result<Privilege, PrivilegeError> {
        serde_json::from_str::<serde::de::IgnoredAny>(payload)
            .map_err(|e| PrivilegeError::NotJson(e.to_string()))?;
        let wire: Wire = serde_json::from_str(payload)
            .map_err(|e| PrivilegeError::NotPrivilege(e.to_string()))?;
        Ok(Privilege {
            login: flag(&wire.privilege.0, LOGIN)?,
            publish: flag(&wire.privilege.0, PUBLISH)?,
            room_id: wire.room_id,
            stream_ids: wire.stream_id_list.filter(|list| !list.is_empty()),
        })
    }

    /// The payload string in the vendor's shape.
    pub fn to_payload(&self) -> String {
        let privilege = [(LOGIN, self.login), (PUBLISH, self.publish)]
            .into_iter()
            .map(|(k, allowed)| (k.to_owned(), Value::from(u8::from(allowed))))
            .collect();
        let wire = Wire {
            room_id: self.room_id.clone(),
            privilege: Rights(privilege),
            stream_id_list: self.stream_ids.clone(),
        };
        // A struct of strings and integers always serialises.
        serde_json::to_string(&wire).unwrap_or_default()
    }
}

/// Reads a claims payload: `Ok(None)` when empty, the privileges when it is
/// a privilege payload, an error otherwise (custom or non-JSON payloads).
///
/// # Errors
/// As [`Privilege::parse`].
pub fn payload_privilege(payload: &str) -> Result<Option<Privilege>, PrivilegeError> {
    if payload.is_empty() {
        return Ok(None);
    }
    Privilege::parse(payload).map(Some)
}

fn flag(map: &serde_json::Map<String, Value>, key: &str) -> Result<bool, PrivilegeError> {
    match map.get(key) {
        None => Ok(false),
        Some(Value::Bool(b)) => Ok(*b),
        Some(v) => match v.as_i64() {
            Some(1) => Ok(true),
            Some(0) => Ok(false),
            _ => Err(PrivilegeError::NotPrivilege(format!(
                "privilege \"{key}\" is {v}, expected 1 or 0"
            ))),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_the_vendor_shape() {
        let p = Privilege {
            room_id: "room1".into(),
            login: true,
            publish: false,
            stream_ids: None,
        };
        assert_eq!(
            p.to_payload(),
            r#"{"room_id":"room1","privilege":{"1":1,"2":0},"stream_id_list":null}"#
        );
        assert_eq!(Privilege::parse(&p.to_payload()), Ok(p));
    }

    #[test]
    fn reads_tolerantly() {
        let p = Privilege::parse(r#"{"stream_id_list":[],"privilege":{"2":true},"room_id":"r"}"#)
            .expect("parses");
        assert_eq!((p.login, p.publish, p.stream_ids), (false, true, None));
        let p = Privilege::parse(r#"{"room_id":"r","privilege":{"1":1},"stream_id_list":["s1"]}"#)
            .expect("parses");
        assert_eq!(p.stream_ids, Some(vec!["s1".to_owned()]));
    }

    #[test]
    fn a_repeated_key_is_refused_wherever_it_is() {
        for payload in [
            r#"{"room_id":"a","privilege":{"1":1},"room_id":"b"}"#,
            r#"{"room_id":"r","privilege":{"1":0,"1":1}}"#,
            r#"{"room_id":"r","privilege":{"1":1},"privilege":{"1":0}}"#,
        ] {
            let error = Privilege::parse(payload).expect_err(payload);
            assert!(
                matches!(&error, PrivilegeError::NotPrivilege(m) if m.contains("twice") || m.contains("duplicate")),
                "{payload}: {error}"
            );
        }
    }

    #[test]
    fn rejects_what_it_cannot_read() {
        assert!(matches!(
            Privilege::parse("x"),
            Err(PrivilegeError::NotJson(_))
        ));
        assert!(matches!(
            Privilege::parse(r#"{"a":1}"#),
            Err(PrivilegeError::NotPrivilege(_))
        ));
        assert!(matches!(
            Privilege::parse(r#"{"room_id":"r","privilege":{"1":7}}"#),
            Err(PrivilegeError::NotPrivilege(_))
        ));
    }
}
