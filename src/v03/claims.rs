//! Token03's claims: the older format, with the room and its privileges in
//! the claims themselves rather than in a payload string.

use std::collections::BTreeSet;
use std::fmt;

use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::claims::lenient;
use crate::invalid::InvalidClaims;

/// Token03's claims and what each must be.
const SPEC: &lenient::Spec = &[
    ("app_id", lenient::Kind::AppId),
    ("room_id", lenient::Kind::Str),
    ("user_id", lenient::Kind::Str),
    ("privilege", lenient::Kind::Privilege),
    ("create_time", lenient::Kind::Int),
    ("expire_time", lenient::Kind::Int),
    ("nonce", lenient::Kind::Int),
];

/// The JSON object inside a Token03, keys in the order the Go, Node.js and
/// Python generators write them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claims03 {
    /// The AppID.
    pub app_id: u32,
    /// The room the token is for.
    pub room_id: String,
    /// The user the token is for.
    pub user_id: String,
    /// What the user may do in the room.
    pub privilege: Privilege03,
    /// Creation time, unix seconds.
    pub create_time: i64,
    /// Expiry time, unix seconds; equals the header expire.
    pub expire_time: i64,
    /// A random number, or the creation time in milliseconds (Node.js):
    /// often above 2^53, so it is kept as a 64-bit integer, never a float.
    pub nonce: i64,
}

/// Token03's room privileges, written `{"1": 0|1, "2": 0|1}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Privilege03 {
    /// May log in to the room (key `1`).
    pub login: bool,
    /// May publish streams (key `2`).
    pub publish: bool,
}

#[derive(Serialize)]
struct Wire {
    #[serde(rename = "1")]
    login: u8,
    #[serde(rename = "2")]
    publish: u8,
}

impl Serialize for Privilege03 {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Wire {
            login: u8::from(self.login),
            publish: u8::from(self.publish),
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Privilege03 {
    /// A map of `"1"` and `"2"` (either may be absent: denied) to 0 or 1,
    /// each key at most once; as strict as the diagnosis, so the two never
    /// disagree.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(Privilege03Visitor)
    }
}

struct Privilege03Visitor;

impl<'de> Visitor<'de> for Privilege03Visitor {
    type Value = Privilege03;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object such as {\"1\":1,\"2\":1}")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Privilege03, A::Error> {
        let mut privilege = Privilege03 {
            login: false,
            publish: false,
        };
        let mut seen = BTreeSet::new();
        while let Some((key, value)) = access.next_entry::<String, u8>()? {
            let allowed = match value {
                0 => false,
                1 => true,
                _ => return Err(serde::de::Error::custom("a privilege is 0 or 1")),
            };
            match key.as_str() {
                "1" => privilege.login = allowed,
                "2" => privilege.publish = allowed,
                _ => {
                    return Err(serde::de::Error::custom(
                        "privilege keys are \"1\" and \"2\"",
                    ));
                }
            }
            if !seen.insert(key) {
                // Which of the two counts would decide the verdict.
                return Err(serde::de::Error::custom("a privilege key is given twice"));
            }
        }
        Ok(privilege)
    }
}

impl Claims03 {
    /// Parses decrypted Token03 plaintext: keys in any order, unknown keys
    /// ignored.
    ///
    /// # Errors
    /// [`InvalidClaims`] naming every claim at fault.
    pub fn from_json(plaintext: &[u8]) -> Result<Claims03, InvalidClaims> {
        if !lenient::is_object(plaintext) {
            return Err(lenient::diagnose(plaintext, SPEC, None));
        }
        serde_json::from_slice(plaintext).map_err(|e| lenient::diagnose(plaintext, SPEC, Some(&e)))
    }

    /// The JSON text that gets encrypted.
    pub(crate) fn to_json(&self) -> Vec<u8> {
        // Plain strings and integers always serialise.
        serde_json::to_vec(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NODE: &str = r#"{"app_id":1234567890,"room_id":"room1","user_id":"user1","privilege":{"1":1,"2":0},"create_time":1796178881,"expire_time":1796182481,"nonce":1796178881179}"#;

    #[test]
    fn reads_and_writes_the_vendor_shape() {
        let claims = Claims03::from_json(NODE.as_bytes()).expect("parses");
        assert_eq!(
            claims.privilege,
            Privilege03 {
                login: true,
                publish: false
            }
        );
        assert_eq!(claims.nonce, 1_796_178_881_179);
        assert_eq!(String::from_utf8(claims.to_json()).expect("utf-8"), NODE);
    }

    #[test]
    fn keeps_nonces_beyond_2_pow_53_exact() {
        let json = NODE.replace("1796178881179", "9007199254740993");
        let claims = Claims03::from_json(json.as_bytes()).expect("parses");
        assert_eq!(claims.nonce, 9_007_199_254_740_993);
    }

    #[test]
    fn names_what_is_wrong() {
        let json = NODE.replace(r#""privilege":{"1":1,"2":0}"#, r#""privilege":7"#);
        let found = Claims03::from_json(json.as_bytes()).expect_err("faulty");
        assert_eq!(found.0[0].field, "privilege");
        let json = NODE.replace(r#""room_id":"room1","#, "");
        let found = Claims03::from_json(json.as_bytes()).expect_err("faulty");
        assert_eq!(found.0[0].field, "room_id");
        // Neither arrays nor other keys pass for privileges or claims.
        for bad in [r#""privilege":[1,1]"#, r#""privilege":{"1":1,"3":1}"#] {
            let json = NODE.replace(r#""privilege":{"1":1,"2":0}"#, bad);
            let found = Claims03::from_json(json.as_bytes()).expect_err(bad);
            assert_eq!(found.0.len(), 1, "{bad}");
            assert_eq!(found.0[0].field, "privilege", "{bad}");
        }
        assert!(Claims03::from_json(br#"[1,"r","u",[1,1],3,4,5]"#).is_err());
    }

    #[test]
    fn a_repeated_privilege_key_is_refused() {
        for bad in [
            r#""privilege":{"1":0,"1":1}"#,
            r#""privilege":{"1":1,"1":0}"#,
        ] {
            let json = NODE.replace(r#""privilege":{"1":1,"2":0}"#, bad);
            let found = Claims03::from_json(json.as_bytes()).expect_err(bad);
            assert!(found.to_string().contains("twice"), "{bad}: {found}");
        }
    }

    #[test]
    fn a_bad_privilege_value_is_named_with_its_key() {
        let json = NODE.replace(
            r#""privilege":{"1":1,"2":0}"#,
            r#""privilege":{"1":2,"2":1}"#,
        );
        let found = Claims03::from_json(json.as_bytes()).expect_err("faulty");
        let message = found.to_string();
        assert_eq!(
            message,
            r#"privilege["1"] is the number 2; it must be 0 or 1"#
        );
        let json = NODE.replace(r#""privilege":{"1":1,"2":0}"#, r#""privilege":{"3":1}"#);
        let message = Claims03::from_json(json.as_bytes())
            .expect_err("faulty")
            .to_string();
        assert!(!message.contains("it must be an object"), "{message}");
        assert!(message.contains(r#"privilege["3"]"#), "{message}");
    }
}
