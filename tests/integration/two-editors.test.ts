import { describe, expect, it } from "vitest";
import { updateClaim } from "@/lib/claims/mutations";
import { editClaimSchema } from "@/lib/claims/schema";
import { prisma } from "@/lib/db";
import { proposeVerdict } from "@/lib/verdicts/mutations";
import { verdictSchema } from "@/lib/verdicts/schema";
import { ensureScale, makeClaim, makeUser } from "../support/factories";

// Two editors saving the same claim from the same version, 100 times over and
// all at once: each time exactly one save wins, the other is refused naming
// who changed it, and no update is lost or half-written.

const PAIRS = 100;

describe("two editors at once", () => {
  it(`${PAIRS} concurrent pairs of claim edits: one wins each pair, the loser is told who, nothing is lost`, async () => {
    const [first, second] = [await makeUser("EDITOR"), await makeUser("EDITOR")];
    const claims = await Promise.all(Array.from({ length: PAIRS }, () => makeClaim(first)));
    const edit = (claim: (typeof claims)[number], who: string) =>
      editClaimSchema.parse({
        claimId: claim.id,
        version: String(claim.version),
        text: `The border has been closed since March, says ${who}.`,
        madeAt: "2026-05-31",
        kind: "STATEMENT",
        speakerId: claim.speakerId,
      });

    const outcomes = await Promise.all(
      claims.map((claim) => Promise.allSettled([updateClaim(first, edit(claim, "the first editor")), updateClaim(second, edit(claim, "the second editor"))])),
    );

    const after = await prisma.claim.findMany({ where: { id: { in: claims.map((claim) => claim.id) } }, include: { revisions: true } });
    const byId = new Map(after.map((claim) => [claim.id, claim]));
    for (const [index, pair] of outcomes.entries()) {
      const claim = byId.get(claims[index]!.id)!;
      const won = pair.filter((outcome) => outcome.status === "fulfilled");
      const lost = pair.filter((outcome) => outcome.status === "rejected");
      expect(won, `pair ${index}`).toHaveLength(1);
      expect(lost, `pair ${index}`).toHaveLength(1);
      const refusal = (lost[0] as PromiseRejectedResult).reason;
      expect(refusal).toMatchObject({ code: "conflict", message: expect.stringMatching(/changed this claim/) });
      // The winner's words are stored whole, with one revision and one version step.
      const winner = pair[0]!.status === "fulfilled" ? first : second;
      expect(claim.text).toBe(`The border has been closed since March, says the ${winner === first ? "first" : "second"} editor.`);
      expect(claim.version).toBe(claims[index]!.version + 1);
      expect(claim.revisions.filter((revision) => revision.action === "claim.updated")).toHaveLength(1);
      expect(claim.revisions.find((revision) => revision.action === "claim.updated")!.authorId).toBe(winner.id);
    }
  }, 120_000);

  it(`${PAIRS} concurrent pairs of verdict proposals: one proposal stands per claim, from the winner`, async () => {
    const scale = await ensureScale();
    const [first, second] = [await makeUser("EDITOR"), await makeUser("EDITOR")];
    const claims = await Promise.all(Array.from({ length: PAIRS }, () => makeClaim(first)));
    const propose = (claim: (typeof claims)[number], who: typeof first, ratingId: string) =>
      proposeVerdict(who, verdictSchema.parse({ claimId: claim.id, version: String(claim.version), ratingId, summary: `Summary written by ${who.name}.` }));

    const outcomes = await Promise.all(
      claims.map((claim) => Promise.allSettled([propose(claim, first, scale.false!.id), propose(claim, second, scale.accurate!.id)])),
    );

    const verdicts = await prisma.verdict.findMany({ where: { claimId: { in: claims.map((claim) => claim.id) } } });
    expect(verdicts).toHaveLength(PAIRS);
    const byClaim = new Map(verdicts.map((verdict) => [verdict.claimId, verdict]));
    for (const [index, pair] of outcomes.entries()) {
      expect(
        pair.filter((outcome) => outcome.status === "fulfilled"),
        `pair ${index}`,
      ).toHaveLength(1);
      const winner = pair[0]!.status === "fulfilled" ? first : second;
      const verdict = byClaim.get(claims[index]!.id)!;
      // Rating and summary come from the same person: never one from each.
      expect(verdict).toMatchObject({
        proposedById: winner.id,
        summary: `Summary written by ${winner.name}.`,
        ratingId: winner === first ? scale.false!.id : scale.accurate!.id,
      });
    }
  }, 120_000);
});
