//! Hostile input for the real binary: valid tokens (vendor vectors of both
//! modes and tokens made with the library) damaged thousands of ways by a
//! seeded RNG, then fed to `decode` and `verify`, in batch mode (one token
//! per line on stdin, thousands per run) and in a few hundred single-token
//! runs (argument or stdin; human and `--json` output).
//!
//! The rules checked are the documented ones (README "Exit codes" and "JSON
//! output", `--help`): exit codes only from the documented set and never a
//! panic (101) or a signal; every JSON line parses, carries its input line
//! number in order, and names failures by the documented kinds; a failing
//! `decode` prints exactly one `zego-token: error:` line. Each verdict is
//! also compared with the library's own (`repair`, then `verify` /
//! `inspect`), so the binary neither loses nor invents failures.
//!
//! Also: a 100 MB line is rejected without being read into memory, and a
//! ciphertext length field of 0xFFFF over a short body is malformed, not a
//! crash or a huge allocation.

mod support;

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command as StdCommand, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use assert_cmd::Command;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};
use serde_json::Value;
use support::cli::{clean_env, zego};
use support::format::{body_of, token_of};
use support::vectors::official;
use zego_token::diagnose::{Expectations, Failure, Report, inspect, repair, verify};
use zego_token::format::{Grant, generate};
use zego_token::{Mode, Privilege, Right, Secret};

/// The secret of most vendor vectors; the generated tokens use it too.
const SECRET: &str = "71679d494edcfc07eebe2ecc4f5069f2";
/// The vendor vectors' creation time (2026-11-30).
const NOW: i64 = 1_796_003_729;
/// The failure kinds the README documents.
const KINDS: [&str; 31] = [
    "malformed",
    "untrusted",
    "invalid_claims",
    "kit_mismatch",
    "expired",
    "not_yet_valid",
    "app_id_mismatch",
    "user_id_mismatch",
    "room_id_mismatch",
    "privilege_missing",
    "privilege_unreadable",
    // Times in the wrong unit.
    "milliseconds",
    "microseconds",
    "nanoseconds",
    // What a string that is not a ZEGO token is instead.
    "jwt",
    "livekit_jwt",
    "twilio_jwt",
    "base64_json",
    "agora_access_token",
    "agora_access_token2",
    "tencent_usersig",
    "pasted_server_secret",
    "pasted_appsign",
    // The key a faulty generator derived.
    "hex_key_aes128",
    "hex_key_zero_padded",
    "uppercase_secret_key",
    "lowercase_secret_key",
    "quoted_secret_key",
    "spaced_secret_key",
    "appsign_key",
    "appsign_text_key",
];
const VERIFY_EXITS: [i32; 5] = [0, 3, 4, 5, 6];
const DECODE_EXITS: [i32; 3] = [0, 3, 4];
/// Vendor tokens longer than this are left out: mutating a 56 KB token
/// teaches nothing a 300-byte one does not, and costs time.
const MAX_SOURCE_LEN: usize = 4096;

// ---------------------------------------------------------------------------
// Running the binary
// ---------------------------------------------------------------------------

