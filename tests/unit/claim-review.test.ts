import { describe, expect, it } from "vitest";
import { type ClaimReviewInput, claimReview, jsonForScript, shortClaim } from "@/lib/public-pages/claim-review";

// What search engines and fact-check aggregators read from a verdict page.

const input: ClaimReviewInput = {
  url: "https://onrecord.example/claims/iran-has-agreed-to-nuclear-restraint-abc123",
  claimText: "Iran has agreed to nuclear restraint.",
  quote: "Iran has agreed to nuclear restraint",
  madeAt: new Date("2026-05-31T12:00:00Z"),
  appearances: [
    { url: "https://example.org/briefing-2026-06-01", seenAt: new Date("2026-06-01T15:00:00Z"), isFirst: false },
    { url: "https://example.org/social/post-2026-05-31", seenAt: new Date("2026-05-31T12:00:00Z"), isFirst: true },
  ],
  speaker: { name: "Donald Trump", title: "President of the United States" },
  verdict: { label: "Unsupported", value: 2, summary: "No record shows such an agreement.", publishedAt: new Date("2026-06-02T09:30:00Z") },
  publisherName: "OnRecord",
  siteUrl: "https://onrecord.example",
};

describe("claimReview", () => {
  it("is a schema.org ClaimReview with the verdict on the 1–5 scale", () => {
    const review = claimReview(input);
    expect(review["@context"]).toBe("https://schema.org");
    expect(review["@type"]).toBe("ClaimReview");
    expect(review.url).toBe(input.url);
    expect(review.claimReviewed).toBe(input.claimText);
    expect(review.claimReviewed).not.toContain("Unsupported");
    expect(review.datePublished).toBe("2026-06-02T09:30:00.000Z");
    expect(review.author).toEqual({ "@type": "Organization", name: "OnRecord", url: "https://onrecord.example" });
    expect(review.reviewRating).toEqual({
      "@type": "Rating",
      alternateName: "Unsupported",
      ratingValue: 2,
      worstRating: 1,
      bestRating: 5,
      ratingExplanation: "No record shows such an agreement.",
    });
  });

  it("describes the claim: who said it, when, where it first appeared, and the quote", () => {
    expect(claimReview(input).itemReviewed).toEqual({
      "@type": "Claim",
      datePublished: "2026-05-31T12:00:00.000Z",
      author: { "@type": "Person", name: "Donald Trump", jobTitle: "President of the United States" },
      appearance: [
        { "@type": "CreativeWork", url: "https://example.org/briefing-2026-06-01", datePublished: "2026-06-01T15:00:00.000Z" },
        { "@type": "CreativeWork", url: "https://example.org/social/post-2026-05-31", datePublished: "2026-05-31T12:00:00.000Z" },
      ],
      firstAppearance: { "@type": "CreativeWork", url: "https://example.org/social/post-2026-05-31", datePublished: "2026-05-31T12:00:00.000Z" },
      text: "Iran has agreed to nuclear restraint",
    });
  });

  it("leaves out what is not known rather than publishing nulls", () => {
    const item = claimReview({ ...input, quote: null, appearances: [], speaker: { name: "A columnist", title: null } }).itemReviewed;
    expect(item).not.toHaveProperty("appearance");
    expect(item).not.toHaveProperty("firstAppearance");
    expect(item).not.toHaveProperty("text");
    expect(item.author).toEqual({ "@type": "Person", name: "A columnist" });
    expect(JSON.stringify(item)).not.toContain("null");
  });

  it("a Pending verdict has no rating value, so it is not read as a score", () => {
    const rating = claimReview({ ...input, verdict: { ...input.verdict, label: "Pending", value: null } }).reviewRating;
    expect(rating).toEqual({ "@type": "Rating", alternateName: "Pending", ratingExplanation: input.verdict.summary });
    expect(rating).not.toHaveProperty("ratingValue");
    expect(rating).not.toHaveProperty("worstRating");
    expect(rating).not.toHaveProperty("bestRating");
  });

  it("keeps the extreme values of the scale", () => {
    expect(claimReview({ ...input, verdict: { ...input.verdict, value: 1 } }).reviewRating).toMatchObject({ ratingValue: 1 });
    expect(claimReview({ ...input, verdict: { ...input.verdict, value: 5 } }).reviewRating).toMatchObject({ ratingValue: 5 });
  });
});

describe("claimReviewed", () => {
  it("stays under 75 characters, cut at a word and marked as shortened", () => {
    const long = "The ministry said the talks had produced a written agreement covering enrichment, inspections and sanctions relief.";
    const reviewed = claimReview({ ...input, claimText: long }).claimReviewed;
    expect(reviewed.length).toBeLessThan(75);
    expect(reviewed.endsWith("…")).toBe(true);
    expect(long.startsWith(reviewed.slice(0, -1))).toBe(true);
    expect(reviewed.slice(0, -1)).toMatch(/\w$/);
  });

  it("keeps a short claim whole, with runs of spaces closed up", () => {
    expect(shortClaim("Iran  has agreed\nto restraint.")).toBe("Iran has agreed to restraint.");
    expect(shortClaim("x".repeat(74))).toHaveLength(74);
    expect(shortClaim("x".repeat(75)).length).toBeLessThan(75);
  });

  it("uses the appearance marked as first, else the first in the list (the query orders them by date)", () => {
    const unmarked = input.appearances.map((appearance) => ({ ...appearance, isFirst: false }));
    expect(claimReview({ ...input, appearances: unmarked }).itemReviewed.firstAppearance?.url).toBe("https://example.org/briefing-2026-06-01");
  });
});

describe("jsonForScript", () => {
  it("cannot close the script tag early, whatever the claim text says", () => {
    const hostile = { claimReviewed: '</script><script>alert("pwned")</script>', note: "<!-- & -->" };
    const json = jsonForScript(hostile);
    expect(json).not.toMatch(/<\/script/i);
    expect(json).not.toContain("<");
    expect(json).not.toContain(">");
    expect(json).not.toContain("&");
    expect(json).toContain("\\u003c/script\\u003e");
  });

  it("is still the same JSON once parsed", () => {
    const review = claimReview({ ...input, claimText: "A & B </script> <b>bold</b>" });
    expect(JSON.parse(jsonForScript(review))).toEqual(JSON.parse(JSON.stringify(review)));
  });
});
