//! A failure is described once: one name per failure in every view, hints
//! in the human view too, the decrypted claims of a token built wrong, and
//! `explain` answering every code it lists.

mod support;

use serde_json::Value;
use support::SECRET;
use support::cli::{TempFile, run, run_cmd, zego};

/// A token for alice made at `now` for an hour.
fn token_at(now: i64) -> String {
    run(&[
        "generate",
        "--app-id",
        "7",
        "--user-id",
        "alice",
        "--secret",
        SECRET,
        "--now",
        &now.to_string(),
    ])
    .token()
}

const NOW: i64 = 1_796_000_000;

#[test]
fn not_yet_valid_has_one_name_and_its_hint_in_the_human_view() {
    let token = token_at(NOW + 86_400 * 30);
    let at = NOW.to_string();
    let human = run(&["verify", "--secret", SECRET, "--now", &at, &token]);
    assert_eq!(human.code, Some(5), "{human:?}");
    assert!(!human.stdout.contains("too early"), "{}", human.stdout);
    let json = run(&["verify", "--json", "--secret", SECRET, "--now", &at, &token]);
    let view: Value = serde_json::from_str(&json.stdout).expect("JSON");
    let failure = &view["failures"][0];
    assert_eq!(failure["kind"], "not_yet_valid");
    // The label JSON gives (the page shows it) is the human view's.
    let label = failure["label"].as_str().expect("a label");
    assert!(
        human.stdout.contains(label),
        "{label:?} not in {}",
        human.stdout
    );
    let hint = failure["hint"].as_str().expect("a hint");
    assert!(
        human.stdout.contains(hint),
        "hint missing: {}",
        human.stdout
    );
}

#[test]
fn expired_shows_its_hint_in_the_human_view() {
    let token = token_at(NOW);
    let at = (NOW + 86_400).to_string();
    let human = run(&["verify", "--secret", SECRET, "--now", &at, &token]);
    assert_eq!(human.code, Some(5), "{human:?}");
    assert!(
        human.stdout.contains("onTokenWillExpire"),
        "{}",
        human.stdout
    );
}

#[test]
fn batch_lines_use_the_labels_never_raw_kinds_and_decode_says_valid() {
    let vector = support::vectors::faulty()
        .into_iter()
        .find(|v| v.id == "faulty/app-id-string")
        .expect("the vector");
    let good = token_at(NOW);
    let input = TempFile::new("batch", format!("{good}\n{}\n", vector.token).as_bytes());
    let at = vector.now.to_string();
    let secret = &vector.secret;
    let good = run(&[
        "verify",
        "--batch",
        "--secret",
        SECRET,
        "--now",
        &at,
        "--input",
        input.path(),
    ]);
    let verify = run(&[
        "verify",
        "--batch",
        "--secret",
        secret,
        "--now",
        &at,
        "--input",
        input.path(),
    ]);
    assert!(good.stdout.starts_with("line 1: valid"), "{}", good.stdout);
    assert!(
        !verify.stdout.contains("invalid_claims"),
        "{}",
        verify.stdout
    );
    assert!(
        verify.stdout.contains("line 2: app_id: "),
        "{}",
        verify.stdout
    );
    let decode = run(&[
        "decode",
        "--batch",
        "--secret",
        SECRET,
        "--now",
        &at,
        "--input",
        input.path(),
    ]);
    assert!(
        decode.stdout.starts_with("line 1: valid"),
        "{}",
        decode.stdout
    );
    assert!(!decode.stdout.contains(": ok"), "{}", decode.stdout);
}

#[test]
fn claims_built_wrong_are_shown_as_the_generator_wrote_them() {
    for v in support::vectors::faulty() {
        let at = v.now.to_string();
        let json = run(&[
            "verify", "--json", "--secret", &v.secret, "--now", &at, &v.token,
        ]);
        let view: Value = serde_json::from_str(&json.stdout).expect("JSON");
        if !view["claims"].is_null() {
            continue;
        }
        let Some(plaintext) = view["plaintext"].as_str() else {
            // Only a token that opened has a plaintext to show.
            assert!(view["authenticated"] != true, "{}: {view}", v.id);
            continue;
        };
        let written = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../tests/data/faulty.jsonl"
        ))
        .expect("vectors")
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).expect("JSON line"))
        .find(|l| l["id"] == v.id.as_str())
        .expect("the line")["plaintext"]
            .as_str()
            .map(str::to_owned);
        assert_eq!(Some(plaintext.to_owned()), written, "{}", v.id);
        let human = run(&["decode", "--secret", &v.secret, "--now", &at, &v.token]);
        assert!(
            human.stdout.contains("plaintext"),
            "{}: {}",
            v.id,
            human.stdout
        );
    }
    // At least the AppID-as-string one opened and shows its plaintext.
    let v = support::vectors::faulty()
        .into_iter()
        .find(|v| v.id == "faulty/app-id-string")
        .expect("the vector");
    let at = v.now.to_string();
    let json = run(&[
        "decode", "--json", "--secret", &v.secret, "--now", &at, &v.token,
    ]);
    let view: Value = serde_json::from_str(&json.stdout).expect("JSON");
    assert!(
        view["plaintext"]
            .as_str()
            .is_some_and(|p| p.contains("\"1234567890\"")),
        "{view}"
    );
}

#[test]
fn explain_lists_every_code_sorted_and_answers_each() {
    let list = run(&["explain", "--list", "--json"]);
    assert_eq!(list.code, Some(0), "{list:?}");
    let entries: Vec<Value> = serde_json::from_str(&list.stdout).expect("a JSON array");
    let codes: Vec<u64> = entries
        .iter()
        .map(|e| e["code"].as_u64().expect("code"))
        .collect();
    let mut sorted = codes.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(codes, sorted, "sorted, once each");
    // The codes issue #20 names, from PRODUCTS.md section 1.
    for code in [
        1_102_016,
        1_102_018,
        1_102_020,
        1_103_019,
        1_104_046,
        6_000_101,
        6_000_121,
        1_001_001,
        1_001_002,
        1_001_003,
        1_001_004,
        1_001_005,
        1_002_084,
        1_002_085,
        1_002_087,
        110_200_003,
        110_240_002,
        3003,
    ] {
        assert!(codes.contains(&code), "{code} not listed");
    }
    let human = run(&["explain", "--list"]);
    assert_eq!(
        human.stdout.lines().count(),
        codes.len(),
        "{}",
        human.stdout
    );
    for code in codes {
        let one = run(&["explain", "--json", &code.to_string()]);
        assert_eq!(one.code, Some(0), "{code}: {one:?}");
        let entry: Value = serde_json::from_str(&one.stdout).expect("JSON");
        assert_eq!(entry["code"], code);
        assert!(
            entry["fix"].as_str().is_some_and(|f| !f.is_empty()),
            "{code}"
        );
    }
}

#[test]
fn explain_does_not_echo_a_pasted_credential() {
    let out = run_cmd(zego().args(["explain", SECRET]));
    support::cli::assert_error_shape(&out, 2, "explain SECRET");
    assert!(!out.stderr.contains(&SECRET[..8]), "{}", out.stderr);
}
