//! The server door and the diagnostic door are one rule set: a `Verifier`
//! accepts a token exactly when `diagnose::verify` reports it valid under
//! the same expectations, and rejects it with the kind of the report's
//! first failure (or `untrusted`, where a CBC token's plaintext must not be
//! described to its sender).

mod support;

use proptest::prelude::*;
use zego_token::diagnose::{self, Class, Expectations, Failure};
use zego_token::format::{Envelope, Malformed, split_kit};
use zego_token::{Mint, Mode, Privilege, Right, Secret, Verifier, Version};

use support::vectors::{self, Case};

/// What both doors are told: the AppID, and maybe a user, a room, rights
/// and a leeway.
#[derive(Debug, Clone)]
struct Expect {
    app_id: u32,
    user_id: Option<String>,
    room_id: Option<String>,
    require: Vec<Right>,
    leeway: i64,
}

impl Expect {
    fn app(app_id: u32) -> Expect {
        Expect {
            app_id,
            user_id: None,
            room_id: None,
            require: vec![],
            leeway: 0,
        }
    }
}

/// Holds the two doors to one answer for `token` at `now`.
fn agree(token: &str, secret: &Secret, expect: &Expect, now: i64) -> Result<(), String> {
    let mut verifier = Verifier::new(secret.clone(), expect.app_id).leeway(expect.leeway);
    let mut expectations = Expectations::default()
        .app_id(expect.app_id)
        .leeway(expect.leeway);
    if let Some(user) = &expect.user_id {
        verifier = verifier.user_id(user.clone());
        expectations = expectations.user_id(user.clone());
    }
    if let Some(room) = &expect.room_id {
        verifier = verifier.room_id(room.clone());
        expectations = expectations.room_id(room.clone());
    }
    for &right in &expect.require {
        verifier = verifier.require(right);
        expectations = expectations.require(right);
    }
    let report = diagnose::verify(token, secret, &expectations, now);
    let verdict = verifier.verify(token, now);
    match (&verdict, report.failures.first()) {
        (Ok(_), None) => Ok(()),
        (Err(rejection), Some(first)) => {
            let cbc = report
                .envelope
                .as_ref()
                .is_some_and(|e| e.mode() == Mode::Cbc);
            // Of a token that does not open with the secret (whatever key
            // did open it), and of a CBC token's plaintext, only "does not
            // open" may be told.
            let about_plaintext = matches!(
                first,
                Failure::InvalidClaim { .. }
                    | Failure::TimeUnit { .. }
                    | Failure::PrivilegeUnreadable { .. }
                    | Failure::Malformed(Malformed::VersionMismatch { .. })
            );
            let hidden = first.class() == Class::Untrusted || (cbc && about_plaintext);
            // What is not a token at all, the verifier calls malformed
            // without saying what it is instead.
            let expected = match first {
                _ if hidden => "untrusted",
                Failure::NotZegoToken(_) => "malformed",
                _ => first.kind(),
            };
            if rejection.kind() == expected {
                Ok(())
            } else {
                Err(format!(
                    "rejected as {}, the report's first failure is {first:?}",
                    rejection.kind()
                ))
            }
        }
        _ => Err(format!(
            "verifier: {verdict:?}; report: {:?}",
            report.failures
        )),
    }
}

/// The header expire of a token or kit token, where it parses.
fn expire_of(token: &str) -> Option<i64> {
    Envelope::parse(split_kit(token.trim()).0)
        .ok()
        .map(|e| e.expire())
}

/// Times worth checking a vector at: its own, just inside and just past
/// its lifetime, and far from it.
fn times(case: &Case) -> Vec<i64> {
    let mut times = vec![0, 1_796_000_000, i64::MAX];
    times.extend(case.now);
    if let Some(expire) = expire_of(&case.token) {
        times.extend([expire.saturating_sub(1), expire, expire.saturating_add(1)]);
    }
    times
}

