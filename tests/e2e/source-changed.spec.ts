import { expect, test } from "@playwright/test";
import { signIn } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { withDatabase } from "./support/database";
import { makeAccount, newId, unique } from "./support/factories";

// What the recheck-sources job leaves behind, as the desk and readers see it:
// a published claim whose sources were archived before publication, one of
// which has since changed (its new copy stored by a later check) and one
// vanished (a later check found a 404). The job itself is tested in
// tests/integration/recheck-sources.test.ts; here the snapshots it would
// store are written directly.

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);
const readout = (day: string) => `Readout of the talks\nThe ministry said talks would resume on ${day}.\nNo text of an agreement was published by either side.`;

async function publishedClaimWithChangedSources() {
  const [reporter, editor] = [await makeAccount("REPORTER"), await makeAccount("EDITOR")];
  const slug = unique("e2e-source-changed");
  const claimId = newId();
  const changed = { id: newId(), title: unique("Ministry readout") };
  const vanished = { id: newId(), title: unique("Agency statement") };
  await withDatabase(async (db) => {
    await db.query("BEGIN");
    const speaker = await db.query<{ id: string }>(`SELECT id FROM "Speaker" WHERE slug = 'white-house-press-office'`);
    const rating = await db.query<{ id: string }>(`SELECT id FROM "Rating" WHERE slug = 'false'`);
    await db.query(
      `INSERT INTO "Claim" (id, slug, text, "madeAt", kind, status, "publishedAt", "publishedById", "speakerId", "createdById", "assigneeId", "updatedAt")
       VALUES ($1, $2, $3, now() - interval '14 days', 'STATEMENT', 'PUBLISHED', $4, $5, $6, $7, $7, now())`,
      [claimId, slug, `The ministry said talks had already resumed (${slug}).`, daysAgo(10), editor.id, speaker.rows[0]!.id, reporter.id],
    );
    await db.query(
      `INSERT INTO "Verdict" (id, "claimId", "ratingId", summary, reasoning, "proposedById", "approvedById", "approvedAt", "updatedAt")
       VALUES ($1, $2, $3, 'The record shows no talks had resumed.', '', $4, $5, $6, now())`,
      [newId(), claimId, rating.rows[0]!.id, reporter.id, editor.id, daysAgo(10)],
    );
    for (const source of [changed, vanished]) {
      await db.query(`INSERT INTO "Source" (id, type, title, url, "createdById", "updatedAt") VALUES ($1, 'OFFICIAL_STATEMENT', $2, $3, $4, now())`, [
        source.id,
        source.title,
        `https://example.org/${source.id}`,
        reporter.id,
      ]);
      await db.query(
        `INSERT INTO "Evidence" (id, "claimId", "sourceId", stance, "addedById", "createdAt", "updatedAt") VALUES ($1, $2, $3, 'CONTRADICTS', $4, $5, now())`,
        [newId(), claimId, source.id, reporter.id, daysAgo(13)],
      );
      // The copy relied on: archived before publication.
      await db.query(
        `INSERT INTO "ArchiveSnapshot" (id, "sourceId", "fetchedAt", "httpStatus", "contentType", title, text, "byteLength", sha256, "takenById")
         VALUES ($1, $2, $3, 200, 'text/html', 'Readout of the talks', $4, 900, $5, $6)`,
        [newId(), source.id, daysAgo(12), readout("Tuesday"), "a".repeat(64), reporter.id],
      );
    }
    // What the job found since.
    await db.query(
      `INSERT INTO "ArchiveSnapshot" (id, "sourceId", "fetchedAt", "httpStatus", "contentType", title, text, "byteLength", sha256)
       VALUES ($1, $2, $3, 200, 'text/html', 'Readout of the talks', $4, 901, $5)`,
      [newId(), changed.id, daysAgo(2), readout("Thursday"), "b".repeat(64)],
    );
    await db.query(
      `INSERT INTO "ArchiveSnapshot" (id, "sourceId", "fetchedAt", "httpStatus", "contentType", text, "byteLength", sha256)
       VALUES ($1, $2, $3, 404, 'text/html', 'Not found', 120, $4)`,
      [newId(), vanished.id, daysAgo(1), "c".repeat(64)],
    );
    // The notice the job wrote for the change (no actor: nobody did it).
    await db.query(`INSERT INTO "Notification" (id, "recipientId", kind, "claimId", message) VALUES ($1, $2, 'SOURCE_CHANGED', $3, $4)`, [
      newId(),
      reporter.id,
      claimId,
      `A source on this claim changed after we relied on it: “${changed.title}”. The claim's page shows what changed.`,
    ]);
    await db.query("COMMIT");
  });
  return { reporter, claimId, slug, changed, vanished };
}

