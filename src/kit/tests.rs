//! Kit suffixes: written as the UIKit writes them, read as it reads them.

use super::*;

fn kit(user_id: &str, room_id: Option<&str>, user_name: &str) -> Kit {
    Kit {
        user_id: user_id.into(),
        room_id: room_id.map(Into::into),
        user_name: user_name.into(),
        app_id: 42,
        utf8_encoded: false,
        unusual: Vec::new(),
    }
}

#[test]
fn round_trips_latin1_ids_and_any_name() {
    for k in [
        kit("alice", Some("room1"), "Alice"),
        kit("callee", None, "Łukasz 李雷 😀"),
        kit("é\"\\\u{1}", Some("ÿ"), "%20 & ="),
    ] {
        let suffix = k.encode().expect("encodes");
        assert_eq!(Kit::parse(&suffix), Ok(k.clone()), "{suffix}");
    }
}

#[test]
fn refuses_what_btoa_cannot_encode() {
    let err = kit("用户", None, "x").encode().expect_err("not Latin-1");
    assert!(matches!(
        err,
        KitError::NotLatin1 {
            key: "userID",
            found: '用',
            ..
        }
    ));
}

#[test]
fn reads_a_utf8_suffix_as_the_uikit_does() {
    let suffix = STANDARD.encode(r#"{"userID":"é","roomID":null,"userName":"","appID":"7"}"#);
    let read = Kit::parse(&suffix).expect("parses");
    assert_eq!(read.user_id, "Ã©");
    assert_eq!(read.app_id, 7);
    assert!(read.utf8_encoded);
}

#[test]
fn reads_what_the_uikits_atob_and_json_parse_read_and_says_what_was_unusual() {
    let json = r#"{"userID":"alice","roomID":"r","userName":"A","appID":7}"#;
    let padded = STANDARD.encode(json);
    assert!(padded.ends_with('='), "the test needs padding to drop");
    let unpadded = padded.trim_end_matches('=');
    let (head, tail) = padded.split_at(8);
    let spaced = format!("{head} \n{tail}");
    let float = STANDARD.encode(json.replace(":7}", ":7.0}"));
    for (suffix, says) in [
        (unpadded.to_owned(), "padding"),
        (spaced, "whitespace"),
        (float, "appID"),
    ] {
        let kit = Kit::parse(&suffix).unwrap_or_else(|e| panic!("{suffix}: {e}"));
        assert_eq!((kit.user_id.as_str(), kit.app_id), ("alice", 7), "{suffix}");
        assert_eq!(kit.unusual.len(), 1, "{suffix}: {:?}", kit.unusual);
        assert!(kit.unusual[0].contains(says), "{:?}", kit.unusual);
    }
    assert!(Kit::parse(&padded).expect("plain").unusual.is_empty());
    assert_eq!(
        Kit::parse(&STANDARD.encode(json.replace(":7}", ":7.5}"))),
        Err(KitError::BadField {
            key: "appID",
            problem: "not an AppID"
        })
    );
}

#[test]
fn a_repeated_key_is_refused_saying_what_the_uikit_would_read() {
    let json = r#"{"userID":"alice","roomID":"r","userName":"A","appID":7,"userID":"bob"}"#;
    let error = Kit::parse(&STANDARD.encode(json)).expect_err("repeated");
    assert_eq!(error, KitError::Repeated { key: "userID" });
    assert!(error.to_string().contains("the last"), "{error}");
}

#[test]
fn names_what_is_wrong() {
    assert_eq!(Kit::parse("%%%"), Err(KitError::NotBase64));
    let no_user = STANDARD.encode(r#"{"appID":1}"#);
    assert_eq!(
        Kit::parse(&no_user),
        Err(KitError::BadField {
            key: "userID",
            problem: "missing"
        })
    );
    assert!(matches!(
        Kit::parse(&STANDARD.encode("[")),
        Err(KitError::NotJson { .. })
    ));
    assert_eq!(split_kit("04ab#cd"), ("04ab", Some("cd")));
    assert_eq!(split_kit("04ab"), ("04ab", None));
}
