import { describe, expect, it } from "vitest";
import { slugParam } from "@/lib/slug-schema";
import { claimsPageParam, speakerIndexQuery } from "@/lib/speakers/schema";

// What the public speaker and topic addresses accept.

describe("public address parameters", () => {
  it("the speakers index falls back to its defaults for anything odd", () => {
    expect(speakerIndexQuery.parse({})).toEqual({ sort: "recent", page: 1 });
    expect(speakerIndexQuery.parse({ sort: "name", page: "3" })).toEqual({ sort: "name", page: 3 });
    expect(speakerIndexQuery.parse({ sort: "<script>", page: "-2" })).toEqual({ sort: "recent", page: 1 });
    expect(speakerIndexQuery.parse({ sort: ["name", "recent"], page: "1e9" })).toEqual({ sort: "recent", page: 1 });
  });

  it("further pages of claims start at 2", () => {
    expect(claimsPageParam.safeParse("2").success).toBe(true);
    for (const page of ["1", "0", "two", "2.5", "99999"]) expect(claimsPageParam.safeParse(page).success, page).toBe(false);
  });

  it("a slug is what OnRecord makes, nothing else", () => {
    for (const slug of ["donald-trump", "iran-nuclear-talks", "speaker-2"]) expect(slugParam.safeParse(slug).success, slug).toBe(true);
    for (const slug of ["Donald-Trump", "../desk", "-lead", "a b", "", "x".repeat(201)]) expect(slugParam.safeParse(slug).success, slug).toBe(false);
  });
});
