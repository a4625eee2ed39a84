import { describe, expect, it } from "vitest";
import { refusedAddress } from "@/lib/archive/address-policy";
import { ArchiveRefused, fetchForArchive } from "@/lib/archive/fetch-page";

describe("addresses the archiver may reach", () => {
  it.each(["93.184.215.14", "8.8.8.8", "2606:4700:4700::1111"])("public %s is allowed", (address) => {
    expect(refusedAddress(address)).toBeNull();
  });

  it.each([
    ["127.0.0.1", /loopback/],
    ["127.1.2.3", /loopback/],
    ["::1", /loopback/],
    ["::ffff:127.0.0.1", /loopback/],
    ["::ffff:10.0.0.8", /private/],
    ["0.0.0.0", /unspecified/],
    ["::", /unspecified/],
    ["10.1.2.3", /private/],
    ["172.16.0.1", /private/],
    ["192.168.1.1", /private/],
    ["169.254.169.254", /metadata/],
    ["fe80::1", /link-local/],
    ["fd00:ec2::254", /unique-local/],
    ["100.100.100.200", /shared carrier/],
    ["224.0.0.1", /multicast/],
    ["ff02::1", /multicast/],
    ["255.255.255.255", /broadcast/],
    ["64:ff9b::7f00:1", /IPv4-embedded/],
    ["2002:7f00:1::", /6to4/],
    ["not an address", /could not be read/],
  ])("%s is refused", (address, reason) => {
    expect(refusedAddress(address)).toMatch(reason);
  });
});

// Every IPv6 range that maps, embeds or translates an IPv4 address is refused
// whole, whatever IPv4 address it carries: a host or gateway may unwrap it to
// the IPv4 address inside (http://[::7f00:1]/ reaches 127.0.0.1 on some
// systems), and no public site needs to be reached that way.
describe("IPv6 addresses that carry an IPv4 address", () => {
  const ranges: [string, string[], RegExp][] = [
    ["::ffff:0:0/96 (IPv4-mapped)", ["::ffff:8.8.8.8", "::ffff:808:808", "::ffff:93.184.215.14"], /IPv4-mapped/],
    ["::/96 (IPv4-compatible)", ["::7f00:1", "::a00:1", "::808:808", "::5db8:d70e", "::2"], /IPv4-compatible/],
    ["::ffff:0:0:0/96 (IPv4-translated)", ["::ffff:0:7f00:1", "::ffff:0:808:808"], /IPv4-translated/],
    ["64:ff9b::/96 (NAT64)", ["64:ff9b::808:808", "64:ff9b::7f00:1"], /IPv4-embedded/],
    ["64:ff9b:1::/48 (local NAT64)", ["64:ff9b:1::808:808", "64:ff9b:1:ffff::1"], /IPv4-embedded/],
    ["2002::/16 (6to4)", ["2002:808:808::1", "2002:7f00:1::"], /6to4/],
    ["2001::/32 (Teredo)", ["2001::1", "2001:0:4136:e378:8000:63bf:3fff:fdd2"], /Teredo/],
  ];

  it.each(ranges)("%s is refused", (_range, addresses, reason) => {
    for (const address of addresses) expect(refusedAddress(address), address).toMatch(reason);
  });

  it("a mapped address keeps the reason of the IPv4 address inside it when that one is refused too", () => {
    expect(refusedAddress("::ffff:127.0.0.1")).toMatch(/loopback/);
    expect(refusedAddress("::ffff:169.254.169.254")).toMatch(/metadata/);
  });

  it("the dotted spellings of those addresses are refused as well", () => {
    for (const address of ["::127.0.0.1", "::8.8.8.8", "::ffff:0:127.0.0.1", "64:ff9b::8.8.8.8"]) {
      expect(refusedAddress(address), address).not.toBeNull();
    }
  });

  it("the ranges' neighbours stay public", () => {
    for (const address of ["2001:4860:4860::8888", "2003::1", "2606:4700:4700::1111", "64:ff9c::1"]) {
      expect(refusedAddress(address), address).toBeNull();
    }
  });
});

// The same ranges reached the two ways a reporter's link can reach them: an
// IPv6 literal in the address, or a name whose DNS answer is one of them. The
// refusal comes before any connection is opened (the resolver below is the
// only way out, and it answers from this table).
describe("links that lead to an IPv4-carrying IPv6 address are refused before any request", () => {
  const carriers: [string, string, RegExp][] = [
    ["IPv4-mapped", "::ffff:808:808", /IPv4-mapped/],
    ["IPv4-mapped loopback", "::ffff:7f00:1", /loopback/],
    ["IPv4-compatible", "::7f00:1", /IPv4-compatible/],
    ["IPv4-translated", "::ffff:0:7f00:1", /IPv4-translated/],
    ["NAT64", "64:ff9b::7f00:1", /IPv4-embedded/],
    ["local NAT64", "64:ff9b:1::a00:1", /IPv4-embedded/],
    ["6to4", "2002:7f00:1::1", /6to4/],
    ["Teredo", "2001:0:4136:e378:8000:63bf:3fff:fdd2", /Teredo/],
  ];
  const resolve = async (hostname: string) => {
    const entry = carriers.find(([name]) => hostname === `${name.replaceAll(" ", "-").toLowerCase()}.example`);
    return entry ? [{ address: entry[1], family: 6 as const }] : [];
  };

  it.each(carriers)("%s as a literal: http://[%s]/", async (_name, address, reason) => {
    const attempt = fetchForArchive(`http://[${address}]/`, { resolve });
    await expect(attempt).rejects.toBeInstanceOf(ArchiveRefused);
    await expect(fetchForArchive(`http://[${address}]/`, { resolve })).rejects.toThrow(reason);
  });

  it.each(carriers)("%s as a name's DNS answer (%s)", async (name, _address, reason) => {
    const url = `http://${name.replaceAll(" ", "-").toLowerCase()}.example/`;
    await expect(fetchForArchive(url, { resolve })).rejects.toBeInstanceOf(ArchiveRefused);
    await expect(fetchForArchive(url, { resolve })).rejects.toThrow(reason);
  });
});
