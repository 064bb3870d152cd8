//! The library's small door, as a server uses it: `Mint` and `Verifier`
//! round trips over arbitrary requests, their errors, and the names of
//! `Mode`, `Version` and `Right`.

#![allow(clippy::unwrap_used)]

use proptest::prelude::*;
use rand::SeedableRng;
use rand::rngs::StdRng;
use zego_token::format::KitError;
use zego_token::{EncodeError, Mint, Mode, Privilege, Rejection, Right, Secret, Verifier, Version};

const SECRET: &str = "fa94dd0f974cf2e293728a526b028271";

fn secret() -> Secret {
    Secret::new(SECRET).unwrap()
}

fn room(room_id: &str, login: bool, publish: bool) -> Privilege {
    Privilege {
        room_id: room_id.into(),
        login,
        publish,
        stream_ids: None,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Whatever is minted verifies for its app and user until it expires,
    /// and never after; the claims carry what was asked for.
    #[test]
    fn mint_then_verify_round_trips(
        app_id in 1..=u32::MAX,
        user_id in "[ -~]{1,64}",
        effective_time in 1..=100_000_000i64,
        now in 0..=4_000_000_000i64,
        gcm in any::<bool>(),
        v03 in any::<bool>(),
        kit in any::<bool>(),
        (room_id, login, publish) in ("[a-z0-9]{1,16}", any::<bool>(), any::<bool>()),
        leeway in 0..1000i64,
        seed in any::<u64>(),
    ) {
        let mut mint = Mint::new(app_id, user_id.clone())
            .effective_time(effective_time)
            // A Token03 is always CBC: asking it for GCM is refused (below).
            .mode(if gcm && !v03 { Mode::Gcm } else { Mode::Cbc })
            .privilege(room(&room_id, login, publish));
        if v03 {
            mint = mint.version(Version::V03);
        } else if kit {
            mint = mint.kit("Name ✓", Some(room_id.clone()));
        }
        let made = mint.build(&secret(), now, &mut StdRng::seed_from_u64(seed)).unwrap();
        prop_assert_eq!(made.expire(), now + effective_time);
        prop_assert_eq!(made.contents.version(), if v03 { Version::V03 } else { Version::V04 });
        prop_assert_eq!(made.mode, if gcm && !v03 { Mode::Gcm } else { Mode::Cbc });
        prop_assert_eq!(made.kit.is_some(), kit && !v03);
        let privilege = made.contents.privilege().unwrap();
        prop_assert_eq!((privilege.room_id.as_str(), privilege.login, privilege.publish), (room_id.as_str(), login, publish));

        let verifier = Verifier::new(secret(), app_id).leeway(leeway).user_id(user_id.clone());
        let verified = verifier.verify(&made.token, now).unwrap();
        prop_assert_eq!(&verified.contents, &made.contents);
        prop_assert_eq!(verified.user_id(), user_id.as_str());
        prop_assert_eq!(&verified.kit, &made.kit);
        prop_assert!(verifier.verify(&made.token, now + effective_time + leeway - 1).is_ok());
        let expired = verifier.verify(&made.token, now + effective_time + leeway);
        prop_assert!(matches!(expired, Err(Rejection::Expired { .. })), "{:?}", expired);
        let other = Verifier::new(secret(), app_id ^ 1).verify(&made.token, now);
        prop_assert!(matches!(other, Err(Rejection::AppIdMismatch { .. })), "{:?}", other);
    }

    /// A verifier never panics and never passes arbitrary text.
    #[test]
    fn arbitrary_text_is_rejected(input in any::<String>(), now in any::<i64>()) {
        prop_assert!(Verifier::new(secret(), 1).verify(&input, now).is_err());
    }
}

#[test]
fn the_builder_refuses_what_vendors_refuse() {
    let build = |mint: Mint| mint.build(&secret(), 1_796_000_000, &mut rand::rng());
    assert_eq!(
        build(Mint::new(0, "u")).unwrap_err(),
        EncodeError::AppIdZero
    );
    assert_eq!(
        build(Mint::new(1, "")).unwrap_err(),
        EncodeError::UserIdEmpty
    );
    assert_eq!(
        build(Mint::new(1, "u").effective_time(0)).unwrap_err(),
        EncodeError::EffectiveTimeNotPositive(0)
    );
    let v03 = || Mint::new(1, "u").version(Version::V03);
    assert_eq!(build(v03()).unwrap_err(), EncodeError::RoomIdEmpty);
    assert_eq!(
        build(v03().payload("{}")).unwrap_err(),
        EncodeError::NotInToken03("a payload")
    );
    let mut streams = room("r", true, true);
    streams.stream_ids = Some(vec!["s".into()]);
    assert_eq!(
        build(v03().privilege(streams)).unwrap_err(),
        EncodeError::NotInToken03("stream ids")
    );
    assert_eq!(
        build(v03().privilege(room("r", true, true)).kit("n", None)).unwrap_err(),
        EncodeError::NotInToken03("a kit suffix")
    );
    assert!(matches!(
        build(Mint::new(1, "用户").kit("n", None)).unwrap_err(),
        EncodeError::Kit(KitError::NotLatin1 { .. })
    ));
    // A raw payload goes in as it is.
    let made = build(Mint::new(1, "u").payload("custom")).unwrap();
    assert_eq!(made.contents.as_v04().unwrap().payload, "custom");
}

#[test]
fn names_parse_and_display() {
    for mode in [Mode::Gcm, Mode::Cbc] {
        assert_eq!(mode.as_str().parse::<Mode>(), Ok(mode));
        assert_eq!(mode.to_string().parse::<Mode>(), Ok(mode));
        assert_eq!(mode.as_str().to_uppercase().parse::<Mode>(), Ok(mode));
    }
    for version in [Version::V04, Version::V03] {
        assert_eq!(version.as_str().parse::<Version>(), Ok(version));
        assert_eq!(version.to_string().parse::<Version>(), Ok(version));
    }
    for right in [Right::Login, Right::Publish] {
        assert_eq!(right.to_string().parse::<Right>(), Ok(right));
    }
    let err = "ecb".parse::<Mode>().unwrap_err();
    assert_eq!(
        err.to_string(),
        r#""ecb" is not a mode (expected gcm or cbc)"#
    );
    assert!("05".parse::<Version>().is_err());
    assert!("admin".parse::<Right>().is_err());
}

#[test]
fn errors_are_std_errors() {
    fn is_error<E: std::error::Error + Send + Sync + 'static>() {}
    is_error::<Rejection>();
    is_error::<EncodeError>();
    is_error::<zego_token::format::OpenError>();
    is_error::<zego_token::format::UnknownName>();
    is_error::<zego_token::diagnose::Failure>();
    is_error::<zego_token::diagnose::Warning>();
}

#[cfg(feature = "serde")]
#[test]
fn public_types_serialize() {
    let made = Mint::new(1, "u")
        .build(&secret(), 1_796_000_000, &mut rand::rng())
        .unwrap();
    let json = serde_json::to_value(&made).unwrap();
    assert_eq!(json["mode"], "gcm");
    assert_eq!(json["contents"]["user_id"], "u");
    let mode: Mode = serde_json::from_str(r#""cbc""#).unwrap();
    assert_eq!(mode, Mode::Cbc);
    let version: Version = serde_json::from_str(r#""03""#).unwrap();
    assert_eq!(version, Version::V03);
}

#[cfg(feature = "os")]
#[test]
fn the_os_clock_convenience() {
    let made = Mint::new(1, "u").build_now(&secret()).unwrap();
    let verified = Verifier::new(secret(), 1).verify_now(&made.token).unwrap();
    assert_eq!(verified.user_id(), "u");
}

/// The format's rules live in `Mint` alone, and each refusal names the
/// argument at fault, so a server can point at its own parameter.
#[test]
fn each_refusal_names_its_argument() {
    let r1 = || room("r1", true, true);
    let v03 = || Mint::new(1, "u").version(Version::V03);
    let streams = Privilege {
        stream_ids: Some(vec!["s".into()]),
        ..r1()
    };
    let cases = [
        (Mint::new(0, "u"), "app_id"),
        (Mint::new(1, ""), "user_id"),
        (Mint::new(1, "u".repeat(65)), "user_id"),
        (Mint::new(1, "u").effective_time(0), "effective_time"),
        (Mint::new(1, "u").effective_time(i64::MAX), "effective_time"),
        (v03(), "room_id"),
        (v03().privilege(room("", true, true)), "room_id"),
        (v03().privilege(r1()).mode(Mode::Gcm), "mode"),
        (v03().payload("{}"), "payload"),
        (v03().privilege(streams), "stream_ids"),
        (v03().privilege(r1()).kit("n", None), "kit"),
        (Mint::new(1, "用户").kit("n", None), "user_id"),
        (Mint::new(1, "u").kit("n", Some("房间".into())), "room_id"),
        (Mint::new(1, "u").payload("x".repeat(70_000)), "payload"),
    ];
    for (n, (mint, field)) in cases.into_iter().enumerate() {
        let error = mint
            .build(&secret(), 1_796_000_000, &mut rand::rng())
            .expect_err(field);
        assert_eq!(error.field(), field, "case {n}: {error}");
        // `check` refuses what `build` refuses, before any token is made;
        // only the sealed size needs the encryption.
        if !matches!(error, EncodeError::PayloadTooLarge { .. }) {
            assert_eq!(mint.check(1_796_000_000), Err(error), "case {n}");
        }
    }
    // A Token03 left to its own mode is CBC, a room is all it needs.
    let made = v03()
        .privilege(r1())
        .build(&secret(), 1_796_000_000, &mut rand::rng())
        .expect("mints");
    assert_eq!(made.mode, Mode::Cbc);
}
