//! End-to-end tests of `zego-token decode`, `verify` and `explain`: the real
//! binary run on the vendor's own tokens (tests/data) and on tokens made
//! with the library, checked against the spec, never against its own
//! earlier output.

mod support;

use serde::{Deserialize, Deserializer};
use support::SECRET;
use support::cli::{Out, PrivilegeJson, TempFile, assert_error_shape, run, run_cmd, zego};
use support::format::{body_of, token_of};
use support::vectors::{self, negative, negative_where};
use zego_token::diagnose::SDK_CODES;
use zego_token::format::{Claims, Iv, encode};
use zego_token::{Privilege, Secret};

/// A valid secret that opens none of the vendor tokens.
// Lower-case hex like a console secret, so that it draws no warning.
const WRONG_SECRET: &str = "0123456789abcdef0123456789abcdef";

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/// The claims object, in the spec's key set (independent of the library's
/// `Claims`, so a missing key in the output is noticed).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
struct ClaimsJson {
    app_id: u32,
    user_id: String,
    nonce: i64,
    ctime: i64,
    expire: i64,
    payload: String,
}

#[derive(Debug, Clone, Deserialize)]
struct FailureJson {
    kind: String,
    message: String,
    sdk_codes: Vec<u32>,
}

/// `decode --json` and `verify --json`.
#[derive(Debug, Deserialize)]
struct InspectJson {
    /// verify only.
    valid: Option<bool>,
    /// verify only.
    failures: Option<Vec<FailureJson>>,
    /// decode only: absent (`None`), `null` (`Some(None)`) or an object.
    #[serde(default, deserialize_with = "present")]
    error: Option<Option<FailureJson>>,
    version: Option<String>,
    mode: Option<String>,
    authenticated: bool,
    expire: Option<i64>,
    claims: Option<ClaimsJson>,
    privilege: Option<PrivilegeJson>,
    warnings: Vec<String>,
}

/// Tells a present `null` from an absent key.
fn present<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(d).map(Some)
}

impl InspectJson {
    fn kinds(&self) -> Vec<&str> {
        self.failures
            .iter()
            .flatten()
            .map(|f| f.kind.as_str())
            .collect()
    }

