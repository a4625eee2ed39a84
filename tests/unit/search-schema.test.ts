import { describe, expect, it } from "vitest";
import { pageNumbers } from "@/components/search/search-pages";
import { canonicalRedirect, checkChoices, EMPTY_SEARCH, MAX_QUERY_LENGTH, parseSearchParams, SEARCH_MAX_PAGE, searchHref } from "@/lib/search/schema";

// Reading /search's address: every value is used or refused with a message a
// reader can act on, and nothing in a hand-edited link can throw.

const messages = (input: Record<string, string | string[]>) => parseSearchParams(input).problems.map((problem) => `${problem.field}: ${problem.message}`);

describe("parseSearchParams", () => {
  it("reads a full search", () => {
    expect(
      parseSearchParams({
        q: '  "nuclear   deal" -oil ',
        rating: "false",
        speaker: "donald-trump",
        topic: "iran-nuclear-talks",
        from: "2026-05-01",
        to: "2026-05-31",
        page: "3",
      }),
    ).toEqual({
      filters: {
        q: '"nuclear deal" -oil',
        rating: "false",
        speaker: "donald-trump",
        topic: "iran-nuclear-talks",
        from: "2026-05-01",
        to: "2026-05-31",
        page: 3,
      },
      problems: [],
    });
  });

  it("takes the first of repeated values and treats blanks as not set", () => {
    const { filters, problems } = parseSearchParams(new URLSearchParams("q=iran&q=oil&rating=&from=%20&page="));
    expect(filters).toEqual({ ...EMPTY_SEARCH, q: "iran" });
    expect(problems).toEqual([]);
  });

  it("shortens a pasted article to the query limit and says so", () => {
    const { filters, problems } = parseSearchParams({ q: "é".repeat(MAX_QUERY_LENGTH + 50) });
    expect(Array.from(filters.q!)).toHaveLength(MAX_QUERY_LENGTH);
    expect(problems).toEqual([{ field: "q", message: "Searches are limited to 200 characters, so yours was shortened." }]);
  });

  it("refuses slugs no page of ours could have made, naming them", () => {
    expect(messages({ rating: "<script>", speaker: "Donald Trump", topic: "../etc" })).toEqual([
      "rating: “<script>” is not a rating on this site, so that filter was left out.",
      "speaker: “Donald Trump” is not a speaker on this site, so that filter was left out.",
      "topic: “../etc” is not a topic on this site, so that filter was left out.",
    ]);
    expect(parseSearchParams({ rating: "<script>" }).filters.rating).toBeNull();
  });

  it("refuses dates that do not exist or are not written year-month-day", () => {
    expect(messages({ from: "2026-02-30", to: "31/05/2026" })).toEqual([
      "from: The “Said from” date “2026-02-30” could not be read. Give dates as year-month-day, for example 2026-05-31.",
      "to: The “Said until” date “31/05/2026” could not be read. Give dates as year-month-day, for example 2026-05-31.",
    ]);
    expect(parseSearchParams({ from: "2024-02-29" }).filters.from).toBe("2024-02-29");
  });

  it("swaps dates given the wrong way round, and says so", () => {
    const { filters, problems } = parseSearchParams({ from: "2026-06-30", to: "2026-06-01" });
    expect([filters.from, filters.to]).toEqual(["2026-06-01", "2026-06-30"]);
    expect(problems).toEqual([{ field: "to", message: "The dates were the wrong way round, so they were swapped." }]);
  });

  it("refuses pages that are not whole numbers from 1, and stops at the last page served", () => {
    expect(messages({ page: "abc" })).toEqual(["page: “abc” is not a page number. The page must be a number."]);
    expect(messages({ page: "2.5" })).toEqual(["page: “2.5” is not a page number. The page must be a whole number."]);
    expect(messages({ page: "0" })).toEqual(["page: “0” is not a page number. Pages start at 1."]);
    expect(parseSearchParams({ page: "abc" }).filters.page).toBe(1);
    const deep = parseSearchParams({ page: "100000" });
    expect(deep.filters.page).toBe(SEARCH_MAX_PAGE);
    expect(deep.problems[0]!.message).toBe("Results stop at page 25. Add a word or a filter to narrow the search.");
  });

  it("cuts a long refused value when naming it", () => {
    expect(messages({ speaker: "x".repeat(500) })[0]).toContain(`“${"x".repeat(40)}…”`);
  });
});

