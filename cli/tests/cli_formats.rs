//! The binary on Token03, UIKit kit tokens and faulty generators' tokens:
//! the vendor's and the UIKit's own tokens (tests/data/VECTORS.md) through
//! `decode`, `verify` and batch mode, and `generate --token-version 03` /
//! `generate --kit` read back with the library.

mod support;

use serde_json::{Value, json};
use support::cli::{Out, TempFile, assert_error_shape, run, run_cmd, zego};
use support::vectors::{faulty, kits, token03};
use zego_token::diagnose::inspect;
use zego_token::format::{payload_privilege, split_kit};
use zego_token::{Kit, Mode, Secret, Version, unchecked};

const SAMPLE: &str = "fa94dd0f974cf2e293728a526b028271";

fn json_of(out: &Out) -> Value {
    serde_json::from_str(out.line()).unwrap_or_else(|e| panic!("not JSON ({e}): {out:?}"))
}

fn kinds(v: &Value) -> Vec<&str> {
    v["failures"]
        .as_array()
        .expect("failures")
        .iter()
        .map(|f| f["kind"].as_str().expect("kind"))
        .collect()
}

// ---------------------------------------------------------------------------
// Token03
// ---------------------------------------------------------------------------

#[test]
fn token03_headers_decode_without_the_secret() {
    for v in token03() {
        let out = run(&["decode", "--json", &v.token]);
        assert_eq!(out.code, Some(0), "{}: {out:?}", v.id);
        let j = json_of(&out);
        assert_eq!(j["version"], "03", "{}", v.id);
        assert_eq!(j["mode"], "cbc", "{}", v.id);
        assert_eq!(j["expire"], v.header_expire, "{}", v.id);
        assert_eq!(j["iv"].as_str().map(str::len), Some(32), "{}", v.id);
        assert_eq!(j["claims"], Value::Null, "{}", v.id);
        assert_eq!(j["authenticated"], false, "{}", v.id);
        let human = run(&["decode", &v.token]);
        assert!(
            human.stdout.starts_with("Token03  AES-256-CBC"),
            "{human:?}"
        );
    }
}

#[test]
fn token03_claims_decode_with_their_own_keys() {
    for v in token03() {
        let out = run(&["decode", "--json", "--secret", &v.secret, &v.token]);
        assert_eq!(out.code, Some(0), "{}: {out:?}", v.id);
        let j = json_of(&out);
        // Exact, nonce included: serde_json keeps 64-bit integers.
        assert_eq!(j["claims"], v.claims, "{}", v.id);
        assert_eq!(
            j["privilege"],
            json!({"room_id": v.room_id, "login": v.privilege.login,
                   "publish": v.privilege.publish, "stream_ids": null}),
            "{}",
            v.id
        );
        assert_eq!(j["error"], Value::Null, "{}", v.id);
    }
}

#[test]
fn token03_verifies_with_exit_codes_as_documented() {
    for v in token03() {
        let created = v.claims["create_time"].as_i64().expect("create_time");
        let now = created.to_string();
        let app = v.app_id.to_string();
        let base = ["verify", "--json", "--secret", &v.secret, "--now", &now];
        let mut args = base.to_vec();
        args.extend([
            "--app-id",
            &app,
            "--user-id",
            &v.user_id,
            "--room-id",
            &v.room_id,
        ]);
        args.extend(["--require", "login", &v.token]);
        let out = run(&args);
        let j = json_of(&out);
        if v.privilege.login {
            assert_eq!(out.code, Some(0), "{}: {out:?}", v.id);
            assert_eq!(j["valid"], true, "{}", v.id);
        } else {
            assert_eq!(out.code, Some(6), "{}: {out:?}", v.id);
            assert_eq!(kinds(&j), ["privilege_missing"], "{}", v.id);
        }
        let mut args = base.to_vec();
        args.extend(["--room-id", "another-room", &v.token]);
        let out = run(&args);
        assert_eq!(out.code, Some(6), "{}: {out:?}", v.id);
        assert_eq!(kinds(&json_of(&out)), ["room_id_mismatch"], "{}", v.id);
        let late = v.header_expire.to_string();
        let out = run(&["verify", "--secret", &v.secret, "--now", &late, &v.token]);
        assert_eq!(out.code, Some(5), "{}: {out:?}", v.id);
    }
}

