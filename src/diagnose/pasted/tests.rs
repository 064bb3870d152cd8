//! Recognition of each shape, the HMAC checks, redaction, and no echo.

use super::*;

const SECRET: &str = "fa94dd0f974cf2e293728a526b028271";
const APP_SIGN: &str = "b6e5c1b2a7f04d3c9e8a1f2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f";

const LIVEKIT: &str = "eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJpc3MiOiAiQVBJTW14aUw4cnF1S3p0WkVvWkpWOUZiIiwgInN1YiI6ICJhbGljZSIsICJuYmYiOiAxLCAiZXhwIjogMiwgInZpZGVvIjogeyJyb29tIjogInIiLCAicm9vbUpvaW4iOiB0cnVlfX0.L8dQDnLArbzDuDxMusEyUIR6MhvFswah-KaGjLXB5Cg";
const TWILIO: &str = "eyJ0eXAiOiAiSldUIiwgImFsZyI6ICJIUzI1NiIsICJjdHkiOiAidHdpbGlvLWZwYTt2PTEifQ.eyJqdGkiOiAiU0t4eC0xIiwgImlzcyI6ICJTS3h4IiwgInN1YiI6ICJBQ3h4IiwgIm5iZiI6IDEsICJleHAiOiAyLCAiZ3JhbnRzIjogeyJpZGVudGl0eSI6ICJhbGljZSIsICJ2aWRlbyI6IHt9fX0.P7sICl0VHWbIkHNkdM5305yjCJBOVSyDFkUBfX18n3k";
/// Signed with SECRET, and carrying SECRET in a claim.
const LEAKY_JWT: &str = "eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJhcHBfaWQiOiAxLCAidXNlcl9pZCI6ICJ1MSIsICJub3RlIjogImZhOTRkZDBmOTc0Y2YyZTI5MzcyOGE1MjZiMDI4MjcxIn0._aCJOstW-FOEhhICdIEv7oCdh0PZQvuhWMC3CDUbilA";
const AGORA_006: &str = "006970CA35de60c44645bbae8a215061b33IACV0fZUBw+72cVoL9eyGGh3Q6Poi8bgjwVLnyKSJyOXR7dIfRBXoFHlEAABAAAAR/QQAAEAAQCvKDdW";

fn secret() -> Secret {
    Secret::new(SECRET).expect("valid")
}

fn kind(input: &str) -> Option<&'static str> {
    identify(input, Some(&secret()), None).map(|p| p.kind())
}

fn assert_no_run(message: &str, credential: &str) {
    assert!(
        !shares_run(message.as_bytes(), credential.as_bytes()),
        "{message:?} holds part of {credential:?}"
    );
}

#[test]
fn vendors_are_named() {
    assert_eq!(kind(LIVEKIT), Some("livekit_jwt"));
    assert_eq!(kind(TWILIO), Some("twilio_jwt"));
    assert_eq!(kind(AGORA_006), Some("agora_access_token"));
    let tencent = format!("eJyrVgrxCdYrSy1SslIy1DNQ0gHzM*-{}", "A".repeat(60));
    assert_eq!(kind(&tencent), Some("tencent_usersig"));
    for input in [LIVEKIT, TWILIO, AGORA_006, &tencent] {
        let message = identify(input, Some(&secret()), None)
            .expect("known")
            .to_string();
        assert_no_run(&message, input);
        assert!(message.contains("1002079"), "{message}");
    }
}

#[test]
fn credentials_are_named_and_never_echoed() {
    let s = identify(SECRET, Some(&secret()), None).expect("known");
    assert_eq!(
        s,
        Pasted::ServerSecret {
            is_the_secret: true
        }
    );
    let other = "0123456789abcdef0123456789abcdef";
    assert_eq!(
        identify(other, Some(&secret()), None),
        Some(Pasted::ServerSecret {
            is_the_secret: false
        })
    );
    let a = identify(APP_SIGN, None, None).expect("known");
    assert_eq!(a.kind(), "pasted_appsign");
    assert!(a.is_credential() && s.is_credential());
    for (pasted, credential) in [(&s, SECRET), (&a, APP_SIGN)] {
        let message = pasted.to_string();
        assert_no_run(&message, credential);
        assert!(message.contains("credential"), "{message}");
    }
    assert!(s.to_string().contains("ServerSecret"));
    assert!(a.to_string().contains("AppSign"));
}

