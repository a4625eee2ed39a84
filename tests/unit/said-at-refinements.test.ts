import { describe, expect, it } from "vitest";
import { newAppearanceSchema } from "@/lib/appearances/schema";
import { editClaimSchema, newClaimSchema } from "@/lib/claims/schema";

// The "not in the future" checks of the claim and appearance forms read the
// day, time and zone as one instant. They run even when a field has failed,
// so they must cope with the raw text: found by the fuzz suite, where
// "noon" as a time or "Mars/Olympus" as a zone threw inside the schema and
// the action answered 500 instead of pointing at the field.

const claim = { text: "The ministry said the crossing reopened on time.", madeAt: "2026-06-01", newSpeakerName: "A spokesperson" };
const edit = { ...claim, claimId: "c1", version: "3", speakerId: "s1" };
const appearance = { claimId: "c1", appearanceUrl: "https://example.org/briefing", madeAt: "2026-06-01" };

const unreadable = [
  { madeAtTime: "noon" },
  { madeAtTime: "9:5" },
  { madeAtTime: "25:61" },
  { madeAtTime: "14:30", timeZone: "Mars/Olympus" },
  { madeAtTime: "14:30", timeZone: "../../etc/localtime" },
  { madeAtTime: "noon", timeZone: "Mars/Olympus" },
];

describe.each([
  ["new claim", newClaimSchema, claim],
  ["claim edit", editClaimSchema, edit],
  ["appearance", newAppearanceSchema, appearance],
] as const)("%s form with an unreadable time of day or zone", (_name, schema, valid) => {
  it.each(unreadable)("refuses %o on its field instead of throwing", (given) => {
    const parsed = schema.safeParse({ ...valid, ...given });
    expect(parsed.success).toBe(false);
    const fields = Object.keys(parsed.error!.flatten().fieldErrors);
    expect(fields.every((field) => field === "madeAtTime" || field === "timeZone")).toBe(true);
  });

  it("still refuses a time that puts it in the future", () => {
    const tomorrowPlusTwo = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    const parsed = schema.safeParse({ ...valid, madeAt: tomorrowPlusTwo, madeAtTime: "14:30", timeZone: "Asia/Tehran" });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.flatten().fieldErrors).toHaveProperty("madeAt");
  });

  it("accepts a readable time and zone", () => {
    expect(schema.safeParse({ ...valid, madeAtTime: "14:30", timeZone: "Asia/Tehran" }).success).toBe(true);
  });
});
