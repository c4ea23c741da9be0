/**
 * The SSRF rule in one place: an address is public only if it is plain global unicast. Loopback,
 * private, link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, unique-local,
 * multicast, reserved and the IPv6 ranges that embed IPv4 (mapped, 6to4, Teredo, NAT64) are not.
 */
import ipaddr from 'ipaddr.js';

export function isPublicAddress(ip: string): boolean {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    // process() turns ::ffff:10.0.0.1 into 10.0.0.1, so a mapped private address is caught below.
    parsed = ipaddr.process(ip.replace(/^\[|\]$/g, '').replace(/%.*$/, ''));
  } catch {
    return false;
  }
  return parsed.range() === 'unicast';
}

export function isIpLiteral(host: string): boolean {
  return ipaddr.isValid(host.replace(/^\[|\]$/g, ''));
}
