//! The address other devices on the network reach the server at, so the
//! banner (and `--qr`) can show a phone the URL to open instead of
//! `0.0.0.0`, which the vendor's guide has developers swap for the LAN
//! address by hand. A command-line concern: the library knows nothing of
//! networks.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, UdpSocket};

/// Documentation addresses (RFC 5737, RFC 3849), reached through the
/// default route like any remote host, so the route's source address is
/// the machine's address on its network. Nothing is sent to them.
const PROBE_V4: SocketAddr = SocketAddr::new(IpAddr::V4(Ipv4Addr::new(192, 0, 2, 1)), 9);
const PROBE_V6: SocketAddr = SocketAddr::new(
    IpAddr::V6(Ipv6Addr::new(0x2001, 0xdb8, 0, 0, 0, 0, 0, 1)),
    9,
);

/// Where a device on the network reaches a server bound to `bound`: that
/// address itself, unless it is loopback (no other device reaches it,
/// `None`) or unspecified (all addresses: the one of the default route's
/// interface, IPv4 first, as phones on Wi-Fi use it; `None` off any
/// network).
pub(super) fn address(bound: IpAddr) -> Option<IpAddr> {
    if bound.is_loopback() {
        return None;
    }
    if !bound.is_unspecified() {
        return Some(bound);
    }
    // `[::]` also accepts IPv4 (dual stack); `0.0.0.0` only IPv4.
    let v4 = route_source(PROBE_V4);
    match bound {
        IpAddr::V4(_) => v4,
        IpAddr::V6(_) => v4.or_else(|| route_source(PROBE_V6)),
    }
}

/// The local address the OS would send from to reach `probe`: connecting
/// a UDP socket only chooses the route, it sends no packet.
fn route_source(probe: SocketAddr) -> Option<IpAddr> {
    let any: IpAddr = match probe {
        SocketAddr::V4(_) => Ipv4Addr::UNSPECIFIED.into(),
        SocketAddr::V6(_) => Ipv6Addr::UNSPECIFIED.into(),
    };
    let socket = UdpSocket::bind((any, 0)).ok()?;
    socket.connect(probe).ok()?;
    let ip = socket.local_addr().ok()?.ip();
    (!ip.is_loopback() && !ip.is_unspecified()).then_some(ip)
}

/// `http://ADDR:PORT/`, with brackets around an IPv6 address.
pub(super) fn url(ip: IpAddr, port: u16) -> String {
    format!("http://{}/", SocketAddr::new(ip, port))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_given_address_is_kept_and_loopback_reaches_no_one() {
        let lan: IpAddr = Ipv4Addr::new(192, 168, 1, 20).into();
        assert_eq!(address(lan), Some(lan));
        assert_eq!(address(Ipv4Addr::LOCALHOST.into()), None);
        assert_eq!(address(Ipv6Addr::LOCALHOST.into()), None);
        // Whatever the network, never a loopback or unspecified address.
        let found = address(Ipv4Addr::UNSPECIFIED.into());
        assert!(found.is_none_or(|ip| !ip.is_loopback() && !ip.is_unspecified()));
    }

    #[test]
    fn urls_bracket_ipv6() {
        assert_eq!(
            url(Ipv4Addr::new(192, 168, 1, 20).into(), 8787),
            "http://192.168.1.20:8787/"
        );
        assert_eq!(url(Ipv6Addr::LOCALHOST.into(), 8787), "http://[::1]:8787/");
    }
}