describe("checkChoices", () => {
  const choices = { ratings: [{ slug: "false", name: "False" }], speakers: [{ slug: "donald-trump", name: "Donald Trump" }], topics: [] };

  it("keeps filters that name something and drops those that name nothing", () => {
    const checked = checkChoices(parseSearchParams({ q: "iran", rating: "false", speaker: "nobody-we-know", topic: "no-such-topic" }), choices);
    expect(checked.filters).toEqual({ ...EMPTY_SEARCH, q: "iran", rating: "false" });
    expect(checked.problems.map((problem) => problem.message)).toEqual([
      "There is no speaker “nobody-we-know” with published verdicts, so that filter was left out.",
      "There is no topic “no-such-topic” with published verdicts, so that filter was left out.",
    ]);
  });
});

describe("searchHref", () => {
  it("writes one canonical address, without page 1 or empty values, and reads back the same search", () => {
    const filters = { ...EMPTY_SEARCH, q: '"nuclear deal" -oil', topic: "iran-nuclear-talks", from: "2026-05-01", page: 2 };
    expect(searchHref(filters, { page: 2 })).toBe("/search?q=%22nuclear+deal%22+-oil&topic=iran-nuclear-talks&from=2026-05-01&page=2");
    expect(parseSearchParams(new URL(searchHref(filters, { page: 2 }), "http://x").searchParams).filters).toEqual(filters);
    expect(searchHref(filters, { topic: null })).toBe("/search?q=%22nuclear+deal%22+-oil&from=2026-05-01");
    expect(searchHref(EMPTY_SEARCH)).toBe("/search");
  });
});

describe("pageNumbers", () => {
  it("shows the ends and two pages either side of the current one, with gaps", () => {
    expect(pageNumbers(1, 3)).toEqual([1, 2, 3]);
    expect(pageNumbers(6, 50)).toEqual([1, "gap", 4, 5, 6, 7, 8, "gap", 50]);
    expect(pageNumbers(50, 50)).toEqual([1, "gap", 48, 49, 50]);
    expect(pageNumbers(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe("canonicalRedirect", () => {
  const redirectFor = (query: string) => {
    const input = new URLSearchParams(query);
    return canonicalRedirect(input, parseSearchParams(input));
  };

  it("sends a search sent from the form, empty fields and all, to its canonical address", () => {
    expect(redirectFor("q=nuclear+restraint&rating=&speaker=&topic=&from=&to=")).toBe("/search?q=nuclear+restraint");
    expect(redirectFor("topic=iran-nuclear-talks&q=iran&page=1")).toBe("/search?q=iran&topic=iran-nuclear-talks");
    expect(redirectFor("q=")).toBe("/search");
  });

  it("leaves a canonical address alone, so it cannot loop", () => {
    for (const query of ["", "q=nuclear+restraint", "q=%22nuclear+deal%22+-oil&rating=false&page=2"]) {
      expect(redirectFor(query), query).toBeNull();
      const target = redirectFor(`${query}&speaker=`);
      if (target) expect(redirectFor(target.split("?")[1] ?? "")).toBeNull();
    }
  });

  it("keeps an address with a refused value, so the reader sees what was refused", () => {
    expect(redirectFor("q=iran&from=2026-02-30&rating=")).toBeNull();
  });

  it("reads the object Next gives pages too", () => {
    expect(canonicalRedirect({ q: "iran", rating: "" }, parseSearchParams({ q: "iran", rating: "" }))).toBe("/search?q=iran");
    expect(canonicalRedirect({ q: "iran" }, parseSearchParams({ q: "iran" }))).toBeNull();
  });
});