#[test]
fn generate_makes_a_token03() {
    let out = run(&[
        "generate",
        "--app-id",
        "7",
        "--user-id",
        "alice",
        "--secret",
        SAMPLE,
        "--now",
        "1796000000",
        "--token-version",
        "03",
        "--room-id",
        "room1",
        "--no-publish",
        "--json",
    ]);
    assert_eq!(out.code, Some(0), "{out:?}");
    let j = json_of(&out);
    let token = j["token"].as_str().expect("token");
    assert!(token.starts_with("03"), "{token}");
    assert_eq!(j["version"], "03");
    assert_eq!(j["mode"], "cbc");
    assert_eq!(j["payload"], Value::Null);
    assert_eq!(
        j["privilege"],
        json!({"room_id": "room1", "login": true, "publish": false, "stream_ids": null})
    );
    assert_eq!(
        (j["ctime"].as_i64(), j["expire"].as_i64()),
        (Some(1_796_000_000), Some(1_796_003_600))
    );
    let (envelope, contents) =
        unchecked::open(token, &Secret::new(SAMPLE).expect("valid")).expect("opens");
    assert_eq!(
        (envelope.version(), envelope.mode()),
        (Version::V03, Mode::Cbc)
    );
    let claims = contents.as_v03().expect("Token03 claims");
    assert_eq!(
        (
            claims.app_id,
            claims.user_id.as_str(),
            claims.room_id.as_str()
        ),
        (7, "alice", "room1")
    );
    assert!(claims.privilege.login && !claims.privilege.publish);
    assert_eq!(j["nonce"].as_i64(), Some(claims.nonce));

    // The plain form prints just the token.
    let plain = run(&[
        "generate",
        "--app-id",
        "7",
        "--user-id",
        "alice",
        "--secret",
        SAMPLE,
        "--token-version",
        "03",
        "--room-id",
        "room1",
    ]);
    assert_eq!(plain.code, Some(0), "{plain:?}");
    assert!(plain.line().starts_with("03"));
}

#[test]
fn generate_refuses_what_a_token03_cannot_hold() {
    let base = [
        "generate",
        "--app-id",
        "7",
        "--user-id",
        "u",
        "--secret",
        SAMPLE,
        "--token-version",
        "03",
    ];
    for (extra, words) in [
        (&[][..], "needs a room"),
        (&["--room-id", "r", "--stream-id", "s1"][..], "stream"),
        (
            &["--room-id", "r", "--mode", "gcm"][..],
            "always AES-256-CBC",
        ),
        (
            &["--room-id", "r", "--kit"][..],
            "cannot carry a kit suffix",
        ),
        (&["--payload", "x"][..], "cannot carry a payload"),
    ] {
        let mut args = base.to_vec();
        args.extend_from_slice(extra);
        let out = run(&args);
        assert_error_shape(&out, 2, &format!("{extra:?}"));
        assert!(out.stderr.contains(words), "{extra:?}: {out:?}");
    }
}

// ---------------------------------------------------------------------------
// Kit tokens
// ---------------------------------------------------------------------------

#[test]
fn kit_tokens_decode_with_their_suffix() {
    for v in kits() {
        let Some(kit_token) = &v.kit_token else {
            continue;
        };
        for secret in [None, Some(v.secret.as_str())] {
            let mut args = vec!["decode", "--json"];
            if let Some(s) = secret {
                args.extend(["--secret", s]);
            }
            args.push(kit_token);
            let out = run(&args);
            assert_eq!(out.code, Some(0), "{}: {out:?}", v.id);
            let j = json_of(&out);
            assert_eq!(
                j["kit"],
                json!({"user_id": v.user_id, "room_id": v.room_id,
                       "user_name": v.user_name, "app_id": v.app_id}),
                "{}",
                v.id
            );
            assert_eq!(j["version"], "04", "{}", v.id);
            let inner_user = v.inner_user_id.as_deref().unwrap_or(&v.user_id);
            if secret.is_some() {
                assert_eq!(j["claims"]["user_id"], inner_user, "{}", v.id);
            }
        }
        let human = run(&["decode", "--secret", &v.secret, kit_token]);
        assert!(human.stdout.starts_with("UIKit kit token\n"), "{human:?}");
        assert!(human.stdout.contains("\nToken04  "), "{human:?}");
    }
}

