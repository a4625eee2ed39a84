import { describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import { site } from "@/lib/site";
import { makeClaim, makeUser } from "../support/factories";

// /api/oembed as other sites call it, against the real database. Next's data
// cache only exists inside a running Next server, so reads go straight to
// PostgreSQL here (the e2e suite covers the cached path).
vi.mock("next/cache", () => ({ unstable_cache: <T>(read: T) => read }));

const { GET } = await import("@/app/(api)/api/oembed/route");

const ask = (query: Record<string, string>) => GET(new Request(`${site.url}/api/oembed?${new URLSearchParams(query)}`));

async function claimWithVerdict(status: ClaimStatus, text = "The minister said the border has been closed since March.") {
  const editor = await makeUser("EDITOR");
  const claim = await makeClaim(editor, { status });
  const rating = await prisma.rating.findUniqueOrThrow({ where: { slug: "false" } });
  await prisma.claim.update({
    where: { id: claim.id },
    data: {
      text,
      publishedAt: status === "PUBLISHED" ? new Date() : null,
      verdict: { create: { ratingId: rating.id, summary: "The crossing reopened in April.", proposedById: editor.id } },
    },
  });
  return prisma.claim.findUniqueOrThrow({ where: { id: claim.id }, include: { speaker: true } });
}

function frameOf(html: string) {
  const attributes = Object.fromEntries([...html.matchAll(/ ([a-z]+)="([^"]*)"/g)].map((match) => [match[1], match[2]]));
  return { tags: html.match(/<[a-z]+/g), attributes };
}

describe("GET /api/oembed", () => {
  it("answers a published verdict's page address with a rich embed of its card, readable from any origin", async () => {
    const claim = await claimWithVerdict("PUBLISHED");
    const response = await ask({ url: `${site.url}/claims/${claim.slug}`, format: "json" });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("content-type")).toContain("application/json");
    const answer = await response.json();
    expect(answer).toMatchObject({
      version: "1.0",
      type: "rich",
      provider_name: site.name,
      title: `False: ${claim.text}`,
      author_name: claim.speaker.name,
      width: 560,
      height: 240,
      thumbnail_url: expect.stringMatching(new RegExp(`^${site.url}/claims/${claim.slug}/opengraph-image`)),
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    const frame = frameOf(answer.html);
    expect(frame.tags).toEqual(["<iframe"]);
    expect(frame.attributes).toMatchObject({ src: `${site.url}/embed/claims/${claim.slug}`, width: "560", height: "240", loading: "lazy" });
    expect(frame.attributes.title).toContain(claim.text);

    // The card's own address names the same verdict.
    const fromCard = await (await ask({ url: `${site.url}/embed/claims/${claim.slug}` })).json();
    expect(fromCard).toEqual(answer);
  });

  it("keeps a claim's quotes and markup inside the iframe's title attribute", async () => {
    const claim = await claimWithVerdict("PUBLISHED", `The "deal" is done'><script>alert(document.cookie)</script>`);
    const answer = await (await ask({ url: `${site.url}/claims/${claim.slug}` })).json();
    expect(answer.html).not.toContain("<script");
    expect(frameOf(answer.html).tags).toEqual(["<iframe"]);
    expect(frameOf(answer.html).attributes.title).toContain("&quot;deal&quot; is done&#39;&gt;&lt;script&gt;");
  });

  it("fits the card inside the host's maxwidth and maxheight", async () => {
    const claim = await claimWithVerdict("PUBLISHED");
    const answer = await (await ask({ url: `${site.url}/claims/${claim.slug}`, maxwidth: "300", maxheight: "200" })).json();
    expect([answer.width, answer.height]).toEqual([300, 200]);
    expect(frameOf(answer.html).attributes).toMatchObject({ width: "300", height: "200" });
    const roomy = await (await ask({ url: `${site.url}/claims/${claim.slug}`, maxwidth: "2000", maxheight: "2000" })).json();
    expect([roomy.width, roomy.height]).toEqual([560, 240]);
  });

  it("says 404 for a claim that is not published, or does not exist, without a word of it", async () => {
    const inReview = await claimWithVerdict("IN_REVIEW");
    for (const slug of [inReview.slug, "no-such-claim"]) {
      const response = await ask({ url: `${site.url}/claims/${slug}` });
      expect(response.status, slug).toBe(404);
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      const body = await response.json();
      expect(body).toEqual({ error: expect.stringMatching(/no published verdict/) });
      expect(JSON.stringify(body)).not.toContain(inReview.text);
    }
  });

  it("refuses another site's address, or none, with a 400 that says what it takes", async () => {
    const claim = await claimWithVerdict("PUBLISHED");
    const queries: Record<string, string>[] = [
      { url: `https://elsewhere.example/claims/${claim.slug}` },
      {},
      { url: "not an address" },
      { url: `${site.url}/claims/${claim.slug}`, maxwidth: "wide" },
    ];
    for (const query of queries) {
      const response = await ask(query);
      expect(response.status, JSON.stringify(query)).toBe(400);
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect((await response.json()).error).toMatch(/verdict page|maxwidth/);
    }
  });

  it("answers 501 for XML, which it does not offer", async () => {
    const claim = await claimWithVerdict("PUBLISHED");
    const response = await ask({ url: `${site.url}/claims/${claim.slug}`, format: "xml" });
    expect(response.status).toBe(501);
    expect((await response.json()).error).toMatch(/format=json/);
  });
});
