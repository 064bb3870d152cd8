//! A single-pass reader for the claims as generators write them: one flat
//! object of the six known keys, integers, and strings.
//!
//! It exists for batch throughput: on typical claims it takes 85 ns where
//! serde_json takes 175 (`cargo bench --bench token -- claims`), the user
//! id's allocation included. It decides nothing itself: whatever it does not
//! recognise (`\u` escapes, floats, unknown or repeated keys, anything odd)
//! returns `None` and goes to serde_json, and tests and a fuzz target check
//! that whatever it accepts, serde_json reads identically.

use std::borrow::Cow;

use super::record::Claims;

/// The claims, when `json` is in the plain shape; `None` otherwise.
pub(super) fn claims(json: &[u8]) -> Option<Claims> {
    in_node_order(json).or_else(|| in_any_order(json))
}

/// The layout this crate and the Node.js and Python generators write, key
/// by key without whitespace: the common case, matched without looking keys
/// up.
fn in_node_order(json: &[u8]) -> Option<Claims> {
    let mut s = Scanner { json, pos: 0 };
    s.literal(b"{\"app_id\":")?;
    let app_id = u32::try_from(s.integer()?).ok()?;
    s.literal(b",\"user_id\":")?;
    let user_id = s.string()?;
    s.literal(b",\"nonce\":")?;
    let nonce = s.integer()?;
    s.literal(b",\"ctime\":")?;
    let ctime = s.integer()?;
    s.literal(b",\"expire\":")?;
    let expire = s.integer()?;
    s.literal(b",\"payload\":")?;
    let payload = s.string()?;
    s.literal(b"}")?;
    if s.pos != json.len() {
        return None;
    }
    Some(Claims {
        app_id,
        user_id: user_id.into_owned(),
        nonce,
        ctime,
        expire,
        payload: payload.into_owned(),
    })
}

/// Any order, whitespace between tokens, `payload` optional.
fn in_any_order(json: &[u8]) -> Option<Claims> {
    let mut s = Scanner { json, pos: 0 };
    let (mut app_id, mut user_id, mut nonce, mut ctime, mut expire, mut payload) =
        (None, None, None, None, None, None);
    s.expect(b'{')?;
    loop {
        let key = s.key()?;
        s.expect(b':')?;
        // `replace` returning a value means the key came twice.
        let repeated = match key {
            b"app_id" => app_id.replace(u32::try_from(s.integer()?).ok()?).is_some(),
            b"user_id" => user_id.replace(s.string()?).is_some(),
            b"nonce" => nonce.replace(s.integer()?).is_some(),
            b"ctime" => ctime.replace(s.integer()?).is_some(),
            b"expire" => expire.replace(s.integer()?).is_some(),
            b"payload" => payload.replace(s.string()?).is_some(),
            _ => return None,
        };
        if repeated {
            return None;
        }
        match s.next()? {
            b',' => {}
            b'}' => break,
            _ => return None,
        }
    }
    s.skip_whitespace();
    if s.pos != json.len() {
        return None;
    }
    Some(Claims {
        app_id: app_id?,
        user_id: user_id?.into_owned(),
        nonce: nonce?,
        ctime: ctime?,
        expire: expire?,
        payload: payload.unwrap_or_default().into_owned(),
    })
}

struct Scanner<'a> {
    json: &'a [u8],
    pos: usize,
}