#[test]
fn verify_checks_the_suffix_against_the_token_inside() {
    for v in kits() {
        let Some(kit_token) = &v.kit_token else {
            continue;
        };
        let s = Secret::new(&v.secret).expect("valid");
        let created = inspect(kit_token, Some(&s))
            .claims
            .expect("opens")
            .ctime()
            .to_string();
        let out = run(&[
            "verify", "--json", "--secret", &v.secret, "--now", &created, kit_token,
        ]);
        let j = json_of(&out);
        if v.id == "uikit-prod/prod-user-mismatch" {
            assert_eq!(out.code, Some(6), "{}: {out:?}", v.id);
            assert_eq!(kinds(&j), ["kit_mismatch"]);
            assert_eq!(j["failures"][0]["sdk_codes"], json!([1_002_077]));
            let human = run(&[
                "verify", "--secret", &v.secret, "--now", &created, kit_token,
            ]);
            assert!(human.stdout.contains("\"mallory\""), "{human:?}");
        } else {
            assert_eq!(out.code, Some(0), "{}: {out:?}", v.id);
        }
        // --user-id applies to the token inside.
        let out = run(&[
            "verify",
            "-q",
            "--secret",
            &v.secret,
            "--now",
            &created,
            "--user-id",
            "nobody",
            kit_token,
        ]);
        assert_eq!(out.code, Some(6), "{}", v.id);
    }
}

#[test]
fn a_broken_kit_suffix_is_malformed_and_named() {
    let v = &kits()[0];
    let (token, _) = split_kit(v.kit_token.as_deref().expect("made"));
    let out = run(&["decode", &format!("{token}#%%%")]);
    assert_error_shape(&out, 3, "bad suffix");
    assert!(out.stderr.contains("kit suffix"), "{out:?}");
    let out = run(&[
        "verify",
        "--json",
        "--secret",
        &v.secret,
        &format!("{token}#e30="),
    ]);
    assert_eq!(out.code, Some(3), "{out:?}");
    assert!(
        json_of(&out)["failures"][0]["message"]
            .as_str()
            .unwrap_or_default()
            .contains("userID")
    );
}

#[test]
fn generate_kit_tokens_read_back() {
    let out = run(&[
        "generate",
        "--app-id",
        "42",
        "--user-id",
        "alice",
        "--secret",
        SAMPLE,
        "--kit",
        "--room-id",
        "room1",
        "--user-name",
        "Ålice B",
        "--json",
    ]);
    assert_eq!(out.code, Some(0), "{out:?}");
    let j = json_of(&out);
    assert_eq!(
        j["kit"],
        json!({"user_id": "alice", "room_id": "room1", "user_name": "Ålice B", "app_id": 42})
    );
    let kit_token = j["token"].as_str().expect("token");
    let (token, suffix) = split_kit(kit_token);
    let kit = Kit::parse(suffix.expect("a suffix")).expect("the suffix reads");
    assert_eq!(
        (kit.user_id.as_str(), kit.room_id.as_deref()),
        ("alice", Some("room1"))
    );
    assert_eq!(kit.user_name, "Ålice B");
    let (envelope, claims) =
        unchecked::open(token, &Secret::new(SAMPLE).expect("valid")).expect("opens");
    assert_eq!(envelope.mode(), Mode::Gcm);
    let claims = claims.into_v04().expect("Token04");
    assert_eq!(
        (
            claims.user_id.as_str(),
            claims.app_id,
            claims.payload.as_str()
        ),
        ("alice", 42, "")
    );

    // Privileges only when asked for; the name defaults to the user id.
    let out = run(&[
        "generate",
        "--app-id",
        "42",
        "--user-id",
        "bob",
        "--secret",
        SAMPLE,
        "--kit",
        "--room-id",
        "room1",
        "--no-publish",
        "--mode",
        "cbc",
    ]);
    let (token, suffix) = split_kit(out.line());
    assert_eq!(
        Kit::parse(suffix.expect("suffix"))
            .expect("reads")
            .user_name,
        "bob"
    );
    let (envelope, claims) =
        unchecked::open(token, &Secret::new(SAMPLE).expect("valid")).expect("opens");
    assert_eq!(envelope.mode(), Mode::Cbc);
    let payload = claims.into_v04().expect("Token04").payload;
    let privilege = payload_privilege(&payload)
        .expect("JSON")
        .expect("a privilege");
    assert_eq!(
        (
            privilege.room_id.as_str(),
            privilege.login,
            privilege.publish
        ),
        ("room1", true, false)
    );

    // A call invitation has no room.
    let out = run(&[
        "generate",
        "--app-id",
        "42",
        "--user-id",
        "c",
        "--secret",
        SAMPLE,
        "--kit",
    ]);
    let (_, suffix) = split_kit(out.line());
    assert_eq!(
        Kit::parse(suffix.expect("suffix")).expect("reads").room_id,
        None
    );
}

