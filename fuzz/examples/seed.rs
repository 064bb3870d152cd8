//! Builds the seed corpora under `fuzz/corpus/<target>/` from the vendor
//! vectors in `tests/data/` and from tokens generated with the library.
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
use zego_token::{Envelope, Grant, Mode, Privilege, Secret, generate};

const MAX_SEED: usize = 8 * 1024;
/// The secret the `open` target uses.
const SECRET: &str = "71679d494edcfc07eebe2ecc4f5069f2";
const NOW: i64 = 1_796_003_729;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let fuzz_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let data = fuzz_dir.join("../tests/data");
    let official = read_jsonl(&data.join("official.jsonl"))?;
    let malformed = read_jsonl(&data.join("malformed.jsonl"))?;

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
    // with mode byte) and a plaintext; 0x81 for a header that disagrees.
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
        }
    }
    // claims: the plaintexts, and each generator's key order.
    let mut claims: BTreeSet<Vec<u8>> = plaintexts.iter().map(|p| p.as_bytes().to_vec()).collect();
    for plain in [
        r#"{"app_id":1,"user_id":"u","ctime":10,"expire":20,"nonce":-5,"payload":""}"#,
        r#"{"app_id":1,"user_id":"u","payload":"","ctime":10,"expire":20,"nonce":-5}"#,
        r#"{ "app_id": 1, "user_id": "a\/b\u00e9", "nonce": 123456789012345678, "ctime": 0, "expire": 1 }"#,
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

    for (target, seeds) in [
        ("parse", parse),
        ("open", open),
        ("claims", claims),
        ("privilege", privilege),
        ("repair", repair),
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
