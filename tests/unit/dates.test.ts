import { afterEach, describe, expect, it } from "vitest";
import { formatSaidAt, isTimeZone, newsroomTimeZone, saidAt, wallClockIn, zonedTimeToUtc } from "@/lib/dates";

// A claim's time of day is what the clock showed where it was said; the desk
// stores the instant and the zone, and reads it back on that zone's clock.

describe("a time of day in a zone", () => {
  it("is turned into the right instant, east and west of UTC", () => {
    expect(zonedTimeToUtc("2026-03-04", "14:30", "Asia/Tehran").toISOString()).toBe("2026-03-04T11:00:00.000Z");
    expect(zonedTimeToUtc("2026-07-01", "08:00", "America/Los_Angeles").toISOString()).toBe("2026-07-01T15:00:00.000Z");
    expect(zonedTimeToUtc("2026-01-15", "23:30", "Asia/Kolkata").toISOString()).toBe("2026-01-15T18:00:00.000Z");
  });

  it("follows daylight saving: the same wall time is an hour apart in winter and summer", () => {
    expect(zonedTimeToUtc("2026-01-10", "12:00", "Europe/London").toISOString()).toBe("2026-01-10T12:00:00.000Z");
    expect(zonedTimeToUtc("2026-07-10", "12:00", "Europe/London").toISOString()).toBe("2026-07-10T11:00:00.000Z");
  });

  it("a wall time that happens twice when the clocks go back is read as the first", () => {
    expect(zonedTimeToUtc("2026-11-01", "01:30", "America/New_York").toISOString()).toBe("2026-11-01T05:30:00.000Z");
  });

  it("reads back on the zone's own clock, across the date line", () => {
    const instant = zonedTimeToUtc("2026-05-01", "07:05", "Pacific/Auckland");
    expect(instant.toISOString()).toBe("2026-04-30T19:05:00.000Z");
    expect(wallClockIn(instant, "Pacific/Auckland")).toEqual({ day: "2026-05-01", time: "07:05" });
  });

  it("is shown with its zone, or as a bare date when no time was given", () => {
    expect(formatSaidAt(new Date("2026-03-04T11:00:00Z"), "Asia/Tehran")).toBe("4 March 2026, 14:30 (Asia/Tehran)");
    expect(formatSaidAt(new Date("2026-03-04T11:00:00Z"), "America/New_York")).toBe("4 March 2026, 06:00 (America/New York)");
    expect(formatSaidAt(new Date("2026-03-04T00:00:00Z"), null)).toBe("4 March 2026");
  });

  it("saidAt keeps the date alone when no time is given, whatever zone is picked", () => {
    expect(saidAt({ madeAt: new Date("2026-03-04T00:00:00Z"), timeZone: "Asia/Tehran" })).toEqual({
      madeAt: new Date("2026-03-04T00:00:00Z"),
      madeAtTimeZone: null,
    });
  });
});

describe("time zones", () => {
  const saved = process.env.NEWSROOM_TIME_ZONE;
  afterEach(() => {
    if (saved === undefined) delete process.env.NEWSROOM_TIME_ZONE;
    else process.env.NEWSROOM_TIME_ZONE = saved;
  });

  it("knows real zones and refuses made-up ones", () => {
    expect(isTimeZone("Asia/Tehran")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
  });

  it("the newsroom's zone comes from NEWSROOM_TIME_ZONE, UTC when unset (an unknown zone stops start-up: tests/unit/settings.test.ts)", () => {
    process.env.NEWSROOM_TIME_ZONE = "Europe/Berlin";
    expect(newsroomTimeZone()).toBe("Europe/Berlin");
    delete process.env.NEWSROOM_TIME_ZONE;
    expect(newsroomTimeZone()).toBe("UTC");
  });
});
