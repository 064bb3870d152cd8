//! Builds the seed corpora under `fuzz/corpus/<target>/` from the vendor
//! vectors in `tests/data/` (Token04, Token03, kit tokens, faulty
//! generators' tokens) and from tokens generated with the library.
//!
//!     cd fuzz && cargo run --example seed
//!
//! Deterministic (a seeded RNG), and idempotent: a file is named after a
//! hash of its content, so running it again adds nothing. Inputs over
//! `MAX_SEED` bytes (the two 40 KB-payload vectors and the 93 KB
//! uint16-wrap vector) are left out: they would raise libFuzzer's default
//! `-max_len` and slow every run; the main test suite covers them.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use rand::SeedableRng;
use rand::rngs::StdRng;
use serde_json::Value;
use zego_token::format::{Envelope, Grant, Grant03, Privilege03, generate, generate03, split_kit};
use zego_token::{Kit, Mode, Privilege, Secret};

const MAX_SEED: usize = 8 * 1024;
/// The secret the `open` target uses.
const SECRET: &str = "71679d494edcfc07eebe2ecc4f5069f2";
const NOW: i64 = 1_796_003_729;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let fuzz_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let data = fuzz_dir.join("../tests/data");
    let official = read_jsonl(&data.join("official.jsonl"))?;
    let malformed = read_jsonl(&data.join("malformed.jsonl"))?;
    let token03 = read_jsonl(&data.join("token03.jsonl"))?;
    let kits = read_jsonl(&data.join("kit.jsonl"))?;
    let faulty = read_jsonl(&data.join("faulty.jsonl"))?;

    let mut tokens: Vec<String> = Vec::new();
    let mut plaintexts: Vec<String> = Vec::new();
    let mut payloads: Vec<String> = Vec::new();
    for v in &official {
        tokens.push(field(v, "token")?);
        plaintexts.push(field(v, "plaintext")?);
        payloads.push(field(v, "payload")?);
    }
    for v in &malformed {
        tokens.push(field(v, "token")?);
    }
    // Token03: the vendor tokens, and their plaintexts for sealing under "03".
    let mut plaintexts03: Vec<String> = Vec::new();
    for v in &token03 {
        tokens.push(field(v, "token")?);
        plaintexts03.push(field(v, "plaintext")?);
    }
    // Faulty generators: right secret, wrong claims.
    let mut faulty_plaintexts: Vec<String> = Vec::new();
    for v in &faulty {
        tokens.push(field(v, "token")?);
        faulty_plaintexts.push(field(v, "plaintext")?);
    }
    // Kit tokens (a null kit_token: ids the UIKit cannot encode), their
    // inner tokens, and their suffixes.
    let mut kit_tokens: Vec<String> = Vec::new();
    for v in &kits {
        if let Some(inner) = v["inner_token"].as_str() {
            tokens.push(inner.to_owned());
        }
        if let Some(kit) = v["kit_token"].as_str() {
            tokens.push(kit.to_owned());
            kit_tokens.push(kit.to_owned());
        }
    }

    // Tokens made with the library: both modes, privilege payloads, odd
    // user ids and times, all with the `open` target's secret.
    let secret = Secret::new(SECRET)?;
    let mut rng = StdRng::seed_from_u64(0x2e60_4fa2);
    let rooms = [
        Privilege {
            room_id: "room1".into(),
            login: true,
            publish: true,
            stream_ids: None,
        },
        Privilege {
            room_id: "room1".into(),
            login: true,
            publish: false,
            stream_ids: Some(vec!["s1".into(), "s2".into()]),
        },
        Privilege {
            room_id: "r\u{e9}\"\\".into(),
            login: false,
            publish: true,
            stream_ids: Some(vec![String::new()]),
        },
    ];
    let mut grants = vec![
        grant(1_234_567_890, "user1", 3600, String::new()),
        grant(1, "a", 1, String::new()),
        grant(u32::MAX, &"u".repeat(64), 315_360_000, String::new()),
        grant(7, "\u{7528}\u{6237}\u{1F600}", 60, "not json".into()),
        grant(7, "x\ny\tz", 60, "{\"custom\":[1,2,3]}".into()),
        grant(9, "long", 3600, "p".repeat(2000)),
    ];
    for room in &rooms {
        payloads.push(room.to_payload());
        grants.push(grant(1_234_567_890, "user1", 3600, room.to_payload()));
    }
    for g in &grants {
        for mode in [Mode::Gcm, Mode::Cbc] {
            tokens.push(generate(g, &secret, mode, NOW, &mut rng)?.token);
        }
    }
    // Token03s made with the library, which open in the `open` target.
    for (app_id, room_id, user_id, login, publish) in [
        (1_234_567_890, "room1", "user1", true, true),
        (7, "r\u{e9}\"\\", "\u{7528}\u{6237}", true, false),
        (u32::MAX, "r", "u", false, true),
    ] {
        let grant = Grant03::new(
            app_id,
            room_id,
            user_id,
            Privilege03 { login, publish },
            3600,
        );
        let made = generate03(&grant, &secret, NOW, &mut rng)?;
        tokens.push(made.token.clone());
        // A kit token around it, the suffix naming its user.
        let kit = Kit::new(user_id, Some(room_id.into()), "N\u{e4}me", app_id);
        if let Ok(wrapped) = kit.wrap(&made.token) {
            tokens.push(wrapped.clone());
            kit_tokens.push(wrapped);
        }
    }
    payloads.extend(
        [
            "",
            "{}",
            "null",
            r#"{"room_id":"r","privilege":{}}"#,
            r#"{"room_id":"r","privilege":{"1":true,"2":false},"stream_id_list":[]}"#,
            r#"{"room_id":"r","privilege":{"1":1.0,"2":-0}}"#,
            r#"{"room_id":1,"privilege":{"1":1}}"#,
        ]
        .map(String::from),
    );

    // parse: every token as text, and the bodies of those that parse (the
    // target also reads its input as a raw body).
    let mut parse = BTreeSet::new();
    for t in &tokens {
        parse.insert(t.as_bytes().to_vec());
        if Envelope::parse(t).is_ok() {
            parse.insert(STANDARD.decode(t.trim_ascii().get(2..).unwrap_or(""))?);
        }
    }
    // open: selector 0 and the token text; selectors 1-3 (GCM, CBC, CBC
    // with mode byte) and a plaintext, 4 (CBC under "03") and a Token03
    // plaintext; 0x81 / 0x84 for a header that disagrees; each version's
    // plaintexts under the other's prefix; bit 6 for a kit token, the kit
    // suffix's JSON after a 0xFF byte.
    let mut open = BTreeSet::new();
    for t in &tokens {
        open.insert([b"\0", t.as_bytes()].concat());
    }
    for (i, p) in plaintexts.iter().enumerate() {
        for selector in [1u8, 2, 3] {
            open.insert([&[selector], p.as_bytes()].concat());
        }
        if i % 10 == 0 {
            open.insert([&[0x81], p.as_bytes()].concat());
            open.insert([&[4], p.as_bytes()].concat());
        }
    }
    for (i, p) in plaintexts03.iter().enumerate() {
        open.insert([&[4], p.as_bytes()].concat());
        if i % 4 == 0 {
            for selector in [0x84u8, 1, 2] {
                open.insert([&[selector], p.as_bytes()].concat());
            }
        }
    }
    for p in &faulty_plaintexts {
        for selector in [1u8, 2, 4] {
            open.insert([&[selector], p.as_bytes()].concat());
        }
    }
    let mut suffixes: Vec<Vec<u8>> = Vec::new();
    for kit in &kit_tokens {
        let (inner, Some(suffix)) = split_kit(kit) else {
            continue;
        };
        let json = STANDARD.decode(suffix)?;
        open.insert([&[0x40], inner.as_bytes(), &[0xFF], &json].concat());
        suffixes.push(json);
    }
    for (i, json) in suffixes.iter().enumerate() {
        let p04 = plaintexts[i % plaintexts.len()].as_bytes();
        let p03 = plaintexts03[i % plaintexts03.len()].as_bytes();
        open.insert([&[0x41], p04, &[0xFF], json].concat());
        open.insert([&[0x44], p03, &[0xFF], json].concat());
    }
    // claims: the plaintexts (both versions, faulty ones), and each
    // generator's key order.
    let mut claims: BTreeSet<Vec<u8>> = plaintexts
        .iter()
        .chain(&plaintexts03)
        .chain(&faulty_plaintexts)
        .map(|p| p.as_bytes().to_vec())
        .collect();
    for plain in [
        r#"{"app_id":1,"user_id":"u","ctime":10,"expire":20,"nonce":-5,"payload":""}"#,
        r#"{"app_id":1,"user_id":"u","payload":"","ctime":10,"expire":20,"nonce":-5}"#,
        r#"{ "app_id": 1, "user_id": "a\/b\u00e9", "nonce": 123456789012345678, "ctime": 0, "expire": 1 }"#,
        r#"{"app_id":1,"user_id":"u","nonce":7,"ctime":1796000000,"expire":3600}"#,
        r#"{"app_id":1,"user_id":"u","nonce":7,"ctime":1796000000,"expire":315360001}"#,
        r#"{"app_id":1,"app_id":1,"user_id":"u","nonce":7,"ctime":1,"expire":2}"#,
        r#"{"app_id":1,"room_id":"r","user_id":"u","privilege":{"1":1,"3":1},"create_time":1,"expire_time":2,"nonce":"x"}"#,
        r#"{"app_id":1,"room_id":"r","user_id":"u","privilege":[1,0],"create_time":1,"expire_time":2,"nonce":3}"#,
    ] {
        claims.insert(plain.as_bytes().to_vec());
    }
    // privilege: the payload strings.
    let privilege: BTreeSet<Vec<u8>> = payloads.iter().map(|p| p.as_bytes().to_vec()).collect();
    // repair: the tokens, and some of them as they arrive pasted.
    let mut repair = BTreeSet::new();
    for (i, t) in tokens.iter().enumerate() {
        repair.insert(t.as_bytes().to_vec());
        if i % 8 == 0 {
            for pasted in [
                format!("\"{t}\""),
                format!("Authorization: Bearer {t}"),
                format!("token={}", t.replace('+', "%2B").replace('=', "%3D")),
                format!("\u{201C}{}\u{201D}\n", t.replace('+', " ")),
            ] {
                repair.insert(pasted.into_bytes());
            }
        }
    }

    // kit: each suffix as text, and decoded (the target also reads its
    // input as the suffix's bytes), and suffixes the UIKit writes oddly.
    let mut kit: BTreeSet<Vec<u8>> = BTreeSet::new();
    for t in &kit_tokens {
        if let (_, Some(suffix)) = split_kit(t) {
            kit.insert(suffix.as_bytes().to_vec());
        }
    }
    for json in &suffixes {
        kit.insert(json.clone());
    }
    for json in [
        r#"{"userID":"\u00e9","roomID":null,"userName":"","appID":"7"}"#,
        "{\"userID\":\"\u{e9}\",\"roomID\":\"\u{623f}\",\"userName\":\"%C5%81\",\"appID\":7}",
        r#"{"userID":"u","userName":"100%25%zz+","appID":" 42 "}"#,
        r#"{"userID":"u","roomID":1,"appID":1}"#,
        r#"{"userID":"\u4e2d","appID":4294967296}"#,
        r#"["u",null,"n",1]"#,
        r#"{"appID":1}"#,
    ] {
        kit.insert(json.as_bytes().to_vec());
        kit.insert(STANDARD.encode(json).into_bytes());
    }
    // Latin-1 bytes, as btoa writes them: "é" as the one byte 0xE9.
    kit.insert(
        b"{\"userID\":\"\xe9\xff\",\"roomID\":\"r\",\"userName\":\"x\",\"appID\":1}".to_vec(),
    );
    // signature: the documented request and callback bodies, some damaged.
    let mut signature = BTreeSet::new();
    let request = "https://rtc-api.zego.im/?Action=DescribeUserNum&AppId=12345\
                   &SignatureNonce=4fd24687296dd9f3&Timestamp=1615186943\
                   &Signature=43e5cfcca828314675f91b001390566a&SignatureVersion=2.0\
                   &RoomId%5B%5D=a&RoomId%5B%5D=b%20c";
    for seed in [
        request.to_owned(),
        request.replace("AppId=12345", "appid=12345"),
        request.replace("&SignatureVersion=2.0", ""),
        request.split_once('?').map(|(_, q)| q.to_owned()).unwrap_or_default(),
        r#"{"event":"room_login","appid":1,"timestamp":1470820198,"nonce":"123412","signature":"5bd59fd62953a8059fb7eaba95720f66d19e4517"}"#.to_owned(),
        r#"{"AppId":1,"Timestamp":"1796000000123","Nonce":12.5,"Signature":"x\u0041"}"#.to_owned(),
        "signature=5bd59fd6&timestamp=1470820198&nonce=a+b%20c".to_owned(),
    ] {
        signature.insert(seed.into_bytes());
    }

    for (target, seeds) in [
        ("parse", parse),
        ("open", open),
        ("claims", claims),
        ("kit", kit),
        ("privilege", privilege),
        ("repair", repair),
        ("signature", signature),
    ] {
        let dir = fuzz_dir.join("corpus").join(target);
        let (written, bytes) = write_seeds(&dir, &seeds)?;
        println!(
            "{target}: {written} seeds, {bytes} bytes in {}",
            dir.display()
        );
    }
    Ok(())
}

