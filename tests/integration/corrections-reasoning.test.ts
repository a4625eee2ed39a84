import { describe, expect, it } from "vitest";
import { issueCorrection } from "@/lib/corrections/mutations";
import { correctionSchema } from "@/lib/corrections/schema";
import { prisma } from "@/lib/db";
import { proposeVerdict, publishVerdict } from "@/lib/verdicts/mutations";
import { verdictSchema } from "@/lib/verdicts/schema";
import { ensureScale, makeClaim, makeUser } from "../support/factories";

// Issue 14, rough edge 5 where the database is involved: a correction
// changes the reasoning with the summary, under the same rules and records.

const FIRST = "The ministry's notice gives a date two weeks later than the minister said.";
const CORRECTED = "The ministry's corrected notice gives a date nine days later than the minister said.";

async function published() {
  const scale = await ensureScale();
  const [reporter, editor] = [await makeUser("REPORTER"), await makeUser("EDITOR")];
  const claim = await makeClaim(reporter, { status: "RESEARCHING", assigneeId: reporter.id });
  await proposeVerdict(
    reporter,
    verdictSchema.parse({
      claimId: claim.id,
      version: String(claim.version),
      ratingId: scale.false!.id,
      summary: "Two weeks late, says the ministry.",
      reasoning: FIRST,
    }),
  );
  const inReview = await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } });
  await publishVerdict(editor, { claimId: claim.id, version: inReview.version });
  return { reporter, editor, scale, claim: await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } }) };
}

const correction = (claim: { id: string; version: number }, extra: Record<string, string> = {}) =>
  correctionSchema.parse({
    claimId: claim.id,
    version: String(claim.version),
    kind: "CORRECTION",
    note: "We misread the ministry's date: nine days, not fourteen.",
    ...extra,
  });

describe("a correction's reasoning", () => {
  it("changes with the summary, in one revision and one audit event", async () => {
    const { editor, claim } = await published();
    await issueCorrection(editor, correction(claim, { summary: "Nine days late, says the ministry.", reasoning: CORRECTED }));
    expect(await prisma.verdict.findUniqueOrThrow({ where: { claimId: claim.id } })).toMatchObject({
      summary: "Nine days late, says the ministry.",
      reasoning: CORRECTED,
    });
    const revision = await prisma.revision.findFirstOrThrow({ where: { claimId: claim.id, action: "claim.corrected" } });
    expect(revision.changes).toMatchObject({
      reasoning: { from: FIRST, to: CORRECTED },
      summary: { from: "Two weeks late, says the ministry.", to: "Nine days late, says the ministry." },
    });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { targetId: claim.id, action: "claim.corrected" } });
    expect((audit.details as { fields: string[] }).fields).toEqual(expect.arrayContaining(["summary", "reasoning"]));
  });

  it("stays as it is when the correction leaves it alone or sends it back unchanged", async () => {
    const { editor, claim } = await published();
    await issueCorrection(editor, correction(claim, { reasoning: FIRST }));
    const revision = await prisma.revision.findFirstOrThrow({ where: { claimId: claim.id, action: "claim.corrected" } });
    expect(revision.changes).not.toHaveProperty("reasoning");
    expect((await prisma.verdict.findUniqueOrThrow({ where: { claimId: claim.id } })).reasoning).toBe(FIRST);
  });

  it("is refused to the person who proposed the verdict, and nothing changes", async () => {
    const { claim } = await published();
    const proposer = await prisma.verdict.findUniqueOrThrow({ where: { claimId: claim.id }, include: { proposedBy: true } });
    const reporterAsEditor = { ...proposer.proposedBy, role: "EDITOR" as const };
    await expect(issueCorrection(reporterAsEditor, correction(claim, { reasoning: CORRECTED }))).rejects.toMatchObject({ code: "forbidden" });
    expect((await prisma.verdict.findUniqueOrThrow({ where: { claimId: claim.id } })).reasoning).toBe(FIRST);
  });
});
