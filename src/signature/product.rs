//! ZEGO's products with server APIs, and their hosts.
//!
//! Every one signs requests the same way (ServerSecret, MD5). Hosts and
//! regions from ZEGO's docs (`ZEGOCLOUD/docs_all`), each product's
//! `accessing-server-apis.mdx`: `{product}-api[-{region}].zego.im` for the
//! RTC family, and `*.zegotech.cn` for the AI products.

use super::region::Region;

/// The domain a product's API hosts are under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Domain {
    /// `zego.im`: RTC, ZIM, recording and the other long-standing products.
    ZegoIm,
    /// `zegotech.cn`: the AI products (AI Agent, Digital Human, ASR).
    ZegotechCn,
}

impl Domain {
    /// `zego.im` or `zegotech.cn`.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Domain::ZegoIm => "zego.im",
            Domain::ZegotechCn => "zegotech.cn",
        }
    }
}

/// A product with a server API.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Product {
    /// Its name, as its host spells it: `rtc`, `cloud-player`, `aigc-aiagent`.
    pub name: &'static str,
    /// Other names accepted for it: `ai-agent`, `asr`, ...
    pub aliases: &'static [&'static str],
    /// What it is, in a few words.
    pub title: &'static str,
    /// The domain of its hosts.
    pub domain: Domain,
    /// Whether it has regional hosts (`-sha`, `-hkg`, ...).
    pub regional: bool,
}

const fn zego_im(name: &'static str, title: &'static str) -> Product {
    Product {
        name,
        aliases: &[],
        title,
        domain: Domain::ZegoIm,
        regional: true,
    }
}

/// Every product this crate knows, `zego.im` ones first.
pub const PRODUCTS: &[Product] = &[
    zego_im("rtc", "Real-time voice and video"),
    zego_im("zim", "In-app chat (ZIM)"),
    zego_im("cloudrecord", "Cloud recording"),
    zego_im("whiteboard", "Whiteboard"),
    zego_im("docs", "File sharing (docs)"),
    zego_im("cloud-player", "Cloud player"),
    zego_im("analytics", "Analytics dashboard"),
    zego_im("mini-game", "Mini-games"),
    zego_im("auth", "ZIM audio licence"),
    zego_im("aieffectscgi", "AI Effects licence (server side)"),
    Product {
        name: "aigc-aiagent",
        aliases: &["aiagent", "ai-agent"],
        title: "AI Agent",
        domain: Domain::ZegotechCn,
        regional: true,
    },
    // Its docs give the mainland host only; overseas ones are handed out
    // on request (use RequestUrl::with_host).
    Product {
        name: "aigc-digitalhuman",
        aliases: &["digitalhuman", "digital-human"],
        title: "Digital Human",
        domain: Domain::ZegotechCn,
        regional: false,
    },
    Product {
        name: "cloud-realtime-asr",
        aliases: &["asr", "realtime-asr"],
        title: "Realtime ASR",
        domain: Domain::ZegotechCn,
        regional: false,
    },
];

/// A product name this crate does not know, a region its product does not
/// have, or an explicit host that cannot be one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ProductError {
    /// The name is no product's.
    #[error("unknown product {product:?}: known products are {}", known.join(", "))]
    Unknown {
        /// The name given.
        product: String,
        /// The names known, in [`PRODUCTS`] order.
        known: Vec<&'static str>,
    },
    /// The product has one host only.
    #[error("{product} has no regional hosts: leave the region out")]
    NoRegions {
        /// The product's name.
        product: &'static str,
    },
    /// An explicit host that is not a host name.
    #[error("{host:?} is not a host name: give it as aigc-example-api.zegotech.cn")]
    Host {
        /// The host given.
        host: String,
    },
}

impl Product {
    /// The product of a name or alias, exactly as listed (hosts are
    /// lowercase).
    ///
    /// # Errors
    /// [`ProductError::Unknown`], listing the known names.
    pub fn find(name: &str) -> Result<&'static Product, ProductError> {
        PRODUCTS
            .iter()
            .find(|p| p.name == name || p.aliases.contains(&name))
            .ok_or_else(|| ProductError::Unknown {
                product: name.to_owned(),
                known: PRODUCTS.iter().map(|p| p.name).collect(),
            })
    }

    /// Its host: `rtc-api.zego.im`, `aigc-aiagent-api-sgp.zegotech.cn`.
    ///
    /// # Errors
    /// [`ProductError::NoRegions`] for a region of a product without them.
    pub fn host(&self, region: Option<Region>) -> Result<String, ProductError> {
        let domain = self.domain.name();
        match region {
            None => Ok(format!("{}-api.{domain}", self.name)),
            Some(region) if self.regional => Ok(format!("{}-api-{region}.{domain}", self.name)),
            Some(_) => Err(ProductError::NoRegions { product: self.name }),
        }
    }
}

/// Whether a host is a ZEGO server API host: a known product's, or one
/// shaped like them (`{name}-api[-{region}].zego.im` or `.zegotech.cn`, as
/// hosts ZEGO hands out privately are).
pub(super) fn is_api_host(host: &str) -> bool {
    let host = host.to_ascii_lowercase();
    let Some(name) = [Domain::ZegoIm, Domain::ZegotechCn]
        .into_iter()
        .find_map(|d| host.strip_suffix(&format!(".{}", d.name())))
    else {
        return false;
    };
    let (product, region) = match name.rsplit_once("-api-") {
        Some((product, code)) => (product, Some(code)),
        None => match name.strip_suffix("-api") {
            Some(product) => (product, None),
            None => return false,
        },
    };
    let product_ok = valid_name(product);
    let region_ok = region.is_none_or(|code| Region::from_code(code).is_some());
    product_ok && region_ok
}

/// Lowercase letters, digits and inner hyphens, starting with a letter.
fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 63
        && name.starts_with(|c: char| c.is_ascii_lowercase())
        && !name.ends_with('-')
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Whether text is a DNS host name (labels of letters, digits and inner
/// hyphens), as an explicit host must be.
pub(super) fn is_host_name(host: &str) -> bool {
    !host.is_empty()
        && host.len() <= 253
        && host.split('.').count() >= 2
        && host.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

#[cfg(test)]
mod tests;
