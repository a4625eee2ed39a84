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
  // IPv6 forms that carry an IPv4 address inside them.
  rfc6145: "an IPv4-translated address",
  rfc6052: "an IPv4-embedded address",
  "6to4": "a 6to4 address",
  teredo: "a Teredo address",
};

// Returns why the address is refused, or null when it may be fetched.
export function refusedAddress(address: string): string | null {
  if (!ipaddr.isValid(address)) return "an address that could not be read";
  let parsed = ipaddr.parse(address);
  // ::ffff:127.0.0.1 is 127.0.0.1.
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  const range = parsed.range();
  if (range === "unicast") return null;
  return REFUSED[range] ?? `an address outside the public internet (${range})`;
}
