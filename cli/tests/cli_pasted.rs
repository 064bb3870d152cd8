//! What people paste, through the real binary: every line of
//! invented.jsonl named for its cause by `verify` (human and `--json`), the
//! AppSign flags, and what a JWT or a wrong key shows.

mod support;

use serde_json::Value;
use support::cli::{Out, run_cmd, zego};
use support::vectors::{self, InventedVector};

/// The AppSign the invented vectors were made with (tests/data/VECTORS.md).
const APP_SIGN: &str = "b6e5c1b2a7f04d3c9e8a1f2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f";

fn vector(id: &str) -> InventedVector {
    vectors::invented()
        .into_iter()
        .find(|v| v.id == id)
        .unwrap_or_else(|| panic!("no vector {id}"))
}

/// The JSON kinds that name each cause (VECTORS.md's `cause` column).
fn kinds_for(cause: &str) -> &'static [&'static str] {
    match cause {
        "jwt" => &["jwt", "livekit_jwt", "twilio_jwt"],
        "base64-json" => &["base64_json"],
        "hex-key" => &["hex_key_aes128", "hex_key_zero_padded"],
        "appsign-key" => &["appsign_key", "appsign_text_key"],
        "agora" => &["agora_access_token", "agora_access_token2"],
        "secret" => &["pasted_server_secret"],
        "milliseconds" => &["milliseconds"],
        other => panic!("unknown cause {other}"),
    }
}

/// `verify` of the vector, the ServerSecret and AppSign from the
/// environment, `extra` flags before the token.
fn verify(v: &InventedVector, extra: &[&str]) -> Out {
    let now = v.now.to_string();
    run_cmd(
        zego()
            .env("ZEGO_SERVER_SECRET", &v.secret)
            .env("ZEGO_APP_SIGN", APP_SIGN)
            .args(["verify", "--now", &now])
            .args(extra)
            .arg(&v.token),
    )
}

fn assert_no_run(text: &str, credential: &str, case: &str) {
    for window in credential.as_bytes().windows(8) {
        let window = std::str::from_utf8(window).expect("ascii");
        assert!(
            !text.contains(window),
            "{case}: {window:?} of a credential in {text}"
        );
    }
}

fn named_for_its_cause(id: &str) {
    let v = vector(id);
    let wanted = kinds_for(&v.cause);

    let human = verify(&v, &[]);
    assert!(matches!(human.code, Some(3..=6)), "{id}: {human:?}");
    assert!(
        v.expect.iter().any(|w| human.stdout.contains(w.as_str())),
        "{id}: none of {:?} in {}",
        v.expect,
        human.stdout
    );
    let shown = format!("{}{}", human.stdout, human.stderr);
    assert!(
        !shown.contains("secret belongs to another project"),
        "{id}: blames the secret: {shown}"
    );
    assert_no_run(&shown, &v.secret, id);
    assert_no_run(&shown, APP_SIGN, id);

    let json = verify(&v, &["--json"]);
    assert_eq!(json.code, human.code, "{id}: {json:?}");
    let view: Value = serde_json::from_str(&json.stdout).expect("one JSON object");
    assert_eq!(view["valid"], false, "{id}");
    let failures = view["failures"].as_array().expect("failures");
    let named = failures
        .iter()
        .find(|f| wanted.contains(&f["kind"].as_str().unwrap_or_default()))
        .unwrap_or_else(|| panic!("{id}: no failure of kind {wanted:?}: {failures:?}"));
    let message = named["message"].as_str().expect("message");
    assert!(
        v.expect.iter().any(|w| message.contains(w.as_str())),
        "{id}: {message}"
    );
    assert!(named["label"].is_string(), "{id}: {named}");
    assert_no_run(&json.stdout, &v.secret, id);
    assert_no_run(&json.stdout, APP_SIGN, id);
}

macro_rules! per_line {
    ($($name:ident => $id:literal,)*) => {
        $(
            #[test]
            fn $name() {
                named_for_its_cause($id);
            }
        )*
        #[test]
        fn every_invented_line_has_its_test() {
            let ids: Vec<String> = vectors::invented().into_iter().map(|v| v.id).collect();
            assert_eq!(ids, [$($id),*]);
        }
    };
}

