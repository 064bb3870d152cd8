//! What a new user trips on (issue #24): the real binary, checked against
//! the account of each trip, never against its own earlier output.

mod support;

use support::SECRET;
use support::cli::run;
use zego_token::{Secret, unchecked};

/// 2026-11-30T12:00:00Z.
const NOW: i64 = 1_796_040_000;

/// `generate --app-id 1 --user-id demo --secret SECRET --now NOW` plus `extra`.
fn generate(extra: &[&str]) -> support::cli::Out {
    let now = NOW.to_string();
    let mut args = vec![
        "generate",
        "--app-id",
        "1",
        "--user-id",
        "demo",
        "--secret",
        SECRET,
        "--now",
        &now,
    ];
    args.extend_from_slice(extra);
    run(&args)
}

/// The lifetime of a token, expire minus ctime, read with the library.
fn lifetime_of(token: &str) -> i64 {
    let secret = Secret::new(SECRET).unwrap();
    let claims = unchecked::open(token, &secret)
        .unwrap()
        .1
        .into_v04()
        .unwrap();
    claims.expire - claims.ctime
}

// Item 12: short lifetimes warn; `1h30m` is accepted; `1.5h` says how.
#[test]
fn short_lifetimes_warn_and_compound_durations_are_accepted() {
    for ttl in ["10s", "30"] {
        let out = generate(&["--ttl", ttl]);
        assert_eq!(out.code, Some(0), "{out:?}");
        assert!(
            out.stderr.contains("warning") && out.stderr.contains("onTokenWillExpire"),
            "--ttl {ttl}: {out:?}"
        );
    }
    let hour = generate(&["--ttl", "1h"]);
    assert!(!hour.stderr.contains("warning"), "{hour:?}");
    let out = generate(&["--ttl", "1h30m"]);
    assert_eq!(lifetime_of(&out.token()), 5400, "{out:?}");
    let out = generate(&["--ttl", "1.5h"]);
    assert_eq!(out.code, Some(2), "{out:?}");
    assert!(out.stderr.contains("1h30m"), "{out:?}");
}

// Item 5: one second after minting a 2 h token, every view says "in 2 h".
#[test]
fn relative_times_round_to_the_nearest_unit() {
    let token = generate(&["--ttl", "2h"]).token();
    let later = (NOW + 1).to_string();
    for command in ["verify", "decode"] {
        let out = run(&[command, "--secret", SECRET, "--now", &later, &token]);
        assert_eq!(out.code, Some(0), "{out:?}");
        assert!(out.stdout.contains("in 2 h"), "{command}: {out:?}");
        assert!(!out.stdout.contains("in 1 h"), "{command}: {out:?}");
    }
    // 59 min 40 s left is nearer an hour than 59 min.
    let almost = (NOW + 7200 - 3580).to_string();
    let out = run(&["verify", "--secret", SECRET, "--now", &almost, &token]);
    assert!(out.stdout.contains("in 60 min"), "{out:?}");
}

/// The label and value of each line of an aligned view, trimmed.
fn rows(view: &str) -> Vec<(String, String)> {
    view.lines()
        .filter_map(|l| {
            let l = l.trim();
            let (label, value) = l.split_once(' ')?;
            Some((label.to_owned(), value.trim().to_owned()))
        })
        .collect()
}

// Item 6: the envelope's IV is `iv` with or without the secret; "nonce" is
// only ever the claim's.
#[test]
fn the_iv_is_named_iv_and_nonce_is_the_claims() {
    let token = generate(&[]).token();
    let envelope = zego_token::format::Envelope::parse(&token).unwrap();
    let iv: String = envelope.iv().iter().map(|b| format!("{b:02x}")).collect();
    let secret = Secret::new(SECRET).unwrap();
    let nonce = unchecked::open(&token, &secret)
        .unwrap()
        .1
        .into_v04()
        .unwrap()
        .nonce
        .to_string();
    let now = NOW.to_string();
    let without = rows(&run(&["decode", "--now", &now, &token]).stdout);
    assert!(without.contains(&("iv".into(), iv.clone())), "{without:?}");
    assert!(!without.iter().any(|(l, _)| l == "nonce"), "{without:?}");
    let with = rows(&run(&["decode", "--secret", SECRET, "--now", &now, &token]).stdout);
    assert!(with.contains(&("iv".into(), iv)), "{with:?}");
    assert!(with.contains(&("nonce".into(), nonce)), "{with:?}");
}
