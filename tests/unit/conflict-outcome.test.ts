import { describe, expect, it, vi } from "vitest";

// After a save refused because someone saved first, the form gets what is
// stored now; if that cannot be read, the plain refusal still goes back.

vi.mock("@/lib/auth/session", () => ({ getActor: async () => ({ id: "u1", name: "Rana Reporter", role: "REPORTER", email: "r@example.org" }) }));

const { withStoredVersion } = await import("@/lib/claims/conflict-outcome");

const refusal = { status: "conflict" as const, message: "Eli Editor changed this claim after you opened it.", values: { text: "Mine." } };
const stored = {
  draft: { id: "c1", version: 4, text: "Theirs." },
  what: "claim",
  savedBy: "Eli Editor",
  savedAt: "5 December 2026, 05:00",
  change: "Claim edited",
};

describe("a conflict with the stored version", () => {
  it("carries the stored version and says who saved it", async () => {
    const answer = await withStoredVersion(refusal, "c1", async () => stored);
    expect(answer).toMatchObject({
      status: "conflict",
      stored,
      values: { text: "Mine." },
      message: expect.stringMatching(/^Eli Editor saved this claim \(claim edited/),
    });
  });

  it("falls back to the plain refusal when the stored version cannot be read", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await withStoredVersion(refusal, "c1", async () => Promise.reject(new Error("database gone")))).toEqual(refusal);
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });

  it("leaves other refusals alone", async () => {
    const invalid = { status: "invalid" as const, message: "Some fields need attention.", fieldErrors: {}, values: {} };
    const load = vi.fn();
    expect(await withStoredVersion(invalid, "c1", load)).toEqual(invalid);
    expect(load).not.toHaveBeenCalled();
  });
});