#[test]
fn a_jwt_is_read_and_checked_against_the_secret() {
    let Some(Pasted::Jwt(jwt)) = identify(LEAKY_JWT, Some(&secret()), None) else {
        panic!("not read as a JWT");
    };
    assert_eq!(jwt.signed_with_secret, Some(true));
    assert_eq!(jwt.alg.as_deref(), Some("HS256"));
    let claims = jwt.claims.as_ref().expect("claims");
    // The secret inside the claims is not shown.
    assert_eq!(claims.get("note"), Some(&Value::String(REDACTED.into())));
    assert_eq!(claims.get("user_id"), Some(&Value::String("u1".into())));
    let pasted = Pasted::Jwt(jwt);
    assert!(pasted.invented());
    // Another vendor's JWT is not signed with this secret.
    let Some(Pasted::Jwt(livekit)) = identify(LIVEKIT, Some(&secret()), None) else {
        panic!("not read as a JWT");
    };
    assert_eq!(livekit.signed_with_secret, Some(false));
    assert!(!Pasted::Jwt(livekit).invented());
    // Without a secret, nothing is said about the signature.
    let Some(Pasted::Jwt(unknown)) = identify(LEAKY_JWT, None, None) else {
        panic!("not read as a JWT");
    };
    assert_eq!(unknown.signed_with_secret, None);
}

#[test]
fn base64_json_with_and_without_a_signature() {
    use base64::Engine as _;
    let json = br#"{"app_id":1,"user_id":"u1"}"#;
    let plain = base64::engine::general_purpose::STANDARD.encode(json);
    let Some(Pasted::Base64Json(b)) = identify(&plain, Some(&secret()), None) else {
        panic!("not read as base64 JSON");
    };
    assert!(!b.signed);
    assert_eq!(b.signed_with_secret, None);
    let foreign = format!("{plain}.{}", "ab".repeat(32));
    let Some(Pasted::Base64Json(b)) = identify(&foreign, Some(&secret()), None) else {
        panic!("not read as base64 JSON");
    };
    assert_eq!((b.signed, b.signed_with_secret), (true, Some(false)));
    assert!(Pasted::Base64Json(b).to_string().contains("not an HMAC"));
}

#[test]
fn other_strings_are_not_recognised() {
    for input in [
        "",
        "   ",
        "hello world",
        "04AAAAAGsM1xA",
        "eyJub3QiOiJjbG9zZWQ",
        "a.b.c",
        "006xyz",
        "007abc",
        "0123456789abcdef0123456789abcde",
    ] {
        assert_eq!(identify(input, Some(&secret()), None), None, "{input:?}");
    }
}

#[test]
fn hostile_input_is_bounded() {
    let long = "e".repeat(MAX_TOKEN_LEN + 1);
    assert_eq!(identify(&long, None, None), None);
    // Deeply nested JSON in a JWT does not overflow the stack.
    use base64::Engine as _;
    let nested = format!("{{\"a\":{}1{}}}", "[".repeat(40_000), "]".repeat(40_000));
    let body = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(nested);
    let token = format!("eyJhbGciOiJIUzI1NiJ9.{body}.sig");
    let _ = identify(&token, Some(&secret()), None);
    let app_sign = AppSign::new(APP_SIGN).expect("valid");
    for input in ["..", ".", "eyJ.", "007eJ", "006", "\u{feff}eyJ"] {
        let _ = identify(input, Some(&secret()), Some(&app_sign));
    }
}