fn grant(app_id: u32, user_id: &str, effective_time: i64, payload: String) -> Grant {
    Grant::new(app_id, user_id, effective_time).with_payload(payload)
}

fn read_jsonl(path: &Path) -> Result<Vec<Value>, Box<dyn std::error::Error>> {
    let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = Vec::new();
    for line in text.split('\n').filter(|l| !l.trim().is_empty()) {
        out.push(serde_json::from_str(line)?);
    }
    Ok(out)
}

fn field(v: &Value, key: &str) -> Result<String, String> {
    v[key]
        .as_str()
        .map(str::to_owned)
        .ok_or_else(|| format!("{} has no string {key:?}", v["id"]))
}

/// Writes each seed of at most `MAX_SEED` bytes as `seed-<fnv64 hex>`.
fn write_seeds(dir: &PathBuf, seeds: &BTreeSet<Vec<u8>>) -> std::io::Result<(usize, usize)> {
    fs::create_dir_all(dir)?;
    let (mut written, mut bytes) = (0, 0);
    for seed in seeds.iter().filter(|s| s.len() <= MAX_SEED) {
        let hash = seed.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
        fs::write(dir.join(format!("seed-{hash:016x}")), seed)?;
        written += 1;
        bytes += seed.len();
    }
    Ok((written, bytes))
}
