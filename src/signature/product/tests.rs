//! Products and hosts: every known host builds and is recognised, the AI
//! products sign like the others, unknown names list the known ones.

use super::*;
use crate::Secret;
use crate::signature::{RequestNote, RequestUrl, Signed, check_request};

#[test]
fn hosts_of_the_ai_products() {
    let host = |name: &str, region| Product::find(name).and_then(|p| p.host(region));
    assert_eq!(
        host("aigc-aiagent", None).as_deref(),
        Ok("aigc-aiagent-api.zegotech.cn")
    );
    for region in Region::ALL {
        assert_eq!(
            host("ai-agent", Some(region)),
            Ok(format!("aigc-aiagent-api-{region}.zegotech.cn"))
        );
    }
    assert_eq!(
        host("digital-human", None).as_deref(),
        Ok("aigc-digitalhuman-api.zegotech.cn")
    );
    assert_eq!(
        host("cloud-realtime-asr", None).as_deref(),
        Ok("cloud-realtime-asr-api.zegotech.cn")
    );
    assert_eq!(
        host("asr", Some(Region::Sgp)),
        Err(ProductError::NoRegions {
            product: "cloud-realtime-asr"
        })
    );
    assert_eq!(
        host("cloud-player", Some(Region::Hkg)).as_deref(),
        Ok("cloud-player-api-hkg.zego.im")
    );
    assert_eq!(
        host("mini-game", None).as_deref(),
        Ok("mini-game-api.zego.im")
    );
}

#[test]
fn unknown_products_list_the_known_ones() {
    let err = Product::find("cloudplayer").expect_err("unknown");
    let text = err.to_string();
    assert!(text.starts_with("unknown product \"cloudplayer\": known products are rtc, zim, "));
    for product in PRODUCTS {
        assert!(text.contains(product.name), "{text}");
    }
    assert!(RequestUrl::new("RTC", None).is_err());
}

#[test]
fn explicit_hosts() {
    let url = RequestUrl::with_host("aigc-digitalhuman-api-sgp.zegotech.cn").expect("a host");
    assert_eq!(url.base(), "https://aigc-digitalhuman-api-sgp.zegotech.cn/");
    for bad in ["", "localhost", "a..b", "-a.b", "a.b/c", "a.b?x", "a b.c"] {
        assert!(RequestUrl::with_host(bad).is_err(), "{bad}");
    }
}

#[test]
fn every_known_host_is_recognised() {
    for product in PRODUCTS {
        let mut hosts = vec![product.host(None).expect("a host")];
        if product.regional {
            hosts.extend(Region::ALL.map(|r| product.host(Some(r)).expect("a host")));
        }
        for host in hosts {
            assert!(is_api_host(&host), "{host}");
        }
    }
    for other in [
        "rtc-api.zego.im.evil.com",
        "api.zego.im",
        "-api.zegotech.cn",
        "rtc-api-xyz.zegotech.cn",
        "example.com",
    ] {
        assert!(!is_api_host(other), "{other}");
    }
}

/// An AI Agent request, signed and checked on its regional host.
#[test]
fn ai_agent_request_known_answer() {
    let secret = Secret::new("fa94dd0f974cf2e293728a526b028271").expect("valid");
    let signed = Signed::new(1_234_567_890, "9f1c2a7e5b3d4c60", &secret, 1_747_121_418);
    // python3 -c "import hashlib; print(hashlib.md5(b'1234567890'+b'9f1c2a7e5b3d4c60'+b'fa94dd0f974cf2e293728a526b028271'+b'1747121418').hexdigest())"
    assert_eq!(signed.signature, "a8e42755b323d8b5d96a5e5b30485e0e");
    let url = RequestUrl::new("aigc-aiagent", Some(Region::Sgp))
        .expect("known")
        .action("RegisterAgent")
        .build(&signed);
    assert!(url.starts_with("https://aigc-aiagent-api-sgp.zegotech.cn/?Action=RegisterAgent&"));
    let check = check_request(&url, &secret, Some(1_234_567_890), 1_747_121_418);
    assert!(check.is_valid() && check.notes.is_empty(), "{check:?}");
    let elsewhere = url.replace("zegotech.cn", "zegotech.com");
    assert_eq!(
        check_request(&elsewhere, &secret, None, 1_747_121_418).notes,
        [RequestNote::UnknownHost(
            "aigc-aiagent-api-sgp.zegotech.com".to_owned()
        )]
    );
}
