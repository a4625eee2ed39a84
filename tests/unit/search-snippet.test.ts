import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HighlightedText } from "@/components/search/highlighted-text";
import { SearchResult } from "@/components/search/search-result";
import type { SearchHit } from "@/lib/search/queries";
import { hasMatch, LESS_THAN, MARK_END, MARK_START, SENTINELS, snippetParts } from "@/lib/search/snippet";

// What a reader sees of a highlighted snippet, and what an attacker who
// stored markup in a claim, a summary or a source gets out of it: text,
// never elements, with <mark> only where PostgreSQL marked a match.

const marked = (word: string) => `${MARK_START}${word}${MARK_END}`;
const render = (headline: string) => renderToStaticMarkup(createElement(HighlightedText, { headline }));

describe("snippet markers", () => {
  it("turn matched words into <mark> and leave the rest as text", () => {
    expect(render(`Iran has agreed to ${marked("nuclear")} ${marked("restraint")}.`)).toBe(
      'Iran has agreed to <mark class="rounded-sm bg-yellow-200 px-0.5 text-inherit">nuclear</mark> <mark class="rounded-sm bg-yellow-200 px-0.5 text-inherit">restraint</mark>.',
    );
  });

  it("escape a stored <script> and ampersands instead of running or decoding them", () => {
    const html = render(`${marked("Sanctions")} on AT&T &amp; <script>alert(1)</script> lifted`);
    expect(html).toContain("AT&amp;T &amp;amp; &lt;script&gt;alert(1)&lt;/script&gt; lifted");
    expect(html).not.toContain("<script");
    expect(html.match(/<mark/g)).toHaveLength(1);
  });

  it("give back a '<' that was hidden from ts_headline's HTML parser, escaped", () => {
    const html = render(`${LESS_THAN}img src=x onerror=alert(1)> ${marked("border")} crossing`);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt; ");
    expect(html).not.toContain("<img");
  });

  it("never make markup from stray or unbalanced markers", () => {
    expect(snippetParts(`a${MARK_END}b`)).toEqual([{ text: "ab", marked: false }]);
    expect(snippetParts(`${MARK_START}${MARK_START}open`)).toEqual([{ text: "open", marked: true }]);
    expect(render(`${MARK_START}</mark><b>bold</b>`)).toBe(
      '<mark class="rounded-sm bg-yellow-200 px-0.5 text-inherit">&lt;/mark&gt;&lt;b&gt;bold&lt;/b&gt;</mark>',
    );
  });

  it("merge neighbouring runs and drop empty ones", () => {
    expect(snippetParts(`${MARK_START}${MARK_END}plain${MARK_START}one${MARK_END}${MARK_START}two${MARK_END}`)).toEqual([
      { text: "plain", marked: false },
      { text: "onetwo", marked: true },
    ]);
    expect(hasMatch(snippetParts("no match here"))).toBe(false);
  });

  it("are private-use characters, which no keyboard types and which are removed before ts_headline reads a text", () => {
    for (const character of SENTINELS) expect(character.codePointAt(0)! >= 0xe000 && character.codePointAt(0)! <= 0xf8ff).toBe(true);
  });
});

describe("a search result", () => {
  const hit: SearchHit = {
    slug: "nuclear-restraint-demo",
    text: `Iran has agreed to ${marked("nuclear")} restraint <img src=x onerror=alert(1)>.`,
    quote: null,
    summary: "No record shows an agreement & none was confirmed.",
    madeAt: new Date("2026-05-31T00:00:00Z"),
    madeAtTimeZone: null,
    speaker: { name: "Donald <b>Trump</b>", title: "President", slug: "donald-trump" },
    rating: { label: "Unsupported", colour: "#c2410c" },
  };

  it("links the claim to its verdict page and shows speaker, date and rating as text", () => {
    const html = renderToStaticMarkup(createElement(SearchResult, { hit, searched: true }));
    expect(html).toContain('href="/claims/nuclear-restraint-demo"');
    expect(html).toContain("Donald &lt;b&gt;Trump&lt;/b&gt;");
    expect(html).toContain("said 31 May 2026");
    expect(html).toContain(">Unsupported</span>");
    expect(html).toContain("restraint &lt;img src=x onerror=alert(1)&gt;.");
    expect(html).toContain("agreement &amp; none");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("reasoning, the context or the sources");
  });

  it("says where the words matched when none of the shown text has them", () => {
    const html = renderToStaticMarkup(createElement(SearchResult, { hit: { ...hit, text: "Iran has agreed to nuclear restraint." }, searched: true }));
    expect(html).toContain("Your words appear in the reasoning, the context or the sources of this verdict.");
  });
});
