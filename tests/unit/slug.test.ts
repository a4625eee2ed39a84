import { describe, expect, it } from "vitest";
import { firstFreeSlug, slugify, uniqueSlug } from "@/lib/slug";

describe("slugify", () => {
  it("makes a readable, URL-safe slug from a claim", () => {
    expect(slugify("Iran has agreed to nuclear restraint.")).toBe("iran-has-agreed-to-nuclear-restraint");
  });

  it("drops accents, apostrophes and punctuation", () => {
    expect(slugify("Déjà vu: the minister’s “new” plan — isn't new!")).toBe("deja-vu-the-ministers-new-plan-isnt-new");
  });

  it("keeps at most the given number of words", () => {
    expect(slugify("one two three four five six seven eight nine ten")).toBe("one-two-three-four-five-six-seven-eight");
    expect(slugify("one two three four", 2)).toBe("one-two");
  });

  it("caps the length at 80 characters without a trailing hyphen", () => {
    const slug = slugify(`${"a".repeat(79)} bbbbbbbb`);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith("-")).toBe(false);
    expect(slugify("x".repeat(200)).length).toBe(80);
  });

  it("gives an empty slug for text with no letters or digits", () => {
    expect(slugify("!!! ??? …")).toBe("");
    expect(slugify("<script>")).toBe("script");
  });

  it("only ever contains lowercase letters, digits and single hyphens", () => {
    for (const text of ["A/B testing & 50% off", "Ünïcödé — ÆØÅ", "../../etc/passwd", "  spaces   everywhere  "]) {
      expect(slugify(text)).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*)?$/);
    }
  });
});

describe("uniqueSlug", () => {
  it("adds a short random suffix so two identical claims get different slugs", () => {
    const first = uniqueSlug("A nuclear deal with Iran is close.");
    const second = uniqueSlug("A nuclear deal with Iran is close.");
    expect(first).toMatch(/^a-nuclear-deal-with-iran-is-close-[0-9a-f]{6}$/);
    expect(second).not.toBe(first);
  });

  it("falls back to 'claim' when the text gives no slug", () => {
    expect(uniqueSlug("???")).toMatch(/^claim-[0-9a-f]{6}$/);
  });
});

describe("firstFreeSlug", () => {
  it("keeps the base when free, and numbers it from 2 when taken", () => {
    expect(firstFreeSlug("iran", [])).toBe("iran");
    expect(firstFreeSlug("iran", ["iran"])).toBe("iran-2");
    expect(firstFreeSlug("iran", ["iran", "iran-2", "iran-3"])).toBe("iran-4");
    expect(firstFreeSlug("topic", ["topic", "topic-3"])).toBe("topic-2");
  });
});
