import { describe, expect, it } from "vitest";
import { ACCOUNT_LIMIT, ACCOUNT_WINDOW_MS, IP_LIMIT, IP_WINDOW_MS, throttleFor, throttleMessage } from "@/lib/auth/throttle";

// The pure rule behind sign-in throttling: given recent failures (newest
// first), how many seconds until another attempt is allowed (0 = now).

const now = new Date("2026-06-01T12:00:00Z");
const secondsAgo = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe("throttleFor", () => {
  it("lets an attempt through below the limit", () => {
    const failures = [10, 20, 30, 40].map(secondsAgo);
    expect(throttleFor(failures, 5, ACCOUNT_WINDOW_MS, now)).toBe(0);
    expect(throttleFor([], 5, ACCOUNT_WINDOW_MS, now)).toBe(0);
  });

  it("blocks at the limit until the oldest counted failure leaves the window", () => {
    // Five failures, the oldest 60 s ago, in a 5-minute window: wait 240 s.
    const failures = [10, 20, 30, 40, 60].map(secondsAgo);
    expect(throttleFor(failures, 5, ACCOUNT_WINDOW_MS, now)).toBe(240);
  });

  it("counts only the newest `limit` failures when there are more", () => {
    const failures = [1, 2, 3, 4, 5, 200, 250].map(secondsAgo);
    // The 5th newest failure is 5 s old: the block lasts 300 − 5 = 295 s.
    expect(throttleFor(failures, 5, ACCOUNT_WINDOW_MS, now)).toBe(295);
  });

  it("ignores failures older than the window", () => {
    const failures = [10, 20, 30, 40, 300, 301, 999].map(secondsAgo);
    expect(throttleFor(failures, 5, ACCOUNT_WINDOW_MS, now)).toBe(0);
  });

  it("never answers less than one second while blocked", () => {
    const failures = [1, 2, 3, 4, 299.9].map(secondsAgo);
    expect(throttleFor(failures, 5, ACCOUNT_WINDOW_MS, now)).toBe(1);
  });

  it("rounds partial seconds up", () => {
    const failures = [1, 2, 3, 4, 100.5].map(secondsAgo);
    expect(throttleFor(failures, 5, ACCOUNT_WINDOW_MS, now)).toBe(200);
  });

  it("uses limits that slow guessing without locking people out for long", () => {
    expect(ACCOUNT_LIMIT).toBe(5);
    expect(IP_LIMIT).toBe(20);
    expect(ACCOUNT_WINDOW_MS).toBeLessThanOrEqual(IP_WINDOW_MS);
  });
});

describe("throttleMessage", () => {
  it("tells the person how long to wait, and why", () => {
    expect(throttleMessage({ blocked: true, retryAfterSeconds: 240, scope: "account" })).toMatch(/this account.*try again in 4 minutes/i);
    expect(throttleMessage({ blocked: true, retryAfterSeconds: 30, scope: "ip" })).toMatch(/this network.*try again in a minute/i);
    expect(throttleMessage({ blocked: true, retryAfterSeconds: 600, scope: "account_wide" })).toMatch(/not used before are paused.*try again in 10 minutes/i);
  });
});
