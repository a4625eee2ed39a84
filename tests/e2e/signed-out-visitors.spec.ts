import { expect, test } from "@playwright/test";
import { ACCOUNTS, signedInPage } from "./support/accounts";
import { withDatabase } from "./support/database";
import { E2E } from "./support/env";
import { attachSource, claimBy, makeAccount, makeClaim, ratingId, unique, userId, verdictFor } from "./support/factories";
import { type ActionFields, captureAccountForms, captureActionFields, formWithButton, postActionForm } from "./support/server-actions";

// Someone with no session gets nothing from the desk: every page sends them
// to sign in without showing desk data, unpublished claims do not exist on
// the public site, and replaying any desk form without cookies changes
// nothing in the database.

// Words that only the desk may show.
const DESK_ONLY = [
  "The previous round of talks with Iran was a breakthrough.", // in review
  "A nuclear deal with Iran is close.", // draft
  "reporter@onrecord.test",
  "Newsroom accounts",
];

test("every desk page sends a signed-out visitor to sign in and shows no desk data", async ({ page, request }) => {
  const inReview = await claimBy("slug", "talks-breakthrough-demo");
  const paths = [
    "/desk",
    "/desk/claims",
    "/desk/claims?status=DRAFT",
    "/desk/claims/new",
    "/desk/extract",
    "/desk/import",
    `/desk/claims/${inReview.id}`,
    "/desk/admin/users",
  ];
  for (const path of paths) {
    // What the server sends, before any browser-side redirect.
    const response = await request.get(path, { maxRedirects: 0 });
    expect([303, 307, 308], `${path} answers with a redirect`).toContain(response.status());
    expect(new URL(response.headers().location ?? "", E2E.baseURL).pathname, `${path} redirects to /login`).toBe("/login");
    const body = await response.text();
    for (const secret of DESK_ONLY) expect(body, `${path} leaks "${secret}"`).not.toContain(secret);

    // What a browser ends up showing.
    await page.goto(path);
    await expect(page, `${path} lands on the sign-in page`).toHaveURL(/\/login$/);
    await expect(page.getByRole("heading", { level: 1, name: "Sign in to the desk" })).toBeVisible();
    const html = await page.content();
    for (const secret of DESK_ONLY) expect(html, `${path} shows "${secret}"`).not.toContain(secret);
  }
});

test("unpublished claims do not exist on the public site", async ({ page }) => {
  for (const slug of ["talks-breakthrough-demo", "deal-close-demo", "minor-understandings-demo"]) {
    const response = await page.goto(`/claims/${slug}`);
    expect(response?.status(), `/claims/${slug}`).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    const claim = await claimBy("slug", slug);
    await expect(page.getByText(claim.text)).toHaveCount(0);
  }
});