    fn failure(&self, kind: &str) -> &FailureJson {
        self.failures
            .iter()
            .flatten()
            .find(|f| f.kind == kind && !f.message.is_empty())
            .unwrap_or_else(|| panic!("no {kind} failure with a message in {self:?}"))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sub {
    Decode,
    Verify,
}

/// Parses the one JSON line of a `--json` run and checks that every key of
/// the spec is there (values may be `null`).
fn parse_json(out: &Out, sub: Sub) -> InspectJson {
    let value: serde_json::Value =
        serde_json::from_str(out.line()).unwrap_or_else(|e| panic!("not JSON ({e}): {out:?}"));
    let object = value
        .as_object()
        .unwrap_or_else(|| panic!("not an object: {out:?}"));
    let mut keys = vec![
        "version",
        "mode",
        "authenticated",
        "expire",
        "claims",
        "privilege",
        "warnings",
    ];
    match sub {
        Sub::Decode => keys.push("error"),
        Sub::Verify => keys.extend(["valid", "failures"]),
    }
    for key in keys {
        assert!(object.contains_key(key), "no {key:?} key: {out:?}");
    }
    serde_json::from_value(value).unwrap_or_else(|e| panic!("not the schema ({e}): {out:?}"))
}

/// An official vector, its claims read as the spec's key set, as the
/// CLI's JSON output is.
type Official = vectors::Official<ClaimsJson>;

fn official() -> Vec<Official> {
    vectors::official_as()
}

fn vector(id: &str) -> Official {
    vectors::vector_as(id)
}

/// The privilege view the spec expects for a payload: `null` unless it is a
/// privilege payload.
fn expected_privilege(payload: &str) -> Option<PrivilegeJson> {
    if payload.is_empty() {
        return None;
    }
    Privilege::parse(payload).ok().map(|p| PrivilegeJson {
        room_id: p.room_id,
        login: p.login,
        publish: p.publish,
        stream_ids: p.stream_ids,
    })
}

/// `verify --json --secret S --now NOW <extra> TOKEN`.
fn verify_json(v: &Official, now: i64, extra: &[&str]) -> (Out, InspectJson) {
    let now = now.to_string();
    let mut args = vec!["verify", "--json", "--secret", &v.secret, "--now", &now];
    args.extend_from_slice(extra);
    args.push(&v.token);
    let out = run(&args);
    let json = parse_json(&out, Sub::Verify);
    (out, json)
}

/// A failed verify run: exit `code`, and one failure, of `kind`.
fn assert_one_failure(out: &Out, json: &InspectJson, code: i32, kind: &str, case: &str) {
    assert_eq!(out.code, Some(code), "{case}: {out:?}");
    assert_eq!(json.valid, Some(false), "{case}");
    assert_eq!(json.kinds(), [kind], "{case}");
}

/// The failure of `kind` lists every one of `sdk_codes`.
fn assert_sdk_codes(json: &InspectJson, kind: &str, sdk_codes: &[u32], case: &str) {
    let codes = &json.failure(kind).sdk_codes;
    for sdk in sdk_codes {
        assert!(codes.contains(sdk), "{case}: {codes:?}");
    }
}

/// A token of our own with the given user id and payload, made with the
/// library and a known secret.
fn own_token(user_id: &str, payload: &str, key: &str) -> (String, Claims) {
    let claims = Claims {
        app_id: 1,
        user_id: user_id.to_owned(),
        nonce: 12345,
        ctime: 1_796_000_000,
        expire: 1_796_003_600,
        payload: payload.to_owned(),
    };
    let secret = Secret::new(key).expect("valid secret");
    let token = encode(&claims, &secret, &Iv::Gcm([7; 12])).expect("encodes");
    (token, claims)
}

/// Hostile text reaches neither stdout nor stderr raw: no ESC (terminal
/// escapes), U+202E (bidi override) or BEL.
fn assert_no_raw_controls(out: &Out, args: &[&str]) {
    for (stream, text) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
        assert!(
            !text.contains('\u{1b}'),
            "{args:?}: raw ESC on {stream}: {text:?}"
        );
        assert!(
            !text.contains('\u{202E}'),
            "{args:?}: raw U+202E on {stream}: {text:?}"
        );
        assert!(!text.contains('\u{7}'), "{args:?}: raw BEL on {stream}");
    }
}

fn has_warning_line(stderr: &str) -> bool {
    stderr
        .lines()
        .any(|l| l.to_ascii_lowercase().contains("warning"))
}

// ---------------------------------------------------------------------------
// decode on the vendor vectors
// ---------------------------------------------------------------------------

#[test]
fn every_official_vector_decodes_to_its_recorded_claims() {
    let vectors = official();
    assert_eq!(vectors.len(), 161);
    for v in &vectors {
        let out = run(&["decode", "--json", "--secret", &v.secret, &v.token]);
        assert_eq!(out.code, Some(0), "{}: {out:?}", v.id);
        let json = parse_json(&out, Sub::Decode);
        assert_eq!(json.claims.as_ref(), Some(&v.claims), "{}", v.id);
        assert_eq!(json.mode.as_deref(), Some(v.mode.as_str()), "{}", v.id);
        assert_eq!(json.version.as_deref(), Some("04"), "{}", v.id);
        assert_eq!(json.expire, Some(v.claims.expire), "{}", v.id);
        assert_eq!(json.authenticated, v.mode == "gcm", "{}", v.id);
        assert!(matches!(json.error, Some(None)), "{}: {json:?}", v.id);
        assert_eq!(json.privilege, expected_privilege(&v.payload), "{}", v.id);
        assert_eq!(json.valid, None, "{}: verify-only key", v.id);
    }
}

#[test]
fn decode_without_a_secret_shows_only_the_header() {
    let v = vector("node-gcm/basic");
    let out = run(&["decode", "--json", &v.token]);
    assert_eq!(out.code, Some(0), "{out:?}");
    let json = parse_json(&out, Sub::Decode);
    assert_eq!(json.claims, None);
    assert_eq!(json.expire, Some(v.claims.expire));
    assert_eq!(json.mode.as_deref(), Some("gcm"));
    assert!(!json.authenticated);
}

#[test]
fn decode_does_not_judge_expiry() {
    for id in ["node-gcm/basic", "go-cbc/basic"] {
        let v = vector(id);
        for now in [v.claims.expire + 86_400, v.claims.ctime - 86_400] {
            let now = now.to_string();
            let out = run(&["decode", "--secret", &v.secret, "--now", &now, &v.token]);
            assert_eq!(out.code, Some(0), "{id} at {now}: {out:?}");
            let out = run(&[
                "decode", "--json", "--secret", &v.secret, "--now", &now, &v.token,
            ]);
            assert_eq!(out.code, Some(0), "{id} at {now}: {out:?}");
            assert_eq!(parse_json(&out, Sub::Decode).claims, Some(v.claims.clone()));
        }
    }
}

#[test]
fn every_malformed_vector_decodes_with_the_exit_code_of_its_class() {
    let vectors = negative();
    assert_eq!(vectors.len(), 57);
    let originals = official();
    for v in &vectors {
        let (code, kind) = match v.expect_error.as_str() {
            "bad-version-prefix"
            | "empty"
            | "truncated"
            | "length-field-overflow"
            | "trailing-garbage"
            | "unknown-mode-byte"
            | "not-base64" => (3, Some("malformed")),
            // The given secret is the real one upper-cased: it opens with
            // that changed back, and the diagnosis names the case change.
            "wrong-secret" if v.id.ends_with("-uppercased") => (4, Some("lowercase_secret_key")),
            "wrong-secret" | "gcm-tag-flipped" | "cbc-bad-padding" | "header-expire-tampered" => {
                (4, Some("untrusted"))
            }
            "none-after-trim" | "url-mangled" => (0, None),
            other => panic!("{}: unknown class {other}", v.id),
        };

        let human = run(&["decode", "--secret", &v.secret, &v.token]);
        assert_eq!(human.code, Some(code), "{}: {human:?}", v.id);

        let out = run(&["decode", "--json", "--secret", &v.secret, &v.token]);
        assert_eq!(out.code, Some(code), "{}: {out:?}", v.id);
        let json = parse_json(&out, Sub::Decode);
        match kind {
            Some(kind) => {
                let error = json
                    .error
                    .clone()
                    .flatten()
                    .unwrap_or_else(|| panic!("{}: no error object: {json:?}", v.id));
                assert_eq!(error.kind, kind, "{}", v.id);
                assert!(!error.message.is_empty(), "{}", v.id);
                assert_eq!(json.claims, None, "{}", v.id);
                if v.expect_error == "bad-version-prefix" {
                    for sdk in [1_002_079, 6_000_107] {
                        assert!(error.sdk_codes.contains(&sdk), "{}: {error:?}", v.id);
                    }
                }
                if v.id == "neg/bad-version-prefix/03" {
                    // A Token03 container: only the secret shows that it
                    // holds Token04 claims, so its header was read.
                    assert_eq!(json.version.as_deref(), Some("03"), "{}", v.id);
                    assert!(error.message.contains("holds Token04"), "{error:?}");
                } else if kind == "malformed" {
                    assert_eq!(json.version, None, "{}", v.id);
                }
                if v.expect_error == "header-expire-tampered" {
                    // `expire` is the clear header: the first 8 bytes, big-endian.
                    let body = body_of(&v.token);
                    let header = i64::from_be_bytes(body[..8].try_into().expect("8 bytes"));
                    assert_eq!(json.expire, Some(header), "{}", v.id);
                    assert_eq!(json.version.as_deref(), Some("04"), "{}", v.id);
                }
            }
            None => {
                assert!(matches!(json.error, Some(None)), "{}: {json:?}", v.id);
                let source = v.derived_from.as_deref().expect("derived_from");
                let source = originals
                    .iter()
                    .find(|o| o.id == source)
                    .unwrap_or_else(|| panic!("no vector {source}"));
                assert_eq!(json.claims.as_ref(), Some(&source.claims), "{}", v.id);
                if v.expect_error == "url-mangled" {
                    assert!(has_warning_line(&human.stderr), "{}: {human:?}", v.id);
                    assert!(has_warning_line(&out.stderr), "{}: {out:?}", v.id);
                } else {
                    assert_eq!(human.stderr, "", "{}: trimming is silent", v.id);
                    assert_eq!(out.stderr, "", "{}: trimming is silent", v.id);
                }
            }
        }
    }
}

/// `decode` reads pasted damage leniently with a warning; `verify`, whose
/// verdict is the SDK's and a server's, fails it as malformed, naming what
/// was undone, and still shows the claims of the token inside.
#[test]
fn pasted_token_damage_is_repaired_by_decode_and_fails_verify() {
    let v = official()
        .into_iter()
        .find(|v| v.mode == "gcm" && v.token.contains('+') && v.token.contains('/'))
        .expect("a GCM vector with '+' and '/'");
    let percent = v
        .token
        .replace('+', "%2B")
        .replace('/', "%2F")
        .replace('=', "%3D");
    let repaired = [
        format!("\"{}\"", v.token),
        format!("'{}'", v.token),
        format!("\u{201C}{}\u{201D}", v.token),
        format!("Bearer {}", v.token),
        v.token.replace('+', " "),
        percent,
    ];
    for input in &repaired {
        for sub in ["decode", "verify"] {
            let now = v.claims.ctime.to_string();
            let out = run(&[sub, "--json", "--secret", &v.secret, "--now", &now, input]);
            let sub_kind = if sub == "decode" {
                assert_eq!(out.code, Some(0), "{sub} {input:?}: {out:?}");
                assert!(has_warning_line(&out.stderr), "{sub} {input:?}: {out:?}");
                Sub::Decode
            } else {
                assert_eq!(out.code, Some(3), "{sub} {input:?}: {out:?}");
                assert_eq!(out.stderr, "", "{sub} {input:?}: the failure says it");
                let json: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON");
                let first = &json["failures"][0];
                assert_eq!(first["kind"], "malformed", "{input:?}");
                let message = first["message"].as_str().expect("a message");
                assert!(
                    message.starts_with("the input is not the token itself: "),
                    "{message}"
                );
                assert_eq!(json["failures"].as_array().map(Vec::len), Some(1), "{json}");
                Sub::Verify
            };
            let json = parse_json(&out, sub_kind);
            assert_eq!(json.claims.as_ref(), Some(&v.claims), "{sub} {input:?}");
        }
    }
    let trimmed = format!(" \t{}\r\n", v.token);
    let out = run(&["decode", "--secret", &v.secret, &trimmed]);
    assert_eq!(out.code, Some(0), "{out:?}");
    assert_eq!(out.stderr, "", "trimming is silent");
}

// ---------------------------------------------------------------------------
// verify: lifetime
// ---------------------------------------------------------------------------

#[test]
fn every_official_vector_is_valid_at_its_ctime() {
    for v in &official() {
        let (out, json) = verify_json(v, v.claims.ctime, &[]);
        assert_eq!(out.code, Some(0), "{}: {out:?}", v.id);
        assert_eq!(json.valid, Some(true), "{}", v.id);
        assert_eq!(json.kinds(), Vec::<&str>::new(), "{}", v.id);
        assert_eq!(json.claims.as_ref(), Some(&v.claims), "{}", v.id);
        assert_eq!(json.authenticated, v.mode == "gcm", "{}", v.id);
        assert!(json.error.is_none(), "{}: decode-only key", v.id);
    }
}

#[test]
fn expired_token_exits_5_with_the_sdk_codes() {
    for id in ["node-gcm/basic", "go-cbc/basic"] {
        let v = vector(id);
        let (out, json) = verify_json(&v, v.claims.expire + 1, &[]);
        assert_one_failure(&out, &json, 5, "expired", id);
        assert_sdk_codes(&json, "expired", &[1_002_078, 6_000_106], id);
        assert_eq!(json.claims.as_ref(), Some(&v.claims), "{id}");
    }
}

#[test]
fn token_before_its_ctime_is_not_yet_valid() {
    for id in ["node-gcm/basic", "go-cbc/basic"] {
        let v = vector(id);
        let (out, json) = verify_json(&v, v.claims.ctime - 3600, &[]);
        assert_one_failure(&out, &json, 5, "not_yet_valid", id);
    }
}

#[test]
fn leeway_forgives_both_edges() {
    let v = vector("node-gcm/basic");
    let late = v.claims.expire + 30;
    let early = v.claims.ctime - 30;
    assert_eq!(verify_json(&v, late, &[]).0.code, Some(5));
    assert_eq!(verify_json(&v, early, &[]).0.code, Some(5));
    for leeway in ["60", "60s", "1m"] {
        for now in [late, early] {
            let (out, json) = verify_json(&v, now, &["--leeway", leeway]);
            assert_eq!(out.code, Some(0), "--leeway {leeway} at {now}: {out:?}");
            assert_eq!(json.valid, Some(true));
        }
    }
    let (out, json) = verify_json(&v, v.claims.expire + 120, &["--leeway", "1m"]);
    assert_eq!(out.code, Some(5), "{out:?}");
    assert_eq!(json.kinds(), ["expired"]);
    let (out, json) = verify_json(&v, v.claims.ctime - 120, &["--leeway", "1m"]);
    assert_eq!(out.code, Some(5), "{out:?}");
    assert_eq!(json.kinds(), ["not_yet_valid"]);
}

// ---------------------------------------------------------------------------
// verify: expectations
// ---------------------------------------------------------------------------

#[test]
fn matching_expectations_pass() {
    // room1, login allowed, publish denied.
    let v = vector("node-gcm/priv-null");
    let app_id = v.claims.app_id.to_string();
    let (out, json) = verify_json(
        &v,
        v.claims.ctime,
        &[
            "--app-id",
            &app_id,
            "--user-id",
            &v.claims.user_id,
            "--room-id",
            "room1",
            "--require",
            "login",
        ],
    );
    assert_eq!(out.code, Some(0), "{out:?}");
    assert_eq!(json.valid, Some(true));
    assert_eq!(
        json.privilege,
        Some(PrivilegeJson {
            room_id: "room1".into(),
            login: true,
            publish: false,
            stream_ids: None,
        })
    );
}

#[test]
fn each_expectation_mismatch_exits_6_with_its_kind() {
    let privileged = vector("node-gcm/priv-null");
    let plain = vector("go-cbc/basic");
    let other_app = (privileged.claims.app_id + 1).to_string();
    let cases: [(&Official, &[&str], &str, Option<u32>); 6] = [
        (
            &privileged,
            &["--app-id", &other_app],
            "app_id_mismatch",
            Some(1_002_076),
        ),
        (
            &privileged,
            &["--user-id", "someone-else"],
            "user_id_mismatch",
            Some(1_002_077),
        ),
        (
            &privileged,
            &["--room-id", "room2"],
            "room_id_mismatch",
            None,
        ),
        (&plain, &["--room-id", "room1"], "room_id_mismatch", None),
        (
            &privileged,
            &["--require", "publish"],
            "privilege_missing",
            None,
        ),
        (&plain, &["--require", "publish"], "privilege_missing", None),
    ];
    for (v, extra, kind, sdk) in cases {
        let (out, json) = verify_json(v, v.claims.ctime, extra);
        let case = format!("{} {extra:?}", v.id);
        assert_one_failure(&out, &json, 6, kind, &case);
        if let Some(sdk) = sdk {
            assert_sdk_codes(&json, kind, &[sdk], &case);
        }
        assert_eq!(json.claims.as_ref(), Some(&v.claims), "{case}");
    }
}

#[test]
fn several_failures_are_all_listed_and_the_mismatch_sets_the_exit_code() {
    let v = vector("node-gcm/basic");
    let other_app = (v.claims.app_id + 1).to_string();
    let (out, json) = verify_json(&v, v.claims.expire + 3600, &["--app-id", &other_app]);
    assert_eq!(out.code, Some(6), "{out:?}");
    assert_eq!(json.valid, Some(false));
    let mut kinds = json.kinds();
    kinds.sort_unstable();
    assert_eq!(kinds, ["app_id_mismatch", "expired"]);

    let (out, json) = verify_json(
        &v,
        v.claims.ctime - 3600,
        &["--user-id", "mallory", "--require", "login"],
    );
    assert_eq!(out.code, Some(6), "{out:?}");
    let mut kinds = json.kinds();
    kinds.sort_unstable();
    assert_eq!(
        kinds,
        ["not_yet_valid", "privilege_missing", "user_id_mismatch"]
    );

    // The human view lists them too, in one run.
    let now = (v.claims.expire + 3600).to_string();
    let out = run(&[
        "verify", "--secret", &v.secret, "--now", &now, "--app-id", &other_app, &v.token,
    ]);
    assert_eq!(out.code, Some(6), "{out:?}");
    assert!(out.stdout.contains(&other_app), "{out:?}");
    assert!(out.stdout.contains("1002076"), "{out:?}");
    assert!(out.stdout.contains("1002078"), "{out:?}");
}

#[test]
fn malformed_beats_every_other_failure() {
    let bad = negative_where(|id| id == "neg/truncated/in-ct");
    let out = run(&[
        "verify",
        "--json",
        "--secret",
        WRONG_SECRET,
        "--now",
        "253402300799",
        "--app-id",
        "1",
        "--user-id",
        "nobody",
        "--room-id",
        "nowhere",
        "--require",
        "publish",
        &bad.token,
    ]);
    assert_eq!(out.code, Some(3), "{out:?}");
    let json = parse_json(&out, Sub::Verify);
    assert_eq!(json.valid, Some(false));
    assert!(json.kinds().contains(&"malformed"), "{json:?}");
    assert_eq!(json.claims, None);

    let out = run(&[
        "verify",
        "--secret",
        WRONG_SECRET,
        "--now",
        "253402300799",
        "--app-id",
        "1",
        &bad.token,
    ]);
    assert_eq!(out.code, Some(3), "{out:?}");
}

#[test]
fn wrong_secret_is_untrusted_and_beats_mismatch_and_expiry() {
    for id in ["node-gcm/basic", "go-cbc/basic", "java-cbc/priv-null"] {
        let v = vector(id);
        let mut wrong = v.clone();
        wrong.secret = WRONG_SECRET.to_owned();
        let (out, json) = verify_json(&wrong, v.claims.ctime, &[]);
        assert_one_failure(&out, &json, 4, "untrusted", id);
        assert_sdk_codes(&json, "untrusted", &[1_002_033, 6_000_103], id);
        assert_eq!(json.claims, None, "{id}");
        assert!(!json.authenticated, "{id}");

        let (out, json) = verify_json(
            &wrong,
            v.claims.expire + 86_400,
            &["--app-id", "1", "--user-id", "nobody"],
        );
        assert_eq!(out.code, Some(4), "{id}: {out:?}");
        assert!(json.kinds().contains(&"untrusted"), "{id}: {json:?}");

        let out = run(&["decode", "--secret", WRONG_SECRET, &v.token]);
        assert_eq!(out.code, Some(4), "{id}: {out:?}");
    }
}

#[test]
fn cbc_iv_bit_flip_never_verifies_with_the_original_claims() {
    let cbc: Vec<Official> = official().into_iter().filter(|v| v.mode == "cbc").collect();
    assert!(cbc.len() > 100);
    for v in &cbc {
        let mut body = body_of(&v.token);
        assert_eq!(&body[8..10], &[0, 16], "{}: CBC IV length", v.id);
        body[10] ^= 0x01; // IV byte 0: flips plaintext byte 0 only.
        let flipped = token_of(&body);
        let mut forged = v.clone();
        forged.token = flipped;
        let app_id = v.claims.app_id.to_string();
        let (out, json) = verify_json(
            &forged,
            v.claims.ctime,
            &["--app-id", &app_id, "--user-id", &v.claims.user_id],
        );
        assert!(
            !(out.code == Some(0) && json.claims.as_ref() == Some(&v.claims)),
            "{}: the altered token verified with the original claims: {out:?}",
            v.id
        );
        assert!(!json.authenticated, "{}: CBC is never authenticated", v.id);
    }
}

#[test]
fn cbc_iv_flip_of_an_app_id_digit_is_reported_as_a_changed_claim() {
    // The documented CBC weakness (FORMAT.md): whoever knows the plaintext
    // can change its first 16 bytes through the IV.
    let v = vector("go-cbc/basic");
    let digit = v.plaintext.find("\"app_id\":").expect("app_id key") + "\"app_id\":".len() + 1;
    assert!(digit < 16, "the digit is in the first block");
    let mut plaintext = v.plaintext.clone().into_bytes();
    plaintext[digit] ^= 0x01;
    let expected: ClaimsJson = serde_json::from_slice(&plaintext).expect("forged plaintext");
    assert_ne!(expected.app_id, v.claims.app_id);

    let mut body = body_of(&v.token);
    body[10 + digit] ^= 0x01;
    let mut forged = v.clone();
    forged.token = token_of(&body);
    let app_id = v.claims.app_id.to_string();
    let (out, json) = verify_json(&forged, v.claims.ctime, &["--app-id", &app_id]);
    assert_eq!(out.code, Some(6), "{out:?}");
    assert_eq!(json.kinds(), ["app_id_mismatch"]);
    assert_eq!(json.claims, Some(expected));
    assert!(!json.authenticated);
    assert!(!json.warnings.is_empty(), "a CBC token carries a warning");
}

// ---------------------------------------------------------------------------
// verify: input and output
// ---------------------------------------------------------------------------

#[test]
fn quiet_prints_nothing() {
    let v = vector("node-gcm/basic");
    let bad = negative_where(|id| id == "neg/not-base64/garbage");
    let ctime = v.claims.ctime.to_string();
    let late = (v.claims.expire + 1).to_string();
    // Pasted damage fails the check, as the SDK would fail it.
    let quoted = format!("\"Bearer {}\"", v.token);
    let cases: [(&[&str], &str, i32); 6] = [
        (&["--now", &ctime], &v.token, 0),
        (&["--now", &ctime], &quoted, 3),
        (&["--now", &late], &v.token, 5),
        (&["--now", &ctime, "--app-id", "1"], &v.token, 6),
        (&["--now", &ctime], &bad.token, 3),
        (&["--now", &ctime, "--secret", WRONG_SECRET], &v.token, 4),
    ];
    for (extra, token, code) in cases {
        let mut args = vec!["verify", "-q"];
        args.extend_from_slice(extra);
        if !extra.contains(&"--secret") {
            args.extend(["--secret", v.secret.as_str()]);
        }
        args.push(token);
        let out = run(&args);
        assert_eq!(out.code, Some(code), "{args:?}: {out:?}");
        assert_eq!(out.stdout, "", "{args:?}");
        assert_eq!(out.stderr, "", "{args:?}");
    }
}

#[test]
fn token_is_read_from_stdin_for_dash_and_when_absent() {
    let v = vector("node-gcm/priv-list");
    let now = v.claims.ctime.to_string();
    for (sub, kind) in [("decode", Sub::Decode), ("verify", Sub::Verify)] {
        for dash in [true, false] {
            let mut args = vec![sub, "--json", "--secret", &v.secret, "--now", &now];
            if dash {
                args.push("-");
            }
            let out = run_cmd(zego().args(&args).write_stdin(format!("{}\n", v.token)));
            assert_eq!(out.code, Some(0), "{args:?}: {out:?}");
            assert_eq!(
                out.stderr, "",
                "{args:?}: a trailing newline is trimmed silently"
            );
            let json = parse_json(&out, kind);
            assert_eq!(json.claims.as_ref(), Some(&v.claims), "{args:?}");
        }
    }
}

#[test]
fn token_and_secret_both_from_stdin_is_a_usage_error() {
    let v = vector("node-gcm/basic");
    for sub in ["decode", "verify"] {
        for dash in [true, false] {
            let mut args = vec![sub, "--secret-file", "-"];
            if dash {
                args.push("-");
            }
            let out = run_cmd(
                zego()
                    .args(&args)
                    .write_stdin(format!("{}\n{}\n", v.secret, v.token)),
            );
            assert_eq!(out.code, Some(2), "{args:?}: {out:?}");
            assert!(
                out.stderr.starts_with("zego-token: error:"),
                "{args:?}: {out:?}"
            );
        }
    }
}

#[test]
fn verify_takes_the_secret_like_generate() {
    let v = vector("node-gcm/basic");
    let now = v.claims.ctime.to_string();
    // From the environment alone.
    let out = run_cmd(
        zego()
            .args(["verify", "--now", &now, &v.token])
            .env("ZEGO_SERVER_SECRET", &v.secret),
    );
    assert_eq!(out.code, Some(0), "{out:?}");
    // The flag wins, both ways.
    let out = run_cmd(
        zego()
            .args(["verify", "--now", &now, "--secret", &v.secret, &v.token])
            .env("ZEGO_SERVER_SECRET", WRONG_SECRET),
    );
    assert_eq!(out.code, Some(0), "{out:?}");
    let out = run_cmd(
        zego()
            .args(["verify", "--now", &now, "--secret", WRONG_SECRET, &v.token])
            .env("ZEGO_SERVER_SECRET", &v.secret),
    );
    assert_eq!(out.code, Some(4), "{out:?}");
    // A file with a trailing newline, and stdin.
    let file = TempFile::new("secret", format!("{}\n", v.secret).as_bytes());
    let out = run(&[
        "verify",
        "--now",
        &now,
        "--secret-file",
        file.path(),
        &v.token,
    ]);
    assert_eq!(out.code, Some(0), "{out:?}");
    let out = run_cmd(
        zego()
            .args(["verify", "--now", &now, "--secret-file", "-", &v.token])
            .write_stdin(format!("{}\n", v.secret)),
    );
    assert_eq!(out.code, Some(0), "{out:?}");
}

#[test]
fn hostile_text_in_claims_is_escaped_in_human_output() {
    let key = "fa94dd0f974cf2e293728a526b028271";
    let user_id = "evil\u{1b}[31mred\u{202E}gnp.exe";
    let room = Privilege {
        room_id: "room\u{1b}]0;pwned\u{7}\u{202E}1".into(),
        login: true,
        publish: true,
        stream_ids: Some(vec!["s\u{1b}[2J\u{202E}".into()]),
    };
    for payload in [String::new(), room.to_payload()] {
        let (token, claims) = own_token(user_id, &payload, key);
        let ctime = claims.ctime.to_string();
        let late = (claims.expire + 10).to_string();
        let runs: [&[&str]; 5] = [
            &["decode", "--secret", key, "--now", &ctime, &token],
            &["verify", "--secret", key, "--now", &ctime, &token],
            &["verify", "--secret", key, "--now", &late, &token],
            &[
                "verify",
                "--secret",
                key,
                "--now",
                &ctime,
                "--user-id",
                "alice",
                "--room-id",
                "r",
                &token,
            ],
            &["decode", "--secret", WRONG_SECRET, &token],
        ];
        for args in runs {
            let out = run(args);
            assert!(matches!(out.code, Some(0..=6)), "{args:?}: {out:?}");
            assert_no_raw_controls(&out, args);
        }
        // The claims are still shown, escaped rather than dropped.
        let out = run(&["decode", "--secret", key, "--now", &ctime, &token]);
        assert!(out.stdout.contains("evil"), "{out:?}");
        assert!(out.stdout.contains("gnp.exe"), "{out:?}");
    }
}

#[test]
fn the_secret_never_appears_in_any_output() {
    let v = vector("node-gcm/priv-null");
    let cbc = vector("go-cbc/basic");
    let secret_file = TempFile::new("leak-secret", format!("{SECRET}\n").as_bytes());
    let short_file = TempFile::new("leak-short", format!("{}\n", &SECRET[..31]).as_bytes());
    let hex_secret: String = SECRET.bytes().map(|b| format!("{b:02x}")).collect();
    let user_65 = "u".repeat(65);
    let big = "x".repeat(70_000);

    // A token of our own made with the secret, to decode and verify.
    let made = run(&[
        "generate",
        "--app-id",
        "1",
        "--user-id",
        "demo",
        "--secret",
        SECRET,
        "--now",
        "1796000000",
    ]);
    assert_eq!(made.code, Some(0), "{made:?}");
    let own = made.stdout.trim().to_owned();
    let bad = "04AAAAAGsM5aEAEHU0YWFybjJvNTc3".to_owned();

    let g = |extra: &[&str]| {
        let mut args = vec!["generate", "--app-id", "1", "--user-id", "demo"];
        args.extend_from_slice(extra);
        args.into_iter().map(str::to_owned).collect::<Vec<_>>()
    };
    let s = |args: &[&str]| args.iter().map(|&a| a.to_owned()).collect::<Vec<_>>();
    // (arguments, stdin, ZEGO_SERVER_SECRET)
    let mut runs: Vec<(Vec<String>, Option<String>, Option<&str>)> = vec![
        (g(&["--secret", SECRET]), None, None),
        (g(&["--secret", SECRET, "--json"]), None, None),
        (
            g(&["--secret", SECRET, "--mode", "cbc", "--room-id", "r"]),
            None,
            None,
        ),
        (g(&[]), None, Some(SECRET)),
        (g(&["--secret-file", secret_file.path()]), None, None),
        (
            g(&["--secret-file", "-"]),
            Some(format!("{SECRET}\n")),
            None,
        ),
        (g(&["--secret", SECRET, "--app-id", "0"]), None, None),
        (g(&["--secret", SECRET, "--user-id", ""]), None, None),
        (g(&["--secret", SECRET, "--user-id", &user_65]), None, None),
        (g(&["--secret", SECRET, "--ttl", "0"]), None, None),
        (g(&["--secret", SECRET, "--ttl", "soon"]), None, None),
        (g(&["--secret", SECRET, "--now", "yesterday"]), None, None),
        (g(&["--secret", SECRET, "--payload", &big]), None, None),
        (
            g(&["--secret", SECRET, "--payload", "x", "--room-id", "r"]),
            None,
            None,
        ),
        (g(&["--secret", SECRET, "--no-login"]), None, None),
        (
            g(&["--secret", SECRET, "--secret-file", secret_file.path()]),
            None,
            None,
        ),
        (g(&["--secret", &SECRET[..31]]), None, None),
        (g(&["--secret", &format!("{SECRET}9")]), None, None),
        (g(&["--secret-file", short_file.path()]), None, None),
        (g(&[]), None, Some(&SECRET[..31])),
    ];
    for sub in ["decode", "verify"] {
        for token in [own.as_str(), &v.token, &cbc.token, &bad] {
            for extra in [&[][..], &["--json"][..], &["--now", "1896000000"][..]] {
                let mut args = s(&[sub, "--secret", SECRET]);
                args.extend(s(extra));
                args.push(token.to_owned());
                runs.push((args, None, None));
            }
            runs.push((s(&[sub, token]), None, Some(SECRET)));
            runs.push((
                s(&[sub, "--secret-file", "-", token]),
                Some(SECRET.into()),
                None,
            ));
            runs.push((s(&[sub, "--secret", &SECRET[..31], token]), None, None));
        }
        runs.push((
            s(&[sub, "--secret-file", "-"]),
            Some(format!("{SECRET}\n{own}")),
            None,
        ));
        runs.push((s(&[sub, "--secret", SECRET]), Some(own.clone()), None));
        runs.push((
            s(&[sub, "--secret", SECRET, "--now", "soon", &own]),
            None,
            None,
        ));
    }
    runs.push((
        s(&["verify", "-q", "--secret", SECRET, &v.token]),
        None,
        None,
    ));
    runs.push((
        s(&[
            "verify",
            "--secret",
            SECRET,
            "--app-id",
            "5",
            "--user-id",
            "x",
            &own,
        ]),
        None,
        None,
    ));
    runs.push((
        s(&["verify", "--secret", SECRET, "--leeway", "forever", &own]),
        None,
        None,
    ));
    let with_secret = format!("--secret={SECRET}");
    runs.push((g(&["--secret", SECRET, "--secret", SECRET]), None, None));
    runs.push((g(&[&with_secret, "stray-argument"]), None, None));
    runs.push((g(&["--secert", SECRET]), None, None));
    runs.push((
        s(&["verify", "--secret", SECRET, "-q", "--json", &own]),
        None,
        None,
    ));
    runs.push((
        s(&["decode", "--secret", SECRET, "--bogus", &own]),
        None,
        None,
    ));
    runs.push((s(&["explain", "1002033"]), None, Some(SECRET)));
    runs.push((s(&["explain", "12345"]), None, Some(SECRET)));

    for (args, stdin, env) in &runs {
        let mut cmd = zego();
        cmd.args(args);
        if let Some(input) = stdin {
            cmd.write_stdin(input.clone());
        }
        if let Some(value) = env {
            cmd.env("ZEGO_SERVER_SECRET", value);
        }
        let out = run_cmd(&mut cmd);
        assert!(matches!(out.code, Some(0..=6)), "{args:?}: {out:?}");
        for needle in [&SECRET[..31], hex_secret.as_str()] {
            assert!(
                !out.stdout.contains(needle),
                "{args:?}: secret on stdout: {out:?}"
            );
            assert!(
                !out.stderr.contains(needle),
                "{args:?}: secret on stderr: {out:?}"
            );
        }
    }
}

#[test]
fn hostile_text_in_a_malformed_token_is_escaped() {
    let inputs = [
        "04AAAA\u{1b}[31mBBBB",
        "04\u{202E}AAAA",
        "\u{202E}04AAAA",
        "\u{1b}[2J",
        "\"04AA\u{1b}]0;x\u{7}\"",
        "Bearer \u{1b}[31m04AAAA",
        "04AAAA BB\u{202E}",
    ];
    for input in inputs {
        for args in [
            vec!["decode", input],
            vec!["decode", "--json", input],
            vec!["verify", "--secret", WRONG_SECRET, input],
        ] {
            let out = run(&args);
            assert_eq!(out.code, Some(3), "{args:?}: {out:?}");
            assert_no_raw_controls(&out, &args);
        }
    }
}

#[test]
fn verify_now_accepts_rfc3339() {
    // node-gcm/basic: ctime 1796003729 = 2026-11-30T01:55:29Z, lives 1 h.
    let v = vector("node-gcm/basic");
    assert_eq!(v.claims.ctime, 1_796_003_729);
    assert_eq!(v.claims.expire, 1_796_003_729 + 3600);
    let at = |now: &str| {
        let out = run(&[
            "verify", "--json", "--secret", &v.secret, "--now", now, &v.token,
        ]);
        let json = parse_json(&out, Sub::Verify);
        (
            out.code,
            json.kinds()
                .iter()
                .map(|k| (*k).to_owned())
                .collect::<Vec<_>>(),
        )
    };
    assert_eq!(at("2026-11-30T01:55:29Z"), (Some(0), vec![]));
    assert_eq!(at("2026-11-30T09:55:29+08:00"), (Some(0), vec![]));
    assert_eq!(
        at("2026-11-30T02:55:30Z"),
        (Some(5), vec!["expired".to_owned()])
    );
    assert_eq!(
        at("2026-11-30T01:55:28Z"),
        (Some(5), vec!["not_yet_valid".to_owned()])
    );
}

#[test]
fn verify_invalid_arguments_exit_2_with_one_error_line() {
    let v = vector("node-gcm/basic");
    let short = &SECRET[..31];
    let cases: [(&str, Vec<&str>); 6] = [
        (
            "bad --now",
            vec!["verify", "--secret", SECRET, "--now", "soon", &v.token],
        ),
        (
            "bad --leeway",
            vec!["verify", "--secret", SECRET, "--leeway", "a bit", &v.token],
        ),
        ("no secret", vec!["verify", &v.token]),
        (
            "31-character secret",
            vec!["verify", "--secret", short, &v.token],
        ),
        (
            "31-character secret, decode",
            vec!["decode", "--secret", short, &v.token],
        ),
        (
            "bad --now, decode",
            vec!["decode", "--now", "soon", &v.token],
        ),
    ];
    for (case, args) in cases {
        let out = run(&args);
        assert_error_shape(&out, 2, case);
        assert!(!out.stderr.contains(short), "{case}: secret leaked");
    }
}

// ---------------------------------------------------------------------------
// explain
// ---------------------------------------------------------------------------

#[test]
fn explain_a_known_code() {
    let out = run(&["explain", "1002078"]);
    assert_eq!(out.code, Some(0), "{out:?}");
    assert!(out.stdout.to_lowercase().contains("expired"), "{out:?}");
    assert!(out.stdout.contains("1002078"), "{out:?}");
}

#[test]
fn explain_an_unknown_code_lists_the_known_ones() {
    for code in ["12345", "not-a-code"] {
        let out = run(&["explain", code]);
        assert_error_shape(&out, 2, code);
        for known in SDK_CODES {
            assert!(
                out.stderr.contains(&known.code.to_string()),
                "{code}: {} not listed: {out:?}",
                known.code
            );
        }
    }
}
