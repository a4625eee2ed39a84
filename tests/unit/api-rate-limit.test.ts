import { describe, expect, it } from "vitest";
import { rateLimitKey } from "@/lib/api/rate-limit";

// Whom the read API counts a request against (its limit is a setting:
// tests/unit/settings.test.ts).

describe("rateLimitKey", () => {
  it("counts IPv4 clients per address, however the socket wrote it", () => {
    expect(rateLimitKey("203.0.113.9")).toBe("203.0.113.9");
    expect(rateLimitKey("::ffff:203.0.113.9")).toBe("203.0.113.9");
  });

  it("counts IPv6 clients per /64, so rotating through one's own block does not reset the count", () => {
    expect(rateLimitKey("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(rateLimitKey("2001:db8:1:2:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(rateLimitKey("2001:db8:1:3::1")).not.toBe(rateLimitKey("2001:db8:1:2::1"));
  });

  it("keeps anything that is not an address as it is (one shared count)", () => {
    expect(rateLimitKey("unknown")).toBe("unknown");
  });
});
