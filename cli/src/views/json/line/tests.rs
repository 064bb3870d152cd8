//! Every batch line held to the derived serializer's, byte for byte.

use zego_token::diagnose::inspect as read;
use zego_token::diagnose::{Expectations, repair, verify};
use zego_token::format::{Claims, Iv, encode};
use zego_token::{Right, Secret};

use super::*;

/// Both verdicts' lines, against the derived serializer's.
fn assert_same_as_derive(report: &Report, repairs: &[Repair], line: usize) {
    for (verdict, mut view) in [
        (
            Verdict::Verify,
            crate::views::json::verify_json(report, repairs),
        ),
        (
            Verdict::Decode,
            crate::views::json::decode_json(report, repairs),
        ),
    ] {
        view.line = Some(line);
        let mut derived = serde_json::to_vec(&view).expect("serialises");
        derived.push(b'\n');
        let mut fast = Vec::new();
        write(&mut fast, line, report, repairs, verdict).expect("writes");
        assert_eq!(
            String::from_utf8_lossy(&fast),
            String::from_utf8_lossy(&derived)
        );
    }
}

/// Tokens for plain, escaped and non-ASCII users, with and without a
/// privilege payload, in both modes, as Token03 and as kit tokens,
/// against the derived serializer's line.
#[test]
fn writes_what_the_generate_derive_writes() {
    use zego_token::{Mint, Mode, Version};

    let secret = Secret::new(&"0".repeat(32)).expect("valid");
    let room = zego_token::Privilege {
        room_id: "r\"1".into(),
        login: true,
        publish: false,
        stream_ids: Some(vec!["s1".into()]),
    };
    let room03 = zego_token::Privilege {
        stream_ids: None,
        ..room.clone()
    };
    let kit = || (String::from("Nä me"), Some(String::from("r\"1")));
    let mut made_count = 0;
    for user_id in [
        "user_1",
        "back\\slash \"q\"",
        "用户\u{1F600}",
        "tab\there",
        "é",
    ] {
        let kinds = [
            (Version::V04, Mode::Gcm, None, None),
            (Version::V04, Mode::Gcm, Some(&room), None),
            (Version::V04, Mode::Cbc, None, None),
            (Version::V04, Mode::Cbc, Some(&room), None),
            (Version::V03, Mode::Cbc, Some(&room03), None),
            (Version::V04, Mode::Gcm, None, Some(kit())),
            (Version::V04, Mode::Cbc, Some(&room), Some(kit())),
        ];
        for (version, mode, privilege, kit) in kinds {
            let mut mint = Mint::new(1_234_567_890, user_id)
                .version(version)
                .mode(mode);
            if let Some(p) = privilege {
                mint = mint.privilege(p.clone());
            }
            if let Some((name, room_id)) = kit {
                mint = mint.kit(name, room_id);
            }
            // Kit tokens refuse ids above U+00FF; that is tested elsewhere.
            let Ok(made) = mint.build(&secret, 1_796_000_000, &mut rand::rng()) else {
                assert!(!user_id.chars().all(|c| u32::from(c) <= 0xFF));
                continue;
            };
            let view = crate::views::json::Generated::of(&made, privilege);
            let mut derived = serde_json::to_vec(&view).expect("serialises");
            derived.push(b'\n');
            let value = serde_json::to_vec(&view.privilege).expect("serialises");
            let mut fast = Vec::new();
            generated(&mut fast, &made, &value).expect("writes");
            assert_eq!(
                String::from_utf8_lossy(&fast),
                String::from_utf8_lossy(&derived)
            );
            made_count += 1;
        }
    }
    assert_eq!(made_count, 5 * 7 - 2);
}

/// Every vendor vector, as valid, expired, failing expectations, under
/// the wrong secret and without one; quoted, so it carries a repair.
#[test]
fn writes_what_the_derive_writes() {
    let official = include_str!("../../../../../tests/data/official.jsonl");
    let malformed = include_str!("../../../../../tests/data/malformed.jsonl");
    let other = Secret::new(&"0".repeat(32)).expect("valid");
    let strict = {
        let mut value = Expectations::default();
        value.app_id = Some(1);
        value.user_id = Some("someone \"else\"".into());
        value.room_id = Some("room1".into());
        value.require = vec![Right::Login, Right::Publish];
        value.leeway = 0;
        value
    };
    let any = Expectations::default();
    // Printable ASCII that needs escaping, which no vendor vector has.
    let escaped = Claims {
        app_id: 1,
        user_id: "back\\slash".into(),
        nonce: -1,
        ctime: 100,
        expire: 200,
        payload: r#"{"room_id":"r1","privilege":{"1":1,"2":0}}"#.into(),
    };
    let ours = encode(&escaped, &other, &Iv::Gcm([7; 12])).expect("encodes");
    let ours = format!(
        r#"{{"secret":"{}","token":"{ours}","claims":{{"ctime":100}}}}"#,
        "0".repeat(32)
    );
    let vectors = official
        .lines()
        .chain(malformed.lines())
        .chain([ours.as_str()]);
    for (n, line) in vectors.enumerate() {
        let vector: serde_json::Value = serde_json::from_str(line).expect("vector is JSON");
        let secret = Secret::new(vector["secret"].as_str().expect("secret")).expect("valid");
        let token = vector["token"].as_str().expect("token");
        let quoted = format!("\"{token}\"");
        let repaired = repair(&quoted);
        let ctime = vector["claims"]["ctime"].as_i64().unwrap_or(0);
        let reports = [
            verify(&repaired.token, &secret, &any, ctime),
            verify(&repaired.token, &secret, &strict, i64::MAX),
            verify(&repaired.token, &other, &any, ctime),
            read(&repaired.token, None),
        ];
        for report in &reports {
            assert_same_as_derive(report, &repaired.changes, n + 1);
            assert_same_as_derive(report, &[], n + 1);
        }
    }
}
