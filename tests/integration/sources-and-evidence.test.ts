import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { attachEvidence, createSource } from "@/lib/sources/mutations";
import { evidenceSchema, newSourceSchema } from "@/lib/sources/schema";
import { makeClaim, makeUser, unique } from "../support/factories";

// Building the record: sources in the library, reused across claims, put on a
// claim with a stance. Refusals change nothing, not even the library.

const rejectsWith = (promise: Promise<unknown>, code: string, message?: RegExp) =>
  expect(promise).rejects.toMatchObject({ name: "DomainError", code, ...(message ? { message: expect.stringMatching(message) } : {}) });

async function record(claimId: string) {
  const [evidence, revisions, audit, sources] = await Promise.all([
    prisma.evidence.findMany({ where: { claimId } }),
    prisma.revision.findMany({ where: { claimId } }),
    prisma.auditEvent.findMany({ where: { targetId: claimId } }),
    prisma.source.count(),
  ]);
  return { evidence, revisions, audit, sources };
}

describe("the source library", () => {
  it("keeps market odds with their market, outcome, probability and time observed", async () => {
    const reporter = await makeUser("REPORTER");
    const input = newSourceSchema.parse({
      type: "MARKET_ODDS",
      title: unique("Will the president visit Israel in 2026?"),
      marketName: "President visits Israel in 2026",
      marketOutcome: "Yes",
      marketProbability: "38%",
      marketObservedAt: "2026-05-31",
    });
    const created = await createSource(reporter, input);
    const stored = await prisma.source.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored).toMatchObject({ type: "MARKET_ODDS", marketName: "President visits Israel in 2026", marketOutcome: "Yes", createdById: reporter.id });
    expect(Number(stored.marketProbability)).toBe(0.38);
    expect(stored.marketObservedAt).toEqual(new Date("2026-05-31"));
    expect(await prisma.auditEvent.count({ where: { action: "source.created", targetId: created.id } })).toBe(1);
  });

  it("a copy must point at a source that exists", async () => {
    const reporter = await makeUser("REPORTER");
    const before = await prisma.source.count();
    await rejectsWith(
      createSource(reporter, newSourceSchema.parse({ type: "NEWS_ARTICLE", title: "Syndicated copy", derivedFromId: "no-such-source" })),
      "invalid",
      /original/,
    );
    expect(await prisma.source.count()).toBe(before);
  });
});

describe("putting a source on a claim's record", () => {
  it("the reporter on the claim adds a new source as contradicting: source, evidence, revision and audit together", async () => {
    const reporter = await makeUser("REPORTER");
    const claim = await makeClaim(reporter);
    const title = unique("Wire: talks end without a deal");
    const input = evidenceSchema.parse({
      claimId: claim.id,
      type: "WIRE_REPORT",
      title,
      publisher: "Regional wire",
      url: "https://example.org/wire/talks-end",
      stance: "CONTRADICTS",
      passage: "no final agreement was reached",
      note: "Filed the same evening.",
    });
    await attachEvidence(reporter, input);
    const after = await record(claim.id);
    expect(after.evidence).toEqual([
      expect.objectContaining({ stance: "CONTRADICTS", passage: "no final agreement was reached", note: "Filed the same evening.", addedById: reporter.id }),
    ]);
    const source = await prisma.source.findUniqueOrThrow({ where: { id: after.evidence[0]!.sourceId } });
    expect(source).toMatchObject({ title, publisher: "Regional wire", createdById: reporter.id });
    expect(after.revisions.map((revision) => revision.action)).toEqual(["evidence.added"]);
    expect(after.audit.map((event) => event.action)).toEqual(["evidence.added"]);
  });

  it("a source from the library is reused, not copied", async () => {
    const reporter = await makeUser("REPORTER");
    const [first, second] = [await makeClaim(reporter), await makeClaim(reporter)];
    const source = await createSource(reporter, newSourceSchema.parse({ type: "OFFICIAL_STATEMENT", title: unique("Ministry readout") }));
    const before = await prisma.source.count();
    await attachEvidence(reporter, evidenceSchema.parse({ claimId: first.id, sourceId: source.id, stance: "CONTEXT" }));
    await attachEvidence(reporter, evidenceSchema.parse({ claimId: second.id, sourceId: source.id, stance: "SUPPORTS" }));
    expect(await prisma.source.count()).toBe(before);
    expect(await prisma.evidence.count({ where: { sourceId: source.id } })).toBe(2);
  });

  it("the same source twice on one claim is a conflict, and nothing changes", async () => {
    const reporter = await makeUser("REPORTER");
    const claim = await makeClaim(reporter);
    const source = await createSource(reporter, newSourceSchema.parse({ type: "DOCUMENT", title: unique("Communiqué") }));
    await attachEvidence(reporter, evidenceSchema.parse({ claimId: claim.id, sourceId: source.id, stance: "CONTEXT" }));
    const before = await record(claim.id);
    await rejectsWith(
      attachEvidence(reporter, evidenceSchema.parse({ claimId: claim.id, sourceId: source.id, stance: "SUPPORTS" })),
      "conflict",
      /already on the claim/,
    );
    expect(await record(claim.id)).toEqual(before);
  });

  it("a reporter cannot add to the record of a claim that is not theirs, and no source is left behind", async () => {
    const owner = await makeUser("REPORTER");
    const other = await makeUser("REPORTER");
    const claim = await makeClaim(owner, { assigneeId: owner.id });
    const before = await record(claim.id);
    await rejectsWith(
      attachEvidence(other, evidenceSchema.parse({ claimId: claim.id, type: "SOCIAL_POST", title: unique("A post"), stance: "SUPPORTS" })),
      "forbidden",
      /logged or are assigned/,
    );
    expect(await record(claim.id)).toEqual(before);
  });

  it("a published claim's record changes only through a correction", async () => {
    const editor = await makeUser("EDITOR");
    const claim = await makeClaim(editor, { status: "PUBLISHED" });
    const before = await record(claim.id);
    await rejectsWith(
      attachEvidence(editor, evidenceSchema.parse({ claimId: claim.id, type: "NEWS_ARTICLE", title: unique("Late story"), stance: "CONTEXT" })),
      "forbidden",
      /correction/,
    );
    expect(await record(claim.id)).toEqual(before);
  });

  it("an editor may add to any claim before publication", async () => {
    const reporter = await makeUser("REPORTER");
    const editor = await makeUser("EDITOR");
    const claim = await makeClaim(reporter, { assigneeId: reporter.id });
    await attachEvidence(editor, evidenceSchema.parse({ claimId: claim.id, type: "DATASET", title: unique("Trade figures"), stance: "CONTEXT" }));
    expect(await prisma.evidence.count({ where: { claimId: claim.id, addedById: editor.id } })).toBe(1);
  });
});
