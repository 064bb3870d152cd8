//! The SDK code table held to FORMAT.md and to itself.

use super::*;
use std::collections::HashSet;

/// The codes of FORMAT.md's table, in its order.
const FORMAT_MD: [u32; 18] = [
    1002033, 1002067, 1002074, 1002075, 1002076, 1002077, 1002078, 1002079, 1002080, 1002082,
    1002056, 1003072, 1004003, 6000103, 6000106, 6000107, 6000108, 6000003,
];

/// The token-related codes of PRODUCTS.md section 1 beyond FORMAT.md's:
/// Express AppSign, license and id codes, Web, ZIM, server API, AI Agent.
const PRODUCTS_MD: [u32; 32] = [
    1001001, 1001002, 1001003, 1001004, 1001005, 1002084, 1002085, 1002087, 1002005, 1002006,
    1002007, 1002011, 1002012, 1002013, 1102016, 1102018, 1102020, 1103019, 1104046, 6000101,
    6000011, 6000121, 6000123, 6000124, 100000004, 100000005, 110200003, 110240002, 3003,
    660000012, 410000002, 410000005,
];

#[test]
fn the_table_is_complete_and_in_order() {
    let codes: Vec<u32> = SDK_CODES.iter().map(|c| c.code).collect();
    let expected: Vec<u32> = FORMAT_MD.into_iter().chain(PRODUCTS_MD).collect();
    assert_eq!(codes, expected);
}

#[test]
fn codes_are_unique() {
    let unique: HashSet<u32> = SDK_CODES.iter().map(|c| c.code).collect();
    assert_eq!(unique.len(), SDK_CODES.len());
}

#[test]
fn lookup_finds_each_code() {
    for entry in SDK_CODES {
        assert_eq!(lookup(entry.code), Some(entry));
    }
    assert_eq!(lookup(1002078), Some(&SdkCode::EXPRESS_TOKEN_EXPIRED));
    assert_eq!(lookup(6000106), Some(&SdkCode::ZIM_TOKEN_EXPIRED));
}

#[test]
fn unknown_codes_are_none() {
    for code in [0, 1, 1002000, 1002081, 6000000, u32::MAX] {
        assert_eq!(lookup(code), None, "{code}");
    }
}

#[test]
fn the_sdk_follows_from_the_code() {
    for entry in SDK_CODES {
        let expected = match entry.code {
            660_000_012 => Sdk::ServerApi,
            410_000_000.. => Sdk::AiAgent,
            100_000_000.. | ..1_000_000 => Sdk::ServerApi,
            6_000_000.. => Sdk::Zim,
            1_100_000.. => Sdk::ExpressWeb,
            _ => Sdk::Express,
        };
        assert_eq!(entry.sdk, expected, "{}", entry.code);
    }
}

#[test]
fn every_entry_has_text() {
    for entry in SDK_CODES {
        let code = entry.code;
        assert!(!entry.meaning.trim().is_empty(), "{code} meaning");
        assert!(!entry.causes.is_empty(), "{code} causes");
        for cause in entry.causes {
            assert!(!cause.trim().is_empty(), "{code} cause");
            assert!(!cause.contains("  "), "{code} cause has a double space");
        }
        assert!(entry.check.starts_with("zego-token "), "{code} check");
        assert!(
            entry.check.ends_with("\"$TOKEN\"") || entry.check.ends_with("\"$URL\""),
            "{code} check"
        );
        assert!(!entry.fix.trim().is_empty(), "{code} fix");
        assert!(!entry.fix.contains("  "), "{code} fix has a double space");
    }
}

#[test]
fn display() {
    assert_eq!(Sdk::Express.to_string(), "Express SDK");
    assert_eq!(Sdk::Zim.to_string(), "ZIM SDK");
    assert_eq!(Sdk::ExpressWeb.to_string(), "Express Web SDK");
    assert_eq!(Sdk::ServerApi.to_string(), "server API");
    assert_eq!(Sdk::AiAgent.to_string(), "AI Agent server API");
    assert_eq!(
        SdkCode::EXPRESS_APP_ID_MISMATCH.to_string(),
        "1002076 (AppID mismatch)"
    );
}
