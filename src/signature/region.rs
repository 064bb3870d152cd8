//! The regions of ZEGO's server API endpoints.

use std::fmt;

/// A regional server API endpoint, for `https://{product}-api-{region}.zego.im/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Region {
    /// Shanghai.
    Sha,
    /// Hong Kong.
    Hkg,
    /// Frankfurt.
    Fra,
    /// California.
    Lax,
    /// Mumbai.
    Bom,
    /// Singapore.
    Sgp,
}

impl Region {
    /// Every region.
    pub const ALL: [Region; 6] = [
        Region::Sha,
        Region::Hkg,
        Region::Fra,
        Region::Lax,
        Region::Bom,
        Region::Sgp,
    ];

    /// The code in the host name: `sha`, `hkg`, ...
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Region::Sha => "sha",
            Region::Hkg => "hkg",
            Region::Fra => "fra",
            Region::Lax => "lax",
            Region::Bom => "bom",
            Region::Sgp => "sgp",
        }
    }

    /// Where it is: `Shanghai`, `Hong Kong`, ...
    #[must_use]
    pub fn place(self) -> &'static str {
        match self {
            Region::Sha => "Shanghai",
            Region::Hkg => "Hong Kong",
            Region::Fra => "Frankfurt",
            Region::Lax => "California",
            Region::Bom => "Mumbai",
            Region::Sgp => "Singapore",
        }
    }

    /// The region of a host name's code.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Region> {
        Region::ALL.into_iter().find(|r| r.code() == code)
    }
}

impl fmt::Display for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}
