//! Tests of the lenient repair, including the vendor's url-mangled vectors.

use super::*;
use proptest::prelude::*;

const TOKEN: &str = "04AAAAAGsM5aEADKjuABu+OB4P/Tgq+gB=";

fn check(input: &str, token: &str, changes: &[Repair]) {
    let got = repair(input);
    assert_eq!(got.token, token, "input {input:?}");
    assert_eq!(got.changes, changes, "input {input:?}");
    let again = repair(&got.token);
    assert_eq!(again.token, got.token, "not idempotent for {input:?}");
    assert!(again.changes.is_empty(), "not idempotent for {input:?}");
}

#[test]
fn a_valid_token_is_untouched() {
    check(TOKEN, TOKEN, &[]);
    assert!(!repair(TOKEN).is_changed());
}

#[test]
fn whitespace_is_trimmed_silently() {
    check(&format!(" \t{TOKEN}\r\n"), TOKEN, &[]);
}

#[test]
fn each_kind_of_quotes_is_removed() {
    for (open, close) in [("\"", "\""), ("'", "'"), ("`", "`"), ("“", "”"), ("‘", "’")] {
        check(&format!("{open}{TOKEN}{close}"), TOKEN, &[Repair::Quotes]);
    }
}

#[test]
fn unmatched_quotes_are_left_alone() {
    for input in [
        format!("\"{TOKEN}"),
        format!("{TOKEN}'"),
        format!("\"{TOKEN}'"),
    ] {
        check(&input, &input, &[]);
    }
    check("\"", "\"", &[]);
    check("“", "“", &[]);
}

#[test]
fn bearer_prefix_is_removed_in_any_case() {
    check(&format!("Bearer {TOKEN}"), TOKEN, &[Repair::BearerPrefix]);
    check(&format!("bearer\t {TOKEN}"), TOKEN, &[Repair::BearerPrefix]);
    check(&format!("BEARER {TOKEN}"), TOKEN, &[Repair::BearerPrefix]);
    // Not a prefix without the separating whitespace.
    check(&format!("Bearer{TOKEN}"), &format!("Bearer{TOKEN}"), &[]);
    check("Bearer", "Bearer", &[]);
}

#[test]
fn authorization_header_is_removed() {
    check(
        &format!("Authorization: Bearer {TOKEN}"),
        TOKEN,
        &[Repair::AuthorizationHeader, Repair::BearerPrefix],
    );
    check(
        &format!("authorization :bearer {TOKEN}"),
        TOKEN,
        &[Repair::AuthorizationHeader, Repair::BearerPrefix],
    );
}

#[test]
fn token_query_parameter_name_is_removed() {
    check(&format!("token={TOKEN}"), TOKEN, &[Repair::QueryParameter]);
    check(&format!("TOKEN={TOKEN}"), TOKEN, &[Repair::QueryParameter]);
    // A whole URL is not taken apart.
    let url = format!("https://example.com/?token={TOKEN}");
    check(&url, &url, &[]);
}

#[test]
fn spaces_become_plus_only_in_a_base64_body() {
    let spaced = TOKEN.replace('+', " ");
    check(&spaced, TOKEN, &[Repair::SpacesToPlus]);
    // Another stray character: nothing is changed.
    let bad = format!("{spaced}*");
    check(&bad, &bad, &[]);
    // A Token03 is repaired alike; another prefix is not a token: nothing
    // is changed.
    let token03 = format!("03{}", &spaced[2..]);
    check(
        &token03,
        &format!("03{}", &TOKEN[2..]),
        &[Repair::SpacesToPlus],
    );
    let other = format!("05{}", &spaced[2..]);
    check(&other, &other, &[]);
    // A kit token's '#' is part of it.
    let kit = format!("{spaced}#eyJ1 c2Vy");
    check(&kit, &format!("{TOKEN}#eyJ1+c2Vy"), &[Repair::SpacesToPlus]);
    // Other whitespace inside is not touched.
    let wrapped = TOKEN.replace('+', "\n");
    check(&wrapped, &wrapped, &[]);
}

#[test]
fn percent_escapes_are_decoded_in_any_case() {
    check(
        "04ab%2Bc%2Fd%3D%3D",
        "04ab+c/d==",
        &[Repair::PercentDecoded],
    );
    check("04ab%2bc%2fd%3d", "04ab+c/d=", &[Repair::PercentDecoded]);
}

#[test]
fn other_percent_uses_are_left_alone() {
    for input in [
        "04ab%2Bc%41",
        "04ab%2Bc%",
        "04ab%2Bc%2",
        "04ab%",
        "04%%2B",
        "04ab%2Bc%2B%20",
        "04ab c%2B",
        "04ab%2B€",
        "05ab%2B",
    ] {
        check(input, input, &[]);
    }
}

