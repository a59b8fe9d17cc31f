//! Where phones can reach the room: the address to listen on, and the LAN
//! addresses to print and put in the QR code. An IP address, never a
//! `.local` name: many Android browsers cannot resolve those.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use fluent::FluentValue;

use crate::i18n::tr_args;

/// The port used when the trainer names none: easy to type from a slide.
pub const DEFAULT_PORT: u16 = 8111;
/// Ports tried after the default one when it is taken, so a second app or
/// a leftover process does not stop the room from being shared.
pub const FALLBACK_PORTS: u16 = 9;

/// Where to listen, as the trainer asked for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listen {
    /// Every interface, on the default port or the next free one after it.
    Anywhere,
    /// Exactly this address and port.
    At(SocketAddr),
}

impl Listen {
    /// Reads `--share`'s value: empty for [`Listen::Anywhere`], else
    /// `ADDR:PORT`, `ADDR` (the default port) or `:PORT` (every interface).
    pub fn parse(text: &str) -> Result<Self, String> {
        let text = text.trim();
        if text.is_empty() {
            return Ok(Self::Anywhere);
        }
        if let Ok(address) = text.parse::<SocketAddr>() {
            return Ok(Self::At(address));
        }
        if let Ok(ip) = text.parse::<IpAddr>() {
            return Ok(Self::At(SocketAddr::new(ip, DEFAULT_PORT)));
        }
        if let Some(port) = text.strip_prefix(':')
            && let Ok(port) = port.parse::<u16>()
        {
            return Ok(Self::At(SocketAddr::new(
                IpAddr::V4(Ipv4Addr::UNSPECIFIED),
                port,
            )));
        }
        Err(tr_args(
            "phone-share-address-expected",
            &[
                ("port", FluentValue::from(DEFAULT_PORT.to_string())),
                ("given", FluentValue::from(format!("{text:?}"))),
            ],
        ))
    }

    /// The addresses to try, in order.
    pub fn candidates(self) -> Vec<SocketAddr> {
        match self {
            Self::At(address) => vec![address],
            Self::Anywhere => (0..=FALLBACK_PORTS)
                .map(|i| SocketAddr::new(IpAddr::V4(Ipv4Addr::UNSPECIFIED), DEFAULT_PORT + i))
                .collect(),
        }
    }
}

/// The addresses other devices can use to reach a server bound to `bound`:
/// itself when it is a single address, else every LAN address of the
/// machine (IPv4 first, as phones on hotspots mostly have no IPv6), and the
/// loopback address only when there is nothing else.
pub fn reachable(bound: SocketAddr) -> Vec<SocketAddr> {
    if !bound.ip().is_unspecified() {
        return vec![bound];
    }
    let mut found: Vec<(u8, IpAddr)> = if_addrs::get_if_addrs()
        .unwrap_or_default()
        .into_iter()
        .filter(|interface| !is_virtual(&interface.name))
        .map(|interface| (likely_wifi(&interface.name), interface.ip()))
        .filter(|(_, ip)| usable(*ip) && (bound.is_ipv6() || ip.is_ipv4()))
        .collect();
    found.sort_by_key(|(kind, ip)| (ip.is_ipv6(), *kind, private_rank(*ip), *ip));
    let mut found: Vec<IpAddr> = found.into_iter().map(|(_, ip)| ip).collect();
    found.dedup();
    if found.is_empty() {
        found.push(if bound.is_ipv6() {
            IpAddr::V6(std::net::Ipv6Addr::LOCALHOST)
        } else {
            IpAddr::V4(Ipv4Addr::LOCALHOST)
        });
    }
    found
        .into_iter()
        .map(|ip| SocketAddr::new(ip, bound.port()))
        .collect()
}

/// Interfaces of containers, virtual machines and VPNs, which phones in
/// the room cannot reach: a laptop with Docker has a 172.17.0.1 that must
/// not end up in the QR code.
fn is_virtual(name: &str) -> bool {
    [
        "docker", "br-", "veth", "virbr", "vmnet", "vboxnet", "tun", "tap", "wg", "zt", "lxc",
        "lxd", "cni", "flannel", "podman",
    ]
    .iter()
    .any(|prefix| name.starts_with(prefix))
}

/// Wi-Fi first, then wired, then the rest: phones join the Wi-Fi.
fn likely_wifi(name: &str) -> u8 {
    if name.starts_with("wl") || name.starts_with("wifi") {
        0
    } else if name.starts_with("en") || name.starts_with("eth") {
        1
    } else {
        2
    }
}