per_line! {
    jwt_hs256_serversecret => "invented/jwt-hs256-serversecret",
    b64json_hmac => "invented/b64json-hmac",
    aes128_hex_key_gcm => "invented/aes128-hex-key-gcm",
    appsign_as_key_gcm => "invented/appsign-as-key-gcm",
    agora_007 => "invented/agora-007",
    pasted_serversecret => "invented/pasted-serversecret",
    ms_timestamps_gcm => "invented/ms-timestamps-gcm",
}

#[test]
fn a_jwt_shows_its_header_and_claims_and_whether_the_secret_signed_it() {
    let v = vector("invented/jwt-hs256-serversecret");
    let out = verify(&v, &[]);
    assert!(out.stdout.contains("not a ZEGO token"), "{}", out.stdout);
    // The header's alg and the claims' user, as the JWT holds them.
    assert!(out.stdout.contains("HS256"), "{}", out.stdout);
    assert!(out.stdout.contains("\"u1\""), "{}", out.stdout);
    assert!(
        out.stdout.contains("HMAC-signed with this ServerSecret"),
        "{}",
        out.stdout
    );
    let json = verify(&v, &["--json"]);
    let view: Value = serde_json::from_str(&json.stdout).expect("JSON");
    let pasted = &view["failures"][0]["pasted"];
    assert_eq!(pasted["header"]["alg"], "HS256", "{view}");
    assert_eq!(pasted["claims"]["user_id"], "u1", "{view}");
    assert_eq!(pasted["signed_with_secret"], true, "{view}");
    assert_eq!(pasted["invented"], true, "{view}");
}

#[test]
fn a_wrong_key_shows_the_cipher_the_fix_and_the_claims_it_opened() {
    let v = vector("invented/aes128-hex-key-gcm");
    let out = verify(&v, &[]);
    assert_eq!(out.code, Some(4), "{out:?}");
    assert!(out.stdout.contains("AES-128-GCM"), "{}", out.stdout);
    assert!(out.stdout.contains("do not hex-decode"), "{}", out.stdout);
    assert!(
        out.stdout.contains("u1"),
        "the claims it opened: {}",
        out.stdout
    );
    let json = verify(&v, &["--json"]);
    let view: Value = serde_json::from_str(&json.stdout).expect("JSON");
    let misport = &view["failures"][0]["misport"];
    assert_eq!(misport["cipher"], "AES-128-GCM", "{view}");
    assert_eq!(misport["claims"]["user_id"], "u1", "{view}");
}

#[test]
fn without_the_app_sign_the_appsign_token_is_only_untrusted_and_with_it_named() {
    let v = vector("invented/appsign-as-key-gcm");
    let now = v.now.to_string();
    let without = run_cmd(
        zego()
            .env("ZEGO_SERVER_SECRET", &v.secret)
            .args(["verify", "--json", "--now", &now, &v.token]),
    );
    let view: Value = serde_json::from_str(&without.stdout).expect("JSON");
    assert_eq!(view["failures"][0]["kind"], "untrusted", "{view}");
    let with = run_cmd(zego().env("ZEGO_SERVER_SECRET", &v.secret).args([
        "decode",
        "--json",
        "--app-sign",
        APP_SIGN,
        &v.token,
    ]));
    let view: Value = serde_json::from_str(&with.stdout).expect("JSON");
    assert_eq!(view["error"]["kind"], "appsign_key", "{view}");
    assert_no_run(
        &format!("{}{}", with.stdout, with.stderr),
        APP_SIGN,
        "decode",
    );
    let file = support::cli::TempFile::new("appsign", format!("{APP_SIGN}\n").as_bytes());
    let with = run_cmd(zego().env("ZEGO_SERVER_SECRET", &v.secret).args([
        "verify",
        "--now",
        &now,
        "--app-sign-file",
        file.path(),
        &v.token,
    ]));
    assert!(with.stdout.contains("AppSign"), "{with:?}");
}

#[test]
fn a_bad_app_sign_is_refused_without_being_echoed() {
    let bad = &APP_SIGN[..60];
    let out = run_cmd(zego().args(["decode", "--app-sign", bad, "04AAAA"]));
    support::cli::assert_error_shape(&out, 2, "short AppSign");
    assert!(out.stderr.contains("1001001"), "{}", out.stderr);
    assert_no_run(&out.stderr, bad, "short AppSign");
}