#[test]
fn repairs_combine() {
    check(
        &format!("  \"Bearer {}\"\n", TOKEN.replace('+', " ")),
        TOKEN,
        &[Repair::Quotes, Repair::BearerPrefix, Repair::SpacesToPlus],
    );
    check(
        &format!("Bearer '{}'", TOKEN.replace('+', "%2B").replace('=', "%3d")),
        TOKEN,
        &[Repair::BearerPrefix, Repair::Quotes, Repair::PercentDecoded],
    );
    check(
        &format!("'token={}'", TOKEN.replace('/', "%2F")),
        TOKEN,
        &[
            Repair::Quotes,
            Repair::QueryParameter,
            Repair::PercentDecoded,
        ],
    );
    // Nested quotes are all removed, and the repair is recorded once.
    check(&format!("\"'{TOKEN}'\""), TOKEN, &[Repair::Quotes]);
}

#[test]
fn wrappers_around_nothing_leave_an_empty_token() {
    check("\"\"", "", &[Repair::Quotes]);
    check("Bearer \" \"", "", &[Repair::BearerPrefix, Repair::Quotes]);
    check("", "", &[]);
    check(" \n", "", &[]);
}

#[test]
fn every_repair_has_a_sentence() {
    for r in [
        Repair::Quotes,
        Repair::AuthorizationHeader,
        Repair::BearerPrefix,
        Repair::QueryParameter,
        Repair::SpacesToPlus,
        Repair::PercentDecoded,
    ] {
        assert!(!r.describe().is_empty());
        assert_eq!(r.to_string(), r.describe());
    }
}

/// `(id, token, derived_from)` of the malformed vectors with `expect_error`.
fn malformed(expect_error: &str) -> Vec<(String, String, String)> {
    include_str!("../../../tests/data/malformed.jsonl")
        .split('\n')
        .filter(|line| !line.trim().is_empty())
        .map(|line| serde_json::from_str::<serde_json::Value>(line).expect("JSON line"))
        .filter(|v| v["expect_error"] == expect_error)
        .map(|v| {
            let field = |k: &str| v[k].as_str().expect("string field").to_owned();
            (field("id"), field("token"), field("derived_from"))
        })
        .collect()
}

fn official_token(id: &str) -> String {
    include_str!("../../../tests/data/official.jsonl")
        .split('\n')
        .filter(|line| !line.trim().is_empty())
        .map(|line| serde_json::from_str::<serde_json::Value>(line).expect("JSON line"))
        .find(|v| v["id"] == id)
        .and_then(|v| v["token"].as_str().map(str::to_owned))
        .expect("derived_from names an official vector")
}

#[test]
fn url_mangled_vectors_are_repaired_to_the_original() {
    let vectors = malformed("url-mangled");
    assert_eq!(vectors.len(), 3);
    for (id, mangled, source) in vectors {
        let original = official_token(&source);
        let got = repair(&mangled);
        assert_eq!(got.token, original, "{id}");
        assert_eq!(got.changes.len(), 1, "{id}: {:?}", got.changes);
        assert!(crate::wire::Envelope::parse(&got.token).is_ok(), "{id}");
    }
}

#[test]
fn none_after_trim_vectors_are_trimmed_without_changes() {
    let vectors = malformed("none-after-trim");
    assert_eq!(vectors.len(), 4);
    for (id, padded, source) in vectors {
        let got = repair(&padded);
        assert_eq!(got.token, official_token(&source), "{id}");
        assert!(got.changes.is_empty(), "{id}: {:?}", got.changes);
    }
}

#[test]
fn official_tokens_are_untouched() {
    for line in include_str!("../../../tests/data/official.jsonl").split('\n') {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(line).expect("JSON line");
        let token = v["token"].as_str().expect("token");
        let got = repair(token);
        assert_eq!(got.token, token);
        assert!(got.changes.is_empty());
    }
}

/// Inputs made of the characters the repairs look at.
fn tokenish() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec![
            "04",
            "0",
            "4",
            "A",
            "z",
            "+",
            "/",
            "=",
            "%",
            "%2B",
            "%2f",
            "%3D",
            "%2",
            " ",
            "\n",
            "\"",
            "'",
            "`",
            "“",
            "”",
            "Bearer ",
            "bearer",
            "Authorization:",
            "token=",
            "é",
            "\u{0}",
        ]),
        0..24,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #[test]
    fn never_panics_and_is_idempotent(input in prop_oneof![any::<String>(), tokenish()]) {
        let once = repair(&input);
        let twice = repair(&once.token);
        prop_assert_eq!(&twice.token, &once.token);
        prop_assert!(twice.changes.is_empty(), "{:?}", twice.changes);
    }

    #[test]
    fn mangled_tokens_come_back(
        body in "[A-Za-z0-9+/]{0,40}[A-Za-z0-9/]",
        pad in "={0,2}",
        quote in prop::sample::select(vec!["", "\"", "'"]),
        bearer in any::<bool>(),
        mangle in 0..3u8,
    ) {
        let token = format!("04{body}{pad}");
        let mangled = match mangle {
            0 => token.clone(),
            1 => token.replace('+', " "),
            _ => token.replace('+', "%2B").replace('/', "%2F").replace('=', "%3D"),
        };
        let prefix = if bearer { "Bearer " } else { "" };
        let input = format!(" {quote}{prefix}{mangled}{quote}\n");
        prop_assert_eq!(repair(&input).token, token);
    }
}
