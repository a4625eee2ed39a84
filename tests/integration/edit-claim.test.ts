import { describe, expect, it } from "vitest";
import { updateClaim } from "@/lib/claims/mutations";
import { editClaimSchema } from "@/lib/claims/schema";
import { prisma } from "@/lib/db";
import { makeClaim, makeUser, unique } from "../support/factories";

// Editing a claim before publication: only by its reporter (logged or
// assigned) or an editor, only from the version the person started from, and
// always leaving a revision that says what changed and why.

const rejectsWith = (promise: Promise<unknown>, code: string, message?: RegExp) =>
  expect(promise).rejects.toMatchObject({ name: "DomainError", code, ...(message ? { message: expect.stringMatching(message) } : {}) });

const edit = (claim: { id: string; version: number; speakerId: string }, fields: Record<string, string> = {}) =>
  editClaimSchema.parse({
    claimId: claim.id,
    version: String(claim.version),
    text: "The minister said the border has been closed since early March.",
    madeAt: "2026-05-31",
    kind: "STATEMENT",
    speakerId: claim.speakerId,
    ...fields,
  });

async function state(claimId: string) {
  const [claim, revisions, audit] = await Promise.all([
    prisma.claim.findUniqueOrThrow({ where: { id: claimId }, include: { topics: true } }),
    prisma.revision.findMany({ where: { claimId } }),
    prisma.auditEvent.findMany({ where: { targetId: claimId } }),
  ]);
  return { claim, revisions, audit };
}

describe("editing a claim", () => {
  it("the reporter who logged it saves a change: one revision with the changed fields and the reason", async () => {
    const reporter = await makeUser("REPORTER");
    const claim = await makeClaim(reporter);
    const topic = unique("Border crossings");
    const result = await updateClaim(reporter, edit(claim, { topics: topic, reason: "The minister said 'early March'." }));
    expect(result).toMatchObject({ id: claim.id, changed: true });
    const after = await state(claim.id);
    expect(after.claim).toMatchObject({ text: "The minister said the border has been closed since early March.", version: claim.version + 1 });
    expect(after.claim.topics).toHaveLength(1);
    expect(after.revisions).toHaveLength(1);
    expect(after.revisions[0]).toMatchObject({ action: "claim.updated", authorId: reporter.id, reason: "The minister said 'early March'." });
    expect(Object.keys(after.revisions[0]!.changes as object).sort()).toEqual(["text", "topics"]);
    expect(after.audit.map((event) => event.action)).toEqual(["claim.updated"]);
  });

  it("saving without a change writes nothing", async () => {
    const reporter = await makeUser("REPORTER");
    const claim = await makeClaim(reporter);
    const before = await state(claim.id);
    const result = await updateClaim(reporter, edit(claim, { text: claim.text }));
    expect(result.changed).toBe(false);
    expect(await state(claim.id)).toEqual(before);
  });

  it("a stale save is refused with who changed the claim, and nothing is overwritten", async () => {
    const reporter = await makeUser("REPORTER");
    const editor = await makeUser("EDITOR");
    const claim = await makeClaim(reporter);
    await updateClaim(editor, edit(claim, { text: "The editor's wording of the claim, saved first." }));
    const before = await state(claim.id);
    await rejectsWith(
      updateClaim(reporter, edit(claim, { text: "The reporter's wording, from the older version." })),
      "conflict",
      new RegExp(`^${editor.name} changed this claim \\(claim edited: [^;]+; .+\\) after you opened it`),
    );
    expect(await state(claim.id)).toEqual(before);
  });

  it("a reporter cannot edit a claim they neither logged nor are assigned to", async () => {
    const owner = await makeUser("REPORTER");
    const other = await makeUser("REPORTER");
    const claim = await makeClaim(owner, { assigneeId: owner.id });
    const before = await state(claim.id);
    await rejectsWith(updateClaim(other, edit(claim)), "forbidden", /logged or are assigned/);
    expect(await state(claim.id)).toEqual(before);
  });

  it("the assigned reporter can edit, and so can an editor", async () => {
    const owner = await makeUser("REPORTER");
    const assigned = await makeUser("REPORTER");
    const editor = await makeUser("EDITOR");
    const claim = await makeClaim(owner, { assigneeId: assigned.id });
    await updateClaim(assigned, edit(claim));
    const current = await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } });
    await updateClaim(editor, edit(current, { text: "An editor's tightening of the claim sentence." }));
    expect(await prisma.revision.count({ where: { claimId: claim.id, action: "claim.updated" } })).toBe(2);
  });

  it("a published claim is not edited, not even by an editor", async () => {
    const editor = await makeUser("EDITOR");
    const claim = await makeClaim(editor, { status: "PUBLISHED" });
    const before = await state(claim.id);
    await rejectsWith(updateClaim(editor, edit(claim)), "forbidden", /correction or update/);
    expect(await state(claim.id)).toEqual(before);
  });

  it("turning a statement into a prediction needs a settle-by date and what would settle it", () => {
    const result = editClaimSchema.safeParse({
      claimId: "c",
      version: "1",
      text: "Talks will collapse within the month.",
      madeAt: "2026-05-31",
      kind: "PREDICTION",
      speakerId: "s",
    });
    expect(result.success).toBe(false);
  });

  it("a time of day given in a zone is saved with the zone; clearing the time keeps only the date", async () => {
    const reporter = await makeUser("REPORTER");
    const claim = await makeClaim(reporter);
    await updateClaim(reporter, edit(claim, { madeAt: "2026-05-30", madeAtTime: "21:45", timeZone: "America/New_York" }));
    const timed = await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(timed.madeAt.toISOString()).toBe("2026-05-31T01:45:00.000Z");
    expect(timed.madeAtTimeZone).toBe("America/New_York");
    const revision = await prisma.revision.findFirstOrThrow({ where: { claimId: claim.id, action: "claim.updated" } });
    expect(revision.changes).toMatchObject({ madeAtTimeZone: { from: null, to: "America/New_York" } });

    await updateClaim(reporter, edit(timed, { madeAt: "2026-05-30" }));
    const dated = await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(dated.madeAt.toISOString()).toBe("2026-05-30T00:00:00.000Z");
    expect(dated.madeAtTimeZone).toBeNull();
  });

  it("an unknown time zone or an impossible time is refused beside the field", () => {
    const result = editClaimSchema.safeParse({
      claimId: "c",
      version: "1",
      text: "The border has been closed since March.",
      madeAt: "2026-05-31",
      madeAtTime: "25:10",
      timeZone: "Mars/Olympus",
      speakerId: "s",
    });
    expect(result.success).toBe(false);
    if (!result.success) {
      const fields = Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
      expect(fields.madeAtTime).toMatch(/14:30/);
      expect(fields.timeZone).toMatch(/time zone/);
    }
  });
});
