import { type Browser, expect, test } from "@playwright/test";
import { ACCOUNTS, signedInPage, signIn } from "./support/accounts";
import { type ClaimRow, claimBy, makeClaim, ratingId, userId, verdictFor } from "./support/factories";
import { type ActionFields, captureActionFields, formWithButton, postActionForm } from "./support/server-actions";

// Publishing is for editors, and never for the editor who proposed the
// verdict. Hiding the button is not the protection: the publish action is a
// public POST endpoint, so each refusal is also tried by replaying the
// editor's publish form with someone else's session.

// The publish form as an editor sees it on a claim in review. Its action
// fields are the same on every claim; the claim is named by a form field.
async function capturePublishAction(browser: Browser): Promise<ActionFields> {
  const editor = await signedInPage(browser, "editor");
  const inReview = await claimBy("slug", "talks-breakthrough-demo");
  await editor.goto(`/desk/claims/${inReview.id}`);
  const fields = await captureActionFields(formWithButton(editor, "Publish verdict"));
  await editor.context().close();
  return fields;
}

async function publishFields(claim: ClaimRow) {
  // The claim's current version, so that the only reason left to refuse is
  // who is asking. A rating and summary are smuggled in as well: publishing
  // must ignore them and approve only the stored proposal.
  const current = await claimBy("id", claim.id);
  return {
    claimId: current.id,
    version: String(current.version),
    ratingId: await ratingId("false"),
    summary: "Replayed by hand: the record contradicts this claim outright.",
    reasoning: "",
  };
}

test("a reporter sees no publish button on a claim in review", async ({ page }) => {
  const claim = await claimBy("slug", "talks-breakthrough-demo");
  await signIn(page, "reporter");
  await page.goto(`/desk/claims/${claim.id}`);
  await expect(page.getByRole("heading", { level: 1, name: claim.text })).toBeVisible();
  await expect(page.getByText(/^In review/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Publish verdict" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Approve and publish" })).toHaveCount(0);
  await expect(page.getByText("Only editors can approve and publish verdicts.")).toBeVisible();
});

test("a reporter replaying the publish form with their own session does not publish", async ({ page, browser }) => {
  const action = await capturePublishAction(browser);
  const claim = await claimBy("slug", "talks-breakthrough-demo");
  const before = await verdictFor(claim.id);
  await signIn(page, "reporter");

  const response = await postActionForm(page.request, `/desk/claims/${claim.id}`, action, await publishFields(claim));
  expect(response.status()).toBeLessThan(500);

  const after = await claimBy("id", claim.id);
  expect(after).toMatchObject({ status: "IN_REVIEW", publishedAt: null, version: claim.version });
  expect(await verdictFor(claim.id)).toEqual(before);
  expect(before?.approvedById).toBeNull();
  expect((await page.request.get(`/claims/${claim.slug}`)).status()).toBe(404);
});

test("an editor cannot publish a verdict they proposed themselves, but another editor can", async ({ page, browser }) => {
  const [reporterId, editorId, adminId] = await Promise.all([userId(ACCOUNTS.reporter.email), userId(ACCOUNTS.editor.email), userId(ACCOUNTS.admin.email)]);
  const claim = await makeClaim({ createdById: reporterId, status: "RESEARCHING", assigneeId: reporterId });
  const action = await capturePublishAction(browser);

  // The editor proposes the verdict through the form…
  await signIn(page, "editor");
  await page.goto(`/desk/claims/${claim.id}`);
  const proposal = formWithButton(page, "Submit for review");
  await proposal.getByLabel("Rating").selectOption({ label: "Unsupported: Nothing in the record corroborates it." });
  await proposal.getByLabel("One-line summary").fill("No record we found shows the crossing reopening on schedule.");
  await proposal.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText("Verdict proposed and sent to review.")).toBeVisible();

  // …and is then shown why they cannot publish it, with no button to try.
  await expect(page.getByText("You proposed this verdict; another editor must approve it.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Publish verdict" })).toHaveCount(0);

  // Replaying the publish form with the proposer's own session is refused.
  await postActionForm(page.request, `/desk/claims/${claim.id}`, action, await publishFields(claim));
  expect(await claimBy("id", claim.id)).toMatchObject({ status: "IN_REVIEW", publishedAt: null });
  expect(await verdictFor(claim.id)).toMatchObject({ proposedById: editorId, approvedById: null });

  // A second person (the admin, who may publish) approves it in the desk.
  const admin = await signedInPage(browser, "admin");
  await admin.goto(`/desk/claims/${claim.id}`);
  await admin.getByRole("button", { name: "Publish verdict" }).click();
  await expect(admin.getByText("Verdict published.")).toBeVisible();
  await admin.context().close();
  expect(await claimBy("id", claim.id)).toMatchObject({ status: "PUBLISHED" });
  expect(await verdictFor(claim.id)).toMatchObject({ proposedById: editorId, approvedById: adminId });
});

// The control for the replays above: the very same replayed form, sent by an
// editor who may publish, is accepted. So the refusals are the policy at
// work, not a request the server could not read.
test("the replayed publish form is accepted from an editor who did not propose the verdict", async ({ page, browser }) => {
  const [reporterId, editorId] = await Promise.all([userId(ACCOUNTS.reporter.email), userId(ACCOUNTS.editor.email)]);
  const claim = await makeClaim({ createdById: reporterId, status: "IN_REVIEW", assigneeId: reporterId, proposedById: reporterId });
  const action = await capturePublishAction(browser);
  await signIn(page, "editor");

  await postActionForm(page.request, `/desk/claims/${claim.id}`, action, await publishFields(claim));

  expect(await claimBy("id", claim.id)).toMatchObject({ status: "PUBLISHED" });
  const published = await verdictFor(claim.id);
  expect(published).toMatchObject({ proposedById: reporterId, approvedById: editorId });
  // What went public is the reporter's proposal, not the words in the post.
  expect(published?.summary).not.toContain("Replayed by hand");
  expect((await page.request.get(`/claims/${claim.slug}`)).status()).toBe(200);
});
