import { describe, expect, it } from "vitest";
import { updateClaim } from "@/lib/claims/mutations";
import { editClaimSchema } from "@/lib/claims/schema";
import { prisma } from "@/lib/db";
import { claimHistory } from "@/lib/history/queries";
import { restoreEarlierValue } from "@/lib/history/restore";
import { restoreSchema } from "@/lib/history/restore-schema";
import { makeClaim, makeSpeaker, makeUser } from "../support/factories";

// Restoring an earlier value from a claim's history: a new change with its
// own revision, under the same rules as editing; nothing already written
// changes.

const rejectsWith = (promise: Promise<unknown>, code: string, message?: RegExp) =>
  expect(promise).rejects.toMatchObject({ name: "DomainError", code, ...(message ? { message: expect.stringMatching(message) } : {}) });

type ClaimRow = { id: string; version: number; speakerId: string; text: string };

const ORIGINAL = "The minister said the border has been closed since March.";

const edit = (claim: ClaimRow, fields: Record<string, string> = {}) =>
  editClaimSchema.parse({
    claimId: claim.id,
    version: String(claim.version),
    text: claim.text,
    madeAt: "2026-05-31",
    kind: "STATEMENT",
    speakerId: claim.speakerId,
    ...fields,
  });

const restore = (claimId: string, version: number, revisionId: string, field: string) =>
  restoreSchema.parse({ claimId, version: String(version), revisionId, field });