#[test]
fn every_vector_gets_one_answer_from_both_doors() {
    let cases = vectors::every();
    assert!(cases.len() > 250, "{} cases", cases.len());
    for case in &cases {
        let Ok(secret) = Secret::new(&case.secret) else {
            continue;
        };
        for now in times(case) {
            for expect in [
                Expect::app(case.app_id),
                Expect::app(case.app_id.wrapping_add(1).max(1)),
                Expect {
                    user_id: Some("someone-else".into()),
                    leeway: 5,
                    ..Expect::app(case.app_id)
                },
                Expect {
                    room_id: Some("room1".into()),
                    require: vec![Right::Publish],
                    ..Expect::app(case.app_id)
                },
            ] {
                if let Err(e) = agree(&case.token, &secret, &expect, now) {
                    panic!("{} at {now} with {expect:?}: {e}", case.id);
                }
            }
        }
    }
}

#[test]
fn a_kit_token_carrying_a_token03_is_refused_by_both_doors() {
    let v = &vectors::token03()[0];
    let secret = Secret::new(&v.secret).expect("holds");
    let suffix = Mint::new(v.app_id, v.user_id.clone())
        .kit("name", None)
        .build(&secret, 0, &mut rand::rng())
        .expect("holds")
        .token;
    let suffix = suffix.split_once('#').expect("holds").1;
    let wrapped = format!("{}#{suffix}", v.token);
    let now = v.header_expire - 1;
    let verdict = Verifier::new(secret.clone(), v.app_id).verify(&wrapped, now);
    assert_eq!(verdict.map_err(|r| r.kind()).err(), Some("malformed"));
    let report = diagnose::verify(&wrapped, &secret, &Expectations::default(), now);
    assert_eq!(report.failures.len(), 1, "{:?}", report.failures);
    assert_eq!(report.failures[0].kind(), "malformed");
    // The bare Token03 is fine.
    agree(&v.token, &secret, &Expect::app(v.app_id), now).expect("holds");
    assert!(
        Verifier::new(secret, v.app_id)
            .verify(&v.token, now)
            .is_ok()
    );
}

fn version() -> impl Strategy<Value = Version> {
    prop_oneof![Just(Version::V04), Just(Version::V03)]
}

fn mode() -> impl Strategy<Value = Mode> {
    prop_oneof![Just(Mode::Gcm), Just(Mode::Cbc)]
}

fn right() -> impl Strategy<Value = Right> {
    prop_oneof![Just(Right::Login), Just(Right::Publish)]
}

/// A token as `Mint` makes them, and a byte of it maybe changed.
fn minted() -> impl Strategy<Value = (String, Secret, i64)> {
    (
        1u32..4,
        "[ab]{1,2}",
        1i64..7200,
        version(),
        mode(),
        proptest::option::of(("room[12]", any::<bool>(), any::<bool>())),
        any::<bool>(),
        proptest::option::of((any::<prop::sample::Index>(), any::<u8>())),
    )
        .prop_filter_map(
            "a mint the library refuses",
            |(app, user, ttl, version, mode, room, kit, change)| {
                let secret = Secret::new("fa94dd0f974cf2e293728a526b028271").ok()?;
                let mut mint = Mint::new(app, user.clone())
                    .effective_time(ttl)
                    .version(version)
                    .mode(mode);
                if let Some((room_id, login, publish)) = room {
                    mint = mint.privilege(Privilege {
                        room_id,
                        login,
                        publish,
                        stream_ids: None,
                    });
                }
                if kit {
                    mint = mint.kit(user, None);
                }
                let ctime = 1_796_000_000;
                let mut token = mint.build(&secret, ctime, &mut rand::rng()).ok()?.token;
                if let Some((at, byte)) = change {
                    let mut bytes = token.into_bytes();
                    let at = at.index(bytes.len());
                    bytes[at] = b'+' + byte % 80;
                    token = String::from_utf8(bytes).ok()?;
                }
                Some((token, secret, ctime))
            },
        )
}

proptest! {
    #[test]
    fn random_tokens_get_one_answer_from_both_doors(
        (token, secret, ctime) in minted(),
        app_id in 1u32..4,
        user_id in proptest::option::of("[ab]{1,2}"),
        room_id in proptest::option::of("room[12]"),
        require in proptest::collection::vec(right(), 0..3),
        leeway in -5i64..60,
        offset in -100i64..7300,
    ) {
        let expect = Expect { app_id, user_id, room_id, require, leeway };
        if let Err(e) = agree(&token, &secret, &expect, ctime + offset) {
            prop_assert!(false, "{token} with {expect:?}: {e}");
        }
    }
}
