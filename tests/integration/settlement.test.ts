import { describe, expect, it } from "vitest";
import { getPublishedClaim } from "@/lib/claims/queries";
import { prisma } from "@/lib/db";
import { proposeVerdict, publishVerdict } from "@/lib/verdicts/mutations";
import { verdictSchema } from "@/lib/verdicts/schema";
import { approveSettlement, proposeSettlement, sendBackSettlement } from "@/lib/verdicts/settle";
import { ensureScale, makeClaim, makeUser } from "../support/factories";

// A published prediction, once due, is settled the way it was published:
// proposed by its researcher, approved by another editor. Readers keep the
// published verdict until then, and get a dated note when it is settled.

const rejectsWith = (promise: Promise<unknown>, code: string, message?: RegExp) =>
  expect(promise).rejects.toMatchObject({ name: "DomainError", code, ...(message ? { message: expect.stringMatching(message) } : {}) });
const current = (id: string) => prisma.claim.findUniqueOrThrow({ where: { id }, include: { verdict: true, corrections: true } });

async function publishedPrediction(settleBy: Date) {
  const scale = await ensureScale();
  const reporter = await makeUser("REPORTER");
  const editor = await makeUser("EDITOR");
  const claim = await makeClaim(reporter, { kind: "PREDICTION", assigneeId: reporter.id });
  await prisma.claim.update({ where: { id: claim.id }, data: { settleBy, settleCriteria: "The deal is signed." } });
  await proposeVerdict(
    reporter,
    verdictSchema.parse({ claimId: claim.id, version: String(claim.version), ratingId: scale.pending!.id, summary: "Not yet due; we will check on the date." }),
  );
  const inReview = await current(claim.id);
  await publishVerdict(editor, { claimId: claim.id, version: inReview.version });
  return { scale, reporter, editor, claim: await current(claim.id) };
}

const settlement = (claim: { id: string; version: number }, ratingId: string) =>
  verdictSchema.parse({ claimId: claim.id, version: String(claim.version), ratingId, summary: "No deal was signed by the date: it did not come true." });

describe("settling a due prediction", () => {
  it("the researcher proposes, readers still see the published verdict, another editor approves with a public note", async () => {
    const { scale, reporter, editor, claim } = await publishedPrediction(new Date(Date.now() - 86_400_000));
    await proposeSettlement(reporter, settlement(claim, scale["did-not-come-true"]!.id));
    const waiting = await current(claim.id);
    expect(waiting.status).toBe("PUBLISHED");
    expect(waiting.verdict).toMatchObject({
      ratingId: scale.pending!.id,
      settlementRatingId: scale["did-not-come-true"]!.id,
      settlementProposedById: reporter.id,
    });
    // The public page's history does not announce the proposal before a second editor approves it.
    const publicView = await getPublishedClaim(waiting.slug);
    expect(publicView?.revisions.map((revision) => revision.action)).not.toContain("settlement.proposed");
    expect(publicView?.verdict?.ratingId).toBe(scale.pending!.id);

    await approveSettlement(editor, { claimId: claim.id, version: waiting.version });
    const settled = await current(claim.id);
    expect(settled.verdict).toMatchObject({
      ratingId: scale["did-not-come-true"]!.id,
      summary: "No deal was signed by the date: it did not come true.",
      proposedById: reporter.id,
      approvedById: editor.id,
      settlementRatingId: null,
    });
    expect(settled.corrections).toEqual([
      expect.objectContaining({ kind: "UPDATE", note: "Settled: Did not come true. No deal was signed by the date: it did not come true." }),
    ]);
    expect(await prisma.revision.count({ where: { claimId: claim.id, action: "settlement.published" } })).toBe(1);
  });

  it("is refused before the settle-by date, with the date, and for a rating that is not an outcome", async () => {
    const { scale, reporter, claim } = await publishedPrediction(new Date(Date.now() + 10 * 86_400_000));
    await rejectsWith(proposeSettlement(reporter, settlement(claim, scale["came-true"]!.id)), "invalid", /can be settled from then/);
    await prisma.claim.update({ where: { id: claim.id }, data: { settleBy: new Date(Date.now() - 86_400_000) } });
    await rejectsWith(proposeSettlement(reporter, settlement(claim, scale.pending!.id)), "invalid", /other than “Pending”/);
    await rejectsWith(proposeSettlement(reporter, settlement(claim, scale.false!.id)), "invalid");
    expect((await current(claim.id)).verdict?.settlementRatingId).toBeNull();
  });

  it("the editor who proposed a settlement cannot approve it; a reporter cannot approve; another reporter cannot propose", async () => {
    const { scale, editor, claim } = await publishedPrediction(new Date(Date.now() - 86_400_000));
    const stranger = await makeUser("REPORTER");
    await rejectsWith(proposeSettlement(stranger, settlement(claim, scale["came-true"]!.id)), "forbidden");
    await proposeSettlement(editor, settlement(claim, scale["came-true"]!.id));
    const waiting = await current(claim.id);
    await rejectsWith(approveSettlement(editor, { claimId: claim.id, version: waiting.version }), "forbidden", /another editor/);
    await rejectsWith(approveSettlement(stranger, { claimId: claim.id, version: waiting.version }), "forbidden");
    expect((await current(claim.id)).verdict?.ratingId).toBe(scale.pending!.id);
  });

  it("an editor sends a settlement back with comments; the published verdict is untouched", async () => {
    const { scale, reporter, claim } = await publishedPrediction(new Date(Date.now() - 86_400_000));
    await proposeSettlement(reporter, settlement(claim, scale["came-true"]!.id));
    const other = await makeUser("EDITOR");
    const waiting = await current(claim.id);
    await sendBackSettlement(other, { claimId: claim.id, version: waiting.version, comments: "The deal was signed a day late: partly." });
    const after = await current(claim.id);
    expect(after.verdict).toMatchObject({ ratingId: scale.pending!.id, settlementRatingId: null, settlementSummary: null });
    expect(await prisma.revision.findFirst({ where: { claimId: claim.id, action: "settlement.sent_back" } })).toMatchObject({
      reason: "The deal was signed a day late: partly.",
    });
  });
});