const fresh = (id: string) => prisma.claim.findUniqueOrThrow({ where: { id } });
const revisionsOf = (claimId: string) => prisma.revision.findMany({ where: { claimId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
const latestRevision = async (claimId: string) => (await revisionsOf(claimId)).at(-1)!;
const restoredAudits = (claimId: string) => prisma.auditEvent.findMany({ where: { targetId: claimId, action: "claim.restored" } });

describe("restoring an earlier value", () => {
  it("writes a new revision and a new version, and leaves every earlier revision as it was", async () => {
    const reporter = await makeUser("REPORTER");
    const claim = await makeClaim(reporter);
    await updateClaim(reporter, edit(claim, { text: "The minister said the border has been closed since early March.", reason: "Exact words" }));
    const edited = await latestRevision(claim.id);
    const before = await revisionsOf(claim.id);

    const result = await restoreEarlierValue(reporter, restore(claim.id, 2, edited.id, "text"));
    expect(result).toMatchObject({ id: claim.id, fields: ["text"] });

    const after = await fresh(claim.id);
    expect(after.text).toBe(ORIGINAL);
    expect(after.version).toBe(3);
    const revisions = await revisionsOf(claim.id);
    expect(revisions).toHaveLength(before.length + 1);
    // The earlier revisions, field for field, as they were.
    expect(revisions.slice(0, before.length)).toEqual(before);
    const restored = revisions.at(-1)!;
    expect(restored).toMatchObject({
      action: "claim.restored",
      authorId: reporter.id,
      changes: { text: { from: "The minister said the border has been closed since early March.", to: ORIGINAL } },
      reason: expect.stringMatching(/^Restored the value from before the change of \d+ \w+ 2\d{3}/),
    });
    const audits = await restoredAudits(claim.id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: reporter.id, targetType: "Claim", details: { fields: ["text"], revisionId: edited.id } });
  });

  it("restores the time said and its zone together", async () => {
    const reporter = await makeUser("REPORTER");
    const claim = await makeClaim(reporter);
    await updateClaim(reporter, edit(claim, { madeAtTime: "14:30", timeZone: "Asia/Tehran" }));
    const zoned = await fresh(claim.id);
    expect(zoned.madeAtTimeZone).toBe("Asia/Tehran");
    const revision = await latestRevision(claim.id);

    await restoreEarlierValue(reporter, restore(claim.id, zoned.version, revision.id, "madeAtTimeZone"));
    const back = await fresh(claim.id);
    expect(back.madeAt.toISOString()).toBe("2026-05-31T12:00:00.000Z");
    expect(back.madeAtTimeZone).toBeNull();
    expect((await latestRevision(claim.id)).changes).toEqual({
      madeAt: { from: zoned.madeAt.toISOString(), to: "2026-05-31T12:00:00.000Z" },
      madeAtTimeZone: { from: "Asia/Tehran", to: null },
    });
  });

  it("takes the partner field's value at the time of the change, not today's", async () => {
    const reporter = await makeUser("REPORTER");
    const claim = await makeClaim(reporter);
    // First the day moves (no zone yet), then a time and zone are given.
    await updateClaim(reporter, edit(claim, { madeAt: "2026-05-30" }));
    const dayMoved = await latestRevision(claim.id);
    await updateClaim(reporter, edit({ ...claim, version: 2 }, { madeAt: "2026-05-30", madeAtTime: "09:00", timeZone: "Europe/Paris" }));

    await restoreEarlierValue(reporter, restore(claim.id, 3, dayMoved.id, "madeAt"));
    const back = await fresh(claim.id);
    expect(back.madeAt.toISOString()).toBe("2026-05-31T12:00:00.000Z");
    expect(back.madeAtTimeZone).toBeNull();
  });

  it("brings back a prediction's settle terms with its kind", async () => {
    const editor = await makeUser("EDITOR");
    const claim = await makeClaim(editor, { kind: "PREDICTION" });
    const terms = { kind: "PREDICTION", settleBy: "2026-12-31", settleCriteria: "A signed agreement by the end of the year." };
    await updateClaim(editor, edit(claim, terms));
    await updateClaim(editor, edit({ ...claim, version: 2 }, { kind: "STATEMENT" }));
    const toStatement = await latestRevision(claim.id);
    expect(Object.keys(toStatement.changes as object).sort()).toEqual(["kind", "settleBy", "settleCriteria"]);

    await restoreEarlierValue(editor, restore(claim.id, 3, toStatement.id, "kind"));
    const back = await fresh(claim.id);
    expect(back).toMatchObject({ kind: "PREDICTION", settleCriteria: terms.settleCriteria, version: 4 });
    expect(back.settleBy?.toISOString()).toBe("2026-12-31T00:00:00.000Z");
  });

  it("restores a speaker", async () => {
    const editor = await makeUser("EDITOR");
    const claim = await makeClaim(editor);
    const other = await makeSpeaker();
    await updateClaim(editor, edit(claim, { speakerId: other.id }));
    const revision = await latestRevision(claim.id);
    await restoreEarlierValue(editor, restore(claim.id, 2, revision.id, "speakerId"));
    expect((await fresh(claim.id)).speakerId).toBe(claim.speakerId);
  });

  it("refuses a stale version, says who changed the claim, and writes nothing", async () => {
    const reporter = await makeUser("REPORTER");
    const editor = await makeUser("EDITOR");
    const claim = await makeClaim(reporter);
    await updateClaim(reporter, edit(claim, { quote: "We closed it in March." }));
    const quoted = await latestRevision(claim.id);
    // The reporter's page shows version 2; meanwhile an editor saves.
    await updateClaim(editor, edit({ ...claim, version: 2 }, { quote: "We closed it in March.", context: "Said at a briefing." }));
    const revisionsBefore = await revisionsOf(claim.id);

    await rejectsWith(
      restoreEarlierValue(reporter, restore(claim.id, 2, quoted.id, "quote")),
      "conflict",
      new RegExp(`${editor.name} changed this claim \\(claim edited: [^;]+; \\d+ \\w+ \\d{4}`),
    );
    const after = await fresh(claim.id);
    expect(after.version).toBe(3);
    expect(after.quote).toBe("We closed it in March.");
    expect(await revisionsOf(claim.id)).toEqual(revisionsBefore);
    expect(await restoredAudits(claim.id)).toHaveLength(0);
  });

  it("refuses a reporter on someone else's claim", async () => {
    const owner = await makeUser("REPORTER");
    const other = await makeUser("REPORTER");
    const claim = await makeClaim(owner);
    await updateClaim(owner, edit(claim, { venue: "Press conference" }));
    const revision = await latestRevision(claim.id);
    await rejectsWith(restoreEarlierValue(other, restore(claim.id, 2, revision.id, "venue")), "forbidden", /only claims they logged or are assigned to/);
    expect((await fresh(claim.id)).venue).toBe("Press conference");
    expect(await restoredAudits(claim.id)).toHaveLength(0);
  });

  it("refuses everyone, editors too, once the claim is published", async () => {
    const editor = await makeUser("EDITOR");
    const claim = await makeClaim(editor);
    await updateClaim(editor, edit(claim, { venue: "Press conference" }));
    const revision = await latestRevision(claim.id);
    await prisma.claim.update({ where: { id: claim.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    const count = (await revisionsOf(claim.id)).length;
    await rejectsWith(restoreEarlierValue(editor, restore(claim.id, 2, revision.id, "venue")), "forbidden", /correction or update/);
    expect((await fresh(claim.id)).venue).toBe("Press conference");
    expect(await revisionsOf(claim.id)).toHaveLength(count);
  });

  it("refuses a revision that belongs to another claim", async () => {
    const editor = await makeUser("EDITOR");
    const claim = await makeClaim(editor);
    const elsewhere = await makeClaim(editor);
    await updateClaim(editor, edit(elsewhere, { text: "Another official said the border reopened in April." }));
    const foreign = await latestRevision(elsewhere.id);
    await rejectsWith(restoreEarlierValue(editor, restore(claim.id, 1, foreign.id, "text")), "not_found", /revision was not found/);
    expect(await fresh(claim.id)).toMatchObject({ text: ORIGINAL, version: 1 });
    expect(await revisionsOf(claim.id)).toHaveLength(0);
  });

  it("refuses an earlier value that no longer passes the claim rules", async () => {
    const editor = await makeUser("EDITOR");
    const claim = await makeClaim(editor);
    // A revision from before the rules asked for a full sentence.
    const old = await prisma.revision.create({
      data: { claimId: claim.id, authorId: editor.id, action: "claim.updated", changes: { text: { from: "Closed.", to: ORIGINAL } } },
    });
    await rejectsWith(
      restoreEarlierValue(editor, restore(claim.id, 1, old.id, "text")),
      "invalid",
      /cannot be restored: Write the claim in one short sentence/,
    );
    expect(await fresh(claim.id)).toMatchObject({ text: ORIGINAL, version: 1 });
    expect(await revisionsOf(claim.id)).toHaveLength(1);
  });

  it("says so when the field already holds the earlier value, and writes nothing", async () => {
    const editor = await makeUser("EDITOR");
    const claim = await makeClaim(editor);
    await updateClaim(editor, edit(claim, { venue: "Interview" }));
    const revision = await latestRevision(claim.id);
    await updateClaim(editor, edit({ ...claim, version: 2 }, {}));
    await rejectsWith(restoreEarlierValue(editor, restore(claim.id, 3, revision.id, "venue")), "invalid", /already holds that earlier value/);
    expect(await revisionsOf(claim.id)).toHaveLength(2);
  });

  it("refuses a field the revision did not change", async () => {
    const editor = await makeUser("EDITOR");
    const claim = await makeClaim(editor);
    await updateClaim(editor, edit(claim, { venue: "Interview" }));
    const revision = await latestRevision(claim.id);
    await rejectsWith(restoreEarlierValue(editor, restore(claim.id, 2, revision.id, "quote")), "invalid", /did not touch quote/);
  });
});

describe("a claim's history page data", () => {
  it("lists every revision newest first, names speakers, and pages past fifty", async () => {
    const editor = await makeUser("EDITOR");
    const claim = await makeClaim(editor);
    const other = await makeSpeaker();
    const base = Date.UTC(2026, 5, 1);
    await prisma.revision.createMany({
      data: Array.from({ length: 55 }, (_, n) => ({
        claimId: claim.id,
        authorId: editor.id,
        action: "claim.updated",
        changes: n === 54 ? { speakerId: { from: claim.speakerId, to: other.id } } : { venue: { from: null, to: `Venue ${n}` } },
        // Pairs share a timestamp, so the id must break ties.
        createdAt: new Date(base + Math.floor(n / 2) * 1000),
      })),
    });
    const first = await claimHistory(editor, claim.id);
    expect(first!.revisions).toHaveLength(50);
    expect(first!.names.speakers).toEqual({ [claim.speakerId]: expect.any(String), [other.id]: other.name });
    expect(first!.revisions[0]!.changes).toEqual({ speakerId: { from: claim.speakerId, to: other.id } });
    expect(first!.links.previous).toBeNull();
    const second = await claimHistory(editor, claim.id, { older: { createdAt: first!.revisions.at(-1)!.createdAt, id: first!.revisions.at(-1)!.id } });
    expect(second!.revisions).toHaveLength(5);
    expect(second!.links.next).toBeNull();
    const ids = [...first!.revisions, ...second!.revisions].map((revision) => revision.id);
    expect(new Set(ids).size).toBe(55);
    const times = [...first!.revisions, ...second!.revisions].map((revision) => revision.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("shows nothing to someone not signed in", async () => {
    const editor = await makeUser("EDITOR");
    const claim = await makeClaim(editor);
    expect(await claimHistory(null, claim.id)).toBeNull();
  });
});