#[test]
fn generate_kit_refuses_what_the_uikit_could_not_read() {
    let refused: Vec<_> = kits()
        .into_iter()
        .filter(|v| v.kit_token.is_none())
        .collect();
    assert_eq!(refused.len(), 2);
    for v in refused {
        let app = v.app_id.to_string();
        let mut args = vec![
            "generate",
            "--app-id",
            &app,
            "--user-id",
            &v.user_id,
            "--secret",
            SAMPLE,
            "--kit",
            "--user-name",
            &v.user_name,
        ];
        if let Some(room) = &v.room_id {
            args.extend(["--room-id", room]);
        }
        let out = run(&args);
        assert_error_shape(&out, 2, &v.id);
        assert!(out.stderr.contains("U+00FF"), "{}: {out:?}", v.id);
    }
    // In a batch, such a line is reported and the others go on.
    let ids = TempFile::new("kit-ids", "alice\n用户\nbob\n".as_bytes());
    let out = run(&[
        "generate",
        "--app-id",
        "1",
        "--secret",
        SAMPLE,
        "--kit",
        "--room-id",
        "r",
        "--user-ids-from",
        ids.path(),
    ]);
    assert_eq!(out.code, Some(2), "{out:?}");
    let users: Vec<String> = out
        .stdout
        .lines()
        .map(|l| {
            Kit::parse(split_kit(l).1.expect("suffix"))
                .expect("reads")
                .user_id
        })
        .collect();
    assert_eq!(users, ["alice", "bob"]);
    assert!(
        out.stderr.starts_with("zego-token: error: line 2: "),
        "{out:?}"
    );
}

#[test]
fn user_name_needs_kit() {
    let out = run(&[
        "generate",
        "--app-id",
        "1",
        "--user-id",
        "u",
        "--secret",
        SAMPLE,
        "--user-name",
        "n",
    ]);
    assert_error_shape(&out, 2, "--user-name without --kit");
}

// ---------------------------------------------------------------------------
// Faulty generators
// ---------------------------------------------------------------------------

#[test]
fn faulty_tokens_are_invalid_claims_not_untrusted() {
    for v in faulty() {
        let now = v.now.to_string();
        let out = run(&[
            "verify", "--json", "--secret", &v.secret, "--now", &now, &v.token,
        ]);
        assert_eq!(out.code, Some(3), "{}: {out:?}", v.id);
        let j = json_of(&out);
        assert_eq!(j["authenticated"], v.mode == "gcm", "{}", v.id);
        for f in j["failures"].as_array().expect("failures") {
            assert_eq!(f["kind"], "invalid_claims", "{}: {f}", v.id);
            assert_eq!(f["field"], v.field.as_str(), "{}: {f}", v.id);
            assert_eq!(f["sdk_codes"], json!([v.sdk_code]), "{}: {f}", v.id);
            let hint = f["hint"].as_str().unwrap_or_default();
            assert!(hint.starts_with("the secret is right"), "{}: {f}", v.id);
        }
        let human = run(&["verify", "--secret", &v.secret, "--now", &now, &v.token]);
        assert_eq!(human.code, Some(3), "{}", v.id);
        assert!(
            human
                .stdout
                .starts_with("✗ invalid claims: the token opened"),
            "{}: {human:?}",
            v.id
        );
        assert!(
            !human.stdout.contains("another project"),
            "{}: {human:?}",
            v.id
        );

        let out = run(&["decode", "--json", "--secret", &v.secret, &v.token]);
        assert_eq!(out.code, Some(3), "{}: {out:?}", v.id);
        assert_eq!(json_of(&out)["error"]["kind"], "invalid_claims", "{}", v.id);
    }
}