#[derive(Debug)]
struct Out {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Runs to the end; a death by signal or a panic fails the test at once.
fn run(cmd: &mut Command, what: &dyn std::fmt::Debug) -> Out {
    let output = cmd.output().expect("the binary runs");
    let stdout = String::from_utf8(output.stdout).expect("stdout is UTF-8");
    let stderr = String::from_utf8(output.stderr).expect("stderr is UTF-8");
    let code = output
        .status
        .code()
        .unwrap_or_else(|| panic!("killed by a signal ({:?}) on {what:?}", output.status));
    assert!(
        !stdout.contains("panicked") && !stderr.contains("panicked") && code != 101,
        "panic on {what:?}:\n{stderr}"
    );
    Out {
        code,
        stdout,
        stderr,
    }
}

// ---------------------------------------------------------------------------
// Valid tokens to start from
// ---------------------------------------------------------------------------

/// Vendor vectors made with [`SECRET`] (every GCM one under 4 KB and a
/// third of the CBC ones, all seven generators), then tokens made with the
/// library (both modes; plain, privilege and odd payloads).
fn sources() -> Vec<String> {
    let mut out = Vec::new();
    let mut cbc_seen = 0;
    for v in official() {
        if v.secret != SECRET || v.token.len() > MAX_SOURCE_LEN {
            continue;
        }
        if v.mode == "gcm" {
            out.push(v.token);
        } else {
            // Every third CBC vector: all seven generators appear.
            if cbc_seen % 3 == 0 {
                out.push(v.token);
            }
            cbc_seen += 1;
        }
    }
    assert!(out.len() >= 15, "too few vendor vectors: {}", out.len());
    let secret = Secret::new(SECRET).expect("a valid secret");
    let mut rng = StdRng::seed_from_u64(0x5eed);
    let room = Privilege {
        room_id: "room1".into(),
        login: true,
        publish: false,
        stream_ids: Some(vec!["s1".into()]),
    };
    let grants = [
        ("user1", 3600, String::new()),
        ("user1", 3600, room.to_payload()),
        ("\u{7528}\u{6237}\u{1F600}\n", 1, "not json".to_owned()),
    ];
    for (user_id, effective_time, payload) in grants {
        let grant = Grant::new(1_234_567_890, user_id, effective_time).with_payload(payload);
        for mode in [Mode::Gcm, Mode::Cbc] {
            let made = generate(&grant, &secret, mode, NOW, &mut rng).expect("generates");
            out.push(made.token);
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Damage
// ---------------------------------------------------------------------------

/// Characters inserted into token strings: base64 and its URL-safe cousins,
/// padding, whitespace and line breaks, URL escapes, quotes, controls,
/// non-ASCII (two-, three- and four-byte), bidi controls and a BOM.
const CHARS: &[char] = &[
    'A',
    'z',
    '0',
    '+',
    '/',
    '=',
    '-',
    '_',
    ' ',
    '\t',
    '\n',
    '\r',
    '%',
    '"',
    '\'',
    '`',
    '*',
    '.',
    '\0',
    '\u{7f}',
    '\u{1b}',
    'é',
    '€',
    '\u{1F600}',
    '\u{202E}',
    '\u{2028}',
    '\u{FEFF}',
    '\u{FFFD}',
];

/// The token of a body, as the bytes of a line.
fn pack(body: &[u8]) -> Vec<u8> {
    token_of(body).into_bytes()
}

/// Where the ciphertext length field sits, from the IV length field.
fn ct_len_at(body: &[u8]) -> usize {
    10 + usize::from(u16::from_be_bytes([body[8], body[9]]))
}

fn pick<T: Copy>(rng: &mut StdRng, items: &[T]) -> T {
    items[rng.random_range(0..items.len())]
}

/// One random edit of a valid token, and its name (for failure messages).
fn mutate_once(token: &str, rng: &mut StdRng) -> (&'static str, Vec<u8>) {
    let mut b = body_of(token);
    let n = b.len();
    match rng.random_range(0..17) {
        0 => {
            for _ in 0..rng.random_range(1..=3) {
                let i = rng.random_range(0..n);
                b[i] ^= 1 << rng.random_range(0..8);
            }
            ("bit flips in the body", pack(&b))
        }
        1 => {
            let cut = rng.random_range(0..token.len());
            ("string truncated", token.as_bytes()[..cut].to_vec())
        }
        2 => {
            b.truncate(rng.random_range(0..n));
            ("body truncated", pack(&b))
        }
        3 => {
            let mut s: Vec<char> = token.chars().collect();
            for _ in 0..rng.random_range(1..=2) {
                s.insert(rng.random_range(0..=s.len()), pick(rng, CHARS));
            }
            (
                "characters inserted",
                s.into_iter().collect::<String>().into_bytes(),
            )
        }
        4 => {
            let at = rng.random_range(0..=n);
            let extra: Vec<u8> = (0..rng.random_range(1..=8)).map(|_| rng.random()).collect();
            b.splice(at..at, extra);
            ("bytes inserted in the body", pack(&b))
        }
        5 => {
            let start = rng.random_range(0..n);
            let end = (start + rng.random_range(1..=16)).min(n);
            rng.fill(&mut b[start..end]);
            ("body damaged and re-encoded", pack(&b))
        }
        6 => {
            let v: u16 = pick(rng, &[0, 1, 11, 12, 13, 15, 16, 17, 0x8000, 0xFFFF]);
            b[8..10].copy_from_slice(&v.to_be_bytes());
            ("IV length field altered", pack(&b))
        }
        7 | 8 if ct_len_at(&b) + 2 > n => {
            // A chained edit moved the length field past the end.
            b.truncate(n / 2);
            ("body truncated", pack(&b))
        }
        7 => {
            let at = ct_len_at(&b);
            let old = u16::from_be_bytes([b[at], b[at + 1]]);
            let v = match rng.random_range(0..6) {
                0 => 0,
                1 => 0xFFFF,
                2 => old.wrapping_add(1),
                3 => old.wrapping_sub(16),
                4 => old.wrapping_add(16),
                _ => rng.random(),
            };
            b[at..at + 2].copy_from_slice(&v.to_be_bytes());
            ("ciphertext length field altered", pack(&b))
        }
        8 => {
            let at = ct_len_at(&b);
            let (iv_len, ct_len) = ([b[8], b[9]], [b[at], b[at + 1]]);
            b[8..10].copy_from_slice(&ct_len);
            b[at..at + 2].copy_from_slice(&iv_len);
            ("length fields swapped", pack(&b))
        }
        9 => {
            match rng.random_range(0..3) {
                0 => {
                    b.pop();
                }
                1 => b[n - 1] = pick(rng, &[0, 1, 2, 0x80, 0xFF]),
                _ => b.push(pick(rng, &[0, 1, 2, 0xFF])),
            }
            ("mode byte changed", pack(&b))
        }
        10 => {
            let start = rng.random_range(0..n);
            let end = (start + rng.random_range(1..=24)).min(n);
            let segment = b[start..end].to_vec();
            b.splice(end..end, segment);
            ("body segment duplicated", pack(&b))
        }
        11 => {
            let s = token.as_bytes();
            let start = rng.random_range(2..s.len());
            let end = (start + rng.random_range(1..=12)).min(s.len());
            let mut out = s[..end].to_vec();
            out.extend_from_slice(&s[start..]);
            ("string segment duplicated", out)
        }
        12 => {
            let old = i64::from_be_bytes(b[..8].try_into().expect("8 bytes"));
            let random = rng.random();
            let v = pick(
                rng,
                &[
                    old.wrapping_add(1),
                    old.wrapping_sub(1),
                    0,
                    -1,
                    i64::MIN,
                    i64::MAX,
                    random,
                ],
            );
            b[..8].copy_from_slice(&v.to_be_bytes());
            ("header expire altered", pack(&b))
        }
        13 => {
            let mut s = token.as_bytes().to_vec();
            let byte = pick(rng, &[0x80, 0xC3, 0xE2, 0xF0, 0xFF, 0xFE, 0x00]);
            s.insert(rng.random_range(0..=s.len()), byte);
            ("raw byte inserted (not UTF-8)", s)
        }
        14 => {
            let mut s = token.as_bytes().to_vec();
            let i = rng.random_range(0..s.len());
            s[i] = pick(rng, b"AQgw+/=4z0");
            ("one character replaced", s)
        }
        15 => {
            let s = token.trim_end_matches('=');
            let s = if s.len() == token.len() {
                format!("{token}==")
            } else {
                s.to_owned()
            };
            ("padding removed or added", s.into_bytes())
        }
        _ => {
            let s = match rng.random_range(0..5) {
                0 => format!("\"{token}\""),
                1 => format!("Bearer {token}"),
                2 => token.replace('+', " "),
                3 => token.replace('+', "%2B").replace('/', "%2f"),
                _ => format!("  token={token}\t"),
            };
            ("wrapped or URL-mangled", s.into_bytes())
        }
    }
}

/// One or two edits (the second only when the first left a decodable
/// token to work on).
fn mutate(token: &str, rng: &mut StdRng) -> (String, Vec<u8>) {
    let (first, bytes) = mutate_once(token, rng);
    if rng.random_bool(0.25)
        && let Ok(text) = std::str::from_utf8(&bytes)
        && text.starts_with("04")
        && STANDARD.decode(&text[2..]).is_ok_and(|b| b.len() > 12)
    {
        let (second, again) = mutate_once(text, rng);
        return (format!("{first}, then {second}"), again);
    }
    (first.to_owned(), bytes)
}

// ---------------------------------------------------------------------------
// The library's verdicts
// ---------------------------------------------------------------------------

/// What the binary does with one input: lossy UTF-8, repair, then check.
fn library_verify(input: &[u8], expect: &Expectations) -> Report {
    let secret = Secret::new(SECRET).expect("a valid secret");
    let text = String::from_utf8_lossy(input);
    let repaired = repair(&text);
    let mut report = verify(&repaired.token, &secret, expect, NOW);
    report.add_repairs(&repaired.changes);
    report
}

fn library_inspect(input: &[u8], with_secret: bool) -> Report {
    let secret = Secret::new(SECRET).expect("a valid secret");
    let text = String::from_utf8_lossy(input);
    inspect(&repair(&text).token, with_secret.then_some(&secret))
}

fn kinds(report: &Report) -> Vec<&'static str> {
    report.failures.iter().map(|f| f.kind()).collect()
}

fn exit_of(kind: &str) -> i32 {
    match kind {
        "malformed" | "invalid_claims" | "milliseconds" | "microseconds" | "nanoseconds" => 3,
        k if KINDS[14..23].contains(&k) => 3,
        "untrusted" => 4,
        k if k.ends_with("_key") || k.ends_with("_key_aes128") || k.ends_with("_padded") => 4,
        "expired" | "not_yet_valid" => 5,
        _ => 6,
    }
}

/// The documented exit code for a set of failures: the first of 3, 4, 6, 5.
fn gravest<'a>(kinds: impl IntoIterator<Item = &'a str>) -> i32 {
    let rank = |code: i32| [3, 4, 6, 5, 0].iter().position(|&c| c == code);
    kinds
        .into_iter()
        .map(exit_of)
        .fold(0, |a, b| if rank(b) < rank(a) { b } else { a })
}

// ---------------------------------------------------------------------------
// Checking output
// ---------------------------------------------------------------------------

/// A failure object: a documented kind, a message, SDK codes.
fn check_failure(f: &Value, ctx: &dyn std::fmt::Display) -> String {
    let kind = f["kind"].as_str().unwrap_or_default();
    assert!(KINDS.contains(&kind), "{ctx}: undocumented kind in {f}");
    assert!(
        f["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{ctx}: no message in {f}"
    );
    let codes = f["sdk_codes"].as_array().expect("sdk_codes is an array");
    assert!(
        !codes.is_empty() && codes.iter().all(Value::is_u64),
        "{ctx}: bad sdk_codes in {f}"
    );
    kind.to_owned()
}

/// The keys every decode / verify object has, with the right types.
fn check_view(v: &Value, ctx: &dyn std::fmt::Display) {
    assert!(v.is_object(), "{ctx}: not an object: {v}");
    let opened = !v["claims"].is_null();
    match v["version"].as_str() {
        Some(version) => {
            assert_eq!(version, "04", "{ctx}");
            assert!(
                matches!(v["mode"].as_str(), Some("gcm" | "cbc")),
                "{ctx}: {v}"
            );
            assert!(
                v["expire"].is_i64() && v["ciphertext_len"].is_u64(),
                "{ctx}: {v}"
            );
            assert!(v["iv"].is_string(), "{ctx}: {v}");
        }
        None => {
            assert!(
                v["version"].is_null() && v["mode"].is_null() && !opened,
                "{ctx}: {v}"
            );
        }
    }
    assert_eq!(
        v["authenticated"].as_bool(),
        Some(opened && v["mode"] == "gcm"),
        "{ctx}: authenticated is true exactly for opened GCM tokens: {v}"
    );
    assert!(
        v["warnings"]
            .as_array()
            .is_some_and(|w| w.iter().all(Value::is_string))
    );
    for key in ["privilege", "claims", "iv", "expire", "ciphertext_len"] {
        assert!(v.get(key).is_some(), "{ctx}: no {key:?} key: {v}");
    }
}

/// A verify object: its failures (kinds returned) and `valid`.
fn check_verify_view(v: &Value, ctx: &dyn std::fmt::Display) -> Vec<String> {
    check_view(v, ctx);
    let failures = v["failures"].as_array().expect("failures is an array");
    let all: Vec<String> = failures.iter().map(|f| check_failure(f, ctx)).collect();
    assert_eq!(v["valid"].as_bool(), Some(all.is_empty()), "{ctx}: {v}");
    // Input that needed repair fails first for that; the rest is about
    // the repaired token, by the rules below.
    let repaired = failures.first().is_some_and(|f| {
        f["message"]
            .as_str()
            .is_some_and(|m| m.starts_with("the input is not the token itself: "))
    });
    let kinds = if repaired { &all[1..] } else { &all[..] };
    if kinds.iter().any(|k| k == "malformed" || k == "untrusted") {
        assert_eq!(
            kinds.len(),
            1,
            "{ctx}: malformed / untrusted stand alone: {v}"
        );
        assert!(v["claims"].is_null(), "{ctx}: {v}");
    } else if kinds.iter().any(|k| k == "invalid_claims") {
        // Claims built wrong cannot be read, so nothing else is checked.
        assert!(kinds.iter().all(|k| k == "invalid_claims"), "{ctx}: {v}");
        assert!(v["claims"].is_null(), "{ctx}: {v}");
    } else {
        assert!(
            !v["claims"].is_null(),
            "{ctx}: no claims for an opened token: {v}"
        );
    }
    all
}

/// A decode object: its error kind, if any.
fn check_decode_view(v: &Value, ctx: &dyn std::fmt::Display) -> Option<String> {
    check_view(v, ctx);
    let error = v
        .get("error")
        .unwrap_or_else(|| panic!("{ctx}: no error key: {v}"));
    if error.is_null() {
        return None;
    }
    let kind = check_failure(error, ctx);
    assert!(
        ["malformed", "untrusted", "invalid_claims"].contains(&kind.as_str()),
        "{ctx}: decode reports only malformed, untrusted or invalid claims: {v}"
    );
    Some(kind)
}

/// The stderr of a run with `--json` or of `verify`: warnings only, and a
/// batch's closing count ("3 valid, 1 failed", issue #24 item 15).
fn assert_only_warnings(stderr: &str, ctx: &dyn std::fmt::Display) {
    for line in stderr.lines() {
        let count = line.strip_prefix("zego-token: ").is_some_and(|rest| {
            rest.starts_with(|c: char| c.is_ascii_digit()) && rest.contains(" failed")
        });
        assert!(
            count || line.starts_with("zego-token: warning: "),
            "{ctx}: unexpected stderr line {line:?}"
        );
    }
}

// ---------------------------------------------------------------------------
// Batch mode
// ---------------------------------------------------------------------------

/// Mutated tokens, one per line, with some clean and blank lines mixed in.
fn batch_input(seed: u64, count: usize) -> Vec<u8> {
    let sources = sources();
    let mut rng = StdRng::seed_from_u64(seed);
    let mut input = Vec::new();
    for i in 0..count {
        let source = &sources[i % sources.len()];
        match i % 97 {
            0 => input.extend_from_slice(source.as_bytes()),
            1 => input.extend_from_slice(b"   \t"),
            _ => input.extend(mutate(source, &mut rng).1),
        }
        input.push(b'\n');
    }
    input
}

/// The input lines the binary reports on, with their numbers: every line
/// except blank ones (which batch mode skips, numbering on).
fn expected_lines(input: &[u8]) -> Vec<(usize, &[u8])> {
    let body = input.strip_suffix(b"\n").unwrap_or(input);
    body.split(|&b| b == b'\n')
        .enumerate()
        .map(|(i, line)| (i + 1, line.strip_suffix(b"\r").unwrap_or(line)))
        .filter(|(_, line)| !std::str::from_utf8(line).is_ok_and(|t| t.trim_ascii().is_empty()))
        .collect()
}

fn run_batch(args: &[&str], input: &[u8]) -> Out {
    run(zego().args(args).write_stdin(input), &args)
}

/// The name of a failure's variant, down to the malformed / untrusted
/// reason: `Malformed(Truncated`, `Untrusted(TagMismatch`, `Expired`.
fn variant(failure: &Failure) -> String {
    let debug = format!("{failure:?}");
    let end = debug
        .char_indices()
        .filter(|&(_, c)| matches!(c, '(' | ' ' | '{' | ')'))
        .nth(1)
        .map_or(debug.len(), |(i, _)| i);
    debug[..end].trim_end().to_owned()
}

/// Every JSON line parses, in input order, and agrees with the library.
/// Returns how often each failure variant (and "valid") was seen.
fn check_verify_batch(
    args: &[&str],
    expect: &Expectations,
    seed: u64,
    count: usize,
) -> BTreeMap<String, usize> {
    let input = batch_input(seed, count);
    let out = run_batch(args, &input);
    let lines = expected_lines(&input);
    let json: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(json.len(), lines.len(), "one JSON line per input line");
    assert_only_warnings(&out.stderr, &"verify --batch");
    let mut all_kinds = Vec::new();
    let mut seen = BTreeMap::new();
    for ((number, line), text) in lines.iter().zip(json) {
        let ctx = format!(
            "verify --batch line {number} {:?}",
            String::from_utf8_lossy(line)
        );
        let v: Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{ctx}: {e}: {text}"));
        assert_eq!(v["line"].as_u64(), Some(*number as u64), "{ctx}: {text}");
        let got = check_verify_view(&v, &ctx);
        let report = library_verify(line, expect);
        let want = kinds(&report);
        assert_eq!(got, want, "{ctx}: the binary and the library disagree");
        all_kinds.extend(want);
        if report.is_valid() {
            *seen.entry("valid".to_owned()).or_default() += 1;
        }
        for failure in &report.failures {
            *seen.entry(variant(failure)).or_default() += 1;
        }
    }
    assert!(VERIFY_EXITS.contains(&out.code), "exit {}", out.code);
    assert_eq!(
        out.code,
        gravest(all_kinds.iter().copied()),
        "batch exit code"
    );
    seen
}

#[test]
fn verify_batch_survives_thousands_of_mutations() {
    let now = NOW.to_string();
    let args = [
        "verify", "--batch", "--json", "--now", &now, "--secret", SECRET,
    ];
    let seen = check_verify_batch(&args, &Expectations::default(), 1, 3000);
    // The edits reach every layer: most ways of being malformed, every way
    // of failing to open, and some tokens come through intact.
    for expected in [
        "valid",
        "Malformed(InvalidCharacter",
        "Malformed(BadBase64",
        "Malformed(BadPrefix",
        "Malformed(Truncated",
        "Malformed(LengthPastEnd",
        "Malformed(WrongIvLength",
        "Malformed(UnknownMode",
        "Malformed(TrailingBytes",
        "Untrusted(TagMismatch",
        "Untrusted(BadPadding",
        "Untrusted(ExpireMismatch",
    ] {
        assert!(seen.contains_key(expected), "no {expected} in {seen:?}");
    }
    assert!(seen.values().sum::<usize>() > 2900, "{seen:?}");
}

#[test]
fn verify_batch_with_expectations_survives_mutations() {
    let expect = {
        let mut value = Expectations::default();
        value.app_id = Some(1_234_567_890);
        value.user_id = Some("user1".into());
        value.room_id = Some("room1".into());
        value.require = vec![Right::Login];
        value.leeway = 30;
        value
    };
    let now = NOW.to_string();
    let args = [
        "verify",
        "--batch",
        "--json",
        "--now",
        &now,
        "--secret",
        SECRET,
        "--app-id",
        "1234567890",
        "--user-id",
        "user1",
        "--room-id",
        "room1",
        "--require",
        "login",
        "--leeway",
        "30s",
    ];
    let seen = check_verify_batch(&args, &expect, 2, 1500);
    for expected in [
        "valid",
        "UserIdMismatch",
        "RoomIdMismatch",
        "PrivilegeMissing",
    ] {
        assert!(seen.contains_key(expected), "no {expected} in {seen:?}");
    }
}

#[test]
fn decode_batch_survives_mutations_with_and_without_the_secret() {
    for (with_secret, seed) in [(true, 3), (false, 4)] {
        let mut args = vec!["decode", "--batch", "--json"];
        if with_secret {
            args.extend(["--secret", SECRET]);
        }
        let input = batch_input(seed, 1500);
        let out = run_batch(&args, &input);
        let lines = expected_lines(&input);
        let json: Vec<&str> = out.stdout.lines().collect();
        assert_eq!(json.len(), lines.len(), "one JSON line per input line");
        assert_only_warnings(&out.stderr, &"decode --batch");
        let mut errors = Vec::new();
        for ((number, line), text) in lines.iter().zip(json) {
            let ctx = format!(
                "decode --batch line {number} {:?}",
                String::from_utf8_lossy(line)
            );
            let v: Value =
                serde_json::from_str(text).unwrap_or_else(|e| panic!("{ctx}: {e}: {text}"));
            assert_eq!(v["line"].as_u64(), Some(*number as u64), "{ctx}: {text}");
            let got = check_decode_view(&v, &ctx);
            let want = library_inspect(line, with_secret);
            assert_eq!(got.as_deref(), kinds(&want).first().copied(), "{ctx}");
            if !with_secret {
                assert_ne!(
                    got.as_deref(),
                    Some("untrusted"),
                    "{ctx}: untrusted without a secret"
                );
                assert!(v["claims"].is_null(), "{ctx}");
            }
            errors.extend(got);
        }
        assert!(DECODE_EXITS.contains(&out.code), "exit {}", out.code);
        assert_eq!(out.code, gravest(errors.iter().map(String::as_str)));
    }
}

#[test]
fn human_batch_output_has_one_numbered_line_per_token() {
    let input = batch_input(5, 800);
    let lines = expected_lines(&input);
    let now = NOW.to_string();
    for args in [
        vec!["verify", "--batch", "--now", &now, "--secret", SECRET],
        vec!["decode", "--batch", "--secret", SECRET],
    ] {
        let out = run_batch(&args, &input);
        let printed: Vec<&str> = out.stdout.lines().collect();
        assert_eq!(printed.len(), lines.len(), "{args:?}: one line per token");
        for ((number, _), text) in lines.iter().zip(printed) {
            assert!(
                text.starts_with(&format!("line {number}: ")),
                "{args:?}: {text:?} is not line {number}"
            );
        }
        assert_only_warnings(&out.stderr, &format!("{args:?}"));
        assert!(
            VERIFY_EXITS.contains(&out.code),
            "{args:?}: exit {}",
            out.code
        );
    }
}

// ---------------------------------------------------------------------------
// Single tokens
// ---------------------------------------------------------------------------

/// Mutated tokens for single runs, each passed as an argument (after `--`)
/// when it can be, else on stdin; every fourth goes on stdin anyway.
fn single_cases(seed: u64, count: usize) -> Vec<(String, Vec<u8>, bool)> {
    let sources = sources();
    let mut rng = StdRng::seed_from_u64(seed);
    (0..count)
        .map(|i| {
            let (name, bytes) = mutate(&sources[i % sources.len()], &mut rng);
            let arg_ok = std::str::from_utf8(&bytes).is_ok_and(|s| s != "-" && !s.contains('\0'));
            let stdin = !arg_ok || i % 4 == 0;
            (name, bytes, stdin)
        })
        .collect()
}

fn single(subcommand: &[&str], input: &[u8], stdin: bool) -> Out {
    let mut cmd = zego();
    cmd.args(subcommand);
    if stdin {
        cmd.write_stdin(input);
    } else {
        let arg = std::str::from_utf8(input).expect("UTF-8 argument");
        cmd.arg("--").arg(arg);
    }
    run(&mut cmd, &(subcommand, String::from_utf8_lossy(input)))
}

/// `decode`, human and JSON, with the secret: a failure is exactly one
/// error line on stderr (plus a hint), the exit code is the library's.
#[test]
fn single_decode_runs_report_one_error_line() {
    for (name, input, stdin) in single_cases(6, 110) {
        let want = library_inspect(&input, true);
        let want_exit = gravest(kinds(&want));
        let ctx = format!("decode of {name} {:?}", String::from_utf8_lossy(&input));

        let out = single(&["decode", "--secret", SECRET], &input, stdin);
        assert!(DECODE_EXITS.contains(&out.code), "{ctx}: exit {}", out.code);
        assert_eq!(out.code, want_exit, "{ctx}: {}", out.stderr);
        let errors = out
            .stderr
            .lines()
            .filter(|l| l.starts_with("zego-token: error: "))
            .count();
        assert_eq!(errors, usize::from(out.code != 0), "{ctx}:\n{}", out.stderr);
        for line in out.stderr.lines() {
            assert!(
                line.starts_with("zego-token: error: ")
                    || line.starts_with("zego-token: warning: ")
                    || line.starts_with("  hint: "),
                "{ctx}: stray stderr line {line:?}"
            );
        }
        // A token that did not parse has no header to show; the others do.
        assert_eq!(
            out.stdout.is_empty(),
            want.envelope.is_none(),
            "{ctx}: {}",
            out.stdout
        );

        let out = single(&["decode", "--json", "--secret", SECRET], &input, stdin);
        assert_eq!(out.code, want_exit, "{ctx} --json");
        assert_only_warnings(&out.stderr, &ctx);
        assert_eq!(out.stdout.lines().count(), 1, "{ctx}: one JSON object");
        let v: Value = serde_json::from_str(&out.stdout).expect("JSON");
        assert!(v.get("line").is_none(), "{ctx}: line is for batch mode");
        let got = check_decode_view(&v, &ctx);
        assert_eq!(got.as_deref(), kinds(&want).first().copied(), "{ctx}");
    }
}

/// `verify`, human, JSON and quiet: the verdict is on stdout, stderr holds
/// only repair warnings, the exit code is the library's.
#[test]
fn single_verify_runs_follow_the_exit_code_table() {
    let now = NOW.to_string();
    for (name, input, stdin) in single_cases(7, 110) {
        let want = kinds(&library_verify(&input, &Expectations::default()));
        let want_exit = gravest(want.iter().copied());
        let ctx = format!("verify of {name} {:?}", String::from_utf8_lossy(&input));
        let base = ["verify", "--now", &now, "--secret", SECRET];

        let out = single(&base, &input, stdin);
        assert!(VERIFY_EXITS.contains(&out.code), "{ctx}: exit {}", out.code);
        assert_eq!(out.code, want_exit, "{ctx}: {}", out.stdout);
        assert_only_warnings(&out.stderr, &ctx);
        let first = out.stdout.lines().next().unwrap_or_default();
        let mark = if out.code == 0 { "✓ valid" } else { "✗ " };
        assert!(first.starts_with(mark), "{ctx}: verdict line {first:?}");

        let out = single(&[&base[..], &["--json"][..]].concat(), &input, stdin);
        assert_eq!(out.code, want_exit, "{ctx} --json");
        assert_only_warnings(&out.stderr, &ctx);
        assert_eq!(out.stdout.lines().count(), 1, "{ctx}: one JSON object");
        let v: Value = serde_json::from_str(&out.stdout).expect("JSON");
        assert_eq!(check_verify_view(&v, &ctx), want, "{ctx}");

        // --quiet: the exit code alone.
        let out = single(&[&base[..], &["--quiet"][..]].concat(), &input, stdin);
        assert_eq!(out.code, want_exit, "{ctx} --quiet");
        assert!(out.stdout.is_empty(), "{ctx} --quiet: {}", out.stdout);
        assert_only_warnings(&out.stderr, &ctx);
    }
}

// ---------------------------------------------------------------------------
// Oversized and lying input
// ---------------------------------------------------------------------------

const HUNDRED_MB: u64 = 100 * 1024 * 1024;
/// Peak RSS allowed while a 100 MB line streams past (the binary idles at
/// about 9 MB; buffering the line would take over 100 MB).
const MAX_RSS_KB: u64 = 64 * 1024;

struct Streamed {
    code: i32,
    stdout: String,
    stderr: String,
    /// Bytes the binary accepted before it closed its stdin or exited.
    written: u64,
    elapsed: Duration,
    /// From GNU time, when /usr/bin/time exists.
    peak_rss_kb: Option<u64>,
}

/// Runs the binary with `head`, `fill` bytes of `A` and `tail` streamed to
/// stdin in 64 KiB writes (never all in memory), under /usr/bin/time when
/// there is one. A write error (the binary stopped reading) ends the input.
#[allow(
    clippy::print_stderr,
    reason = "the measured time and memory are worth seeing with --nocapture"
)]
fn stream(label: &str, args: &[&str], head: &[u8], fill: u64, tail: &[u8]) -> Streamed {
    let bin = assert_cmd::cargo::cargo_bin!("zego-token");
    let time = Path::new("/usr/bin/time");
    let rss_file = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("mutation-rss-{}-{label}", std::process::id()));
    let mut cmd = if time.exists() {
        let mut cmd = StdCommand::new(time);
        cmd.arg("-f").arg("%M").arg("-o").arg(&rss_file).arg(bin);
        cmd
    } else {
        StdCommand::new(bin)
    };
    clean_env(&mut cmd)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let start = Instant::now();
    let mut child = cmd.spawn().expect("the binary starts");
    let mut stdin = child.stdin.take().expect("piped stdin");
    let (head, tail) = (head.to_vec(), tail.to_vec());
    let writer = thread::spawn(move || {
        let chunk = vec![b'A'; 64 << 10];
        let mut written = 0u64;
        let mut put = |bytes: &[u8]| -> bool {
            let ok = stdin.write_all(bytes).is_ok();
            if ok {
                written += bytes.len() as u64;
            }
            ok
        };
        let mut open = put(&head);
        let mut left = fill;
        while open && left > 0 {
            let n = left.min(chunk.len() as u64);
            open = put(&chunk[..n as usize]);
            left -= n;
        }
        if open {
            put(&tail);
        }
        written
    });
    let read_all = |mut r: Box<dyn Read + Send>| {
        thread::spawn(move || {
            let mut s = String::new();
            r.read_to_string(&mut s).expect("UTF-8 output");
            s
        })
    };
    let stdout = read_all(Box::new(child.stdout.take().expect("piped stdout")));
    let stderr = read_all(Box::new(child.stderr.take().expect("piped stderr")));
    let deadline = start + Duration::from_secs(120);
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("{args:?} still running after 120 s");
        }
        thread::sleep(Duration::from_millis(5));
    };
    let elapsed = start.elapsed();
    let written = writer.join().expect("writer thread");
    let peak_rss_kb = std::fs::read_to_string(&rss_file)
        .ok()
        .and_then(|s| s.lines().last().and_then(|l| l.trim().parse().ok()));
    let _ = std::fs::remove_file(&rss_file);
    let out = Streamed {
        code: status.code().expect("exited, not killed"),
        stdout: stdout.join().expect("stdout reader"),
        stderr: stderr.join().expect("stderr reader"),
        written,
        elapsed,
        peak_rss_kb,
    };
    assert!(!out.stderr.contains("panicked"), "{args:?}: {}", out.stderr);
    eprintln!(
        "{label}: exit {} after {:?}, {} bytes accepted, peak RSS {:?} KB",
        out.code, out.elapsed, out.written, out.peak_rss_kb
    );
    out
}

