import { expect, type Page, test } from "@playwright/test";
import { ACCOUNTS, signIn, signOut } from "./support/accounts";
import { withDatabase } from "./support/database";
import { claimBy, unique, userId, verdictFor } from "./support/factories";

// The whole newsroom path for one new claim: a reporter logs it with a new
// speaker and a contradicting source, proposes a verdict, an editor publishes
// it, and only then does the public verdict page exist.

async function expectPublicPageMissing(page: Page, slug: string) {
  const response = await page.goto(`/claims/${slug}`);
  expect(response?.status(), `/claims/${slug} before publication`).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
}

test("a claim logged by a reporter and approved by an editor becomes a public verdict page with ClaimReview data", async ({ page }) => {
  const tag = unique("j");
  const claimText = `The port authority cleared every stranded container within 48 hours (${tag}).`;
  const speakerName = `Harbour Commissioner ${tag}`;
  const sourceTitle = `Customs data show containers held for up to nine days (${tag})`;
  const summary = "Customs records show containers held for up to nine days after the strike ended.";
  const [reporterId, editorId] = await Promise.all([userId(ACCOUNTS.reporter.email), userId(ACCOUNTS.editor.email)]);

  let claimId = "";
  await test.step("the reporter logs the claim with a new speaker and a contradicting source", async () => {
    await signIn(page, "reporter");
    await page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Log a claim" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Log a claim" })).toBeVisible();
    await page.getByLabel("The claim in one short sentence").fill(claimText);
    await page.getByLabel("Where it was said", { exact: true }).fill("Press conference");
    await page.getByLabel("Link to where it was said").fill("https://example.org/briefings/port-authority");
    await page.getByLabel("New speaker's name").fill(speakerName);
    await page.getByLabel("New speaker's title or role").fill("Port authority chair");
    await page.getByLabel("Source title").fill(sourceTitle);
    await page.getByLabel("Kind of source").selectOption({ label: "Dataset" });
    await page.getByLabel("Publisher or outlet").fill("National customs office");
    await page.getByLabel("Source link").fill("https://example.org/customs/release-times");
    await page.getByLabel("What the source does for the claim").selectOption({ label: "Contradicts the claim" });
    await page.getByLabel("The passage relied on").fill("median release time: 6.5 days; maximum: 9 days");
    await expect(page.getByLabel("Assign it to me")).toBeChecked();
    await page.getByRole("button", { name: "Log claim" }).click();

    await expect(page).toHaveURL(/\/desk\/claims\/[^/?]+\?done=logged$/);
    await expect(page.getByText("Claim logged.")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: claimText })).toBeVisible();
    await expect(page.getByText("assigned to Rana Reporter")).toBeVisible();
    claimId = new URL(page.url()).pathname.split("/").pop()!;
  });

  const logged = await claimBy("id", claimId);
  expect(logged).toMatchObject({ text: claimText, status: "RESEARCHING", assigneeId: reporterId });
  await expectPublicPageMissing(page, logged.slug);

  await test.step("the reporter proposes a verdict and submits it for review", async () => {
    await page.goto(`/desk/claims/${claimId}`);
    const proposal = page.getByRole("complementary").locator("form");
    await proposal.getByLabel("Rating").selectOption({ label: "False: The record contradicts it." });
    await proposal.getByLabel("One-line summary").fill(summary);
    await proposal.getByLabel("Reasoning").fill("The customs office publishes release times for every container.\n\n- **Nine days** at the longest.");
    await proposal.getByRole("button", { name: "Submit for review" }).click();
    await expect(page).toHaveURL(new RegExp(`/desk/claims/${claimId}\\?done=proposed$`));
    await expect(page.getByText("Verdict proposed and sent to review.")).toBeVisible();
    await expect(page.getByText(/^In review · Statement/)).toBeVisible();
    await expect(page.getByText("Proposed by Rana Reporter; not yet approved")).toBeVisible();
    // A reporter may propose but not publish.
    await expect(page.getByRole("button", { name: "Publish verdict" })).toHaveCount(0);
    await expect(page.getByText("Only editors can approve and publish verdicts.")).toBeVisible();
  });

  expect((await claimBy("id", claimId)).status).toBe("IN_REVIEW");
  expect(await verdictFor(claimId)).toMatchObject({ proposedById: reporterId, approvedById: null, summary });
  // In review is still unpublished: the public page must not exist yet.
  await expectPublicPageMissing(page, logged.slug);
  // The home page's cached list of verdicts does not have it yet either.
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Latest verdicts" })).toBeVisible();
  await expect(page.getByRole("link", { name: claimText })).toHaveCount(0);

  await test.step("the reporter signs out and an editor approves and publishes", async () => {
    await page.goto("/desk");
    await signOut(page);
    await signIn(page, "editor");
    await page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Review" }).click();
    await page.getByRole("link", { name: claimText }).click();
    await expect(page).toHaveURL(new RegExp(`/desk/claims/${claimId}$`));
    await expect(page.getByRole("heading", { name: "Approve and publish" })).toBeVisible();
    const approval = page.getByRole("complementary").locator("form");
    await expect(approval.getByLabel("One-line summary")).toHaveValue(summary);
    await approval.getByRole("button", { name: "Publish verdict" }).click();
    await expect(page).toHaveURL(new RegExp(`/desk/claims/${claimId}\\?done=published$`));
    await expect(page.getByText("Verdict published.")).toBeVisible();
    await expect(page.getByText("Proposed by Rana Reporter; approved by Eli Editor")).toBeVisible();
    await expect(page.getByRole("link", { name: "View the public verdict page" })).toBeVisible();
  });

  await test.step("the public verdict page shows the claim, the verdict and the record", async () => {
    const response = await page.goto(`/claims/${logged.slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: claimText })).toBeVisible();
    await expect(page.getByText(`Statement · ${speakerName}, Port authority chair`)).toBeVisible();
    const verdict = page.getByRole("region", { name: "Our verdict" });
    await expect(verdict.getByText("False", { exact: true })).toBeVisible();
    await expect(verdict.getByText(summary)).toBeVisible();
    await expect(verdict.locator("strong", { hasText: "Nine days" })).toBeVisible();
    await expect(verdict.getByText("Researched by Rana Reporter, approved by Eli Editor")).toBeVisible();

    const contradicts = page.getByRole("heading", { name: /^Contradicts the claim/ });
    await expect(contradicts).toHaveText("Contradicts the claim (1 independent source)");
    const contradictsColumn = contradicts.locator("xpath=..");
    await expect(contradictsColumn.getByRole("link", { name: sourceTitle })).toHaveAttribute("href", "https://example.org/customs/release-times");
    await expect(contradictsColumn.getByText("median release time: 6.5 days; maximum: 9 days")).toBeVisible();
    const supportsColumn = page.getByRole("heading", { name: /^Supports the claim/ }).locator("xpath=..");
    await expect(supportsColumn.getByText(sourceTitle)).toHaveCount(0);

    const jsonLd = page.locator('script[type="application/ld+json"]');
    await expect(jsonLd).toHaveCount(1);
    const claimReview = JSON.parse((await jsonLd.textContent()) ?? "");
    expect(claimReview).toMatchObject({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      // Under 75 characters, cut at a word (tests/unit/claim-review.test.ts).
      claimReviewed: claimText.length < 75 ? claimText : expect.stringMatching(/^The port authority cleared .*…$/),
      url: expect.stringMatching(new RegExp(`/claims/${logged.slug}$`)),
      itemReviewed: {
        "@type": "Claim",
        appearance: [{ "@type": "CreativeWork", url: "https://example.org/briefings/port-authority" }],
        firstAppearance: { "@type": "CreativeWork", url: "https://example.org/briefings/port-authority" },
        author: { "@type": "Person", name: speakerName, jobTitle: "Port authority chair" },
      },
      reviewRating: { "@type": "Rating", alternateName: "False", ratingValue: 1, worstRating: 1, bestRating: 5, ratingExplanation: summary },
    });

    // The home page lists it among the latest verdicts.
    await page.goto("/");
    await expect(page.getByRole("link", { name: claimText })).toBeVisible();
  });

  await test.step("the database holds the publication, its revision and its audit row", async () => {
    const published = await claimBy("id", claimId);
    expect(published.status).toBe("PUBLISHED");
    expect(published.publishedAt).not.toBeNull();
    const verdict = await verdictFor(claimId);
    expect(verdict).toMatchObject({ proposedById: reporterId, approvedById: editorId, summary });
    expect(verdict?.approvedAt).not.toBeNull();

    await withDatabase(async (db) => {
      const rating = await db.query(`SELECT r.slug FROM "Verdict" v JOIN "Rating" r ON r.id = v."ratingId" WHERE v."claimId" = $1`, [claimId]);
      expect(rating.rows[0]?.slug).toBe("false");

      const revisions = await db.query(`SELECT action, "authorId" FROM "Revision" WHERE "claimId" = $1 ORDER BY "createdAt"`, [claimId]);
      expect(revisions.rows).toEqual([
        { action: "claim.created", authorId: reporterId },
        { action: "verdict.proposed", authorId: reporterId },
        { action: "verdict.published", authorId: editorId },
      ]);

      const audit = await db.query(`SELECT "actorId" FROM "AuditEvent" WHERE action = 'claim.published' AND "targetId" = $1`, [claimId]);
      expect(audit.rows).toEqual([{ actorId: editorId }]);

      const evidence = await db.query(
        `SELECT e.stance, e.passage, s.title, s.type, sp.name AS speaker, sp.title AS "speakerTitle"
           FROM "Evidence" e JOIN "Source" s ON s.id = e."sourceId" JOIN "Claim" c ON c.id = e."claimId" JOIN "Speaker" sp ON sp.id = c."speakerId"
          WHERE e."claimId" = $1`,
        [claimId],
      );
      expect(evidence.rows).toEqual([
        {
          stance: "CONTRADICTS",
          passage: "median release time: 6.5 days; maximum: 9 days",
          title: sourceTitle,
          type: "DATASET",
          speaker: speakerName,
          speakerTitle: "Port authority chair",
        },
      ]);
    });
  });
});
