import { describe, expect, it } from "vitest";
import { updateClaim } from "@/lib/claims/mutations";
import { editClaimSchema } from "@/lib/claims/schema";
import { storedVersion } from "@/lib/claims/stored-version";
import { prisma } from "@/lib/db";
import { proposeVerdict } from "@/lib/verdicts/mutations";
import { verdictSchema } from "@/lib/verdicts/schema";
import { storedProposal } from "@/lib/verdicts/stored-proposal";
import { ensureScale, makeClaim, makeUser } from "../support/factories";

// Issue 14, rough edge 4 where the database is involved: a save refused
// because someone saved first can be shown what is stored now, who saved it,
// and the version a merged save must name; that save is checked again.

describe("a claim's edit", () => {
  it("shows what the other person saved, who they are and the version to save against; a save naming an older one is refused again", async () => {
    const [first, second] = [await makeUser("EDITOR"), await makeUser("EDITOR")];
    const claim = await makeClaim(first);
    const edit = (who: string, version: number) =>
      editClaimSchema.parse({
        claimId: claim.id,
        version: String(version),
        text: `The border has been closed since March, says ${who}.`,
        madeAt: "2026-05-31",
        kind: "STATEMENT",
        speakerId: claim.speakerId,
        venue: who,
      });
    await updateClaim(first, edit("the first editor", claim.version));
    await expect(updateClaim(second, edit("the second editor", claim.version))).rejects.toMatchObject({ code: "conflict" });
    const stored = await storedVersion(second, claim.id);
    expect(stored).toMatchObject({
      what: "claim",
      savedBy: first.name,
      change: "Claim edited",
      draft: {
        id: claim.id,
        version: claim.version + 1,
        text: "The border has been closed since March, says the first editor.",
        venue: "the first editor",
        madeAt: "2026-05-31",
      },
    });
    // A third save in between: the merged save names a version that is gone.
    await updateClaim(first, edit("the first editor again", claim.version + 1));
    await expect(updateClaim(second, edit("the second editor", stored!.draft.version))).rejects.toMatchObject({ code: "conflict" });
    expect((await storedVersion(second, claim.id))!.draft.version).toBe(claim.version + 2);
  });
});

describe("a verdict proposal", () => {
  it("shows the proposal stored now, by whom, and takes the merged one against its version", async () => {
    const scale = await ensureScale();
    const [reporter, editor] = [await makeUser("REPORTER"), await makeUser("EDITOR")];
    const claim = await makeClaim(reporter, { status: "RESEARCHING", assigneeId: reporter.id });
    const proposal = (version: number, ratingId: string, summary: string) =>
      verdictSchema.parse({ claimId: claim.id, version: String(version), ratingId, summary, reasoning: `${summary} In full.` });
    await proposeVerdict(editor, proposal(claim.version, scale.false!.id, "The editor's summary of the record."));
    await expect(proposeVerdict(reporter, proposal(claim.version, scale.misleading!.id, "The reporter's summary of the record."))).rejects.toMatchObject({
      code: "conflict",
    });
    const stored = await storedProposal(reporter, claim.id);
    expect(stored).toMatchObject({
      what: "verdict proposal",
      savedBy: editor.name,
      draft: { id: claim.id, version: claim.version + 1, ratingId: scale.false!.id, summary: "The editor's summary of the record." },
    });
    await proposeVerdict(reporter, proposal(stored!.draft.version, scale.false!.id, "The reporter's summary of the record."));
    expect(await prisma.verdict.findUniqueOrThrow({ where: { claimId: claim.id } })).toMatchObject({
      ratingId: scale.false!.id,
      summary: "The reporter's summary of the record.",
      proposedById: reporter.id,
    });
  });
});
