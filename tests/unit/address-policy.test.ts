import { describe, expect, it } from "vitest";
import { refusedAddress } from "@/lib/archive/address-policy";

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
