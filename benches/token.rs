//! Per-token costs of the core: `cargo bench --bench token`.

use divan::{Bencher, black_box};
use zego_token::{
    Claims, Envelope, Expectations, Grant, Grant03, Iv, Kit, Mode, Privilege03, Secret, encode,
    generate, generate03, verify,
};

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
    Grant {
        app_id: 1_234_567_890,
        user_id: "user_0042".into(),
        effective_time: 3600,
        payload: String::new(),
    }
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
    let expect = Expectations {
        app_id: Some(1_234_567_890),
        user_id: Some("user_0042".into()),
        ..Expectations::default()
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

/// A Token03 (always CBC) verified, for comparison with Token04's CBC.
#[divan::bench]
fn verify_token03(bencher: Bencher) {
    let grant = Grant03 {
        app_id: 1_234_567_890,
        room_id: "room1".into(),
        user_id: "user_0042".into(),
        privilege: Privilege03 {
            login: true,
            publish: true,
        },
        effective_time: 3600,
    };
    let secret = secret();
    let token = generate03(&grant, &secret, NOW, &mut rand::rng())
        .expect("generates")
        .token;
    let expect = Expectations::default();
    bencher.bench_local(|| verify(black_box(&token), &secret, &expect, NOW + 1));
}

/// A kit token verified: the suffix read and checked against the token.
#[divan::bench]
fn verify_kit_token(bencher: Bencher) {
    let kit = Kit {
        user_id: "user_0042".into(),
        room_id: Some("room1".into()),
        user_name: "User 42".into(),
        app_id: 1_234_567_890,
        utf8_encoded: false,
    };
    let (token, secret) = (kit.wrap(&token(Mode::Gcm)).expect("wraps"), secret());
    let expect = Expectations::default();
    bencher.bench_local(|| verify(black_box(&token), &secret, &expect, NOW + 1));
}
