//! Server API request signatures, and the request URLs that carry them.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use super::digest::md5_hex;
use super::product::{self, Product, ProductError};
use super::region::Region;
use crate::secret::Secret;

/// The `SignatureVersion` of every request signed this way.
pub const SIGNATURE_VERSION: &str = "2.0";

/// How far (in seconds) a request's `Timestamp` may be from ZEGO's clock.
pub const MAX_SKEW: i64 = 600;

/// The public parameters a signed request carries besides `Action`, in the
/// order this crate writes them.
pub const PUBLIC_PARAMS: [&str; 5] = [
    "AppId",
    "SignatureNonce",
    "Timestamp",
    "Signature",
    "SignatureVersion",
];

/// Query values are percent-encoded except for the unreserved characters
/// of RFC 3986, so `[]` becomes `%5B%5D` and a space `%20`.
const QUERY_VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// `hex_lower(md5(AppId + SignatureNonce + ServerSecret + Timestamp))`, the
/// numbers in decimal.
///
/// ```
/// use zego_token::{Secret, signature::api_signature};
///
/// let secret = Secret::new("9193cc662a4c0ec135ec71fb57194b38")?;
/// let signature = api_signature(12345, "4fd24687296dd9f3", &secret, 1615186943);
/// assert_eq!(signature, "43e5cfcca828314675f91b001390566a");
/// # Ok::<(), zego_token::SecretError>(())
/// ```
#[must_use]
pub fn api_signature(app_id: u32, nonce: &str, secret: &Secret, timestamp: i64) -> String {
    signature_of(&app_id.to_string(), nonce, secret, &timestamp.to_string())
}

/// The signature over the AppId and the timestamp as written (a request
/// being checked is hashed as it was sent).
pub(super) fn signature_of(app_id: &str, nonce: &str, secret: &Secret, timestamp: &str) -> String {
    md5_hex(&[
        app_id.as_bytes(),
        nonce.as_bytes(),
        &secret.text[..],
        timestamp.as_bytes(),
    ])
}

/// The public parameters of one request, signed.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Signed {
    /// `AppId`.
    pub app_id: u32,
    /// `SignatureNonce`: new for every request.
    pub signature_nonce: String,
    /// `Timestamp`, unix seconds.
    pub timestamp: i64,
    /// `Signature`: 32 lowercase hex characters.
    pub signature: String,
}

impl Signed {
    /// Signs the public parameters of a request made at `timestamp`.
    #[must_use]
    pub fn new(app_id: u32, nonce: &str, secret: &Secret, timestamp: i64) -> Signed {
        Signed {
            app_id,
            signature_nonce: nonce.to_owned(),
            timestamp,
            signature: api_signature(app_id, nonce, secret, timestamp),
        }
    }

    /// A nonce as the vendor's samples make one: 8 random bytes (the
    /// caller's) as 16 lowercase hex characters.
    #[must_use]
    pub fn nonce_from_bytes(bytes: [u8; 8]) -> String {
        format!("{:016x}", u64::from_be_bytes(bytes))
    }

    /// The parameters in [`PUBLIC_PARAMS`] order, values as text.
    #[must_use]
    pub fn pairs(&self) -> [(&'static str, String); 5] {
        [
            ("AppId", self.app_id.to_string()),
            ("SignatureNonce", self.signature_nonce.clone()),
            ("Timestamp", self.timestamp.to_string()),
            ("Signature", self.signature.clone()),
            ("SignatureVersion", SIGNATURE_VERSION.to_owned()),
        ]
    }

    /// `AppId=...&SignatureNonce=...&Timestamp=...&Signature=...&SignatureVersion=2.0`,
    /// percent-encoded, to append to a request's query string.
    #[must_use]
    pub fn query(&self) -> String {
        let mut query = String::new();
        for (key, value) in self.pairs() {
            push_pair(&mut query, key, &value);
        }
        query
    }
}

fn push_pair(query: &mut String, key: &str, value: &str) {
    if !query.is_empty() {
        query.push('&');
    }
    query.extend(utf8_percent_encode(key, QUERY_VALUE));
    query.push('=');
    query.extend(utf8_percent_encode(value, QUERY_VALUE));
}

/// A server API request URL, built up and then signed:
/// `https://{product}-api[-{region}].zego.im/?Action=...&AppId=...&...`
/// (`.zegotech.cn` for the AI products).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestUrl {
    base: String,
    action: Option<String>,
    params: Vec<(String, String)>,
}

impl RequestUrl {
    /// The endpoint of a product (`rtc`, `zim`, `cloud-player`,
    /// `aigc-aiagent`, ... see [`PRODUCTS`](super::PRODUCTS)): the unified
    /// host, resolved to the nearest region, or a regional one.
    ///
    /// # Errors
    /// [`ProductError::Unknown`] (listing the known products) for a name
    /// this crate does not know, [`ProductError::NoRegions`] for a region
    /// of a product that has one host.
    pub fn new(product: &str, region: Option<Region>) -> Result<RequestUrl, ProductError> {
        let host = Product::find(product)?.host(region)?;
        Ok(RequestUrl::on_host(&host))
    }

    /// The endpoint on a host given explicitly, for hosts ZEGO hands out
    /// privately (e.g. Digital Human's overseas ones): `https://{host}/`.
    ///
    /// # Errors
    /// [`ProductError::Host`] unless it is a DNS host name.
    pub fn with_host(host: &str) -> Result<RequestUrl, ProductError> {
        if !product::is_host_name(host) {
            return Err(ProductError::Host {
                host: host.to_owned(),
            });
        }
        Ok(RequestUrl::on_host(&host.to_ascii_lowercase()))
    }

