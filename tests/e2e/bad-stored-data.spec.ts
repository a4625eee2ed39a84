import { expect, test } from "@playwright/test";
import { signedInPage } from "./support/accounts";
import { withDatabase } from "./support/database";
import { newId, unique, userId } from "./support/factories";
import { publishVerdict } from "./support/verdict-desk";

// Findings 1, 2 and 9 of the hardening review, where readers and the desk see
// them. A date no formatter can read, stored before the input rules (a year
// typed as 12026), used to answer 500 on every page that showed it: the desk
// source library, the claim page, the queue export, then the home page, the
// verdict page, the speaker page and feed, and the read API. Now one item
// says "date unreadable" and the page renders. A NUL in a search box used to
// answer 500 too.

test("a published forecast with dates no formatter can read degrades one item, not the page", async ({ browser, request }) => {
  const reporterId = await userId("reporter@onrecord.test");
  const claimId = newId();
  const slug = unique("e2e-unreadable-deadline");
  const sourceTitle = unique("Ministry schedule");
  const topicSlug = unique("e2e-unreadable-topic");
  // As rows written before the rules: the deadline, the source's date and a
  // repeat's date are a typo'd five-digit year.
  await withDatabase(async (db) => {
    await db.query("BEGIN");
    const speaker = await db.query<{ id: string }>(`SELECT id FROM "Speaker" WHERE slug = 'white-house-press-office'`);
    const pending = await db.query<{ id: string }>(`SELECT id FROM "Rating" WHERE slug = 'pending'`);
    await db.query(
      `INSERT INTO "Claim" (id, slug, text, "madeAt", kind, status, "speakerId", "createdById", "assigneeId", "settleBy", "settleCriteria", "updatedAt")
       VALUES ($1, $2, $3, now() - interval '3 days', 'PREDICTION', 'IN_REVIEW', $4, $5, $5, '12026-06-01', 'A signed text is published.', now())`,
      [claimId, slug, `The talks will end with a signed text by June (${slug}).`, speaker.rows[0]!.id, reporterId],
    );
    await db.query(`INSERT INTO "Appearance" (id, "claimId", url, "seenAt", "isFirst") VALUES ($1, $2, $3, '12026-06-02', false)`, [
      newId(),
      claimId,
      `https://example.org/${slug}/repeat`,
    ]);
    const sourceId = newId();
    await db.query(
      `INSERT INTO "Source" (id, type, title, url, "publishedAt", "createdById", "updatedAt") VALUES ($1, 'DOCUMENT', $2, $3, '12026-05-01', $4, now())`,
      [sourceId, sourceTitle, `https://example.org/${slug}/schedule`, reporterId],
    );
    await db.query(`INSERT INTO "Evidence" (id, "claimId", "sourceId", stance, "addedById", "updatedAt") VALUES ($1, $2, $3, 'CONTEXT', $4, now())`, [
      newId(),
      claimId,
      sourceId,
      reporterId,
    ]);
    const topicId = newId();
    await db.query(`INSERT INTO "Topic" (id, slug, name) VALUES ($1, $2, $2)`, [topicId, topicSlug]);
    await db.query(`INSERT INTO "ClaimTopic" ("claimId", "topicId") VALUES ($1, $2)`, [claimId, topicId]);
    await db.query(
      `INSERT INTO "Verdict" (id, "claimId", "ratingId", summary, reasoning, "proposedById", "updatedAt") VALUES ($1, $2, $3, $4, '', $5, now())`,
      [newId(), claimId, pending.rows[0]!.id, "Too early to say: the deadline has not passed.", reporterId],
    );
    await db.query("COMMIT");
  });

  const editor = await signedInPage(browser, "editor");
  // The desk's own pages: the claim, the source library, the queue and its export.
  await editor.goto(`/desk/claims/${claimId}`);
  await expect(editor.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(editor.getByText("date unreadable").first()).toBeVisible();
  const library = await editor.goto(`/desk/sources?q=${encodeURIComponent(sourceTitle)}`);
  expect(library?.status()).toBe(200);
  await expect(editor.getByText(sourceTitle).first()).toBeVisible();
  const queue = await editor.goto(`/desk/claims`);
  expect(queue?.status()).toBe(200);
  const exported = await editor.request.get(`/desk/claims/export?q=${encodeURIComponent(slug)}`);
  expect(exported.status()).toBe(200);
  expect(await exported.text()).toContain(slug);

  // Published through the desk, so every public page that lists it is refreshed.
  await publishVerdict(editor, claimId);
  await editor.close();

  for (const path of [
    `/claims/${slug}`,
    `/topics/${topicSlug}`,
    "/",
    "/speakers/white-house-press-office",
    "/speakers/white-house-press-office/feed.xml",
    `/api/v1/claims/${slug}`,
    "/api/v1/claims?limit=100",
    "/feed.xml",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
  }
  const verdictPage = await (await request.get(`/claims/${slug}`)).text();
  expect(verdictPage).toContain("date unreadable");
  expect(await (await request.get(`/topics/${topicSlug}`)).text()).toContain("date unreadable");
  expect(await (await request.get("/")).text()).toContain(slug);
});

test("a NUL or a direction override in a search box searches for the rest instead of failing", async ({ browser, request }) => {
  for (const query of ["%00", "iran%00deal", "%E2%80%AEiran", "%07"]) {
    const response = await request.get(`/search?q=${query}`);
    expect(response.status(), query).toBe(200);
  }
  const editor = await signedInPage(browser, "editor");
  for (const query of ["%00", "iran%00deal", "%E2%80%AE"]) {
    const response = await editor.goto(`/desk/claims?q=${query}`);
    expect(response?.status(), query).toBe(200);
  }
  const exported = await editor.request.get("/desk/claims/export?q=%00");
  expect(exported.status()).toBe(200);
  await editor.close();
});
