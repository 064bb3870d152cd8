//! Per-token costs of the core: `cargo bench --bench token`.

use divan::{Bencher, black_box};
use zego_token::diagnose::{Expectations, verify};
use zego_token::format::{
    Claims, Envelope, Grant, Grant03, Iv, Privilege03, encode, generate, generate03,
};
use zego_token::{Kit, Mint, Mode, Secret, Verifier};

fn main() {
    divan::main();
}

const SECRET: &str = "fa94dd0f974cf2e293728a526b028271";
const NOW: i64 = 1_796_000_000;
const MODES: [Mode; 2] = [Mode::Gcm, Mode::Cbc];

fn secret() -> Secret {
    Secret::new(SECRET).expect("valid secret")
}

/// A typical grant: a test user's one-hour token without a payload.
fn grant() -> Grant {
    Grant::new(1_234_567_890, "user_0042", 3600)
}

fn token(mode: Mode) -> String {
    generate(&grant(), &secret(), mode, NOW, &mut rand::rng())
        .expect("generates")
        .token
}

#[divan::bench(args = MODES)]
fn encode_fixed_iv(bencher: Bencher, mode: Mode) {
    let secret = secret();
    let claims = Claims {
        app_id: 1_234_567_890,
        user_id: "user_0042".into(),
        nonce: 123_456_789,
        ctime: NOW,
        expire: NOW + 3600,
        payload: String::new(),
    };
    let iv = match mode {
        Mode::Gcm => Iv::Gcm([7; 12]),
        Mode::Cbc => Iv::Cbc([7; 16]),
    };
    bencher.bench_local(|| encode(black_box(&claims), &secret, &iv));
}

#[divan::bench(args = MODES)]
fn generate_with_rng(bencher: Bencher, mode: Mode) {
    let (secret, grant) = (secret(), grant());
    let mut rng = rand::make_rng::<rand::rngs::StdRng>();
    bencher.bench_local(|| generate(black_box(&grant), &secret, mode, NOW, &mut rng));
}

#[divan::bench(args = MODES)]
fn parse(bencher: Bencher, mode: Mode) {
    let token = token(mode);
    bencher.bench_local(|| Envelope::parse(black_box(&token)));
}

#[divan::bench(args = MODES)]
fn parse_and_open(bencher: Bencher, mode: Mode) {
    let (token, secret) = (token(mode), secret());
    bencher.bench_local(|| Envelope::parse(black_box(&token)).map(|e| e.open(&secret)));
}

#[divan::bench(args = MODES)]
fn verify_with_expectations(bencher: Bencher, mode: Mode) {
    let (token, secret) = (token(mode), secret());
    let expect = {
        let mut value = Expectations::default();
        value.app_id = Some(1_234_567_890);
        value.user_id = Some("user_0042".into());
        value
    };
    bencher.bench_local(|| verify(black_box(&token), &secret, &expect, NOW + 1));
}

const PLAINTEXT: &[u8] = br#"{"app_id":1234567890,"user_id":"user_0042","nonce":123456789,"ctime":1796000000,"expire":1796003600,"payload":""}"#;

/// The claims JSON alone, to split `parse_and_open` into cipher and JSON.
#[divan::bench]
fn claims_json(bencher: Bencher) {
    bencher.bench_local(|| Claims::from_json(black_box(PLAINTEXT)));
}

/// The same through serde_json, the path for claims the fast path declines.
#[divan::bench]
fn claims_json_serde(bencher: Bencher) {
    bencher.bench_local(|| serde_json::from_slice::<Claims>(black_box(PLAINTEXT)));
}

/// The typical grant as a Token03 (always CBC), in room1.
fn token03() -> String {
    let privilege = Privilege03 {
        login: true,
        publish: true,
    };
    let grant = Grant03::new(1_234_567_890, "room1", "user_0042", privilege, 3600);
    generate03(&grant, &secret(), NOW, &mut rand::rng())
        .expect("generates")
        .token
}

/// A Token03 (always CBC) verified, for comparison with Token04's CBC.
#[divan::bench]
fn verify_token03(bencher: Bencher) {
    let (token, secret) = (token03(), secret());
    let expect = Expectations::default();
    bencher.bench_local(|| verify(black_box(&token), &secret, &expect, NOW + 1));
}

/// A kit token verified: the suffix read and checked against the token.
#[divan::bench]
fn verify_kit_token(bencher: Bencher) {
    let kit = Kit::new("user_0042", Some("room1".into()), "User 42", 1_234_567_890);
    let (token, secret) = (kit.wrap(&token(Mode::Gcm)).expect("wraps"), secret());
    let expect = Expectations::default();
    bencher.bench_local(|| verify(black_box(&token), &secret, &expect, NOW + 1));
}

/// The server door: a `Verifier` built once, checking app, user and times.
#[divan::bench(args = MODES)]
fn verifier(bencher: Bencher, mode: Mode) {
    let token = token(mode);
    let verifier = Verifier::new(secret(), 1_234_567_890).user_id("user_0042");
    bencher.bench_local(|| verifier.verify(black_box(&token), NOW + 1));
}

/// The server door on a Token03.
#[divan::bench]
fn verifier_token03(bencher: Bencher) {
    let token = token03();
    let verifier = Verifier::new(secret(), 1_234_567_890);
    bencher.bench_local(|| verifier.verify(black_box(&token), NOW + 1));
}

/// The server door on a kit token.
#[divan::bench]
fn verifier_kit_token(bencher: Bencher) {
    let kit = Kit::new("user_0042", Some("room1".into()), "User 42", 1_234_567_890);
    let token = kit.wrap(&token(Mode::Gcm)).expect("wraps");
    let verifier = Verifier::new(secret(), 1_234_567_890);
    bencher.bench_local(|| verifier.verify(black_box(&token), NOW + 1));
}

/// Minting with the builder, for comparison with `generate_with_rng`.
#[divan::bench(args = MODES)]
fn mint_builder(bencher: Bencher, mode: Mode) {
    let secret = secret();
    let mint = Mint::new(1_234_567_890, "user_0042").mode(mode);
    let mut rng = rand::make_rng::<rand::rngs::StdRng>();
    bencher.bench_local(|| mint.build(&secret, NOW, &mut rng));
}
