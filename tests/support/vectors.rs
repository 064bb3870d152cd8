//! The vendor's vectors in tests/data (fields described in
//! tests/data/VECTORS.md).

use serde::Deserialize;
use serde::de::DeserializeOwned;
use zego_token::format::Claims;

/// A line of official.jsonl: a token the vendor's own code made, and what
/// it was made from. `C` is what the claims are read into: the library's
/// `Claims`, or a test's own type, independent of the library.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct Official<C = Claims> {
    pub(crate) id: String,
    #[serde(rename = "impl")]
    pub(crate) implementation: String,
    pub(crate) mode: String,
    pub(crate) app_id: u32,
    pub(crate) user_id: String,
    pub(crate) secret: String,
    pub(crate) effective_time: i64,
    pub(crate) payload: String,
    pub(crate) token: String,
    pub(crate) plaintext: String,
    pub(crate) claims: C,
}

/// A line of malformed.jsonl: a damaged token and the class of its failure.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct Negative {
    pub(crate) id: String,
    pub(crate) token: String,
    pub(crate) secret: String,
    pub(crate) expect_error: String,
    pub(crate) derived_from: Option<String>,
}

/// The lines of a JSON Lines file, split on `\n` only (VECTORS.md).
fn lines<T: DeserializeOwned>(text: &str) -> Vec<T> {
    text.split('\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_str(l).expect("vector line is JSON"))
        .collect()
}

/// Every official vector, its claims read as the library's `Claims`.
pub(crate) fn official() -> Vec<Official> {
    official_as()
}

/// Every official vector, its claims read as `C`.
pub(crate) fn official_as<C: DeserializeOwned>() -> Vec<Official<C>> {
    lines(include_str!("../data/official.jsonl"))
}

/// The official vector `id`, its claims read as the library's `Claims`.
pub(crate) fn vector(id: &str) -> Official {
    vector_as(id)
}

/// The official vector `id`, its claims read as `C`.
pub(crate) fn vector_as<C: DeserializeOwned>(id: &str) -> Official<C> {
    official_as()
        .into_iter()
        .find(|v| v.id == id)
        .unwrap_or_else(|| panic!("no vector {id}"))
}

/// Every malformed vector.
pub(crate) fn negative() -> Vec<Negative> {
    lines(include_str!("../data/malformed.jsonl"))
}

/// The malformed vector whose id satisfies `pred`.
pub(crate) fn negative_where(pred: impl Fn(&str) -> bool) -> Negative {
    negative()
        .into_iter()
        .find(|v| pred(&v.id))
        .expect("vector present")
}

/// A line of token03.jsonl: a Token03 from the vendor's token03 generators.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct Token03Vector {
    pub(crate) id: String,
    pub(crate) app_id: u32,
    pub(crate) room_id: String,
    pub(crate) user_id: String,
    pub(crate) privilege: Rights,
    pub(crate) secret: String,
    pub(crate) effective_time: i64,
    pub(crate) token: String,
    pub(crate) plaintext: String,
    /// The claims as the generator wrote them, keys and all.
    pub(crate) claims: serde_json::Value,
    pub(crate) header_expire: i64,
}

/// `{"login", "publish"}` of token03.jsonl.
#[derive(Debug, Clone, Copy, Deserialize)]
pub(crate) struct Rights {
    pub(crate) login: bool,
    pub(crate) publish: bool,
}

/// A line of kit.jsonl: a kit token the UIKit package made, or `None`
/// where it threw.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct KitVector {
    pub(crate) id: String,
    #[serde(rename = "fn")]
    pub(crate) function: String,
    pub(crate) app_id: u32,
    pub(crate) secret: String,
    pub(crate) room_id: Option<String>,
    pub(crate) user_id: String,
    pub(crate) user_name: String,
    pub(crate) effective_time: Option<i64>,
    pub(crate) inner_user_id: Option<String>,
    pub(crate) inner_token: Option<String>,
    pub(crate) kit_token: Option<String>,
}

/// A line of faulty.jsonl: the right secret, claims built wrong.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct FaultyVector {
    pub(crate) id: String,
    pub(crate) mode: String,
    pub(crate) token: String,
    pub(crate) secret: String,
    pub(crate) now: i64,
    pub(crate) field: String,
    pub(crate) sdk_code: u32,
}

/// Every Token03 vector.
pub(crate) fn token03() -> Vec<Token03Vector> {
    lines(include_str!("../data/token03.jsonl"))
}

/// Every kit token vector.
pub(crate) fn kits() -> Vec<KitVector> {
    lines(include_str!("../data/kit.jsonl"))
}

/// Every faulty-generator vector.
pub(crate) fn faulty() -> Vec<FaultyVector> {
    lines(include_str!("../data/faulty.jsonl"))
}

/// One token of any vector file, with what a check of it needs: the
/// secret, the AppID it was made for (`1` where the file names none) and,
/// where the file gives one, the time to check it at.
#[derive(Debug, Clone)]
pub(crate) struct Case {
    pub(crate) id: String,
    pub(crate) token: String,
    pub(crate) secret: String,
    pub(crate) app_id: u32,
    pub(crate) now: Option<i64>,
}

/// Every token of every vector file (official, malformed, Token03, kit,
/// faulty, invented), the kit cases the UIKit refused to make left out.
pub(crate) fn every() -> Vec<Case> {
    let official = official();
    let app_of = |id: &Option<String>| {
        id.as_ref()
            .and_then(|id| official.iter().find(|v| &v.id == id))
            .map_or(1, |v| v.app_id)
    };
    let mut cases: Vec<Case> = official
        .iter()
        .map(|v| Case {
            id: v.id.clone(),
            token: v.token.clone(),
            secret: v.secret.clone(),
            app_id: v.app_id,
            now: None,
        })
        .collect();
    cases.extend(negative().into_iter().map(|v| Case {
        app_id: app_of(&v.derived_from),
        id: v.id,
        token: v.token,
        secret: v.secret,
        now: None,
    }));
    cases.extend(token03().into_iter().map(|v| Case {
        id: v.id,
        token: v.token,
        secret: v.secret,
        app_id: v.app_id,
        now: None,
    }));
    cases.extend(kits().into_iter().filter_map(|v| {
        Some(Case {
            token: v.kit_token?,
            id: v.id,
            secret: v.secret,
            app_id: v.app_id,
            now: None,
        })
    }));
    cases.extend(faulty().into_iter().map(|v| Case {
        id: v.id,
        token: v.token,
        secret: v.secret,
        // The AppID the faulty generator meant, as in every line's plaintext.
        app_id: 1_234_567_890,
        now: Some(v.now),
    }));
    cases.extend(invented().into_iter().map(|v| Case {
        id: v.id,
        token: v.token,
        secret: v.secret,
        app_id: v.app_id,
        now: Some(v.now),
    }));
    cases
}

/// A line of invented.jsonl: a string people paste as a ZEGO token that no
/// ZEGO generator made, and what is actually wrong with it (`cause`).
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct InventedVector {
    pub(crate) id: String,
    pub(crate) token: String,
    pub(crate) secret: String,
    pub(crate) app_id: u32,
    pub(crate) user_id: String,
    pub(crate) now: i64,
    pub(crate) cause: String,
    pub(crate) expect: Vec<String>,
}

/// Every invented vector.
pub(crate) fn invented() -> Vec<InventedVector> {
    lines(include_str!("../data/invented.jsonl"))
}
