//! Each product's id rule, at and past its limits.

use super::*;

fn problems(id: IdKind, value: &str, product: Product) -> Vec<(IdProblem, Option<u32>)> {
    id_warnings(id, value, &[product])
        .into_iter()
        .map(|w| (w.problem, w.code))
        .collect()
}

fn too_long(bytes: usize, max: usize, code: Option<u32>) -> Vec<(IdProblem, Option<u32>)> {
    vec![(IdProblem::TooLong { bytes, max }, code)]
}

fn bad(found: char, position: usize, code: Option<u32>) -> Vec<(IdProblem, Option<u32>)> {
    vec![(IdProblem::Character { found, position }, code)]
}

#[test]
fn express_user_ids() {
    let p = Product::Express;
    assert!(problems(IdKind::User, &"a".repeat(64), p).is_empty());
    assert!(problems(IdKind::User, "~!@#$%^&*()_+=-`;',.<>\\", p).is_empty());
    assert_eq!(
        problems(IdKind::User, &"a".repeat(65), p),
        too_long(65, 64, Some(1_002_007))
    );
    assert_eq!(
        problems(IdKind::User, "", p),
        [(IdProblem::Empty, Some(1_002_005))]
    );
    assert_eq!(
        problems(IdKind::User, "a b", p),
        bad(' ', 2, Some(1_002_006))
    );
    assert_eq!(
        problems(IdKind::User, "a/b", p),
        bad('/', 2, Some(1_002_006))
    );
    // Non-ASCII letters are outside the set; the length counts bytes.
    assert_eq!(problems(IdKind::User, "é", p), bad('é', 1, Some(1_002_006)));
}

#[test]
fn express_room_ids() {
    let p = Product::Express;
    assert!(problems(IdKind::Room, &"r".repeat(127), p).is_empty());
    assert_eq!(
        problems(IdKind::Room, &"r".repeat(128), p),
        too_long(128, 127, Some(1_002_013))
    );
    assert_eq!(
        problems(IdKind::Room, "room:1", p),
        bad(':', 5, Some(1_002_012))
    );
    assert_eq!(
        problems(IdKind::Room, "", p),
        [(IdProblem::Empty, Some(1_002_011))]
    );
}

#[test]
fn zim_user_and_room_ids() {
    let p = Product::Zim;
    assert!(problems(IdKind::User, &"u".repeat(32), p).is_empty());
    assert!(problems(IdKind::User, "!#$%&()+-:;<=.>?@[]^_{}|~", p).is_empty());
    assert_eq!(
        problems(IdKind::User, &"u".repeat(40), p),
        too_long(40, 32, Some(660_000_012))
    );
    assert_eq!(problems(IdKind::User, "a*b", p), bad('*', 2, None));
    assert!(problems(IdKind::Room, &"r".repeat(128), p).is_empty());
    assert_eq!(
        problems(IdKind::Room, &"r".repeat(129), p),
        too_long(129, 128, None)
    );
}

#[test]
fn call_invitation_user_ids() {
    let p = Product::CallInvitation;
    assert!(problems(IdKind::User, "user_1-x", p).is_empty());
    assert_eq!(problems(IdKind::User, "50%", p), bad('%', 3, None));
    assert_eq!(
        problems(IdKind::User, &"u".repeat(33), p),
        too_long(33, 32, None)
    );
}

#[test]
fn uikit_ids() {
    let p = Product::UiKit;
    assert!(problems(IdKind::User, "user_1", p).is_empty());
    assert_eq!(problems(IdKind::User, "user-1", p), bad('-', 5, None));
    assert_eq!(problems(IdKind::Room, "call.1", p), bad('.', 5, None));
    assert!(problems(IdKind::Room, &"c".repeat(300), p).is_empty());
}

#[test]
fn chat_kit_user_ids() {
    let p = Product::ChatKit;
    assert!(problems(IdKind::User, &"u".repeat(32), p).is_empty());
    assert_eq!(
        problems(IdKind::User, &"u".repeat(33), p),
        too_long(33, 32, None)
    );
    assert_eq!(problems(IdKind::User, "a b", p), bad(' ', 2, None));
}

#[test]
fn ai_agent_ids() {
    let p = Product::AiAgent;
    assert!(problems(IdKind::User, "agent_user-1", p).is_empty());
    assert_eq!(problems(IdKind::User, "a@b", p), bad('@', 2, None));
    assert_eq!(
        problems(IdKind::User, &"u".repeat(33), p),
        too_long(33, 32, None)
    );
    assert!(problems(IdKind::Room, &"r".repeat(128), p).is_empty());
    assert_eq!(
        problems(IdKind::Room, &"r".repeat(129), p),
        too_long(129, 128, None)
    );
}

#[test]
fn both_problems_of_one_id_are_named() {
    let id = format!("{} x", "u".repeat(40));
    let found = id_warnings(IdKind::User, &id, &[Product::Zim]);
    assert_eq!(found.len(), 2);
    let message = found[1].to_string();
    assert_eq!(
        message,
        "ZIM refuses this user id: it is 42 bytes, at most 32 are allowed (error 660000012)"
    );
    assert_eq!(
        found[0].to_string(),
        "ZIM refuses this user id: character 41 ( ) is not allowed"
    );
}

#[test]
fn every_product_is_checked_and_named() {
    let found = id_warnings(IdKind::User, &"u/".repeat(40), &Product::ALL);
    for product in Product::ALL {
        assert!(found.iter().any(|w| w.product == product), "{product}");
    }
}

/// The fast path for plain ids agrees with the rules it skips: no rule
/// allows fewer bytes or refuses `_`, and for any id the two answer alike.
#[test]
fn the_fast_path_answers_as_every_rule_does() {
    for rule in RULES.iter().chain([&AI_AGENT_ROOM]) {
        assert!(
            rule.max_bytes.is_none_or(|max| max >= SHORTEST_MAX),
            "{rule:?}"
        );
        assert!(rule.charset.allows('_'), "{rule:?}");
    }
    let all = Product::ALL;
    let ids = [
        "",
        "a",
        "user_1",
        "A9_z",
        &"a".repeat(32),
        &"a".repeat(33),
        "a-b",
        "a b",
        "é",
        "a%b",
        "用户",
        "_",
        &"_".repeat(64),
        "a.b",
    ];
    for id in ids {
        for kind in [IdKind::User, IdKind::Room] {
            assert_eq!(
                id_warnings(kind, id, &all),
                every_rule(kind, id, &all),
                "{kind:?} {id:?}"
            );
            if plain(id) {
                assert!(every_rule(kind, id, &all).is_empty(), "{id:?}");
            }
        }
    }
}
