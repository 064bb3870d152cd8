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