/// Home and hotspot networks first (192.168/16), then 10/8, then
/// 172.16/12, then anything else.
fn private_rank(ip: IpAddr) -> u8 {
    match ip {
        IpAddr::V4(v4) => match v4.octets() {
            [192, 168, ..] => 0,
            [10, ..] => 1,
            [172, b, ..] if (16..32).contains(&b) => 2,
            _ => 3,
        },
        IpAddr::V6(_) => 4,
    }
}

/// Whether another device on the LAN could reach `ip`: not loopback, and
/// not an IPv4 link-local address (169.254/16, given when DHCP failed) nor
/// an IPv6 one (fe80::/10, which would need a zone in the URL).
fn usable(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => !v4.is_loopback() && !v4.is_link_local() && !v4.is_unspecified(),
        IpAddr::V6(v6) => {
            !v6.is_loopback() && !v6.is_unspecified() && (v6.segments()[0] & 0xffc0) != 0xfe80
        }
    }
}

/// The page's address at `address`, as printed and put in the QR code.
pub fn url(address: SocketAddr) -> String {
    format!("http://{address}/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_share_value_reads_as_the_trainer_would_type_it() {
        assert_eq!(Listen::parse(""), Ok(Listen::Anywhere));
        assert_eq!(
            Listen::parse("127.0.0.1:9000"),
            Ok(Listen::At("127.0.0.1:9000".parse().unwrap()))
        );
        assert_eq!(
            Listen::parse("192.168.1.20"),
            Ok(Listen::At(SocketAddr::new(
                [192, 168, 1, 20].into(),
                DEFAULT_PORT
            )))
        );
        assert_eq!(
            Listen::parse(":9000"),
            Ok(Listen::At("0.0.0.0:9000".parse().unwrap()))
        );
        assert_eq!(
            Listen::parse("[::1]:9000"),
            Ok(Listen::At("[::1]:9000".parse().unwrap()))
        );
        let error = Listen::parse("wifi").unwrap_err();
        assert!(error.contains("\"wifi\""), "{error}");
    }

    #[test]
    fn anywhere_tries_the_default_port_first_then_the_next_ones() {
        let tried = Listen::Anywhere.candidates();
        assert_eq!(tried.len(), usize::from(FALLBACK_PORTS) + 1);
        assert_eq!(tried[0].port(), DEFAULT_PORT);
        assert!(tried.iter().all(|a| a.ip().is_unspecified()));
    }

    #[test]
    fn a_single_address_is_its_own_reach_and_anywhere_lists_no_loopback_unless_alone() {
        let one: SocketAddr = "127.0.0.1:9000".parse().unwrap();
        assert_eq!(reachable(one), vec![one]);
        let all = reachable("0.0.0.0:9000".parse().unwrap());
        assert!(!all.is_empty());
        assert!(all.iter().all(|a| a.port() == 9000 && a.is_ipv4()));
        if all.len() > 1 {
            assert!(all.iter().all(|a| !a.ip().is_loopback()));
        }
    }

    #[test]
    fn the_wifi_and_home_ranges_come_before_containers_and_others() {
        assert!(is_virtual("docker0") && is_virtual("br-5f2a") && is_virtual("veth12"));
        assert!(!is_virtual("wlp2s0") && !is_virtual("enp0s31f6") && !is_virtual("eth0"));
        assert!(likely_wifi("wlan0") < likely_wifi("eth0"));
        assert!(likely_wifi("eth0") < likely_wifi("usb0"));
        let rank = |text: &str| private_rank(text.parse().unwrap());
        assert!(rank("192.168.43.5") < rank("10.0.0.5"));
        assert!(rank("10.0.0.5") < rank("172.20.1.1"));
        assert!(rank("172.20.1.1") < rank("100.64.0.1"));
    }

    #[test]
    fn link_local_and_loopback_addresses_are_not_offered() {
        assert!(!usable("169.254.3.4".parse().unwrap()));
        assert!(!usable("127.0.0.1".parse().unwrap()));
        assert!(!usable("fe80::1".parse().unwrap()));
        assert!(usable("192.168.43.10".parse().unwrap()));
        assert!(usable("fd00::5".parse().unwrap()));
        assert_eq!(
            url("10.0.0.2:8111".parse().unwrap()),
            "http://10.0.0.2:8111/"
        );
        assert_eq!(
            url("[fd00::5]:8111".parse().unwrap()),
            "http://[fd00::5]:8111/"
        );
    }
}