#[test]
fn a_100_mb_token_on_stdin_is_refused_in_flat_memory() {
    let out = stream("decode", &["decode"], b"04", HUNDRED_MB, b"\n");
    assert_eq!(out.code, 3, "{}", out.stderr);
    let errors: Vec<&str> = out
        .stderr
        .lines()
        .filter(|l| l.starts_with("zego-token: error: "))
        .collect();
    assert_eq!(errors.len(), 1, "{}", out.stderr);
    assert!(errors[0].contains("Token04"), "{}", errors[0]);
    // Whether it stops reading at its limit or drains the rest uncounted,
    // it must not hold the input: flat memory, and done in moments.
    assert!(out.elapsed < Duration::from_secs(10), "{:?}", out.elapsed);
    if let Some(kb) = out.peak_rss_kb {
        assert!(kb < MAX_RSS_KB, "peak RSS {kb} KB");
    }
}

#[test]
fn a_100_mb_line_in_verify_batch_is_skipped_in_flat_memory() {
    let token = &sources()[0];
    let tail = format!("\n{token}\n");
    let now = NOW.to_string();
    let args = [
        "verify", "--batch", "--json", "--now", &now, "--secret", SECRET,
    ];
    let out = stream("verify-batch", &args, b"04", HUNDRED_MB, tail.as_bytes());
    assert_eq!(
        out.written,
        HUNDRED_MB + 2 + tail.len() as u64,
        "all input taken"
    );
    assert_eq!(out.code, 3, "{}", out.stderr);
    let lines: Vec<Value> = out
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    assert_eq!(lines.len(), 2, "{}", out.stdout);
    assert_eq!(lines[0]["line"], 1);
    assert_eq!(
        check_verify_view(&lines[0], &"the 100 MB line"),
        ["malformed"]
    );
    let message = lines[0]["failures"][0]["message"]
        .as_str()
        .unwrap_or_default();
    assert!(message.contains("longer than any Token04"), "{message}");
    // The line after it is read as usual.
    assert_eq!(lines[1]["line"], 2);
    assert_eq!(lines[1]["valid"], true, "{}", lines[1]);
    assert!(out.elapsed < Duration::from_secs(30), "{:?}", out.elapsed);
    if let Some(kb) = out.peak_rss_kb {
        assert!(kb < MAX_RSS_KB, "peak RSS {kb} KB");
    }
}

