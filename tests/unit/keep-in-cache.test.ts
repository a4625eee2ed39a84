import { describe, expect, it } from "vitest";
import { keepInCache } from "@/lib/caching/keep-in-cache";

// The rule the cache handler applies before storing anything: an answer that
// found nothing is not kept (so made-up addresses cannot fill the cache), and
// everything else is kept exactly as Next would keep it.

describe("keepInCache", () => {
  it("keeps found pages, route answers, redirects and cached reads", () => {
    expect(keepInCache({ kind: "APP_PAGE", status: 200 })).toBe(true);
    expect(keepInCache({ kind: "APP_PAGE" })).toBe(true);
    expect(keepInCache({ kind: "APP_PAGE", status: 308 })).toBe(true);
    expect(keepInCache({ kind: "APP_ROUTE", status: 200 })).toBe(true);
    expect(keepInCache({ kind: "REDIRECT" })).toBe(true);
    expect(keepInCache({ kind: "FETCH", data: { status: 200, body: '{"slug":"a"}' } })).toBe(true);
    // An empty list is an answer (no verdicts yet), not an unknown address.
    expect(keepInCache({ kind: "FETCH", data: { status: 200, body: "[]" } })).toBe(true);
    expect(keepInCache(null)).toBe(true);
  });

  it("does not keep a not-found page, share image or feed, nor a read that found nothing", () => {
    expect(keepInCache({ kind: "APP_PAGE", status: 404 })).toBe(false);
    expect(keepInCache({ kind: "APP_ROUTE", status: 404 })).toBe(false);
    expect(keepInCache({ kind: "PAGES", status: 410 })).toBe(false);
    expect(keepInCache({ kind: "FETCH", data: { status: 200, body: "null" } })).toBe(false);
    expect(keepInCache({ kind: "FETCH", data: { status: 404, body: "Not found" } })).toBe(false);
  });

  it("does not keep a temporarily unavailable answer, which would outlive the outage", () => {
    expect(keepInCache({ kind: "APP_PAGE", status: 503 })).toBe(false);
    expect(keepInCache({ kind: "APP_ROUTE", status: 503 })).toBe(false);
    expect(keepInCache({ kind: "FETCH", data: { status: 503, body: "{}" } })).toBe(false);
  });
});
