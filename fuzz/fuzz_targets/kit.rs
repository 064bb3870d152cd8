//! Kit-token suffixes (`token#suffix`, the web UIKit's format): `Kit::parse`,
//! `Kit::encode`, `Kit::wrap`, and `inspect` / `verify` on a kit token.
//!
//! Each input is tried as suffix text (UTF-8, or lossily converted), and as
//! the suffix's decoded bytes (the target base64-encodes them), which takes
//! the fuzzer straight past base64 into the Latin-1 / JSON / field reader.
//!
//! Checked, beyond "never panics":
//!
//! * what parses re-encodes exactly when its `userID` and `roomID` are
//!   Latin-1 (no character above U+00FF); otherwise `encode` refuses with
//!   `NotLatin1` naming the first such id (`userID` before `roomID`) and
//!   its first such character;
//! * what re-encodes parses back equal in every field but `utf8_encoded`:
//!   `userName` included, since parsing URI-decodes what encoding
//!   URI-encoded (so a parsed name comes back as it was parsed, whatever
//!   escapes the input used), an absent `roomID` stays absent, and an
//!   `appID` written as a string comes back as its number. `utf8_encoded`
//!   is not the input's: it is true exactly when the new suffix's bytes
//!   (the ids' characters as Latin-1 bytes; the name is ASCII once
//!   URI-encoded) are not all ASCII and form valid UTF-8. Re-encoding the
//!   result gives the same suffix again (a fixed point after one round),
//!   and `wrap` is `token + "#" + encode()`;
//! * `inspect("04…#" + input)` on a valid vendor token reports the kit
//!   exactly as `Kit::parse` reads it (and the envelope), or, when it does
//!   not parse, exactly `Malformed::Kit(error)` and nothing else;
//! * `verify` of that kit token (the vendor token opens with its secret)
//!   lists exactly the kit checks, user then AppID, against the token's
//!   `user1` / 1234567890, and warns of a UTF-8 suffix exactly when
//!   `utf8_encoded`.

#![no_main]

use std::borrow::Cow;
use std::sync::OnceLock;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use libfuzzer_sys::fuzz_target;
use zego_token::diagnose::{Expectations, Failure, Warning, inspect, verify};
use zego_token::format::{KIT_SEPARATOR, KitError, Malformed};
use zego_token::{Kit, Secret, unchecked};

/// `uikit-prod/prod-basic`'s inner token (tests/data/kit.jsonl): a GCM
/// Token04 for app 1234567890, user `user1`, made by the vendor's code.
const TOKEN: &str = "04AAAAAGsM5aEADKjuABuFOB4PkTgqPgB+uhdp0/H/125PcRvzpGA6IkNjs9uv3xAGhG5iatRTCs5TwcRivw16uE2c0y1GgqQ9rnLxriCDG3Mxy5BeFV4dmAn/+n4mQAsOi5TmXHnzHYm1Ts8I9MbMUxXn0Xr7gQBo2JIJqgcTwtxUznX2pt2Qg3rprnHx/E+ohOaLQ39WAQ==";
const SECRET: &str = "71679d494edcfc07eebe2ecc4f5069f2";
const APP_ID: u32 = 1_234_567_890;
const USER_ID: &str = "user1";

/// The secret, and a time within the token's lifetime (its ctime).
fn setup() -> &'static (Secret, i64) {
    static CELL: OnceLock<(Secret, i64)> = OnceLock::new();
    CELL.get_or_init(|| {
        let secret = Secret::new(SECRET).expect("a valid secret");
        let (_, contents) = unchecked::open(TOKEN, &secret).expect("the vendor token opens");
        assert_eq!((contents.app_id(), contents.user_id()), (APP_ID, USER_ID));
        let now = contents.ctime();
        (secret, now)
    })
}

fuzz_target!(|data: &[u8]| {
    match String::from_utf8_lossy(data) {
        Cow::Borrowed(text) => check(text),
        Cow::Owned(lossy) => check(&lossy),
    }
    check(&STANDARD.encode(data));
});

fn check(suffix: &str) {
    let parsed = Kit::parse(suffix);
    match &parsed {
        Ok(kit) => round_trip(kit),
        Err(e) => assert!(!e.to_string().is_empty()),
    }

    let kit_token = format!("{TOKEN}{KIT_SEPARATOR}{suffix}");
    let header_only = inspect(&kit_token, None);
    match &parsed {
        Ok(kit) => {
            assert_eq!(header_only.kit.as_ref(), Some(kit));
            assert!(header_only.envelope.is_some() && header_only.failures.is_empty());
        }
        Err(e) => {
            assert_eq!(
                header_only.failures,
                [Failure::Malformed(Malformed::Kit(e.clone()))]
            );
            assert!(header_only.kit.is_none() && header_only.envelope.is_none());
        }
    }

    let (secret, now) = setup();
    let report = verify(&kit_token, secret, &Expectations::default(), *now);
    match &parsed {
        Ok(kit) => {
            let mut want = Vec::new();
            if kit.user_id != USER_ID {
                want.push(Failure::KitUserMismatch {
                    kit: kit.user_id.clone(),
                    token: USER_ID.into(),
                });
            }
            if kit.app_id != APP_ID {
                want.push(Failure::KitAppIdMismatch {
                    kit: kit.app_id,
                    token: APP_ID,
                });
            }
            assert_eq!(report.failures, want);
            assert!(report.claims.is_some() && report.authenticated());
            assert_eq!(report.kit.as_ref(), Some(kit));
            let warned = report.warnings().contains(&Warning::KitSuffixUtf8);
            assert_eq!(warned, kit.utf8_encoded);
            for failure in &report.failures {
                assert_eq!(failure.kind(), "kit_mismatch");
                assert!(!failure.to_string().is_empty() && !failure.sdk_codes().is_empty());
            }
        }
        Err(e) => assert_eq!(
            report.failures,
            [Failure::Malformed(Malformed::Kit(e.clone()))]
        ),
    }
}

fn round_trip(kit: &Kit) {
    let not_latin1 = |s: &str| s.chars().find(|&c| u32::from(c) > 0xFF);
    let refused = match (
        not_latin1(&kit.user_id),
        kit.room_id.as_deref().and_then(not_latin1),
    ) {
        (Some(c), _) => Some(("userID", kit.user_id.clone(), c)),
        (None, Some(c)) => Some(("roomID", kit.room_id.clone().unwrap_or_default(), c)),
        (None, None) => None,
    };
    let encoded = kit.encode();
    let encoded = match (encoded, refused) {
        (Ok(encoded), None) => encoded,
        (Err(KitError::NotLatin1 { key, value, found }), Some(want)) => {
            assert_eq!((key, value, found), want);
            assert!(kit.wrap(TOKEN).is_err());
            return;
        }
        (got, want) => panic!("encode gave {got:?} for {kit:?} (refusal expected: {want:?})"),
    };
    assert_eq!(
        kit.wrap(TOKEN).as_deref(),
        Ok(format!("{TOKEN}{KIT_SEPARATOR}{encoded}").as_str())
    );
    let bytes = STANDARD.decode(&encoded).expect("encode writes base64");
    let utf8_encoded = !bytes.is_ascii() && std::str::from_utf8(&bytes).is_ok();
    let again = Kit::parse(&encoded).unwrap_or_else(|e| panic!("{encoded:?}: {e}"));
    assert_eq!(
        again,
        {
            let mut value = kit.clone();
            value.utf8_encoded = utf8_encoded;
            value
        },
        "{encoded:?}"
    );
    assert_eq!(again.encode().as_ref(), Ok(&encoded), "not a fixed point");
}
