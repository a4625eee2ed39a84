import { describe, expect, it } from "vitest";
import { z } from "zod";
import { loginSchema } from "@/lib/auth/schema";
import { newClaimSchema, parseTopicNames } from "@/lib/claims/schema";
import { evidenceSchema, newSourceSchema } from "@/lib/sources/schema";
import { changeRoleSchema, newUserSchema, PASSWORD_MIN, setDisabledSchema } from "@/lib/users/schema";
import { publishSchema, verdictSchema } from "@/lib/verdicts/schema";

// What a reporter sees when a form is rejected: the field, and a message.
function fieldErrors(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  return z.flattenError(result.error).fieldErrors as Record<string, string[]>;
}

const validClaim = {
  text: "Iran has agreed to nuclear restraint.",
  madeAt: "2026-05-31",
  speakerId: "speaker-1",
};

describe("new claim form", () => {
  it("accepts a minimal statement and fills in defaults", () => {
    const parsed = newClaimSchema.parse(validClaim);
    expect(parsed.kind).toBe("STATEMENT");
    expect(parsed.madeAt).toEqual(new Date("2026-05-31"));
    expect(parsed.assignToMe).toBe(false);
    expect(parsed.quote).toBeUndefined();
  });

  it("treats blank optional fields as absent rather than empty strings", () => {
    const parsed = newClaimSchema.parse({ ...validClaim, quote: "   ", venue: "", appearanceUrl: "", sourceTitle: "" });
    expect(parsed.quote).toBeUndefined();
    expect(parsed.venue).toBeUndefined();
    expect(parsed.appearanceUrl).toBeUndefined();
    expect(parsed.sourceTitle).toBeUndefined();
  });

  it("needs a speaker, chosen or new", () => {
    const { speakerId: _ignored, ...withoutSpeaker } = validClaim;
    expect(fieldErrors(newClaimSchema, withoutSpeaker).speakerId?.[0]).toMatch(/who made the claim/i);
    expect(fieldErrors(newClaimSchema, { ...withoutSpeaker, speakerId: "  " }).speakerId).toBeDefined();
    expect(newClaimSchema.safeParse({ ...withoutSpeaker, newSpeakerName: "Iranian foreign ministry" }).success).toBe(true);
  });

  it("needs the claim in a sentence of reasonable length", () => {
    expect(fieldErrors(newClaimSchema, { ...validClaim, text: "Too short" }).text?.[0]).toMatch(/at least 10/);
    expect(fieldErrors(newClaimSchema, { ...validClaim, text: "x".repeat(301) }).text?.[0]).toMatch(/at most 300/);
    expect(fieldErrors(newClaimSchema, { ...validClaim, text: undefined }).text).toBeDefined();
  });

  it("refuses a claim made in the future", () => {
    const nextYear = new Date(Date.now() + 365 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    expect(fieldErrors(newClaimSchema, { ...validClaim, madeAt: nextYear }).madeAt?.[0]).toMatch(/future/i);
  });

  it("allows a claim made today (time zones give a day of slack)", () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(newClaimSchema.safeParse({ ...validClaim, madeAt: today }).success).toBe(true);
  });

  it("refuses a missing or unreadable date with a field error, not a crash", () => {
    expect(fieldErrors(newClaimSchema, { ...validClaim, madeAt: undefined }).madeAt?.[0]).toMatch(/enter when/i);
    expect(fieldErrors(newClaimSchema, { ...validClaim, madeAt: "" }).madeAt?.[0]).toMatch(/enter when/i);
    expect(fieldErrors(newClaimSchema, { ...validClaim, madeAt: "last Tuesday" }).madeAt?.[0]).toMatch(/is not a date: write it as year-month-day/i);
  });

  it.each(["PREDICTION", "PROMISE"])("a %s needs a settle-by date and what would settle it", (kind) => {
    const errors = fieldErrors(newClaimSchema, { ...validClaim, kind });
    expect(errors.settleBy?.[0]).toMatch(/date by which/i);
    expect(errors.settleCriteria?.[0]).toMatch(/what would settle/i);
    const complete = { ...validClaim, kind, settleBy: "2026-12-31", settleCriteria: "A signed agreement by the end of the year." };
    const parsed = newClaimSchema.parse(complete);
    expect(parsed.settleBy).toEqual(new Date("2026-12-31"));
  });

  it("refuses an unknown kind of claim", () => {
    expect(fieldErrors(newClaimSchema, { ...validClaim, kind: "RUMOUR" }).kind).toBeDefined();
  });

  it("a source needs a title, a type and a stance", () => {
    const errors = fieldErrors(newClaimSchema, { ...validClaim, sourceUrl: "https://example.org/wire" });
    expect(errors.sourceTitle?.[0]).toMatch(/title/i);
    expect(errors.sourceType?.[0]).toMatch(/kind of source/i);
    expect(errors.stance?.[0]).toMatch(/supports, contradicts/i);
  });

  it("a source with a title and type but no stance is refused", () => {
    const errors = fieldErrors(newClaimSchema, { ...validClaim, sourceTitle: "Wire report", sourceType: "WIRE_REPORT" });
    expect(Object.keys(errors)).toEqual(["stance"]);
  });

  it("accepts a complete source", () => {
    const parsed = newClaimSchema.parse({
      ...validClaim,
      sourceTitle: "Wire report",
      sourceType: "WIRE_REPORT",
      sourceUrl: "https://example.org/wire",
      stance: "CONTRADICTS",
      sourcePublishedAt: "2026-05-31",
    });
    expect(parsed.stance).toBe("CONTRADICTS");
    expect(parsed.sourcePublishedAt).toEqual(new Date("2026-05-31"));
  });

  it("refuses an unknown source type or stance", () => {
    const errors = fieldErrors(newClaimSchema, { ...validClaim, sourceTitle: "X", sourceType: "RUMOUR", stance: "MAYBE" });
    expect(errors.sourceType).toBeDefined();
    expect(errors.stance).toBeDefined();
  });

  it.each([
    "javascript:alert(document.cookie)",
    "JavaScript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "file:///etc/passwd",
    "ftp://example.org/file",
    "example.org/no-scheme",
    "not a url",
  ])("refuses %s as a link", (url) => {
    expect(fieldErrors(newClaimSchema, { ...validClaim, appearanceUrl: url }).appearanceUrl?.[0]).toMatch(/http:\/\/ or https:\/\//);
    const asSource = { ...validClaim, sourceTitle: "X", sourceType: "OTHER", stance: "CONTEXT", sourceUrl: url };
    expect(fieldErrors(newClaimSchema, asSource).sourceUrl).toBeDefined();
  });

  it("accepts http and https links", () => {
    expect(newClaimSchema.safeParse({ ...validClaim, appearanceUrl: "http://example.org/a" }).success).toBe(true);
    expect(newClaimSchema.parse({ ...validClaim, appearanceUrl: " https://example.org/a?b=c " }).appearanceUrl).toBe("https://example.org/a?b=c");
  });

  it("reads the assign-to-me checkbox as a form sends it", () => {
    expect(newClaimSchema.parse({ ...validClaim, assignToMe: "on" }).assignToMe).toBe(true);
    expect(newClaimSchema.parse({ ...validClaim, assignToMe: "" }).assignToMe).toBe(false);
    expect(newClaimSchema.safeParse({ ...validClaim, assignToMe: "yes please" }).success).toBe(false);
  });

  it("limits long free text", () => {
    expect(fieldErrors(newClaimSchema, { ...validClaim, quote: "q".repeat(2001) }).quote?.[0]).toMatch(/at most 2,000/);
  });
});

describe("topic names", () => {
  it("splits, trims, de-duplicates case-insensitively and caps at ten", () => {
    const names = parseTopicNames(" Iran  nuclear talks, US foreign policy,iran nuclear talks, ,");
    expect(names.map((name) => name.toLowerCase())).toEqual(["iran nuclear talks", "us foreign policy"]);
    expect(parseTopicNames(Array.from({ length: 15 }, (_, i) => `topic ${i}`).join(","))).toHaveLength(10);
    expect(parseTopicNames(undefined)).toEqual([]);
    expect(parseTopicNames("x".repeat(61))).toEqual([]);
  });
});

describe("verdict form", () => {
  const valid = { claimId: "claim-1", version: "3", ratingId: "rating-1", summary: "No record shows any such agreement." };

  it("coerces the version from the form and defaults the reasoning", () => {
    expect(verdictSchema.parse(valid)).toEqual({ ...valid, version: 3, reasoning: "" });
  });

  it("needs a rating and a one-line summary", () => {
    const errors = fieldErrors(verdictSchema, { ...valid, ratingId: "", summary: "Too short" });
    expect(errors.ratingId?.[0]).toMatch(/choose a rating/i);
    expect(errors.summary?.[0]).toMatch(/at least 10/);
    expect(fieldErrors(verdictSchema, { ...valid, summary: "s".repeat(281) }).summary?.[0]).toMatch(/at most 280/);
  });

  it.each(["0", "-1", "1.5", "abc", ""])("refuses version %j", (version) => {
    expect(fieldErrors(verdictSchema, { ...valid, version }).version).toBeDefined();
  });

  it("needs the claim", () => {
    expect(fieldErrors(verdictSchema, { ...valid, claimId: " " }).claimId?.[0]).toMatch(/no claim/i);
  });

  it("limits the reasoning", () => {
    expect(fieldErrors(verdictSchema, { ...valid, reasoning: "r".repeat(20_001) }).reasoning).toBeDefined();
  });
});

describe("publish form", () => {
  it("carries only the claim and the version read: words smuggled into the post never reach the mutation", () => {
    const posted = { claimId: "claim-1", version: "4", ratingId: "rating-accurate", summary: "Words no second person has seen." };
    expect(publishSchema.parse(posted)).toEqual({ claimId: "claim-1", version: 4 });
  });

  it("needs a valid version", () => {
    expect(fieldErrors(publishSchema, { claimId: "claim-1", version: "0" }).version).toBeDefined();
  });
});

describe("new user form", () => {
  const valid = { name: "Rana Reporter", email: " Rana@Newsroom.Example ", role: "REPORTER", password: "a".repeat(PASSWORD_MIN) };

  it("normalises the email", () => {
    expect(newUserSchema.parse(valid).email).toBe("rana@newsroom.example");
  });

  it(`needs a password of at least ${PASSWORD_MIN} characters`, () => {
    expect(PASSWORD_MIN).toBeGreaterThanOrEqual(12);
    expect(fieldErrors(newUserSchema, { ...valid, password: "a".repeat(PASSWORD_MIN - 1) }).password?.[0]).toMatch(new RegExp(`at least ${PASSWORD_MIN}`));
    expect(fieldErrors(newUserSchema, { ...valid, password: "a".repeat(201) }).password).toBeDefined();
  });

  it("refuses a password longer than bcrypt reads (72 bytes), counting bytes not letters", () => {
    expect(newUserSchema.safeParse({ ...valid, password: "a".repeat(72) }).success).toBe(true);
    expect(fieldErrors(newUserSchema, { ...valid, password: "a".repeat(73) }).password?.[0]).toMatch(/at most 72 bytes/);
    // 40 letters of two bytes each: 80 bytes.
    expect(fieldErrors(newUserSchema, { ...valid, password: "é".repeat(40) }).password?.[0]).toMatch(/at most 72 bytes/);
  });

  it("refuses an unknown role and a bad email", () => {
    expect(fieldErrors(newUserSchema, { ...valid, role: "SUPERUSER" }).role).toBeDefined();
    expect(fieldErrors(newUserSchema, { ...valid, email: "rana" }).email).toBeDefined();
  });

  it("role and disable forms accept only known values", () => {
    expect(changeRoleSchema.safeParse({ userId: "u1", role: "ROOT" }).success).toBe(false);
    expect(setDisabledSchema.parse({ userId: "u1", disabled: "true" }).disabled).toBe(true);
    expect(setDisabledSchema.parse({ userId: "u1", disabled: "false" }).disabled).toBe(false);
    expect(setDisabledSchema.safeParse({ userId: "u1", disabled: "yes" }).success).toBe(false);
  });
});

describe("login form", () => {
  it("normalises the email so sign-in is not case sensitive", () => {
    expect(loginSchema.parse({ email: "  Editor@OnRecord.Test ", password: "pw" })).toEqual({ email: "editor@onrecord.test", password: "pw" });
  });

  it("needs an email and a password", () => {
    expect(fieldErrors(loginSchema, { email: "not-an-email", password: "pw" }).email).toBeDefined();
    expect(fieldErrors(loginSchema, { email: "a@b.test", password: "" }).password?.[0]).toMatch(/password/i);
    expect(fieldErrors(loginSchema, { email: "a@b.test" }).password).toBeDefined();
  });

  it("refuses an absurdly long password before hashing it", () => {
    expect(loginSchema.safeParse({ email: "a@b.test", password: "p".repeat(201) }).success).toBe(false);
  });
});

describe("source and evidence forms", () => {
  const fieldErrorsOf = (schema: typeof newSourceSchema | typeof evidenceSchema, input: unknown) =>
    schema.safeParse(input).success ? {} : (z.flattenError((schema.safeParse(input) as { error: z.ZodError }).error).fieldErrors as Record<string, string[]>);

  it("market odds need the market, the outcome, a probability between 0 and 1 and when they were observed", () => {
    const errors = fieldErrorsOf(newSourceSchema, { type: "MARKET_ODDS", title: "Odds of a visit" });
    expect(Object.keys(errors).sort()).toEqual(["marketName", "marketObservedAt", "marketOutcome", "marketProbability"]);
    expect(
      fieldErrorsOf(newSourceSchema, {
        type: "MARKET_ODDS",
        title: "Odds",
        marketName: "M",
        marketOutcome: "Yes",
        marketProbability: "140%",
        marketObservedAt: "2026-05-31",
      }).marketProbability?.[0],
    ).toMatch(/between 0 and 1/);
    expect(
      fieldErrorsOf(newSourceSchema, {
        type: "MARKET_ODDS",
        title: "Odds",
        marketName: "M",
        marketOutcome: "Yes",
        marketProbability: "a lot",
        marketObservedAt: "2026-05-31",
      }).marketProbability?.[0],
    ).toMatch(/as a number/);
    expect(
      newSourceSchema.parse({
        type: "MARKET_ODDS",
        title: "Odds",
        marketName: "M",
        marketOutcome: "Yes",
        marketProbability: "0.38",
        marketObservedAt: "2026-05-31",
      }).marketProbability,
    ).toBe(0.38);
  });

  it("evidence needs a stance, and either a library source or a new one with a title and kind", () => {
    expect(fieldErrorsOf(evidenceSchema, { claimId: "c1" }).stance?.[0]).toMatch(/supports, contradicts or gives context/);
    const errors = fieldErrorsOf(evidenceSchema, { claimId: "c1", stance: "SUPPORTS" });
    expect(errors.title?.[0]).toMatch(/library, or give the new source a title/);
    expect(errors.type?.[0]).toMatch(/kind of source/);
    expect(evidenceSchema.safeParse({ claimId: "c1", sourceId: "s1", stance: "CONTEXT" }).success).toBe(true);
  });

  it("refuses a source link that is not a web address", () => {
    expect(fieldErrorsOf(newSourceSchema, { type: "OTHER", title: "Bad link", url: "javascript:alert(1)" }).url?.[0]).toMatch(/http/);
  });
});
