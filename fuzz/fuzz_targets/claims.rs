//! `Claims::from_json` against serde_json alone, on any bytes.
//!
//! `from_json` reads plain claims with its own one-pass scanner and hands
//! the rest to serde_json. Checked: never panics, and it accepts exactly
//! what serde_json accepts, with the same claims; so the fast path can only
//! ever be faster, never different.

#![no_main]

use libfuzzer_sys::fuzz_target;
use zego_token::Claims;

fuzz_target!(|data: &[u8]| {
    let ours = Claims::from_json(data).ok();
    let serde = serde_json::from_slice::<Claims>(data).ok();
    assert_eq!(ours, serde, "input {:?}", String::from_utf8_lossy(data));
});