test("every desk action replayed without a session changes nothing", async ({ browser, request }) => {
  const reporterId = await userId(ACCOUNTS.reporter.email);
  const researching = await makeClaim({ createdById: reporterId, status: "RESEARCHING", assigneeId: reporterId });
  const inReview = await makeClaim({ createdById: reporterId, status: "IN_REVIEW", assigneeId: reporterId, proposedById: reporterId });
  const target = await makeAccount("REPORTER");
  const sourceId = await attachSource({ claimId: researching.id, addedById: reporterId, url: "https://example.org/readout", title: "A readout to archive" });

  // An admin's browser renders every form once; the forms' action fields are
  // all a visitor would need to replay them.
  const admin = await signedInPage(browser, "admin");
  await admin.goto("/desk/claims/new");
  const logClaim = await captureActionFields(formWithButton(admin, "Log claim"));
  await admin.goto(`/desk/claims/${researching.id}`);
  const propose = await captureActionFields(formWithButton(admin, "Submit for review"));
  const archive = await captureActionFields(formWithButton(admin, "Archive now"));
  const addToRecord = await captureActionFields(formWithButton(admin, "Add to the record"));
  await admin.getByText("Add where it was said or repeated").click();
  const addAppearance = await captureActionFields(formWithButton(admin, "Add appearance"));
  await admin.goto("/desk/extract");
  const findClaims = await captureActionFields(formWithButton(admin, "Find claims"));
  await admin.goto("/desk/sources");
  const addToLibrary = await captureActionFields(formWithButton(admin, "Add source"));
  await admin.goto(`/desk/claims/${inReview.id}`);
  const publish = await captureActionFields(formWithButton(admin, "Publish verdict"));
  const { addAccount, changeRole, disable } = await captureAccountForms(admin, target);
  await admin.context().close();

  const snapshot = () =>
    withDatabase(async (db) => {
      const counts = await db.query(
        `SELECT (SELECT count(*) FROM "Claim") AS claims, (SELECT count(*) FROM "Verdict") AS verdicts,
                (SELECT count(*) FROM "User") AS users, (SELECT count(*) FROM "Revision") AS revisions,
                (SELECT count(*) FROM "AuditEvent") AS audit, (SELECT count(*) FROM "ArchiveSnapshot") AS snapshots,
                (SELECT count(*) FROM "Source") AS sources, (SELECT count(*) FROM "Evidence") AS evidence,
                (SELECT count(*) FROM "Appearance") AS appearances`,
      );
      const account = await db.query(`SELECT role, "disabledAt", "sessionVersion" FROM "User" WHERE id = $1`, [target.id]);
      return {
        counts: counts.rows[0],
        account: account.rows[0],
        researching: await claimBy("id", researching.id),
        inReview: await claimBy("id", inReview.id),
        verdict: await verdictFor(inReview.id),
      };
    });
  const before = await snapshot();
  const rating = await ratingId("false");
  const newClaimText = `A forged claim sent without a session (${unique("anon")}).`;
  const newEmail = `${unique("forged")}@e2e.onrecord.test`;
  const verdict = { ratingId: rating, summary: "Forged without a session: this must never be saved.", reasoning: "" };

  const attempts: { name: string; path: string; action: ActionFields; fields: Record<string, string> }[] = [
    {
      name: "log a claim",
      path: "/desk/claims/new",
      action: logClaim,
      fields: { text: newClaimText, madeAt: "2026-06-01", kind: "STATEMENT", newSpeakerName: unique("Forged Speaker"), assignToMe: "on" },
    },
    {
      name: "propose a verdict",
      path: `/desk/claims/${researching.id}`,
      action: propose,
      fields: { claimId: researching.id, version: String(researching.version), ...verdict },
    },
    {
      name: "publish a verdict",
      path: `/desk/claims/${inReview.id}`,
      action: publish,
      fields: { claimId: inReview.id, version: String(inReview.version), ...verdict },
    },
    { name: "archive a source", path: `/desk/claims/${researching.id}`, action: archive, fields: { sourceId } },
    {
      name: "add to a claim's record",
      path: `/desk/claims/${researching.id}`,
      action: addToRecord,
      fields: { claimId: researching.id, type: "SOCIAL_POST", title: "A forged post", stance: "SUPPORTS" },
    },
    {
      name: "add an appearance",
      path: `/desk/claims/${researching.id}`,
      action: addAppearance,
      fields: { claimId: researching.id, appearanceUrl: "https://example.org/forged-appearance", madeAt: "2026-06-01" },
    },
    { name: "read an article from a link", path: "/desk/extract", action: findClaims, fields: { articleUrl: "https://example.org/forged-article" } },
    { name: "add to the source library", path: "/desk/sources", action: addToLibrary, fields: { type: "OTHER", title: "A forged source" } },
    {
      name: "create an account",
      path: "/desk/admin/users",
      action: addAccount,
      fields: { name: "Forged Admin", email: newEmail, role: "ADMIN", password: "forged password 123" },
    },
    { name: "change a role", path: "/desk/admin/users", action: changeRole, fields: { userId: target.id, role: "ADMIN" } },
    { name: "disable an account", path: "/desk/admin/users", action: disable, fields: { userId: target.id, disabled: "true" } },
  ];
  for (const attempt of attempts) {
    const response = await postActionForm(request, attempt.path, attempt.action, attempt.fields);
    expect(response.status(), `${attempt.name}: no server error`).toBeLessThan(500);
  }

  expect(await snapshot()).toEqual(before);
  await withDatabase(async (db) => {
    expect((await db.query(`SELECT 1 FROM "Claim" WHERE text = $1`, [newClaimText])).rowCount).toBe(0);
    expect((await db.query(`SELECT 1 FROM "User" WHERE email = $1`, [newEmail])).rowCount).toBe(0);
  });
  expect(before.researching.status).toBe("RESEARCHING");
  expect(before.inReview.status).toBe("IN_REVIEW");
  expect(before.account).toMatchObject({ role: "REPORTER", disabledAt: null });
});
