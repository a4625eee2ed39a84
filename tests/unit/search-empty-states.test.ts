import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { NoResults } from "@/components/search/no-results";
import { SearchHelp } from "@/components/search/search-help";
import { SearchPages } from "@/components/search/search-pages";
import { EMPTY_SEARCH, searchHref } from "@/lib/search/schema";

// What /search says when there is nothing to show yet, when nothing matched,
// and how its pages are linked: each suggestion is a working link.

const choices = {
  ratings: [{ slug: "false", name: "False" }],
  speakers: [{ slug: "donald-trump", name: "Donald Trump" }],
  topics: [{ slug: "iran-nuclear-talks", name: "Iran nuclear talks" }],
};
const amp = (href: string) => href.replaceAll("&", "&amp;");

describe("no results", () => {
  it("offers to drop each filter in force, one at a time, then all of them", () => {
    const filters = { ...EMPTY_SEARCH, q: "breakthrough", rating: "false", speaker: "donald-trump", from: "2026-05-01", to: "2026-05-31" };
    const html = renderToStaticMarkup(createElement(NoResults, { filters, choices, onlyCommonWords: false }));
    expect(html).toContain(`<a href="${amp(searchHref(filters, { rating: null }))}">any rating, not only “False”</a>`);
    expect(html).toContain(`<a href="${amp(searchHref(filters, { speaker: null }))}">any speaker, not only Donald Trump</a>`);
    expect(html).toContain(
      `<a href="${amp(searchHref(filters, { from: null, to: null }))}">any date, not only claims said between 1 May 2026 and 31 May 2026</a>`,
    );
    expect(html).toContain(`<a href="/search?q=breakthrough">no filters at all</a>`);
    expect(html).toContain("Check the spelling");
  });

  it("explains common words and quotes when those are the reason", () => {
    const common = renderToStaticMarkup(createElement(NoResults, { filters: { ...EMPTY_SEARCH, q: "the" }, choices, onlyCommonWords: true }));
    expect(common).toContain("only very common words");
    expect(common).not.toContain("fewer filters");
    const quoted = renderToStaticMarkup(
      createElement(NoResults, { filters: { ...EMPTY_SEARCH, q: '"nuclear breakthrough"' }, choices, onlyCommonWords: false }),
    );
    expect(quoted).toContain("Words in quotes must appear together");
  });
});

describe("before searching", () => {
  it("shows the syntax with examples that run, and the speakers and topics to start from", () => {
    const html = renderToStaticMarkup(createElement(SearchHelp, { suggestions: { speakers: choices.speakers, topics: choices.topics } }));
    expect(html).toContain(`href="/search?q=%22nuclear+agreement%22"`);
    expect(html).toContain(`href="/search?q=sanctions+-oil"`);
    expect(html).toContain(`href="/search?q=ceasefire+or+truce"`);
    expect(html).toContain(`<a href="/search?speaker=donald-trump">Donald Trump</a>`);
    expect(html).toContain(`<a href="/search?topic=iran-nuclear-talks">Iran nuclear talks</a>`);
  });
});

describe("result pages", () => {
  const render = (page: number, pages: number) =>
    renderToStaticMarkup(createElement(SearchPages, { page, pages, href: (n: number) => `/search?q=iran&page=${n}` }));

  it("mark the current page and link the previous and next ones with rel", () => {
    const html = render(3, 10);
    expect(html).toMatch(/<a rel="prev"[^>]*href="\/search\?q=iran&amp;page=2"/);
    expect(html).toMatch(/<a rel="next"[^>]*href="\/search\?q=iran&amp;page=4"/);
    expect(html).toMatch(/<a aria-label="Page 3" aria-current="page"[^>]*href="\/search\?q=iran&amp;page=3"/);
    expect(html.match(/aria-current/g)).toHaveLength(1);
  });

  it("leave out what does not exist: no previous on the first page, no next on the last, nothing for one page", () => {
    expect(render(1, 2)).not.toContain('rel="prev"');
    expect(render(2, 2)).not.toContain('rel="next"');
    expect(render(1, 1)).toBe("");
  });
});
