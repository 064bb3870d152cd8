//! Which CDN, and what a URL is signed for.

use std::fmt;

/// A CDN that ZEGO relays streams to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Cdn {
    /// Tencent Cloud: `txSecret` / `txTime` (Chinese mainland AppIDs).
    Tencent,
    /// Wangsu: `wsSecret` / `wsABStime` (Hong Kong, Macau, Taiwan and
    /// overseas AppIDs).
    Wangsu,
    /// Huawei Cloud: `hwSecret` / `hwTime` (Chinese mainland AppIDs).
    Huawei,
}

impl Cdn {
    /// Every CDN.
    pub const ALL: [Cdn; 3] = [Cdn::Tencent, Cdn::Wangsu, Cdn::Huawei];

    /// Its name: `tencent`, `wangsu`, `huawei`.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Cdn::Tencent => "tencent",
            Cdn::Wangsu => "wangsu",
            Cdn::Huawei => "huawei",
        }
    }

    /// The CDN of a name, in any case.
    #[must_use]
    pub fn from_name(name: &str) -> Option<Cdn> {
        Cdn::ALL
            .into_iter()
            .find(|c| c.name().eq_ignore_ascii_case(name))
    }

    /// The names of the signature and time parameters for a use:
    /// `("txSecret", "txTime")`, and `("sign", "t")` for Tencent recordings.
    #[must_use]
    pub fn param_names(self, usage: CdnUse) -> (&'static str, &'static str) {
        match (self, usage) {
            (Cdn::Tencent, CdnUse::Recording) => ("sign", "t"),
            (Cdn::Tencent, _) => ("txSecret", "txTime"),
            (Cdn::Wangsu, _) => ("wsSecret", "wsABStime"),
            (Cdn::Huawei, _) => ("hwSecret", "hwTime"),
        }
    }
}

impl fmt::Display for Cdn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// What a signed URL is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CdnUse {
    /// Publishing a stream (`rtmp://push-…/live/{stream}`).
    Publish,
    /// Playing a stream (`rtmp://play-…/live/{stream}`, or `.flv`, `.m3u8`).
    Play,
    /// Fetching a recording file (`http://host/{path}/{file}.mp4`).
    Recording,
    /// Fetching a screenshot (`http://host/{path}/{file}.jpg`).
    Screenshot,
}

impl CdnUse {
    /// Every use.
    pub const ALL: [CdnUse; 4] = [
        CdnUse::Publish,
        CdnUse::Play,
        CdnUse::Recording,
        CdnUse::Screenshot,
    ];

    /// Its name: `publish`, `play`, `recording`, `screenshot`.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            CdnUse::Publish => "publish",
            CdnUse::Play => "play",
            CdnUse::Recording => "recording",
            CdnUse::Screenshot => "screenshot",
        }
    }

    /// The use of a name, in any case.
    #[must_use]
    pub fn from_name(name: &str) -> Option<CdnUse> {
        CdnUse::ALL
            .into_iter()
            .find(|u| u.name().eq_ignore_ascii_case(name))
    }

    /// Whether it is about a live stream (signed over the stream ID) rather
    /// than a file (signed over its path).
    #[must_use]
    pub fn is_stream(self) -> bool {
        matches!(self, CdnUse::Publish | CdnUse::Play)
    }
}

impl fmt::Display for CdnUse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
