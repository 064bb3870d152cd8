//! Claims that a faulty generator built wrong: the token opened with the
//! secret, so the secret is right, but the SDK rejects what is inside.

use std::fmt;

/// One claim at fault, and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidClaim {
    /// The claim's key as the token names it (`app_id`, `nonce`, ...), or
    /// `claims` when the plaintext as a whole is not a JSON object.
    pub field: &'static str,
    /// What was found instead of what the SDK expects.
    pub problem: ClaimProblem,
}

/// What is wrong with one claim.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ClaimProblem {
    /// The plaintext is not JSON at all, typically a quote or backslash in a
    /// value that string-built JSON did not escape.
    NotJson {
        /// What the JSON parser reported.
        detail: String,
    },
    /// The plaintext is JSON but not an object.
    NotObject {
        /// The kind of JSON value found, e.g. "an array".
        found: &'static str,
    },
    /// An object whose claims are each fine alone, but not together: a
    /// repeated key.
    Unreadable {
        /// What the JSON parser reported.
        detail: String,
    },
    /// A required key is absent.
    Missing,
    /// A value of the wrong JSON type, e.g. an AppID as a string.
    WrongType {
        /// The value as found, described: `the string "1234567890"`.
        found: String,
        /// What the SDK expects: `a JSON number`.
        expected: &'static str,
    },
    /// A number with a fraction where an integer belongs, e.g. a nonce
    /// from `Math.random()`.
    Fraction {
        /// The number as written.
        found: String,
    },
    /// An integer outside the range the claim allows.
    OutOfRange {
        /// The number as written.
        found: String,
        /// The range allowed, in words.
        expected: &'static str,
    },
    /// An object claim with a key or a value it may not hold, e.g. a
    /// Token03 privilege of 2.
    BadEntry {
        /// The key within the claim.
        key: String,
        /// Its value, as written.
        found: String,
        /// What the key may hold, in words.
        expected: &'static str,
    },
    /// `expire` holds the effective time (`3600`) instead of
    /// `ctime + effective time`.
    ExpireIsDuration {
        /// The expire found.
        expire: i64,
        /// The creation time found.
        ctime: i64,
    },
}

impl InvalidClaim {
    /// A claim at fault.
    pub fn new(field: &'static str, problem: ClaimProblem) -> InvalidClaim {
        InvalidClaim { field, problem }
    }

    /// The Express SDK errors a client sees for this claim (FORMAT.md's
    /// table of faulty generators).
    pub fn sdk_codes(&self) -> &'static [u32] {
        match self.field {
            "app_id" => &[1_002_076],
            "user_id" => &[1_002_077],
            "expire" | "expire_time" | "ctime" | "create_time" => &[1_002_078],
            "nonce" => &[1_002_080],
            "payload" | "claims" => &[1_002_075],
            _ => &[1_002_074],
        }
    }
}

impl fmt::Display for InvalidClaim {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let field = self.field;
        match &self.problem {
            ClaimProblem::NotJson { detail } => {
                write!(f, "the claims are not JSON ({detail})")
            }
            ClaimProblem::NotObject { found } => {
                write!(f, "the claims are {found}; they must be a JSON object")
            }
            ClaimProblem::Unreadable { detail } => {
                write!(f, "the claims cannot be read ({detail})")
            }
            ClaimProblem::Missing => write!(f, "{field} is missing; the SDK requires it"),
            ClaimProblem::WrongType { found, expected } => {
                write!(f, "{field} is {found}; it must be {expected}")
            }
            ClaimProblem::Fraction { found } => {
                write!(f, "{field} is the fraction {found}; it must be an integer")
            }
            ClaimProblem::OutOfRange { found, expected } => {
                write!(f, "{field} is {found}; it must be {expected}")
            }
            ClaimProblem::BadEntry {
                key,
                found,
                expected,
            } => write!(f, "{field}[{key:?}] is {found}; it must be {expected}"),
            ClaimProblem::ExpireIsDuration { expire, .. } => write!(
                f,
                "{field} is {expire}, which looks like the effective time: expire = ctime + {expire}"
            ),
        }
    }
}

/// Every claim at fault in one token (never empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidClaims(pub Vec<InvalidClaim>);

impl InvalidClaims {
    /// Whether the plaintext is not a JSON object at all (as opposed to an
    /// object with claims of the wrong shape). For unauthenticated CBC this
    /// is what a wrong secret looks like.
    pub fn not_an_object(&self) -> bool {
        self.0.iter().any(|c| {
            matches!(
                c.problem,
                ClaimProblem::NotJson { .. } | ClaimProblem::NotObject { .. }
            )
        })
    }
}

impl fmt::Display for InvalidClaims {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, claim) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{claim}")?;
        }
        Ok(())
    }
}

impl std::error::Error for InvalidClaims {}
