import { describe, expect, it } from "vitest";
import { metricsGate } from "../../scripts/lib/metrics-access";
import { requestIdFor } from "../../scripts/lib/request-tracing";
import { pathOf, routeGroup } from "../../scripts/lib/route-group";

describe("who may read /metrics", () => {
  const token = "a-scraper-token-of-24-chars";

  it("is no one when neither a token nor addresses are set: /metrics does not exist", () => {
    expect(metricsGate({ allowed: [] })(`Bearer ${token}`, "127.0.0.1")).toBe("off");
  });

  it("is a caller with the right bearer token; a wrong or missing one is refused", () => {
    const judge = metricsGate({ token, allowed: [] });
    expect(judge(`Bearer ${token}`, "203.0.113.9")).toBe("allowed");
    expect(judge(`Bearer ${token}x`, "203.0.113.9")).toBe("wrong-token");
    expect(judge(`Bearer ${token.slice(0, -1)}`, "203.0.113.9")).toBe("wrong-token");
    expect(judge(token, "203.0.113.9")).toBe("no-credentials");
    expect(judge(undefined, "203.0.113.9")).toBe("no-credentials");
  });

  it("is a caller from an allowed address or range, IPv4 seen through IPv6 included; others are refused", () => {
    const judge = metricsGate({ allowed: ["10.0.0.0/8", "::1", "192.168.1.7"] });
    expect(judge(undefined, "10.20.30.40")).toBe("allowed");
    expect(judge(undefined, "::ffff:10.1.2.3")).toBe("allowed");
    expect(judge(undefined, "::1")).toBe("allowed");
    expect(judge(undefined, "192.168.1.7")).toBe("allowed");
    expect(judge(undefined, "192.168.1.8")).toBe("no-credentials");
    expect(judge(undefined, "11.0.0.1")).toBe("no-credentials");
    expect(judge(undefined, "unknown")).toBe("no-credentials");
    expect(judge("Bearer anything-at-all-here", "11.0.0.1")).toBe("no-credentials");
  });
});

describe("route groups", () => {
  const group = (path: string, method = "GET", headers: Record<string, string> = {}) => routeGroup(method, path, headers);

  it("name each family of addresses", () => {
    expect(group("/")).toBe("page");
    expect(group("/claims/the-claim")).toBe("page");
    expect(group("/speakers/someone/claims")).toBe("page");
    expect(group("/desk")).toBe("desk");
    expect(group("/desk/claims/abc")).toBe("desk");
    expect(group("/login")).toBe("account");
    for (const linkPage of ["/forgot-password", "/welcome", "/reset-password", "/confirm-email"]) expect(group(linkPage)).toBe("account");
    expect(group("/api/v1/claims")).toBe("api");
    expect(group("/api/oembed")).toBe("api");
    expect(group("/api/health")).toBe("health");
    expect(group("/embed/claims/the-claim")).toBe("embed");
    expect(group("/feed.xml")).toBe("feeds");
    expect(group("/topics/economy/feed.json")).toBe("feeds");
    expect(group("/sitemap.xml")).toBe("feeds");
    expect(group("/_next/static/chunks/app.js")).toBe("static");
    expect(group("/icon.svg")).toBe("static");
    expect(group("/metrics")).toBe("metrics");
    expect(group("/desk/claims/abc", "POST", { "next-action": "7f00" })).toBe("action");
  });

  it("are read from the path alone: a query string, which may carry a token, is never logged", () => {
    expect(pathOf("/api/v1/claims?token=secret&page=2")).toBe("/api/v1/claims");
    expect(pathOf("/claims/x")).toBe("/claims/x");
    expect(pathOf(undefined)).toBe("/");
  });
});

describe("request ids", () => {
  it("are made here unless a trusted proxy sent a well-formed one", () => {
    const made = requestIdFor({}, 0);
    expect(requestIdFor({}, 0)).not.toBe(made);
    expect(requestIdFor({ "x-request-id": "chosen-by-client" }, 0)).not.toBe("chosen-by-client");
    expect(requestIdFor({ "x-request-id": "varnish-1234" }, 1)).toBe("varnish-1234");
    expect(requestIdFor({ "x-request-id": 'bad"id\nwith lines' }, 1)).not.toContain("bad");
  });
});
