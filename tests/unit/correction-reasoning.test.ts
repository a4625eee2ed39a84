import { describe, expect, it } from "vitest";
import { correctionSchema } from "@/lib/corrections/schema";
import { type ClaimReviewInput, claimReview } from "@/lib/public-pages/claim-review";

// Rough edge 5 of issue 14: a correction may carry new reasoning, and the
// ClaimReview readers' tools see says when the verdict last changed.

const base = { claimId: "c1", version: "2", kind: "CORRECTION", note: "We misread the agency's date: nine days, not fourteen." };

describe("the correction form's reasoning", () => {
  it("carries new reasoning, with its lines", () => {
    const parsed = correctionSchema.parse({ ...base, reasoning: "Nine days late.\n\nThe notice is dated 3 June." });
    expect(parsed.reasoning).toBe("Nine days late.\n\nThe notice is dated 3 June.");
  });

  it("keeps the reasoning when the field is left empty", () => {
    expect(correctionSchema.parse({ ...base, reasoning: "  " }).reasoning).toBeUndefined();
    expect(correctionSchema.parse(base).reasoning).toBeUndefined();
  });

  it("refuses reasoning longer than a proposal's, naming the field", () => {
    const result = correctionSchema.safeParse({ ...base, reasoning: "x".repeat(20_001) });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/^The reasoning must be at most 20,000 characters/);
  });
});

describe("ClaimReview after a correction", () => {
  const input: ClaimReviewInput = {
    url: "https://desk.example/claims/c",
    claimText: "The crossing reopened on schedule.",
    quote: null,
    madeAt: new Date("2026-11-01T10:00:00Z"),
    appearances: [],
    speaker: { name: "A minister", title: null },
    verdict: { label: "False", value: 1, summary: "Nine days late.", publishedAt: new Date("2026-11-03T10:00:00Z") },
    publisherName: "Desk",
    siteUrl: "https://desk.example",
  };

  it("says when it was last modified", () => {
    expect(claimReview({ ...input, modifiedAt: new Date("2026-12-04T08:00:00Z") })).toMatchObject({
      datePublished: "2026-11-03T10:00:00.000Z",
      dateModified: "2026-12-04T08:00:00.000Z",
    });
  });

  it("has no modification date before any correction", () => {
    expect(claimReview(input)).not.toHaveProperty("dateModified");
  });
});
