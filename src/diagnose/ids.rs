//! The user and room id rules of each ZEGO product: an id a token is made
//! for may still be refused by the product that logs in with it. Rules
//! and sources from PRODUCTS.md section 2 (paths `D:` are in the
//! `ZEGOCLOUD/docs_all` repository).

use std::fmt;

/// A ZEGO product with its own id rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Product {
    /// Express RTC, every platform.
    Express,
    /// ZIM (in-app chat).
    Zim,
    /// The Call Kit with call invitation (Web: ZIM's set without `%`;
    /// Flutter: letters, digits and `_`), which logs in to ZIM too.
    CallInvitation,
    /// The Call / Live Streaming / Video Conference UIKits.
    UiKit,
    /// The In-app Chat Kit.
    ChatKit,
    /// The AI Agent server API.
    AiAgent,
}

impl Product {
    /// Every product, in the order checked.
    pub const ALL: [Product; 6] = [
        Product::Express,
        Product::Zim,
        Product::CallInvitation,
        Product::UiKit,
        Product::ChatKit,
        Product::AiAgent,
    ];

    /// The stable snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Product::Express => "express",
            Product::Zim => "zim",
            Product::CallInvitation => "call_invitation",
            Product::UiKit => "uikit",
            Product::ChatKit => "chat_kit",
            Product::AiAgent => "ai_agent",
        }
    }
}

impl fmt::Display for Product {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Product::Express => "Express",
            Product::Zim => "ZIM",
            Product::CallInvitation => "the call-invitation UIKit",
            Product::UiKit => "the Call / Live / Conference UIKits",
            Product::ChatKit => "the In-app Chat Kit",
            Product::AiAgent => "AI Agent",
        })
    }
}

/// Which id a rule is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IdKind {
    /// A user id.
    User,
    /// A room id (a call, live or conference id in the UIKits).
    Room,
}

impl fmt::Display for IdKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            IdKind::User => "user id",
            IdKind::Room => "room id",
        })
    }
}

/// The characters a product allows besides ASCII letters and digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Charset {
    /// Express: ~!@#$%^&*()_+=-`;',.<>\ (ZegoUser API pages; the zh page
    /// shows the trailing backslash).
    Express,
    /// ZIM: !#$%&()+-:;<=.>?@[]^_{}|~ (ZIM `struct.mdx`).
    Zim,
    /// ZIM's set without `%` (Call Kit with invitation, Web quick start).
    ZimNoPercent,
    /// `_` only (UIKit quick starts; Call Kit invitation on Flutter).
    Underscore,
    /// `-` and `_` (AI Agent server API, `accessing-server-apis.mdx`).
    DashUnderscore,
    /// Any character (no set documented).
    Any,
}

impl Charset {
    fn allows(self, c: char) -> bool {
        if c.is_ascii_alphanumeric() {
            return true;
        }
        match self {
            Charset::Express => "~!@#$%^&*()_+=-`;',.<>\\".contains(c),
            Charset::Zim => "!#$%&()+-:;<=.>?@[]^_{}|~".contains(c),
            Charset::ZimNoPercent => "!#$&()+-:;<=.>?@[]^_{}|~".contains(c),
            Charset::Underscore => c == '_',
            Charset::DashUnderscore => matches!(c, '-' | '_'),
            Charset::Any => true,
        }
    }
}

/// One product's rule for one id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Rule {
    product: Product,
    id: IdKind,
    /// The longest id in UTF-8 bytes, if a length is documented.
    max_bytes: Option<usize>,
    charset: Charset,
    /// Codes for (empty, illegal character, too long), where documented.
    codes: [Option<u32>; 3],
}

/// The rules, from PRODUCTS.md section 2.
const RULES: [Rule; 9] = [
    // Express user: up to 64 bytes (ZegoUser API pages; EC-N 1002005-07).
    Rule {
        product: Product::Express,
        id: IdKind::User,
        max_bytes: Some(64),
        charset: Charset::Express,
        codes: [Some(1_002_005), Some(1_002_006), Some(1_002_007)],
    },
    // Express room: under 128 bytes (ZegoUser API pages; EC-N 1002011-13).
    Rule {
        product: Product::Express,
        id: IdKind::Room,
        max_bytes: Some(127),
        charset: Charset::Express,
        codes: [Some(1_002_011), Some(1_002_012), Some(1_002_013)],
    },
    // ZIM user: up to 32 bytes (`D:core_products/zim/en/docs_zim_android/
    // Client SDKs/api-reference/struct.mdx`; ZIM-RC 660000012).
    Rule {
        product: Product::Zim,
        id: IdKind::User,
        max_bytes: Some(32),
        charset: Charset::Zim,
        codes: [None, None, Some(660_000_012)],
    },
    // ZIM room: up to 128 bytes since ZIM 2.13.0 (`…/ZIM release notes.mdx`).
    Rule {
        product: Product::Zim,
        id: IdKind::Room,
        max_bytes: Some(128),
        charset: Charset::Any,
        codes: [None; 3],
    },
    // Call invitation: one user id for ZIM and RTC, so ZIM's 32 bytes;
    // Web lists ZIM's set without `%` (`D:uikit/callkit/docs_callkit_web/
    // 04-Call invitation/01-Quick start.mdx` l.177).
    Rule {
        product: Product::CallInvitation,
        id: IdKind::User,
        max_bytes: Some(32),
        charset: Charset::ZimNoPercent,
        codes: [None; 3],
    },
    // UIKit quick starts: letters, digits and `_`, no length given
    // (`D:uikit/callkit/docs_callkit_android/02-Quick start.mdx`).
    Rule {
        product: Product::UiKit,
        id: IdKind::User,
        max_bytes: None,
        charset: Charset::Underscore,
        codes: [None; 3],
    },
    // The same for callID / liveID / conferenceID (same files).
    Rule {
        product: Product::UiKit,
        id: IdKind::Room,
        max_bytes: None,
        charset: Charset::Underscore,
        codes: [None; 3],
    },
    // In-app Chat Kit: 1-32 characters (bytes here: the set is ASCII), Express-like set
    // (`D:uikit/imkit/docs_in_app_chat_kit_android/02-Quick start.mdx` l.124).
    Rule {
        product: Product::ChatKit,
        id: IdKind::User,
        max_bytes: Some(32),
        charset: Charset::Express,
        codes: [None; 3],
    },
    // AI Agent: UserId up to 32 bytes of letters, digits, `-`, `_`
    // (`D:core_products/aiagent/en/server/api-reference/accessing-server-apis.mdx`).
    Rule {
        product: Product::AiAgent,
        id: IdKind::User,
        max_bytes: Some(32),
        charset: Charset::DashUnderscore,
        codes: [None; 3],
    },
];