    fn on_host(host: &str) -> RequestUrl {
        RequestUrl {
            base: format!("https://{host}/"),
            action: None,
            params: Vec::new(),
        }
    }

    /// The endpoint, e.g. `https://rtc-api.zego.im/`.
    #[must_use]
    pub fn base(&self) -> &str {
        &self.base
    }

    /// Sets the `Action`: the API to call, e.g. `DescribeUserNum`.
    #[must_use]
    pub fn action(mut self, name: &str) -> RequestUrl {
        self.action = Some(name.to_owned());
        self
    }

    /// Adds a business parameter after the public ones. Repeated keys are
    /// kept in order, as array parameters need: `RoomId[]=a&RoomId[]=b`.
    /// Keys named like a public parameter are the caller's to avoid.
    #[must_use]
    pub fn param(mut self, key: &str, value: &str) -> RequestUrl {
        self.params.push((key.to_owned(), value.to_owned()));
        self
    }

    /// The whole URL: the endpoint, `Action`, the signed public parameters,
    /// then the business parameters, all percent-encoded.
    #[must_use]
    pub fn build(&self, signed: &Signed) -> String {
        let mut query = String::new();
        if let Some(action) = &self.action {
            push_pair(&mut query, "Action", action);
        }
        for (key, value) in signed.pairs() {
            push_pair(&mut query, key, &value);
        }
        for (key, value) in &self.params {
            push_pair(&mut query, key, value);
        }
        format!("{}?{query}", self.base)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secret(text: &str) -> Secret {
        Secret::new(text).expect("a 32-character secret")
    }

    /// Known answers. The first is the vendor's documented example; the
    /// others were computed with coreutils, e.g.
    /// `printf '%s' 12345 4fd24687296dd9f3 9193cc662a4c0ec135ec71fb57194b38 1615186943 | md5sum`.
    #[test]
    fn known_answers() {
        let cases = [
            (
                12345,
                "4fd24687296dd9f3",
                "9193cc662a4c0ec135ec71fb57194b38",
                1_615_186_943,
                "43e5cfcca828314675f91b001390566a",
            ),
            (
                1_234_567_890,
                "9f1c2a7e5b3d4c60",
                "fa94dd0f974cf2e293728a526b028271",
                1_796_000_000,
                "de52ac92f7f14ff08f4ac8006ea3e880",
            ),
            (
                1,
                "0000000000000000",
                "SECRETsecretSECRETsecret12345678",
                0,
                "f38d3f471148caaf0b27fc6ee1db1adf",
            ),
            (
                u32::MAX,
                "ffffffffffffffff",
                "fa94dd0f974cf2e293728a526b028271",
                253_402_300_799,
                "19ab7cbeccef33c1d6702ee7b4a2a6f0",
            ),
        ];
        for (app_id, nonce, text, timestamp, expected) in cases {
            assert_eq!(
                api_signature(app_id, nonce, &secret(text), timestamp),
                expected,
                "{app_id} {nonce} {timestamp}"
            );
        }
    }

    #[test]
    fn every_input_changes_the_signature() {
        let s = secret("9193cc662a4c0ec135ec71fb57194b38");
        let base = api_signature(12345, "4fd24687296dd9f3", &s, 1_615_186_943);
        assert_ne!(
            base,
            api_signature(12346, "4fd24687296dd9f3", &s, 1_615_186_943)
        );
        assert_ne!(
            base,
            api_signature(12345, "4fd24687296dd9f4", &s, 1_615_186_943)
        );
        assert_ne!(
            base,
            api_signature(12345, "4fd24687296dd9f3", &s, 1_615_186_944)
        );
        let other = secret("9193cc662a4c0ec135ec71fb57194b39");
        assert_ne!(
            base,
            api_signature(12345, "4fd24687296dd9f3", &other, 1_615_186_943)
        );
    }

    #[test]
    fn urls_are_encoded_and_keep_repeated_keys() {
        let s = secret("9193cc662a4c0ec135ec71fb57194b38");
        let signed = Signed::new(12345, "4fd24687296dd9f3", &s, 1_615_186_943);
        let url = RequestUrl::new("rtc", None)
            .expect("valid")
            .action("DescribeUserNum")
            .param("RoomId[]", "a")
            .param("RoomId[]", "b c&d")
            .build(&signed);
        assert_eq!(
            url,
            "https://rtc-api.zego.im/?Action=DescribeUserNum&AppId=12345\
             &SignatureNonce=4fd24687296dd9f3&Timestamp=1615186943\
             &Signature=43e5cfcca828314675f91b001390566a&SignatureVersion=2.0\
             &RoomId%5B%5D=a&RoomId%5B%5D=b%20c%26d"
        );
        assert_eq!(
            signed.query(),
            "AppId=12345&SignatureNonce=4fd24687296dd9f3&Timestamp=1615186943\
             &Signature=43e5cfcca828314675f91b001390566a&SignatureVersion=2.0"
        );
    }

    #[test]
    fn hosts() {
        let regional = RequestUrl::new("zim", Some(Region::Fra)).expect("valid");
        assert_eq!(regional.base(), "https://zim-api-fra.zego.im/");
        for bad in [
            "",
            "RTC",
            "rtc.evil.com/x",
            "1rtc",
            "rtc-api",
            &"a".repeat(33),
        ] {
            assert!(RequestUrl::new(bad, None).is_err(), "{bad}");
        }
        for region in Region::ALL {
            assert_eq!(Region::from_code(region.code()), Some(region));
        }
    }

    #[test]
    fn nonces_from_bytes() {
        assert_eq!(
            Signed::nonce_from_bytes([0x4f, 0xd2, 0x46, 0x87, 0x29, 0x6d, 0xd9, 0xf3]),
            "4fd24687296dd9f3"
        );
    }
}
