import { parseHTML } from "linkedom";
import { fillMetadataSegment } from "next/dist/lib/metadata/get-metadata-route";
import { djb2Hash } from "next/dist/shared/lib/hash";
import { describe, expect, it } from "vitest";
import { oembedPath, SHARE_IMAGE_FILE, shareImagePath } from "@/lib/embed/addresses";
import { cardSize, iframeCode } from "@/lib/embed/iframe";
import { oembedDocument } from "@/lib/embed/oembed";
import { parseOembedQuery } from "@/lib/embed/schema";
import { site } from "@/lib/site";

// The oEmbed answer other sites paste into their pages, and the questions it
// accepts. What a host page gets must be one inert <iframe>, whatever a claim says.

const verdict = (text: string) => ({ slug: "a-claim", text, speaker: { name: "A. Speaker" }, rating: { label: "False" } });

function parseFrame(html: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return { elements: Array.from(document.body.querySelectorAll("*")), frame: document.querySelector("iframe")! };
}

describe("oEmbed html", () => {
  it("is a single iframe whose title carries a hostile claim as text, with no way out of the attribute", () => {
    const hostile = `He said "enough" & left'><script>alert(1)</script><img src=x onerror=alert(2)>`;
    const { html, title, author_name } = oembedDocument(verdict(hostile), {});
    expect(html).not.toMatch(/<script|<img/i);
    const { elements, frame } = parseFrame(html);
    expect(elements.map((element) => element.tagName)).toEqual(["IFRAME"]);
    expect(frame.getAttribute("title")).toBe(`${site.name} verdict: ${hostile}`);
    expect(frame.getAttribute("src")).toBe(`${site.url}/embed/claims/a-claim`);
    expect(frame.getAttribute("loading")).toBe("lazy");
    // Sandboxed: the card can open the verdict in a new tab, never take over the host's page.
    const sandbox = frame.getAttribute("sandbox")!.split(" ");
    expect(sandbox).toContain("allow-popups-to-escape-sandbox");
    expect(sandbox.filter((flag) => /top-navigation|forms|modals|downloads/.test(flag))).toEqual([]);
    expect(frame.getAttributeNames().filter((name) => name.startsWith("on"))).toEqual([]);
    // Plain JSON strings: the consumer escapes them, as oEmbed says.
    expect(title).toBe(`False: ${hostile}`);
    expect(author_name).toBe("A. Speaker");
  });

  it("escapes every character that could end an attribute, in either kind of quotes", () => {
    const code = iframeCode({ src: `https://example.org/?a=1&b="2"`, title: `'<>&"`, width: 10, height: 20 });
    expect(code).toContain(`src="https://example.org/?a=1&amp;b=&quot;2&quot;"`);
    expect(code).toContain(`title="&#39;&lt;&gt;&amp;&quot;"`);
  });

  it("is a rich oEmbed 1.0 answer with the share image as its thumbnail", () => {
    const answer = oembedDocument(verdict("A claim."), {});
    expect(answer).toMatchObject({
      version: "1.0",
      type: "rich",
      provider_name: site.name,
      provider_url: `${site.url}/`,
      width: 560,
      height: 240,
      thumbnail_url: `${site.url}${shareImagePath("a-claim")}`,
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    expect(answer.cache_age).toBeGreaterThan(0);
    const { frame } = parseFrame(answer.html);
    expect([frame.getAttribute("width"), frame.getAttribute("height")]).toEqual(["560", "240"]);
  });
});

describe("card size", () => {
  it("is 560 × 240 unless the host asks for less, and never more than it asks for", () => {
    expect(cardSize()).toEqual({ width: 560, height: 240 });
    expect(cardSize({ maxwidth: 1000, maxheight: 1000 })).toEqual({ width: 560, height: 240 });
    expect(cardSize({ maxwidth: 500 })).toEqual({ width: 500, height: 240 });
    expect(cardSize({ maxheight: 200 })).toEqual({ width: 560, height: 200 });
    for (const maxwidth of [1, 200, 320, 479, 480, 560, 2000]) {
      for (const maxheight of [1, 150, 240, 299, 300, 2000]) {
        const size = cardSize({ maxwidth, maxheight });
        expect(size.width).toBeLessThanOrEqual(maxwidth);
        expect(size.height).toBeLessThanOrEqual(maxheight);
      }
    }
  });

  it("is taller in a narrow column, where the card's lines wrap", () => {
    expect(cardSize({ maxwidth: 320 })).toEqual({ width: 320, height: 300 });
    expect(oembedDocument(verdict("A claim."), { maxwidth: 320, maxheight: 280 })).toMatchObject({ width: 320, height: 280 });
  });
});

describe("oEmbed questions", () => {
  const ask = (query: Record<string, string>) => parseOembedQuery(new URLSearchParams(query), "https://verdicts.example.org");

  it("takes a verdict page or its embed card on this site, with or without a trailing slash or a query", () => {
    for (const url of [
      "https://verdicts.example.org/claims/nuclear-restraint-demo",
      "https://verdicts.example.org/claims/nuclear-restraint-demo/",
      "https://verdicts.example.org/embed/claims/nuclear-restraint-demo",
      "https://verdicts.example.org/claims/nuclear-restraint-demo?utm_source=mail#record",
    ]) {
      expect(ask({ url }), url).toEqual({ ok: true, query: { slug: "nuclear-restraint-demo", maxwidth: undefined, maxheight: undefined } });
    }
    expect(ask({ url: "https://verdicts.example.org/claims/a", format: "json", maxwidth: "400", maxheight: "" })).toEqual({
      ok: true,
      query: { slug: "a", maxwidth: 400, maxheight: undefined },
    });
  });

  it("refuses addresses that are not a verdict page on this site, saying what it takes", () => {
    for (const url of [
      "https://evil.example.com/claims/nuclear-restraint-demo",
      "http://verdicts.example.org/claims/nuclear-restraint-demo",
      "https://verdicts.example.org:8443/claims/nuclear-restraint-demo",
      "https://verdicts.example.org/desk/claims/abc",
      "https://verdicts.example.org/claims/a/b",
      "https://verdicts.example.org/claims/Not_A_Slug",
      "https://verdicts.example.org/claims/",
      "javascript:alert(1)//verdicts.example.org/claims/a",
      "/claims/nuclear-restraint-demo",
      "",
    ]) {
      const answer = ask({ url });
      expect(answer, url).toMatchObject({ ok: false, status: 400 });
      if (!answer.ok) expect(answer.error).toMatch(/verdict page/);
    }
    expect(ask({})).toMatchObject({ ok: false, status: 400, error: expect.stringMatching(/\?url=/) });
  });

  it("refuses sizes that are not whole pixels", () => {
    for (const maxwidth of ["abc", "0", "-5", "12.5", "99999"]) {
      expect(ask({ url: "https://verdicts.example.org/claims/a", maxwidth }), maxwidth).toMatchObject({
        ok: false,
        status: 400,
        error: expect.stringMatching(/maxwidth/),
      });
    }
  });

  it("answers 501 for any format but JSON, before looking at the address", () => {
    expect(ask({ url: "https://verdicts.example.org/claims/a", format: "xml" })).toMatchObject({ ok: false, status: 501 });
    expect(ask({ url: "https://elsewhere.example/claims/a", format: "xml" })).toMatchObject({ ok: false, status: 501 });
  });
});

describe("addresses", () => {
  it("names the share image the way Next serves an image generated inside the (public) route group", () => {
    expect(SHARE_IMAGE_FILE).toBe(`opengraph-image-${djb2Hash("/(public)/claims/[slug]").toString(36).slice(0, 6)}`);
    expect(shareImagePath("a-claim")).toBe(fillMetadataSegment("/(public)/claims/[slug]", { slug: "a-claim" }, "opengraph-image", false));
  });

  it("points discovery at /api/oembed with the verdict page's full address", () => {
    const query = new URL(oembedPath("a-claim"), site.url).searchParams;
    expect(query.get("url")).toBe(`${site.url}/claims/a-claim`);
    expect(query.get("format")).toBe("json");
  });
});
