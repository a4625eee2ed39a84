import { describe, expect, it } from "vitest";
import { claimsQuery } from "@/lib/api/params-schema";
import { readQuery } from "@/lib/api/request";
import { newAppearanceSchema } from "@/lib/appearances/schema";
import { editClaimSchema, newClaimSchema } from "@/lib/claims/schema";
import { correctionSchema } from "@/lib/corrections/schema";
import { formatDate, formatDateTime, isoDate, isoInstant, UNREADABLE_DATE } from "@/lib/dates";
import { cleanQueryText, findForbiddenCharacter, isWebAddress, readDate, readDay } from "@/lib/input-rules";
import { parseQueueFilters } from "@/lib/queue/schema";
import { newRatingSchema } from "@/lib/ratings/schema";
import { parseSearchParams } from "@/lib/search/schema";
import { evidenceSchema, newSourceSchema } from "@/lib/sources/schema";
import { newUserSchema } from "@/lib/users/schema";
import { verdictSchema } from "@/lib/verdicts/schema";
import { sendBackSchema } from "@/lib/workflow/schema";

// Findings 1–3 and 9 of the hardening review, at the rules every boundary
// shares (lib/input-rules.ts, lib/form-fields.ts).

const fieldErrors = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0] ?? ""), issue.message]));

const claim = { text: "Iran has agreed to nuclear restraint", madeAt: "2026-04-02", speakerId: "speaker-1", kind: "STATEMENT" };

describe("dates", () => {
  it.each([
    ["12026-06-01", "range"],
    ["202606-06-01", "range"],
    ["1799-12-31", "range"],
    ["2200-01-01", "range"],
    ["2026-02-31", "calendar"],
    ["2026-13-01", "calendar"],
    ["2026-06-01T24:00", "calendar"],
    ["last Tuesday", "format"],
    ["2026/06/01", "format"],
    ["", "format"],
  ])("%s is refused (%s)", (text, problem) => {
    expect(readDate(text)).toEqual({ problem });
  });

  it("reads days, local times as UTC, and instants with an offset", () => {
    expect(readDate("2026-06-01")).toEqual({ date: new Date("2026-06-01T00:00:00Z") });
    expect(readDate("2026-06-01T14:30")).toEqual({ date: new Date("2026-06-01T14:30:00Z") });
    expect(readDate("2026-06-01T14:30:00+03:30")).toEqual({ date: new Date("2026-06-01T11:00:00Z") });
    expect(readDate("1800-01-01")).toEqual({ date: new Date("1800-01-01T00:00:00Z") });
    expect(readDate("2199-12-31")).toEqual({ date: new Date("2199-12-31T00:00:00Z") });
  });

  it("a claim said in year 12026 is refused with a message about the year, and so is its settle-by date", () => {
    const errors = fieldErrors(
      newClaimSchema.safeParse({ ...claim, madeAt: "12026-06-01", kind: "PREDICTION", settleBy: "202606-01-01", settleCriteria: "The deal is signed" }),
    );
    expect(errors.madeAt).toMatch(/between the years 1800 and 2199/);
    expect(errors.settleBy).toMatch(/between the years 1800 and 2199/);
  });

  it("sources, market odds, appearances and edits hold to the same calendar", () => {
    expect(fieldErrors(newSourceSchema.safeParse({ type: "DOCUMENT", title: "A report", publishedAt: "12026-06-01" })).publishedAt).toMatch(/1800 and 2199/);
    expect(
      fieldErrors(evidenceSchema.safeParse({ claimId: "c1", stance: "SUPPORTS", type: "DOCUMENT", title: "A report", publishedAt: "2026-02-30" })).publishedAt,
    ).toMatch(/not a real day/);
    expect(fieldErrors(newAppearanceSchema.safeParse({ claimId: "c1", appearanceUrl: "https://example.org/a", madeAt: "12026-06-01" })).madeAt).toMatch(
      /1800 and 2199/,
    );
    expect(fieldErrors(editClaimSchema.safeParse({ ...claim, claimId: "c1", version: "1", madeAt: "99999-01-01" })).madeAt).toMatch(/1800 and 2199/);
  });

  it("an appearance cannot have been seen in the future (a claim already could not)", () => {
    const nextYear = `${new Date().getUTCFullYear() + 1}-01-01`;
    expect(fieldErrors(newAppearanceSchema.safeParse({ claimId: "c1", appearanceUrl: "https://example.org/a", madeAt: nextYear })).madeAt).toMatch(/future/);
    const today = new Date().toISOString().slice(0, 10);
    expect(newAppearanceSchema.safeParse({ claimId: "c1", appearanceUrl: "https://example.org/a", madeAt: today }).success).toBe(true);
  });

  it("a source cannot have been published, nor odds observed, in the future", () => {
    const nextYear = `${new Date().getUTCFullYear() + 1}-06-01`;
    expect(fieldErrors(newSourceSchema.safeParse({ type: "DOCUMENT", title: "A report", publishedAt: nextYear })).publishedAt).toMatch(/future/);
  });

  it("CSV import, the queue, search and the read API refuse the same years", () => {
    expect(readDay("12026-06-01")).toBeUndefined();
    expect(readDay("2026-06-01")).toEqual(new Date("2026-06-01T00:00:00Z"));
    expect(parseQueueFilters({ from: "12026-01-01" }).from).toBeNull();
    const search = parseSearchParams({ from: "9999-01-01" });
    expect(search.filters.from).toBeNull();
    expect(search.problems[0]?.message).toMatch(/between 1800 and 2199/);
    expect(() => readQuery(new Request("https://onrecord.test/api/v1/claims?from=9999-01-01"), claimsQuery)).toThrow(
      /from must be a day between 1800 and 2199/,
    );
  });

  it("a stored date no formatter can read is shown as unreadable, never thrown", () => {
    const broken = new Date(Number.NaN);
    expect(formatDate(broken)).toBe(UNREADABLE_DATE);
    expect(formatDateTime(broken)).toBe(UNREADABLE_DATE);
    expect(isoInstant(broken)).toBeUndefined();
    expect(isoDate(broken)).toBe("");
    expect(formatDate(new Date("2026-06-01T00:00:00Z"))).toBe("1 June 2026");
  });
});

