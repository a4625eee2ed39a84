import { describe, expect, it } from "vitest";
import { updateClaim } from "@/lib/claims/mutations";
import { editClaimSchema } from "@/lib/claims/schema";
import { prisma } from "@/lib/db";
import { restoreEarlierValue } from "@/lib/history/restore";
import { proposeVerdict, publishVerdict } from "@/lib/verdicts/mutations";
import { verdictSchema } from "@/lib/verdicts/schema";
import { claimInReview, ensureScale, makeClaim, makeUser } from "../support/factories";

// Finding 8 of the hardening review: an editor could reword a claim in
// review and then approve and publish it, so the published sentence was
// written only by its approver. What is published (sentence, quote and
// verdict) must have been seen by someone other than its last author.

const rejectsWith = (promise: Promise<unknown>, code: string, message: RegExp) =>
  expect(promise).rejects.toMatchObject({ name: "DomainError", code, message: expect.stringMatching(message) });

const current = (id: string) => prisma.claim.findUniqueOrThrow({ where: { id }, include: { verdict: true } });

// A reporter's claim, researched and proposed by the reporter: in review.
async function inReview() {
  const { reporter, claim } = await claimInReview();
  return { reporter, claim: await current(claim.id) };
}

const reword = (claim: { id: string; version: number; speakerId: string; madeAt: Date }, changes: { text?: string; quote?: string; venue?: string }) =>
  editClaimSchema.parse({
    claimId: claim.id,
    version: String(claim.version),
    text: changes.text ?? "The minister said the border has been closed since March.",
    quote: changes.quote ?? "",
    venue: changes.venue ?? "",
    madeAt: claim.madeAt.toISOString().slice(0, 10),
    kind: "STATEMENT",
    speakerId: claim.speakerId,
  });

describe("two-person rule on the claim's wording", () => {
  it("an editor who rewords the sentence in review cannot then publish it; nothing is published; another editor can", async () => {
    const { claim } = await inReview();
    const editor = await makeUser("EDITOR");
    await updateClaim(editor, reword(claim, { text: "The minister said the border has been shut since early March." }));
    const reworded = await current(claim.id);
    expect(reworded.wordingById).toBe(editor.id);

    await rejectsWith(
      publishVerdict(editor, { claimId: claim.id, version: reworded.version }),
      "forbidden",
      /current sentence or quote; another editor must approve it/,
    );
    const after = await current(claim.id);
    expect(after).toMatchObject({ status: "IN_REVIEW", publishedAt: null, publishedById: null, version: reworded.version });
    expect(after.verdict!.approvedById).toBeNull();
    expect(await prisma.revision.count({ where: { claimId: claim.id, action: "verdict.published" } })).toBe(0);

    const second = await makeUser("EDITOR");
    await publishVerdict(second, { claimId: claim.id, version: reworded.version });
    expect(await current(claim.id)).toMatchObject({ status: "PUBLISHED", publishedById: second.id, wordingById: editor.id });
  });

  it("the quote counts as wording too", async () => {
    const { claim } = await inReview();
    const editor = await makeUser("EDITOR");
    await updateClaim(editor, reword(claim, { quote: "We have closed the border." }));
    const reworded = await current(claim.id);
    await rejectsWith(publishVerdict(editor, { claimId: claim.id, version: reworded.version }), "forbidden", /sentence or quote/);
  });

  it("an edit that leaves the sentence and quote alone keeps their author, so the editor may still publish", async () => {
    const { reporter, claim } = await inReview();
    const editor = await makeUser("EDITOR");
    await updateClaim(editor, reword(claim, { venue: "Press conference in Geneva" }));
    const edited = await current(claim.id);
    expect(edited.wordingById).toBe(reporter.id);
    await publishVerdict(editor, { claimId: claim.id, version: edited.version });
    expect((await current(claim.id)).status).toBe("PUBLISHED");
  });

  it("restoring earlier words makes the restorer their author", async () => {
    const { claim } = await inReview();
    const [first, second] = [await makeUser("EDITOR"), await makeUser("EDITOR")];
    await updateClaim(first, reword(claim, { text: "The minister said the border has been shut since early March." }));
    const revision = await prisma.revision.findFirstOrThrow({ where: { claimId: claim.id, action: "claim.updated" } });
    const reworded = await current(claim.id);
    await restoreEarlierValue(second, { claimId: claim.id, version: reworded.version, revisionId: revision.id, field: "text" });
    const restored = await current(claim.id);
    expect(restored.wordingById).toBe(second.id);
    await rejectsWith(publishVerdict(second, { claimId: claim.id, version: restored.version }), "forbidden", /sentence or quote/);
    // The first editor's words are gone, so the first editor may publish.
    await publishVerdict(first, { claimId: claim.id, version: restored.version });
  });

  it("an editor who logged the claim themselves does not publish it either", async () => {
    const scale = await ensureScale();
    const [logger, proposer] = [await makeUser("EDITOR"), await makeUser("EDITOR")];
    const claim = await makeClaim(logger, { assigneeId: proposer.id });
    expect((await current(claim.id)).wordingById).toBe(logger.id); // filled by the database for any insert
    await proposeVerdict(
      proposer,
      verdictSchema.parse({ claimId: claim.id, version: String(claim.version), ratingId: scale.false!.id, summary: "No record we found corroborates it." }),
    );
    const reviewed = await current(claim.id);
    await rejectsWith(publishVerdict(logger, { claimId: claim.id, version: reviewed.version }), "forbidden", /sentence or quote/);
  });

  it("the database itself refuses a claim published by the author of its wording", async () => {
    const editor = await makeUser("EDITOR");
    const claim = await makeClaim(editor);
    await expect(
      prisma.claim.update({ where: { id: claim.id }, data: { status: "PUBLISHED", publishedAt: new Date(), publishedById: editor.id } }),
    ).rejects.toThrow(/Claim_published_by_second_person/);
    expect((await current(claim.id)).status).toBe("RESEARCHING");
  });

  it("the stored-problems report lists a claim published by its own wording's author before the rule", async () => {
    const { claim } = await inReview();
    const editor = await makeUser("EDITOR");
    // As a claim published before this rule: the approver wrote the wording
    // and no publisher was recorded.
    await prisma.claim.update({ where: { id: claim.id }, data: { wordingById: editor.id, status: "PUBLISHED", publishedAt: new Date() } });
    await prisma.verdict.update({ where: { claimId: claim.id }, data: { approvedById: editor.id, approvedAt: new Date() } });
    const rows = await prisma.$queryRaw<
      { table: string; column: string; rowId: string; problem: string }[]
    >`SELECT * FROM onrecord_stored_problems() WHERE "rowId" = ${claim.id}`;
    expect(rows).toEqual([
      { table: "Claim", column: "wordingById", rowId: claim.id, problem: expect.stringMatching(/published by the person who last wrote/) },
    ]);
  });
});
