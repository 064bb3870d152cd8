//! Mint a token for a user, then verify it as a server would:
//! `cargo run --example mint_and_verify`.

#![allow(clippy::print_stdout)]

use zego_token::{Mint, Secret, Verifier};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // The ServerSecret from the ZEGOCLOUD console, and the time in unix seconds.
    let secret = Secret::new("fa94dd0f974cf2e293728a526b028271")?;
    let now = 1_796_000_000;

    let made = Mint::new(1234, "alice").build(&secret, now, &mut rand::rng())?;
    println!("alice's token, until {}: {}", made.expire(), made.token);

    let verifier = Verifier::new(secret, 1234).leeway(30); // once, at start-up
    let claims = verifier.verify(&made.token, now + 60)?;
    println!(
        "verified: app {}, user {}",
        claims.app_id(),
        claims.user_id()
    );
    if let Err(late) = verifier.verify(&made.token, now + 7200) {
        println!("two hours later: {late}"); // expired: never Ok
    }
    Ok(())
}