const dayOf = (date: Date) => new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);

test("the desk marks a source changed since we relied on it, with the difference, and one that vanished", async ({ page }) => {
  const { reporter, claimId, changed, vanished } = await publishedClaimWithChangedSources();
  await signIn(page, reporter);
  await page.goto("/desk/notifications");
  const notice = page.getByRole("listitem").filter({ hasText: changed.title });
  await expect(notice.getByText(/^New\s*A source changed ·/)).toBeVisible();
  await notice.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/desk/claims/${claimId}$`));

  const changedEntry = page.getByRole("listitem").filter({ hasText: changed.title });
  await expect(changedEntry.getByText("Changed since we relied on it")).toBeVisible();
  await expect(changedEntry.getByText(`Noticed ${dayOf(daysAgo(2))}`)).toBeVisible();
  const difference = changedEntry.getByRole("blockquote", { name: `What changed in “${changed.title}”` });
  await expect(difference).toBeHidden();
  await changedEntry.getByText("Show what changed").click();
  await expect(difference).toBeVisible();
  await expect(difference.locator("del")).toHaveText("[removed: Tuesday]");
  await expect(difference.locator("ins")).toHaveText("[added: Thursday]");

  const vanishedEntry = page.getByRole("listitem").filter({ hasText: vanished.title });
  await expect(vanishedEntry.getByText("Gone since we relied on it")).toBeVisible();
  await expect(vanishedEntry.getByText(/The page answered HTTP 404\. We relied on the copy archived/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the verdict page says, with the date, which sources changed or vanished after we relied on them", async ({ page }) => {
  const { slug, changed, vanished } = await publishedClaimWithChangedSources();
  await page.goto(`/claims/${slug}`);
  const record = page.getByRole("region", { name: "What the record shows" });

  const changedEntry = record.getByRole("article").filter({ hasText: changed.title });
  await expect(changedEntry.getByText(`This page has changed since we relied on it: we noticed the change on ${dayOf(daysAgo(2))}.`)).toBeVisible();
  // The archived copy shown is the one the verdict relied on, not the changed page.
  await expect(changedEntry.getByText(`Archived ${dayOf(daysAgo(12))}`)).toBeVisible();
  await expect(changedEntry.getByText("a".repeat(64))).toBeVisible();

  const vanishedEntry = record.getByRole("article").filter({ hasText: vanished.title });
  await expect(vanishedEntry.getByText(`This page was no longer available when we checked it on ${dayOf(daysAgo(1))}, after we relied on it.`)).toBeVisible();
  // Readers get the fact, not the desk's difference.
  await expect(record.locator("del, ins")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("a verdict page already cached shows the note once the job worker announces the change", async ({ page }) => {
  const { slug, changed } = await publishedClaimWithChangedSources();
  // The page as it stood before the last check: rendered and cached without the note.
  const laterCopies = await withDatabase(
    async (db) => (await db.query(`DELETE FROM "ArchiveSnapshot" WHERE "sourceId" = $1 AND "takenById" IS NULL RETURNING *`, [changed.id])).rows,
  );
  expect(laterCopies).toHaveLength(1);
  await page.goto(`/claims/${slug}`);
  const note = page.getByText("This page has changed since we relied on it");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(note).toHaveCount(0);

  // The job stores the new copy from its own process, then announces the
  // pages' tags, as lib/archive/refresh-after-recheck.ts does outside Next.
  await withDatabase(async (db) => {
    const copy = laterCopies[0];
    await db.query(
      `INSERT INTO "ArchiveSnapshot" (id, "sourceId", "fetchedAt", "httpStatus", "contentType", title, text, "byteLength", sha256) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [copy.id, copy.sourceId, copy.fetchedAt, copy.httpStatus, copy.contentType, copy.title, copy.text, copy.byteLength, copy.sha256],
    );
  });
  // Cached: the new copy alone changes nothing readers see.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(note).toHaveCount(0);
  await withDatabase((db) => db.query(`SELECT pg_notify('onrecord_expired_tags', $1)`, [JSON.stringify([`claim:${slug}`, `_N_T_/claims/${slug}`])]));
  await expect(async () => {
    await page.reload();
    await expect(note).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 10_000 });
});
