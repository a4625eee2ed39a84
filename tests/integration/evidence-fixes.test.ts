import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { changeEvidence, removeEvidence } from "@/lib/sources/mutations";
import { changeEvidenceSchema } from "@/lib/sources/schema";
import { makeClaim, makeUser, unique } from "../support/factories";

// Fixing the record: a wrong stance, a misquoted passage, a source that does
// not belong. Whoever may edit the claim may fix it; each fix is a revision.

const rejectsWith = (promise: Promise<unknown>, code: string) => expect(promise).rejects.toMatchObject({ name: "DomainError", code });

async function claimWithEvidence() {
  const reporter = await makeUser("REPORTER");
  const claim = await makeClaim(reporter);
  const source = await prisma.source.create({ data: { type: "DOCUMENT", title: unique("Ministry notice"), createdById: reporter.id } });
  const evidence = await prisma.evidence.create({
    data: { claimId: claim.id, sourceId: source.id, stance: "SUPPORTS", passage: "reopened in May", addedById: reporter.id },
  });
  return { reporter, claim, source, evidence };
}

describe("fixing an item of the record", () => {
  it("the claim's reporter changes the stance and passage: one revision names the source and the changes", async () => {
    const { reporter, claim, source, evidence } = await claimWithEvidence();
    const result = await changeEvidence(
      reporter,
      changeEvidenceSchema.parse({ claimId: claim.id, evidenceId: evidence.id, stance: "CONTRADICTS", passage: "reopened in June", note: "" }),
    );
    expect(result).toEqual({ id: claim.id, changed: true });
    expect(await prisma.evidence.findUniqueOrThrow({ where: { id: evidence.id } })).toMatchObject({
      stance: "CONTRADICTS",
      passage: "reopened in June",
      note: null,
    });
    const revision = await prisma.revision.findFirstOrThrow({ where: { claimId: claim.id, action: "evidence.changed" } });
    expect(revision.changes).toEqual({
      source: { from: source.title, to: source.title },
      stance: { from: "SUPPORTS", to: "CONTRADICTS" },
      passage: { from: "reopened in May", to: "reopened in June" },
    });
  });

  it("saving without a change writes nothing", async () => {
    const { reporter, claim, evidence } = await claimWithEvidence();
    const result = await changeEvidence(
      reporter,
      changeEvidenceSchema.parse({ claimId: claim.id, evidenceId: evidence.id, stance: "SUPPORTS", passage: "reopened in May" }),
    );
    expect(result.changed).toBe(false);
    expect(await prisma.revision.count({ where: { claimId: claim.id, action: "evidence.changed" } })).toBe(0);
  });

  it("removing takes the source off the record but keeps it in the library", async () => {
    const { reporter, claim, source, evidence } = await claimWithEvidence();
    await removeEvidence(reporter, { claimId: claim.id, evidenceId: evidence.id });
    expect(await prisma.evidence.count({ where: { id: evidence.id } })).toBe(0);
    expect(await prisma.source.count({ where: { id: source.id } })).toBe(1);
    expect(await prisma.revision.findFirstOrThrow({ where: { claimId: claim.id, action: "evidence.removed" } })).toMatchObject({
      changes: { evidence: { from: { source: source.title, stance: "SUPPORTS" }, to: null } },
    });
  });

  it("another reporter cannot change or remove it, and an item of another claim cannot be reached", async () => {
    const { claim, evidence } = await claimWithEvidence();
    const stranger = await makeUser("REPORTER");
    await rejectsWith(changeEvidence(stranger, changeEvidenceSchema.parse({ claimId: claim.id, evidenceId: evidence.id, stance: "CONTEXT" })), "forbidden");
    await rejectsWith(removeEvidence(stranger, { claimId: claim.id, evidenceId: evidence.id }), "forbidden");
    const other = await claimWithEvidence();
    await rejectsWith(removeEvidence(other.reporter, { claimId: other.claim.id, evidenceId: evidence.id }), "not_found");
    expect(await prisma.evidence.findUniqueOrThrow({ where: { id: evidence.id } })).toMatchObject({ stance: "SUPPORTS" });
  });

  it("a published claim's record is not changed this way", async () => {
    const { reporter, claim, evidence } = await claimWithEvidence();
    await prisma.claim.update({ where: { id: claim.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    await rejectsWith(removeEvidence(reporter, { claimId: claim.id, evidenceId: evidence.id }), "forbidden");
    expect(await prisma.evidence.count({ where: { id: evidence.id } })).toBe(1);
  });
});