impl<'a> Scanner<'a> {
    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.json.get(self.pos) {
            self.pos += 1;
        }
    }

    /// The next byte that is not whitespace.
    fn next(&mut self) -> Option<u8> {
        self.skip_whitespace();
        let byte = *self.json.get(self.pos)?;
        self.pos += 1;
        Some(byte)
    }

    /// Exactly `text`, with no whitespace before it.
    fn literal(&mut self, text: &[u8]) -> Option<()> {
        let rest = self.json.get(self.pos..)?;
        rest.starts_with(text).then(|| self.pos += text.len())
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        (self.next()? == byte).then_some(())
    }

    /// A key: a string without escapes (an escaped key would need decoding
    /// first: that is left to serde_json), as bytes.
    fn key(&mut self) -> Option<&'a [u8]> {
        self.expect(b'"')?;
        let rest = self.json.get(self.pos..)?;
        let len = rest.iter().position(|&b| b == b'"' || b == b'\\')?;
        if rest[len] != b'"' {
            return None;
        }
        self.pos += len + 1;
        Some(&rest[..len])
    }

    /// A string; borrowed unless it has escapes. `\uXXXX` is left to
    /// serde_json, which knows about surrogate pairs.
    fn string(&mut self) -> Option<Cow<'a, str>> {
        self.expect(b'"')?;
        let json = self.json;
        let mut unescaped: Option<Vec<u8>> = None;
        let mut start = self.pos;
        // Each turn reads up to the next quote or escape.
        loop {
            let rest = json.get(start..)?;
            let end = start
                + rest
                    .iter()
                    .position(|&b| matches!(b, b'"' | b'\\' | ..0x20))?;
            let segment = &json[start..end];
            match json[end] {
                b'"' => {
                    self.pos = end + 1;
                    return match unescaped {
                        None => std::str::from_utf8(segment).ok().map(Cow::Borrowed),
                        Some(mut text) => {
                            text.extend_from_slice(segment);
                            String::from_utf8(text).ok().map(Cow::Owned)
                        }
                    };
                }
                b'\\' => {
                    let byte = match json.get(end + 1)? {
                        b'"' => b'"',
                        b'\\' => b'\\',
                        b'/' => b'/',
                        b'b' => 0x08,
                        b'f' => 0x0c,
                        b'n' => b'\n',
                        b'r' => b'\r',
                        b't' => b'\t',
                        _ => return None,
                    };
                    let text = unescaped.get_or_insert_with(Vec::new);
                    text.extend_from_slice(segment);
                    text.push(byte);
                    start = end + 2;
                }
                // A raw control character, which JSON forbids.
                _ => return None,
            }
        }
    }

    /// An integer as JSON writes it (no leading zeros, no `-0`), of at most
    /// 18 digits so it cannot overflow.
    fn integer(&mut self) -> Option<i64> {
        self.skip_whitespace();
        let negative = self.json.get(self.pos) == Some(&b'-');
        let start = self.pos + usize::from(negative);
        let mut end = start;
        let mut value = 0i64;
        while let Some(&digit @ b'0'..=b'9') = self.json.get(end) {
            if end - start == 18 {
                return None;
            }
            value = value * 10 + i64::from(digit - b'0');
            end += 1;
        }
        let plain = match &self.json[start..end] {
            [] => false,
            [b'0', rest @ ..] => rest.is_empty() && !negative,
            _ => true,
        };
        // A fraction or exponent makes it a float, which serde_json refuses.
        if !plain || matches!(self.json.get(end), Some(b'.' | b'e' | b'E')) {
            return None;
        }
        self.pos = end;
        Some(if negative { -value } else { value })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Node.js order.
    const PLAIN: &str =
        r#"{"app_id":1,"user_id":"u","nonce":-5,"ctime":10,"expire":20,"payload":""}"#;

    fn serde(json: &[u8]) -> Option<Claims> {
        serde_json::from_slice(json).ok()
    }

    #[test]
    fn reads_every_generator_key_order() {
        let orders = [
            PLAIN,
            r#"{"app_id":1,"user_id":"u","ctime":10,"expire":20,"nonce":-5,"payload":""}"#,
            r#"{"app_id":1,"user_id":"u","payload":"","ctime":10,"expire":20,"nonce":-5}"#,
            r#"{ "app_id": 1, "user_id": "u", "nonce": -5, "ctime": 10, "expire": 20 }"#,
            r#"{"app_id":1,"user_id":"a\/b\t","nonce":-5,"ctime":10,"expire":20,"payload":"{\"room_id\":\"r\\\\1\"}"}"#,
        ];
        for json in orders {
            let fast = claims(json.as_bytes());
            assert!(fast.is_some(), "{json}");
            assert_eq!(fast, serde(json.as_bytes()), "{json}");
        }
    }

    #[test]
    fn reads_every_vendor_plaintext_as_serde_does() {
        let vectors = include_str!("../../tests/data/official.jsonl");
        for line in vectors.lines() {
            let vector: serde_json::Value = serde_json::from_str(line).expect("vector is JSON");
            let plaintext = vector["plaintext"].as_str().expect("has a plaintext");
            match claims(plaintext.as_bytes()) {
                Some(claims) => assert_eq!(Some(claims), serde(plaintext.as_bytes())),
                // Only claims with `\u` escapes may take the slow path.
                None => assert!(plaintext.contains(r"\u"), "{plaintext}"),
            }
        }
    }

    #[test]
    fn leaves_everything_unusual_to_serde() {
        let base = r#""user_id":"u","nonce":1,"ctime":1,"expire":2"#;
        for json in [
            format!(r#"{{"app_id":1,{base},"payload":"\x"}}"#),
            format!(r#"{{"app_id":1,{base},"payload":"\u00e9"}}"#),
            format!(r#"{{"app_id":1.0,{base}}}"#),
            format!(r#"{{"app_id":1e3,{base}}}"#),
            format!(r#"{{"app_id":01,{base}}}"#),
            format!(r#"{{"app_id":-1,{base}}}"#),
            format!(r#"{{"app_id":4294967296,{base}}}"#),
            r#"{"app_id":1,"user_id":"u","nonce":-0,"ctime":1,"expire":2}"#.to_owned(),
            format!(r#"{{"app_id":1,{base},"extra":0}}"#),
            format!(r#"{{"app_id":1,{base},"app_id":2}}"#),
            format!(r#"{{"app_id":1,{base}}} x"#),
            format!(r#"{{"app_id":1,{base},}}"#),
            r#"{"app_id":1,"user_id":"u","nonce":1,"ctime":1}"#.to_owned(),
            r#"{"app_id":1,"user_id":"u","nonce":1234567890123456789,"ctime":1,"expire":2}"#
                .to_owned(),
        ] {
            assert_eq!(claims(json.as_bytes()), None, "{json}");
        }
    }

    proptest! {
        /// What the scanner accepts, serde_json reads the same way.
        #[test]
        fn never_disagrees_with_serde(bytes in proptest::collection::vec(any::<u8>(), 0..120)) {
            if let Some(fast) = claims(&bytes) {
                prop_assert_eq!(Some(fast), serde(&bytes));
            }
        }

        /// Our own claims always take the fast path unless their strings
        /// need `\u` escapes.
        #[test]
        fn reads_what_we_write(
            user_id in any::<String>(),
            payload in any::<String>(),
            nonce in any::<i64>(),
        ) {
            let c = Claims { user_id, payload, nonce, ..claims(PLAIN.as_bytes()).expect("plain") };
            let json = serde_json::to_vec(&c).expect("serialises");
            // serde_json writes `\u` escapes only for these control characters.
            let plain = |s: &str| !s.chars().any(|c| c < ' ' && !"\x08\x0c\n\r\t".contains(c));
            let short = c.nonce.unsigned_abs() < 10u64.pow(18);
            let fast = claims(&json);
            if plain(&c.user_id) && plain(&c.payload) && short {
                prop_assert_eq!(fast, Some(c));
            } else if let Some(fast) = fast {
                prop_assert_eq!(fast, c);
            }
        }
    }
}