/// `expire | ivlen | iv | 0xFFFF | a short ciphertext | mode`.
fn lying_ct_len(iv_len: usize, ct: usize, mode: Option<u8>) -> String {
    let mut body = NOW.to_be_bytes().to_vec();
    body.extend_from_slice(&u16::try_from(iv_len).expect("short IV").to_be_bytes());
    body.extend(std::iter::repeat_n(7, iv_len));
    body.extend_from_slice(&0xFFFF_u16.to_be_bytes());
    body.extend(std::iter::repeat_n(9, ct));
    body.extend(mode);
    String::from_utf8(pack(&body)).expect("ASCII")
}

#[test]
fn a_ciphertext_length_of_0xffff_over_a_short_body_is_malformed() {
    let tokens = [
        lying_ct_len(12, 20, Some(1)),
        lying_ct_len(16, 32, None),
        lying_ct_len(16, 32, Some(0)),
        lying_ct_len(12, 0, None),
        lying_ct_len(16, 3, None),
    ];
    let now = NOW.to_string();
    for token in &tokens {
        let start = Instant::now();
        let out = run(
            zego().args(["decode", "--json", "--secret", SECRET, "--", token]),
            token,
        );
        assert_eq!(out.code, 3, "{token}: {}", out.stdout);
        let v: Value = serde_json::from_str(&out.stdout).expect("JSON");
        assert_eq!(check_decode_view(&v, token).as_deref(), Some("malformed"));
        let message = v["error"]["message"].as_str().unwrap_or_default();
        assert!(
            message.contains("65535") && message.contains("ciphertext"),
            "{token}: {message}"
        );
        let out = run(
            zego().args(["verify", "--now", &now, "--secret", SECRET, "--", token]),
            token,
        );
        assert_eq!(out.code, 3, "{token}: {}", out.stdout);
        assert!(out.stdout.starts_with("✗ malformed: "), "{}", out.stdout);
        assert!(start.elapsed() < Duration::from_secs(10));
    }
    let input = tokens.join("\n");
    let out = run_batch(
        &[
            "verify", "--batch", "--json", "--now", &now, "--secret", SECRET,
        ],
        input.as_bytes(),
    );
    assert_eq!(out.code, 3);
    assert_eq!(out.stdout.lines().count(), tokens.len());
    for (i, text) in out.stdout.lines().enumerate() {
        let v: Value = serde_json::from_str(text).expect("a JSON line");
        assert_eq!(v["line"].as_u64(), Some(i as u64 + 1));
        assert_eq!(check_verify_view(&v, &text), ["malformed"]);
    }
}

