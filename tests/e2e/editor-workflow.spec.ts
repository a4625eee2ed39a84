import { expect, type Page, test } from "@playwright/test";
import { ACCOUNTS, signedInPage, signIn, signOut } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { withDatabase } from "./support/database";
import { claimBy, makeAccount, makeClaim, unique, userId } from "./support/factories";
import { captureActionFields, formWithButton, postActionForm } from "./support/server-actions";

// The editor's side: assign, review, send back, publish, correct, unpublish,
// archive as a duplicate; and the notices that tell people what happened.

const form = (page: Page, name: string) => page.getByRole("form", { name });

async function proposeAs(page: Page, claimId: string, summary: string, rating = "False: The record contradicts it.") {
  await page.goto(`/desk/claims/${claimId}`);
  const proposal = page
    .getByRole("complementary")
    .locator("form")
    .filter({ has: page.getByRole("button", { name: "Submit for review" }) });
  await proposal.getByLabel("Rating").selectOption({ label: rating });
  await proposal.getByLabel("One-line summary").fill(summary);
  await proposal.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText("Verdict proposed and sent to review.")).toBeVisible();
}

test("assign, send back with comments, revise, publish, correct and unpublish, with a notice at each step", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const reporter = await makeAccount("REPORTER");
  // Logged by the admin: the editor who publishes must not have written the
  // claim's wording (the two-person rule covers the sentence too).
  const adminId = await userId(ACCOUNTS.admin.email);
  const claim = await makeClaim({ createdById: adminId, status: "DRAFT", assigneeId: null });

  await test.step("the editor assigns the draft to a reporter", async () => {
    await signIn(page, "editor");
    await page.goto(`/desk/claims/${claim.id}`);
    await form(page, "Assign").getByLabel("Assigned to").selectOption({ label: reporter.name });
    await form(page, "Assign").getByRole("button", { name: "Save assignment" }).click();
    await expect(page.getByRole("status")).toHaveText("Assignment saved.");
    await expect(page.getByText(`Researching · Statement · logged by Ada Admin · assigned to ${reporter.name}`)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  const researcher = await signedInPage(browser, reporter);
  await test.step("the reporter is told, and proposes a verdict", async () => {
    await expect(researcher.getByRole("banner").getByRole("link", { name: /Notifications 1 unread/ })).toBeVisible();
    await researcher
      .getByRole("banner")
      .getByRole("link", { name: /Notifications/ })
      .click();
    await expect(researcher.getByText("Eli Editor assigned this claim to you.")).toBeVisible();
    await expectNoAxeViolations(researcher);
    await researcher.getByRole("button", { name: "Mark all as read" }).click();
    await expect(researcher.getByText("New", { exact: true })).toHaveCount(0);
    await proposeAs(researcher, claim.id, "The crossing reopened two weeks late, the border agency says.");
  });

  await test.step("the editor finds it in review and sends it back with comments", async () => {
    await page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Review" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Review" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: claim.text }).click();
    const sendBack = form(page, "Send back");
    await sendBack.getByRole("button", { name: "Send back to research" }).click();
    await expect(sendBack.getByText(/Say why it goes back/)).toBeVisible();
    await sendBack.getByLabel("Comments for the researcher").fill("Cite the border agency's own notice, not the wire copy.");
    await sendBack.getByRole("button", { name: "Send back to research" }).click();
    await expect(page.getByRole("status")).toHaveText("Sent back to research; the researcher has been notified.");
    expect((await claimBy("id", claim.id)).status).toBe("RESEARCHING");
  });

  await test.step("the reporter reads the comments, revises and resubmits", async () => {
    await researcher.goto(`/desk/claims/${claim.id}`);
    await expect(researcher.getByText("Sent back by Eli Editor:")).toBeVisible();
    await expect(researcher.getByText("Cite the border agency's own notice, not the wire copy.")).toBeVisible();
    await proposeAs(researcher, claim.id, "The border agency's notice shows the crossing reopened two weeks late.");
  });

  await test.step("the editor publishes; the reporter hears of it", async () => {
    await page.goto(`/desk/claims/${claim.id}`);
    await page.getByRole("button", { name: "Publish verdict" }).click();
    await expect(page.getByText("Verdict published.")).toBeVisible();
    await researcher.goto("/desk/notifications");
    await expect(researcher.getByText("Eli Editor approved and published the verdict.")).toBeVisible();
  });
  const { slug } = await claimBy("id", claim.id);
  for (const path of ["/feed.xml", "/feed.json", "/sitemap.xml"]) expect(await (await page.request.get(path)).text(), path).toContain(slug);

  await test.step("the editor corrects it: a new rating and a public note, on the verdict page and the corrections page", async () => {
    await page.goto(`/desk/claims/${claim.id}`);
    const correct = form(page, "Correct, update or clarify");
    await correct.getByLabel("Kind of change").selectOption({ label: "Correction" });
    await correct.getByLabel("Note for readers").fill("We first misread the agency's date; the crossing reopened nine days late, not fourteen.");
    await correct.getByLabel("New rating (optional)").selectOption({ label: "Misleading" });
    await correct.getByRole("button", { name: "Publish the note" }).click();
    await expect(page.getByRole("status")).toHaveText("Published with its note for readers.");

    await page.goto(`/claims/${slug}`);
    await expect(page.getByText("Misleading").first()).toBeVisible();
    // The desk's own notes stay on the desk: review comments never reach readers.
    await expect(page.getByText("Cite the border agency's own notice")).toHaveCount(0);
    // The note sits under the verdict badge, and in the list of corrections further down.
    await expect(page.getByRole("note", { name: "Latest correction" })).toContainText("We first misread the agency's date");
    await expect(page.locator("#corrections").getByText(/^Correction, .*: We first misread the agency's date/)).toBeVisible();
    await page.getByRole("contentinfo").getByRole("link", { name: "Corrections" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Corrections" })).toBeVisible();
    await expect(page.getByRole("link", { name: claim.text })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await test.step("the editor unpublishes with a reason, after confirming: the page and its correction leave the public site", async () => {
    await page.goto(`/desk/claims/${claim.id}`);
    const unpublish = form(page, "Unpublish");
    await unpublish.getByLabel("Why it comes down").fill("The agency withdrew its notice for review.");
    page.once("dialog", (dialog) => dialog.accept());
    await unpublish.getByRole("button", { name: "Unpublish" }).click();
    await expect(page.getByRole("status")).toHaveText("Unpublished: the verdict page is no longer public.");
    expect((await page.goto(`/claims/${slug}`))?.status()).toBe(404);
    // Gone from the feeds and the sitemap as well.
    for (const path of ["/feed.xml", "/feed.json", "/sitemap.xml"]) expect(await (await page.request.get(path)).text(), path).not.toContain(slug);
    await page.goto("/corrections");
    await expect(page.getByRole("link", { name: claim.text })).toHaveCount(0);
  });

  const history = await withDatabase(async (db) =>
    (await db.query(`SELECT action FROM "Revision" WHERE "claimId" = $1 ORDER BY "createdAt"`, [claim.id])).rows.map((row) => row.action),
  );
  expect(history).toEqual([
    "claim.assigned",
    "verdict.proposed",
    "verdict.sent_back",
    "verdict.proposed",
    "verdict.published",
    "claim.corrected",
    "claim.unpublished",
  ]);
  await researcher.context().close();
});

test("archiving as a duplicate moves the record to the claim it repeats", async ({ page }) => {
  const editorId = await userId(ACCOUNTS.editor.email);
  const original = await makeClaim({ createdById: editorId, status: "RESEARCHING", assigneeId: editorId });
  const duplicate = await makeClaim({ createdById: editorId, status: "DRAFT", assigneeId: null });
  const link = `https://example.org/repeat/${unique("dup")}`;
  await withDatabase((db) =>
    db.query(`INSERT INTO "Appearance" (id, "claimId", url, "seenAt", "isFirst") VALUES ($1, $2, $3, now(), true)`, [unique("app"), duplicate.id, link]),
  );

  await signIn(page, "editor");
  await page.goto(`/desk/claims/${duplicate.id}`);
  const archive = form(page, "Archive");
  await archive.getByLabel("Why it is archived").fill("The same claim, repeated at the evening briefing.");
  await archive.getByLabel("Duplicate of (optional)").fill(`${new URL(page.url()).origin}/desk/claims/${original.id}`);
  page.once("dialog", (dialog) => dialog.accept());
  await archive.getByRole("button", { name: "Archive" }).click();
  await expect(page.getByRole("status")).toHaveText("Archived as a duplicate: its appearances and record moved to the other claim.");
  await page.getByRole("link", { name: "Go to the claim it repeats" }).click();
  await expect(page.getByRole("region", { name: "Where it was said" }).getByRole("link", { name: link })).toBeVisible();
  expect((await claimBy("id", duplicate.id)).status).toBe("ARCHIVED");
});

test("a reporter gets no workflow controls on someone else's claim, and replaying the editor's forms changes nothing", async ({ page, browser }) => {
  const editorId = await userId(ACCOUNTS.editor.email);
  const inReview = await makeClaim({ createdById: editorId, status: "IN_REVIEW", assigneeId: editorId, proposedById: editorId });
  const editor = await signedInPage(browser, "editor");
  await editor.goto(`/desk/claims/${inReview.id}`);
  const sendBack = await captureActionFields(formWithButton(editor, "Send back to research"));
  const assign = await captureActionFields(formWithButton(editor, "Save assignment"));
  const archive = await captureActionFields(formWithButton(editor, "Archive"));
  await editor.context().close();

  await signIn(page, "reporter");
  await page.goto(`/desk/claims/${inReview.id}`);
  await expect(page.getByRole("heading", { name: "Move it along" })).toHaveCount(0);
  const before = await claimBy("id", inReview.id);
  const reporterId = await userId(ACCOUNTS.reporter.email);
  const ref = { claimId: inReview.id, version: String(before.version) };
  await postActionForm(page.request, `/desk/claims/${inReview.id}`, sendBack, { ...ref, comments: "Sent back by someone who may not." });
  await postActionForm(page.request, `/desk/claims/${inReview.id}`, assign, { ...ref, assigneeId: reporterId });
  await postActionForm(page.request, `/desk/claims/${inReview.id}`, archive, { ...ref, reason: "Archived by someone who may not." });
  expect(await claimBy("id", inReview.id)).toEqual(before);

  // An unassigned draft: the reporter may take it, and nothing more.
  const free = await makeClaim({ createdById: editorId, status: "DRAFT", assigneeId: null });
  await page.goto(`/desk/claims/${free.id}`);
  await expect(page.getByRole("form", { name: "Assign" })).toHaveCount(0);
  await page.getByRole("button", { name: "Take this claim" }).click();
  await expect(page.getByRole("status")).toHaveText("The claim is yours: it is on your list under My work.");
  expect(await claimBy("id", free.id)).toMatchObject({ status: "RESEARCHING", assigneeId: reporterId });
  await signOut(page);
});

test("the reasoning preview renders Markdown as readers will see it, without scripts or unsafe links", async ({ page }) => {
  const reporterId = await userId(ACCOUNTS.reporter.email);
  const claim = await makeClaim({ createdById: reporterId, status: "RESEARCHING", assigneeId: reporterId });
  await signIn(page, "reporter");
  await page.goto(`/desk/claims/${claim.id}`);
  await page
    .getByLabel("Reasoning")
    .fill("The notice is **dated 4 June**.\n\n<script>window.pwned = 1</script>\n\n[bad](javascript:alert(1)) and [good](https://example.org/notice)");
  await page.getByRole("button", { name: "Preview the reasoning" }).click();
  const preview = page.getByRole("region", { name: "Preview of the reasoning" });
  await expect(preview.locator("strong")).toHaveText("dated 4 June");
  await expect(preview.getByRole("link", { name: "good" })).toHaveAttribute("href", "https://example.org/notice");
  await expect(preview.locator("script")).toHaveCount(0);
  expect(await preview.locator("a").evaluateAll((links) => links.map((link) => link.getAttribute("href")))).not.toContain("javascript:alert(1)");
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
});

test("steps the workflow does not have are refused even when the form is replayed by an editor", async ({ page, browser }) => {
  const [reporterId, editorId] = [await userId(ACCOUNTS.reporter.email), await userId(ACCOUNTS.editor.email)];
  const inReview = await makeClaim({ createdById: reporterId, status: "IN_REVIEW", assigneeId: reporterId, proposedById: reporterId });
  const other = await signedInPage(browser, "admin");
  await other.goto(`/desk/claims/${inReview.id}`);
  const publish = await captureActionFields(formWithButton(other, "Publish verdict"));
  const sendBack = await captureActionFields(formWithButton(other, "Send back to research"));
  await other.context().close();

  // A draft with a proposal attached: publishing it would skip review.
  const draft = await makeClaim({ createdById: editorId, status: "DRAFT", assigneeId: null, proposedById: reporterId });
  await signIn(page, "editor");
  const before = await claimBy("id", draft.id);
  await postActionForm(page.request, `/desk/claims/${draft.id}`, publish, { claimId: draft.id, version: String(before.version) });
  await postActionForm(page.request, `/desk/claims/${draft.id}`, sendBack, {
    claimId: draft.id,
    version: String(before.version),
    comments: "Sending back a draft that was never in review.",
  });
  expect(await claimBy("id", draft.id)).toEqual(before);
  const revisions = await withDatabase(async (db) => (await db.query(`SELECT count(*)::int AS n FROM "Revision" WHERE "claimId" = $1`, [draft.id])).rows[0].n);
  expect(revisions).toBe(0);
});