describe("characters", () => {
  const hostile = [
    ["a null character", "Iran has\u0000 agreed to restraint"],
    ["a bell", "Iran has\u0007 agreed to restraint"],
    ["a right-to-left override", "Iran has \u202Eagreed to restraint"],
    ["a right-to-left isolate", "Iran has \u2067agreed to restraint"],
    ["a C1 control", "Iran has \u0085agreed to restraint"],
    ["half a surrogate pair", "Iran has \uD800agreed to restraint"],
  ] as const;

  it.each(hostile)("%s is found and named", (_name, text) => {
    expect(findForbiddenCharacter(text)).toMatchObject({ index: expect.any(Number), name: expect.stringMatching(/U\+[0-9A-F]{4}/) });
  });

  it("direction marks, joiners, tabs and line breaks are allowed", () => {
    expect(findForbiddenCharacter("\u200F\u05E9\u05DC\u05D5\u05DD \u200E x\u200Dy\u200Cz\tline\nline")).toBeNull();
  });

  it.each(hostile)("%s is refused, with the field named, in every form that stores text", (_name, text) => {
    const cases = [
      [newClaimSchema, { ...claim, text }, "text"],
      [newClaimSchema, { ...claim, quote: text }, "quote"],
      [newClaimSchema, { ...claim, speakerId: undefined, newSpeakerName: text }, "newSpeakerName"],
      [newSourceSchema, { type: "DOCUMENT", title: text }, "title"],
      [evidenceSchema, { claimId: "c1", sourceId: "s1", stance: "SUPPORTS", passage: text }, "passage"],
      [newAppearanceSchema, { claimId: "c1", appearanceUrl: "https://example.org/a", madeAt: "2026-04-02", venue: text }, "venue"],
      [verdictSchema, { claimId: "c1", version: "1", ratingId: "r1", summary: text }, "summary"],
      [correctionSchema, { claimId: "c1", version: "1", kind: "CORRECTION", note: `${text}, and more words` }, "note"],
      [newRatingSchema, { label: text.slice(0, 30), description: "What it means", value: "3", colour: "#1d4ed8", appliesTo: "ALL" }, "label"],
      [sendBackSchema, { claimId: "c1", version: "1", comments: text }, "comments"],
      [newUserSchema, { name: text, email: "a@example.org", role: "REPORTER", password: "a long enough password" }, "name"],
    ] as const;
    for (const [schema, input, field] of cases) {
      const result = (schema as typeof newClaimSchema).safeParse(input);
      expect(result.success, `${field}`).toBe(false);
      expect(fieldErrors(result)[field], field).toMatch(/cannot be stored/);
    }
  });

  it("text is stored composed (NFC), and one-line fields take pasted line breaks as spaces", () => {
    const decomposed = "Cafe\u0301 owners said the tariff doubled";
    const parsed = newClaimSchema.parse({ ...claim, text: decomposed, venue: "Press\r\nroom", quote: "one\r\ntwo\u2028three" });
    expect(parsed.text).toBe("Caf\u00E9 owners said the tariff doubled");
    expect(parsed.venue).toBe("Press room");
    expect(parsed.quote).toBe("one\ntwo\nthree");
  });

  it("search boxes drop what cannot be searched instead of failing", () => {
    expect(cleanQueryText("iran\u0000 deal\u202E")).toBe("iran deal");
    expect(parseSearchParams({ q: "\u0000" }).filters.q).toBeNull();
    expect(parseSearchParams({ q: "nuclear\u0000restraint" }).filters.q).toBe("nuclearrestraint");
    expect(parseQueueFilters({ q: "\u0000" }).q).toBeNull();
  });
});

describe("web addresses", () => {
  it.each([
    ["https://example.org/a?b=c", true],
    ["http://example.org", true],
    ["javascript:alert(1)", false],
    ["ftp://example.org/file", false],
    ["https://user:secret@example.org/", false],
    ["https://exa mple.org/", false],
    ["https://example.org/\u0000", false],
    [`https://example.org/${"a".repeat(2000)}`, false],
  ])("%s → %s", (text, ok) => {
    expect(isWebAddress(text)).toBe(ok);
  });
});
