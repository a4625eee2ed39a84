import { type APIRequestContext, expect, test } from "@playwright/test";
import { signIn } from "./support/accounts";
import { withDatabase } from "./support/database";
import { claimBy, makeAccount, makeClaim, newId, unique } from "./support/factories";
import { correctVerdict, publishVerdict, unpublishVerdict } from "./support/verdict-desk";

// Public pages are rendered once and then served from the cache. A
// publication, correction or unpublication refreshes exactly the pages that
// show the claim (its verdict page, its speaker, its topics, the home page,
// feeds and sitemap) and leaves every other cached page alone. Next says
// which it did in `x-nextjs-cache`: HIT is the cached copy, anything else a
// fresh render.

const OTHER_PAGES = ["/claims/enrichment-consistent-demo", "/speakers/iran-foreign-ministry", "/topics/iran-nuclear-talks"];

async function cacheState(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  return { status: response.status(), cache: response.headers()["x-nextjs-cache"], html: await response.text() };
}

async function expectStillCached(request: APIRequestContext) {
  for (const path of OTHER_PAGES) expect((await cacheState(request, path)).cache, `${path} stays cached`).toBe("HIT");
}

test("publishing, correcting and unpublishing refresh exactly the pages concerned", async ({ page, request }) => {
  test.setTimeout(120_000);
  const reporter = await makeAccount("REPORTER");
  const claim = await makeClaim({ createdById: reporter.id, status: "IN_REVIEW", proposedById: reporter.id });
  // A speaker and a topic of this test's own, with nothing published yet.
  const speakerSlug = unique("e2e-speaker");
  const topicSlug = unique("e2e-topic");
  await withDatabase(async (db) => {
    const speakerId = newId();
    const topicId = newId();
    await db.query(`INSERT INTO "Speaker" (id, slug, name, "updatedAt") VALUES ($1, $2, $3, now())`, [speakerId, speakerSlug, `Speaker ${speakerSlug}`]);
    await db.query(`INSERT INTO "Topic" (id, slug, name) VALUES ($1, $2, $3)`, [topicId, topicSlug, `Topic ${topicSlug}`]);
    await db.query(`UPDATE "Claim" SET "speakerId" = $1 WHERE id = $2`, [speakerId, claim.id]);
    await db.query(`INSERT INTO "ClaimTopic" ("claimId", "topicId") VALUES ($1, $2)`, [claim.id, topicId]);
  });
  const concerned = [`/claims/${claim.slug}`, `/speakers/${speakerSlug}`, `/topics/${topicSlug}`];

  // Before: none of the claim's pages exist; the other pages are cached.
  for (const path of concerned) expect((await cacheState(request, path)).status, path).toBe(404);
  for (const path of OTHER_PAGES) await request.get(path);
  await expectStillCached(request);

  await signIn(page, "editor");
  await test.step("publication: the claim's pages appear, the lists name it, nothing else is re-rendered", async () => {
    await publishVerdict(page, claim.id);
    for (const path of concerned) {
      const state = await cacheState(request, path);
      expect(state.status, path).toBe(200);
      expect(state.html, path).toContain(claim.text);
    }
    for (const path of ["/", "/feed.xml", "/feed.json", "/sitemap.xml", `/speakers/${speakerSlug}/feed.xml`, `/topics/${topicSlug}/feed.json`]) {
      expect(await (await request.get(path)).text(), path).toContain(claim.slug);
    }
    // Served from the cache from now on.
    expect((await cacheState(request, `/claims/${claim.slug}`)).cache).toBe("HIT");
    await expectStillCached(request);
  });

  await test.step("correction: the verdict page and the speaker's page show the new rating at once", async () => {
    await correctVerdict(page, claim.id, { note: "The agency's notice gives a later date than we first reported.", rating: "False" });
    const verdictPage = await cacheState(request, `/claims/${claim.slug}`);
    expect(verdictPage.cache).not.toBe("HIT");
    expect(verdictPage.html).toContain("The agency&#x27;s notice gives a later date");
    await page.goto(`/speakers/${speakerSlug}`);
    await expect(page.getByRole("main").getByText("False", { exact: true }).first()).toBeVisible();
    await expectStillCached(request);
  });

  await test.step("unpublication: gone from every public page, feed, the sitemap, search and the API", async () => {
    await unpublishVerdict(page, claim.id, "The agency withdrew its notice.");
    for (const path of [
      ...concerned,
      `/embed/claims/${claim.slug}`,
      `/api/v1/claims/${claim.slug}`,
      `/speakers/${speakerSlug}/feed.xml`,
      `/topics/${topicSlug}/feed.xml`,
    ]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
    for (const path of ["/", "/feed.xml", "/feed.json", "/sitemap.xml", "/api/v1/claims?limit=100"]) {
      expect(await (await request.get(path)).text(), path).not.toContain(claim.slug);
    }
    const oembed = await request.get(`/api/oembed?url=${encodeURIComponent(`${new URL(page.url()).origin}/claims/${claim.slug}`)}`);
    expect(oembed.status()).toBe(404);
    const search = await request.get(`/search?q=${encodeURIComponent(`"${claim.slug}"`)}`);
    expect(await search.text()).not.toContain(`/claims/${claim.slug}`);
    await expectStillCached(request);
  });
  expect((await claimBy("id", claim.id)).status).toBe("RESEARCHING");
});
