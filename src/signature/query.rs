//! Taking a request URL apart: its endpoint and its query parameters, each
//! value both decoded and as written.

/// One `key=value` of a query string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Pair<'a> {
    /// The key, percent-decoded.
    pub(super) key: String,
    /// The value, percent-decoded (`+` is a space), as a server reads it.
    pub(super) value: String,
    /// The value exactly as written in the URL.
    pub(super) raw: &'a str,
    /// Whether the key or the value decodes to invalid UTF-8 (shown with
    /// U+FFFD above, which must never pass for what was sent).
    pub(super) not_utf8: bool,
}

/// A URL (or a bare query string) split into its parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Split<'a> {
    /// Everything before `?` (empty for a bare query string).
    pub(super) base: &'a str,
    /// The query parameters in order; `None` when there is no query at all.
    pub(super) pairs: Option<Vec<Pair<'a>>>,
}

/// Splits `https://host/path?query#fragment`, or a bare `key=value&...`
/// query string (with or without its leading `?`).
pub(super) fn split(url: &str) -> Split<'_> {
    let url = url.trim();
    let url = url.split_once('#').map_or(url, |(before, _)| before);
    let (base, query) = match url.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None if !url.contains("://") && url.contains('=') => ("", Some(url)),
        None => (url, None),
    };
    Split {
        base,
        pairs: query.map(pairs),
    }
}

/// The `key=value` pairs of a query string or form-encoded body.
pub(super) fn pairs(query: &str) -> Vec<Pair<'_>> {
    query
        .split('&')
        .filter(|piece| !piece.is_empty())
        .map(|piece| {
            let (key, raw) = piece.split_once('=').unwrap_or((piece, ""));
            let (key, key_ok) = decode(key);
            let (value, value_ok) = decode(raw);
            Pair {
                key,
                value,
                raw,
                not_utf8: !(key_ok && value_ok),
            }
        })
        .collect()
}

/// Percent-decodes a query component as `application/x-www-form-urlencoded`
/// does (`+` is a space), and whether the bytes were UTF-8; invalid UTF-8
/// becomes U+FFFD for display only.
fn decode(text: &str) -> (String, bool) {
    let plus_as_space = text.replace('+', " ");
    let bytes: Vec<u8> = percent_encoding::percent_decode_str(&plus_as_space).collect();
    match String::from_utf8(bytes) {
        Ok(text) => (text, true),
        Err(e) => (String::from_utf8_lossy(e.as_bytes()).into_owned(), false),
    }
}

/// The host of an `https://` or `http://` base, and whether it is HTTPS.
pub(super) fn host(base: &str) -> Option<(&str, bool)> {
    let (rest, https) = if let Some(rest) = base.strip_prefix("https://") {
        (rest, true)
    } else {
        (base.strip_prefix("http://")?, false)
    };
    let host = rest.split('/').next().unwrap_or(rest);
    Some((host, https))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_and_bare_queries() {
        let s = split("https://rtc-api.zego.im/?Action=A&RoomId%5B%5D=a+b&x#frag");
        assert_eq!(s.base, "https://rtc-api.zego.im/");
        let pairs = s.pairs.expect("a query");
        assert_eq!(pairs.len(), 3);
        assert_eq!(
            (pairs[1].key.as_str(), pairs[1].value.as_str(), pairs[1].raw),
            ("RoomId[]", "a b", "a+b")
        );
        assert_eq!((pairs[2].key.as_str(), pairs[2].raw), ("x", ""));
        assert_eq!(split("AppId=1&Timestamp=2").pairs.map(|p| p.len()), Some(2));
        assert_eq!(split("?AppId=1").pairs.map(|p| p.len()), Some(1));
        assert_eq!(split("https://rtc-api.zego.im/").pairs, None);
        assert_eq!(split("nothing here").pairs, None);
        assert_eq!(split("https://h/?").pairs, Some(Vec::new()));
    }

    #[test]
    fn hosts() {
        assert_eq!(
            host("https://rtc-api.zego.im/"),
            Some(("rtc-api.zego.im", true))
        );
        assert_eq!(host("http://x.zego.im"), Some(("x.zego.im", false)));
        assert_eq!(host(""), None);
    }

    #[test]
    fn bad_escapes_do_not_panic() {
        let s = split("?a=%zz%&b=%ff");
        let pairs = s.pairs.expect("a query");
        assert_eq!(pairs[0].value, "%zz%");
        assert_eq!(pairs[1].value, "\u{fffd}");
        assert!(!pairs[0].not_utf8);
        assert!(pairs[1].not_utf8, "%ff is no UTF-8");
        assert!(split("?%c3=1").pairs.expect("a query")[0].not_utf8);
    }
}