/// README, "JSON output": `decode --json` and `verify --json` print one
/// object, and "a malformed or untrusted token still gets an object";
/// `verify --quiet` prints nothing. That holds for a token over the stdin
/// size limit too, which is malformed (exit 3).
#[test]
fn oversized_stdin_is_reported_like_any_malformed_token() {
    let mut input = b"04".to_vec();
    input.resize(300 * 1024, b'A');
    let now = NOW.to_string();
    for json in [true, false] {
        let mut args = vec!["verify", "--now", &now, "--secret", SECRET];
        args.push(if json { "--json" } else { "--quiet" });
        let out = run(zego().args(&args).write_stdin(input.clone()), &args);
        assert_eq!(out.code, 3, "{args:?}");
        if json {
            let v: Value = serde_json::from_str(&out.stdout)
                .unwrap_or_else(|e| panic!("{args:?}: no JSON object ({e}): {}", out.stderr));
            assert_eq!(check_verify_view(&v, &"verify --json"), ["malformed"]);
        } else {
            assert!(out.stdout.is_empty(), "{args:?}: {}", out.stdout);
            assert!(out.stderr.is_empty(), "{args:?} prints: {}", out.stderr);
        }
    }
    let out = run(
        zego().args(["decode", "--json"]).write_stdin(input),
        &"decode --json",
    );
    assert_eq!(out.code, 3);
    let v: Value = serde_json::from_str(&out.stdout)
        .unwrap_or_else(|e| panic!("decode --json: no JSON object ({e}): {}", out.stderr));
    assert_eq!(
        check_decode_view(&v, &"decode --json").as_deref(),
        Some("malformed")
    );
}