/// AI Agent's RoomId: up to 128 bytes (same source), any documented set.
const AI_AGENT_ROOM: Rule = Rule {
    product: Product::AiAgent,
    id: IdKind::Room,
    max_bytes: Some(128),
    charset: Charset::Any,
    codes: [None; 3],
};

/// What is wrong with an id for one product.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum IdProblem {
    /// Empty.
    Empty,
    /// Longer than the product allows.
    TooLong {
        /// Its length in UTF-8 bytes.
        bytes: usize,
        /// The most the product allows.
        max: usize,
    },
    /// A character the product does not allow.
    Character {
        /// The first such character.
        found: char,
        /// Its 1-based character position.
        position: usize,
    },
}

/// An id that a product will refuse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct IdWarning {
    /// The product that refuses it.
    pub product: Product,
    /// Which id.
    pub id: IdKind,
    /// Why.
    pub problem: IdProblem,
    /// The error code the product reports, where documented.
    pub code: Option<u32>,
}

impl fmt::Display for IdWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (product, id) = (self.product, self.id);
        match self.problem {
            IdProblem::Empty => write!(f, "{product} refuses an empty {id}")?,
            IdProblem::TooLong { bytes, max } => write!(
                f,
                "{product} refuses this {id}: it is {bytes} bytes, at most {max} are allowed"
            )?,
            IdProblem::Character { found, position } => write!(
                f,
                "{product} refuses this {id}: character {position} ({}) is not allowed",
                found.escape_debug()
            )?,
        }
        if let Some(code) = self.code {
            write!(f, " (error {code})")?;
        }
        Ok(())
    }
}

/// The warnings for `id` under the rules of `products` (one per product
/// and rule broken: empty, too long, first bad character).
///
/// ```
/// use zego_token::diagnose::{IdKind, Product, id_warnings};
///
/// let long = "u".repeat(40);
/// let found = id_warnings(IdKind::User, &long, &[Product::Express, Product::Zim]);
/// assert_eq!(found.len(), 1);
/// assert_eq!(found[0].product, Product::Zim);
/// assert_eq!(found[0].code, Some(660_000_012));
/// ```
pub fn id_warnings(id: IdKind, value: &str, products: &[Product]) -> Vec<IdWarning> {
    // Every token a batch checks pays for this: the usual id, short and of
    // letters, digits and `_`, passes every rule without a look at them.
    if plain(value) {
        return Vec::new();
    }
    every_rule(id, value, products)
}

/// The shortest length any rule allows, in bytes.
const SHORTEST_MAX: usize = 32;

/// An id every rule accepts: 1 to [`SHORTEST_MAX`] bytes of ASCII letters,
/// digits and `_`, which every character set allows.
fn plain(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= SHORTEST_MAX
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// [`id_warnings`] without the fast path: each rule, one by one.
fn every_rule(id: IdKind, value: &str, products: &[Product]) -> Vec<IdWarning> {
    let mut out = Vec::new();
    for rule in RULES.iter().chain([&AI_AGENT_ROOM]) {
        if rule.id != id || !products.contains(&rule.product) {
            continue;
        }
        let warn = |problem, code| IdWarning {
            product: rule.product,
            id,
            problem,
            code,
        };
        if value.is_empty() {
            out.push(warn(IdProblem::Empty, rule.codes[0]));
            continue;
        }
        if let Some((position, found)) = value
            .chars()
            .enumerate()
            .find(|&(_, c)| !rule.charset.allows(c))
        {
            let problem = IdProblem::Character {
                found,
                position: position + 1,
            };
            out.push(warn(problem, rule.codes[1]));
        }
        if let Some(max) = rule.max_bytes.filter(|&max| value.len() > max) {
            let problem = IdProblem::TooLong {
                bytes: value.len(),
                max,
            };
            out.push(warn(problem, rule.codes[2]));
        }
    }
    out
}

#[cfg(test)]
mod tests;
