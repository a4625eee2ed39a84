import { describe, expect, it } from "vitest";
import { clientIp, forwardedFor, forwardingHeaders } from "@/lib/auth/client-ip";

// What the server writes into X-Forwarded-For, then what the throttle reads
// back out of it: a client must not be able to choose its own address.
const seen = (header: string | undefined, socket: string, hops: number) =>
  clientIp(new Headers({ "x-forwarded-for": forwardedFor(header, socket, hops) }), hops);

describe("client address", () => {
  it("with no trusted proxy, a forged X-Forwarded-For is thrown away for the socket's address", () => {
    expect(forwardedFor("203.0.113.7, 198.51.100.1", "192.0.2.10", 0)).toBe("192.0.2.10");
    expect(seen("203.0.113.7", "192.0.2.10", 0)).toBe("192.0.2.10");
    expect(seen(undefined, "192.0.2.10", 0)).toBe("192.0.2.10");
  });

  it("behind one trusted proxy, the address that proxy saw is used, not what the client wrote before it", () => {
    // The client forged 203.0.113.7; the proxy appended the real 198.51.100.23; the socket is the proxy.
    expect(seen("203.0.113.7, 198.51.100.23", "10.0.0.5", 1)).toBe("198.51.100.23");
    expect(seen("198.51.100.23", "10.0.0.5", 1)).toBe("198.51.100.23");
  });

  it("behind two trusted proxies, the entry two places before the socket is the client", () => {
    expect(seen("203.0.113.7, 198.51.100.23, 10.0.0.4", "10.0.0.5", 2)).toBe("198.51.100.23");
  });

  it("IPv4 clients of a dual-stack socket are recorded in plain IPv4 form", () => {
    expect(seen(undefined, "::ffff:192.0.2.10", 0)).toBe("192.0.2.10");
    expect(seen(undefined, "2001:db8::1", 0)).toBe("2001:db8::1");
  });

  it("a repeated header is read as one list", () => {
    expect(forwardedFor(["203.0.113.7", "198.51.100.23"], "10.0.0.5", 1)).toBe("203.0.113.7, 198.51.100.23, 10.0.0.5");
  });
});

// What a client may say about the host, scheme and port it asked for: nothing,
// unless a trusted proxy stands in front and said it.
describe("headers only a proxy may set", () => {
  const forged = {
    host: "127.0.0.1:3000",
    origin: "http://evil.example",
    "x-forwarded-host": "evil.example",
    "x-forwarded-proto": "https",
    "x-forwarded-port": "443",
    forwarded: "for=203.0.113.7;host=evil.example;proto=https",
    "x-forwarded-for": "203.0.113.7",
    cookie: "session=abc",
  };

  it("with no trusted proxy, a client's X-Forwarded-Host, -Proto, -Port and Forwarded are dropped", () => {
    expect(forwardingHeaders(forged, "192.0.2.10", 0)).toEqual({
      host: "127.0.0.1:3000",
      origin: "http://evil.example",
      "x-forwarded-for": "192.0.2.10",
      cookie: "session=abc",
    });
  });

  it("behind a trusted proxy they are kept, as the proxy set them", () => {
    expect(forwardingHeaders(forged, "10.0.0.5", 1)).toEqual({ ...forged, "x-forwarded-for": "203.0.113.7, 10.0.0.5" });
  });

  it("leaves the request's own headers object alone", () => {
    const headers = { ...forged };
    forwardingHeaders(headers, "192.0.2.10", 0);
    expect(headers).toEqual(forged);
  });
});