#[test]
fn the_named_mistakes_are_worded_for_the_generator() {
    let expect = [
        (
            "faulty/app-id-string",
            "app_id is the string \"1234567890\"; it must be a JSON number",
        ),
        (
            "faulty/nonce-float",
            "nonce is the fraction 0.8125; it must be an integer",
        ),
        ("faulty/expire-is-duration", "looks like the effective time"),
        ("faulty/payload-object", "payload is a JSON object"),
        ("faulty/unescaped-quote", "the claims are not JSON"),
    ];
    let vectors = faulty();
    for (id, words) in expect {
        let v = vectors.iter().find(|v| v.id == id).expect("vector");
        let now = v.now.to_string();
        let out = run(&[
            "verify", "--json", "--secret", &v.secret, "--now", &now, &v.token,
        ]);
        let message = json_of(&out)["failures"][0]["message"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        assert!(message.contains(words), "{id}: {message}");
    }
}

// ---------------------------------------------------------------------------
// Batch
// ---------------------------------------------------------------------------

#[test]
fn batch_reads_every_kind_of_token() {
    let t03 = &token03()[0];
    let kit = kits()
        .into_iter()
        .find(|v| v.id == "uikit-test/basic")
        .expect("vector");
    let bad = &faulty()[0];
    assert!(
        [&t03.secret, &kit.secret, &bad.secret]
            .iter()
            .all(|s| *s == SAMPLE)
    );
    let input = format!(
        "{}\n{}\n{}\n",
        t03.token,
        kit.kit_token.as_deref().expect("made"),
        bad.token
    );
    let out = run_cmd(
        zego()
            .args([
                "verify",
                "--batch",
                "--json",
                "--secret",
                SAMPLE,
                "--now",
                "1796178881",
            ])
            .write_stdin(input.clone()),
    );
    assert_eq!(out.code, Some(3), "{out:?}");
    let lines: Vec<Value> = out
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(
        (lines[0]["version"].as_str(), lines[0]["valid"].as_bool()),
        (Some("03"), Some(true))
    );
    assert_eq!(lines[1]["kit"]["user_id"], "alice");
    assert_eq!(lines[2]["failures"][0]["kind"], "invalid_claims");
    let out = run_cmd(
        zego()
            .args(["decode", "--batch", "--secret", SAMPLE])
            .write_stdin(input),
    );
    assert_eq!(out.code, Some(3), "{out:?}");
    let human: Vec<&str> = out.stdout.lines().collect();
    // One vocabulary: decode and verify say "valid", and a failure is
    // named by its label (the claim at fault), never by its raw kind.
    // (The vectors' tokens have expired by the clock: decode says so in
    // verify's words, and still exits 0 for them.)
    assert!(
        human[0].starts_with("line 1: expired: ") && human[0].ends_with("(user1)"),
        "{human:?}"
    );
    assert!(human[2].starts_with("line 3: app_id: "), "{human:?}");
}

#[test]
fn a_ciphertext_length_written_in_one_byte_is_named() {
    use support::format::{body_of, token_of};
    // A GCM token whose ciphertext is over 255 bytes, its 16-bit length
    // field then overwritten with the length modulo 256.
    let out = run(&[
        "generate",
        "--app-id",
        "1",
        "--user-id",
        "u",
        "--secret",
        SAMPLE,
        "--payload",
        &"p".repeat(300),
    ]);
    let mut body = body_of(&out.token());
    let ct_len_at = 8 + 2 + 12;
    let ct_len = usize::from(u16::from_be_bytes([body[ct_len_at], body[ct_len_at + 1]]));
    assert!(ct_len > 255);
    body[ct_len_at] = 0;
    body[ct_len_at + 1] = (ct_len % 256) as u8;
    let out = run(&["decode", &token_of(&body)]);
    assert_error_shape(&out, 3, "one-byte length");
    assert!(out.stderr.contains("written in one byte"), "{out:?}");
    assert!(out.stderr.contains("hint: the generator wrote"), "{out:?}");
}
