import ipaddr from "ipaddr.js";

// Which addresses the archiver may connect to. Only ordinary public unicast
// addresses: a reporter's "archive this link" must never become a way to reach
// the newsroom's own network, the machine itself, or a cloud provider's
// metadata service (169.254.169.254 and friends), however the address is
// spelled or wherever a redirect points.

// Ranges named by ipaddr.js that are refused, with the reason shown to the desk.
const REFUSED: Record<string, string> = {
  unspecified: "an unspecified address",
  broadcast: "a broadcast address",
  multicast: "a multicast address",
  linkLocal: "a link-local address (this includes cloud metadata services)",
  loopback: "this machine (loopback)",
  private: "a private network address",
  uniqueLocal: "a private network address (IPv6 unique-local)",
  carrierGradeNat: "a shared carrier network address",
  reserved: "a reserved address",
  benchmarking: "a reserved address",
  amt: "a reserved address",
  as112: "a reserved address",
  deprecated: "a reserved address",
  orchid2: "a reserved address",
  droneRemoteIdProtocolEntityTags: "a reserved address",
};

// IPv6 ranges that map, embed or translate an IPv4 address, refused whole
// whatever IPv4 address they carry: the host, a NAT64 gateway or a tunnel may
// unwrap them to the IPv4 address inside (http://[::7f00:1]/ reaches
// 127.0.0.1 on some systems), and no public site needs to be reached that
// way. Listed here by prefix rather than by ipaddr.js's range names, which
// leave out the IPv4-compatible block (::/96 is "unicast" to it).
const CARRIES_IPV4: [cidr: string, reason: string][] = [
  ["::ffff:0:0/96", "an IPv4-mapped address"],
  ["::/96", "an IPv4-compatible address"],
  ["::ffff:0:0:0/96", "an IPv4-translated address"],
  ["64:ff9b::/96", "an IPv4-embedded address (NAT64)"],
  ["64:ff9b:1::/48", "an IPv4-embedded address (local NAT64)"],
  ["2002::/16", "a 6to4 address"],
  ["2001::/32", "a Teredo address"],
];
const CARRIES_IPV4_RANGES = CARRIES_IPV4.map(([cidr, reason]) => ({ range: ipaddr.IPv6.parseCIDR(cidr), reason }));

function refusedIPv4(address: ipaddr.IPv4): string | null {
  const range = address.range();
  if (range === "unicast") return null;
  return REFUSED[range] ?? `an address outside the public internet (${range})`;
}

function refusedIPv6(address: ipaddr.IPv6): string | null {
  // ::ffff:127.0.0.1 is 127.0.0.1: say so when the address inside is refused
  // on its own account.
  if (address.isIPv4MappedAddress()) return refusedIPv4(address.toIPv4Address()) ?? "an IPv4-mapped address";
  const range = address.range();
  // :: and ::1 sit inside ::/96 but have plainer names.
  if (range === "unspecified" || range === "loopback") return REFUSED[range]!;
  const carrier = CARRIES_IPV4_RANGES.find((entry) => address.match(entry.range));
  if (carrier) return carrier.reason;
  if (range === "unicast") return null;
  return REFUSED[range] ?? `an address outside the public internet (${range})`;
}

// Returns why the address is refused, or null when it may be fetched.
export function refusedAddress(address: string): string | null {
  if (!ipaddr.isValid(address)) return "an address that could not be read";
  const parsed = ipaddr.parse(address);
  return parsed.kind() === "ipv6" ? refusedIPv6(parsed as ipaddr.IPv6) : refusedIPv4(parsed as ipaddr.IPv4);
}
