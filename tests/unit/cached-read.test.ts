import { describe, expect, it } from "vitest";
import { decodeDates, encodeDates } from "@/lib/caching/cached-read";

// Next's data cache keeps JSON. A page read from the cache must get the same
// dates it got on the first, uncached request.

describe("dates through the data cache", () => {
  it("come back as dates at any depth, after a trip through JSON", () => {
    const read = {
      speaker: { name: "Donald Trump", since: new Date("2026-05-31T12:30:00Z") },
      claims: [{ madeAt: new Date("2026-05-29T00:00:00Z"), settleBy: null, snapshots: [{ fetchedAt: new Date("2026-06-01T08:00:00Z") }] }],
      total: 2,
    };
    const stored = JSON.parse(JSON.stringify(encodeDates(read)));
    const back = decodeDates<typeof read>(stored);
    expect(back).toEqual(read);
    expect(back.claims[0]!.madeAt).toBeInstanceOf(Date);
    expect(back.claims[0]!.snapshots[0]!.fetchedAt.toISOString()).toBe("2026-06-01T08:00:00.000Z");
  });

  it("a stored date no formatter can read makes the trip as an invalid date, not a thrown error", () => {
    const back = decodeDates<{ settleBy: Date }>(JSON.parse(JSON.stringify(encodeDates({ settleBy: new Date(Number.NaN) }))));
    expect(back.settleBy).toBeInstanceOf(Date);
    expect(Number.isNaN(back.settleBy.getTime())).toBe(true);
  });

  it("leaves text that merely looks like a date alone", () => {
    const read = { text: "2026-05-31T00:00:00.000Z", note: { date: "31 May" } };
    expect(decodeDates(JSON.parse(JSON.stringify(encodeDates(read))))).toEqual(read);
  });
});
