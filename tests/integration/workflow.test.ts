import { describe, expect, it } from "vitest";
import { issueCorrection } from "@/lib/corrections/mutations";
import { correctionSchema } from "@/lib/corrections/schema";
import { prisma } from "@/lib/db";
import { markRead } from "@/lib/notifications/mutations";
import { myNotifications, unreadCount } from "@/lib/notifications/queries";
import { proposeVerdict, publishVerdict } from "@/lib/verdicts/mutations";
import { verdictSchema } from "@/lib/verdicts/schema";
import { archiveClaim, assignClaim, reopenClaim, sendBack, takeClaim, unpublishClaim } from "@/lib/workflow/mutations";
import { archiveSchema } from "@/lib/workflow/schema";
import { ensureScale, makeClaim, makeUser, unique } from "../support/factories";

// The editor's workflow through the mutations every action calls: who may
// move a claim, which moves exist at all, and what each leaves behind.

const rejectsWith = (promise: Promise<unknown>, code: string, message?: RegExp) =>
  expect(promise).rejects.toMatchObject({ name: "DomainError", code, ...(message ? { message: expect.stringMatching(message) } : {}) });

const current = (id: string) => prisma.claim.findUniqueOrThrow({ where: { id } });
const revisionsOf = (claimId: string) => prisma.revision.findMany({ where: { claimId }, orderBy: { createdAt: "asc" } });

async function inReview(proposer: { id: string; role: "REPORTER" | "EDITOR" | "ADMIN"; email: string; name: string }) {
  const scale = await ensureScale();
  const claim = await makeClaim(proposer, { status: "RESEARCHING", assigneeId: proposer.id });
  await proposeVerdict(
    proposer,
    verdictSchema.parse({ claimId: claim.id, version: String(claim.version), ratingId: scale.false!.id, summary: "The record says otherwise, in two places." }),
  );
  return current(claim.id);
}

async function published() {
  const reporter = await makeUser("REPORTER");
  const editor = await makeUser("EDITOR");
  const claim = await inReview(reporter);
  await publishVerdict(editor, { claimId: claim.id, version: claim.version });
  return { reporter, editor, claim: await current(claim.id) };
}

describe("assignment", () => {
  it("an editor assigns a draft: research starts, the reporter is told, the history names both", async () => {
    const editor = await makeUser("EDITOR");
    const reporter = await makeUser("REPORTER");
    const claim = await makeClaim(editor, { status: "DRAFT", assigneeId: null });
    await assignClaim(editor, { claimId: claim.id, version: claim.version, assigneeId: reporter.id });
    expect(await current(claim.id)).toMatchObject({ status: "RESEARCHING", assigneeId: reporter.id, version: claim.version + 1 });
    const [revision] = (await revisionsOf(claim.id)).filter((row) => row.action === "claim.assigned");
    expect(revision!.changes).toEqual({ assignee: { from: null, to: reporter.name }, status: { from: "DRAFT", to: "RESEARCHING" } });
    const notices = await myNotifications(reporter);
    expect(notices.notices).toEqual([expect.objectContaining({ kind: "ASSIGNED", message: `${editor.name} assigned this claim to you.`, readAt: null })]);
    expect(await unreadCount(reporter)).toBe(1);
  });

  it("a reporter may not assign, and may take only an unassigned claim", async () => {
    const editor = await makeUser("EDITOR");
    const reporter = await makeUser("REPORTER");
    const other = await makeUser("REPORTER");
    const held = await makeClaim(editor, { status: "RESEARCHING", assigneeId: other.id });
    await rejectsWith(assignClaim(reporter, { claimId: held.id, version: held.version, assigneeId: reporter.id }), "forbidden", /Only editors assign/);
    await rejectsWith(takeClaim(reporter, { claimId: held.id, version: held.version }), "forbidden", /Ask an editor/);
    expect(await current(held.id)).toMatchObject({ assigneeId: other.id, version: held.version });

    const free = await makeClaim(editor, { status: "DRAFT", assigneeId: null });
    await takeClaim(reporter, { claimId: free.id, version: free.version });
    expect(await current(free.id)).toMatchObject({ assigneeId: reporter.id, status: "RESEARCHING" });
    // Taking is one's own doing: no notice to oneself.
    expect(await unreadCount(reporter)).toBe(0);
  });

  it("nobody can be assigned to a published claim, and a disabled account cannot be assigned", async () => {
    const { editor, claim } = await published();
    await rejectsWith(assignClaim(editor, { claimId: claim.id, version: claim.version, assigneeId: editor.id }), "invalid", /Only open claims/);
    const open = await makeClaim(editor, { status: "DRAFT", assigneeId: null });
    const gone = await makeUser("REPORTER", { disabled: true });
    await rejectsWith(assignClaim(editor, { claimId: open.id, version: open.version, assigneeId: gone.id }), "invalid", /cannot take claims/);
  });
});

describe("review", () => {
  it("an editor sends a proposal back with comments: research again, proposal kept, proposer told", async () => {
    const reporter = await makeUser("REPORTER");
    const editor = await makeUser("EDITOR");
    const claim = await inReview(reporter);
    await sendBack(editor, { claimId: claim.id, version: claim.version, comments: "The second source is a copy of the first." });
    expect(await current(claim.id)).toMatchObject({ status: "RESEARCHING" });
    expect(await prisma.verdict.findUnique({ where: { claimId: claim.id } })).toMatchObject({ proposedById: reporter.id, approvedById: null });
    const revision = (await revisionsOf(claim.id)).at(-1)!;
    expect(revision).toMatchObject({ action: "verdict.sent_back", reason: "The second source is a copy of the first.", authorId: editor.id });
    expect((await myNotifications(reporter)).notices[0]).toMatchObject({ kind: "SENT_BACK", message: expect.stringContaining("copy of the first") });
  });

  it("a reporter cannot send back; a claim not in review cannot be sent back", async () => {
    const reporter = await makeUser("REPORTER");
    const editor = await makeUser("EDITOR");
    const claim = await inReview(reporter);
    await rejectsWith(sendBack(reporter, { claimId: claim.id, version: claim.version, comments: "I changed my mind." }), "forbidden");
    const researching = await makeClaim(reporter);
    await rejectsWith(
      sendBack(editor, { claimId: researching.id, version: researching.version, comments: "Not even in review." }),
      "forbidden",
      /Only a claim in review/,
    );
  });

  it("publishing tells the proposer, and the proposer cannot publish their own proposal", async () => {
    const editor = await makeUser("EDITOR");
    const other = await makeUser("EDITOR");
    const claim = await inReview(editor);
    await rejectsWith(publishVerdict(editor, { claimId: claim.id, version: claim.version }), "forbidden", /another editor/);
    await publishVerdict(other, { claimId: claim.id, version: claim.version });
    expect((await myNotifications(editor)).notices[0]).toMatchObject({ kind: "PUBLISHED" });
  });
});

describe("illegal transitions are refused in the domain, whatever the page offered", () => {
  it("a draft cannot be published, a published claim cannot be sent back, an open claim cannot be reopened or unpublished", async () => {
    const editor = await makeUser("EDITOR");
    const reporter = await makeUser("REPORTER");
    const draft = await makeClaim(reporter, { status: "DRAFT", assigneeId: null });
    await prisma.verdict.create({
      data: { claimId: draft.id, ratingId: (await ensureScale()).false!.id, summary: "A proposal on a draft.", proposedById: reporter.id },
    });
    await rejectsWith(publishVerdict(editor, { claimId: draft.id, version: draft.version }), "invalid", /cannot publish a claim that is draft/);
    await rejectsWith(
      unpublishClaim(editor, { claimId: draft.id, version: draft.version, reason: "It was never public." }),
      "invalid",
      /cannot unpublish a claim that is draft/,
    );
    await rejectsWith(reopenClaim(editor, { claimId: draft.id, version: draft.version }), "invalid", /cannot reopen a claim that is draft/);
    expect(await current(draft.id)).toMatchObject({ status: "DRAFT", version: draft.version });

    const { claim } = await published();
    await rejectsWith(sendBack(editor, { claimId: claim.id, version: claim.version, comments: "Too late for that." }), "forbidden");
  });
});

describe("unpublishing, archiving and merging", () => {
  it("unpublishing needs a reason, takes the verdict off the public site and keeps the proposal unapproved", async () => {
    const { editor, claim } = await published();
    expect(() => archiveSchema.parse({ claimId: claim.id, version: "1", reason: "" })).toThrow(/Say why/);
    await unpublishClaim(editor, { claimId: claim.id, version: claim.version, reason: "A key source was withdrawn." });
    expect(await current(claim.id)).toMatchObject({ status: "RESEARCHING", publishedAt: null });
    expect(await prisma.verdict.findUnique({ where: { claimId: claim.id } })).toMatchObject({ approvedById: null, approvedAt: null });
    expect((await revisionsOf(claim.id)).at(-1)).toMatchObject({ action: "claim.unpublished", reason: "A key source was withdrawn." });
    expect(await prisma.auditEvent.count({ where: { action: "claim.unpublished", targetId: claim.id } })).toBe(1);
  });

  it("a reporter cannot unpublish or archive, even their own claim", async () => {
    const { reporter, claim } = await published();
    await rejectsWith(unpublishClaim(reporter, { claimId: claim.id, version: claim.version, reason: "I would rather not." }), "forbidden");
    await rejectsWith(archiveClaim(reporter, { claimId: claim.id, version: claim.version, reason: "Not worth it.", duplicateOf: undefined }), "forbidden");
    expect(await current(claim.id)).toMatchObject({ status: "PUBLISHED" });
  });

  it("archiving as a duplicate moves appearances and record to the original, once each, and names both in the history", async () => {
    const editor = await makeUser("EDITOR");
    const original = await makeClaim(editor);
    const duplicate = await makeClaim(editor);
    const shared = await prisma.source.create({ data: { type: "DOCUMENT", title: unique("Shared source"), createdById: editor.id } });
    const own = await prisma.source.create({ data: { type: "DOCUMENT", title: unique("Own source"), createdById: editor.id } });
    await prisma.evidence.createMany({
      data: [
        { claimId: original.id, sourceId: shared.id, stance: "CONTRADICTS", addedById: editor.id },
        { claimId: duplicate.id, sourceId: shared.id, stance: "CONTRADICTS", addedById: editor.id },
        { claimId: duplicate.id, sourceId: own.id, stance: "SUPPORTS", addedById: editor.id },
      ],
    });
    await prisma.appearance.createMany({
      data: [
        { claimId: original.id, url: "https://example.org/first", seenAt: new Date("2026-05-01"), isFirst: true },
        { claimId: duplicate.id, url: "https://example.org/first", seenAt: new Date("2026-05-01"), isFirst: true },
        { claimId: duplicate.id, url: "https://example.org/again", seenAt: new Date("2026-05-03"), isFirst: false },
      ],
    });

    await archiveClaim(
      editor,
      archiveSchema.parse({
        claimId: duplicate.id,
        version: String(duplicate.version),
        reason: "The same claim made again.",
        duplicateOf: `http://localhost/desk/claims/${original.id}`,
      }),
    );

    expect(await current(duplicate.id)).toMatchObject({ status: "ARCHIVED", duplicateOfId: original.id });
    const merged = await prisma.claim.findUniqueOrThrow({ where: { id: original.id }, include: { appearances: true, evidence: true } });
    expect(merged.appearances.map((row) => [row.url, row.isFirst]).sort()).toEqual([
      ["https://example.org/again", false],
      ["https://example.org/first", true],
    ]);
    expect(merged.evidence.map((row) => row.sourceId).sort()).toEqual([own.id, shared.id].sort());
    expect((await revisionsOf(original.id)).at(-1)).toMatchObject({
      action: "claim.merged_in",
      changes: expect.objectContaining({ appearancesMoved: { from: 0, to: 1 }, evidenceMoved: { from: 0, to: 1 } }),
    });
    expect(await prisma.auditEvent.count({ where: { action: "claim.merged", targetId: duplicate.id } })).toBe(1);
    await rejectsWith(reopenClaim(editor, { claimId: duplicate.id, version: duplicate.version + 1 }), "invalid", /merged into another/);
  });

  it("a claim is not merged into a published one: that record changes only through a correction", async () => {
    const { editor, claim: live } = await published();
    const duplicate = await makeClaim(editor);
    await rejectsWith(
      archiveClaim(editor, { claimId: duplicate.id, version: duplicate.version, reason: "Same claim.", duplicateOf: live.id }),
      "invalid",
      /published/,
    );
    expect(await current(duplicate.id)).toMatchObject({ status: "RESEARCHING", duplicateOfId: null });
  });

  it("the editor who proposed a verdict cannot correct it alone", async () => {
    const proposer = await makeUser("EDITOR");
    const approver = await makeUser("EDITOR");
    const claim = await inReview(proposer);
    await publishVerdict(approver, { claimId: claim.id, version: claim.version });
    const live = await current(claim.id);
    await rejectsWith(
      issueCorrection(
        proposer,
        correctionSchema.parse({ claimId: live.id, version: String(live.version), kind: "UPDATE", note: "Changing my own verdict without a second editor." }),
      ),
      "forbidden",
      /another editor/,
    );
    expect(await prisma.correction.count({ where: { claimId: live.id } })).toBe(0);
  });

  it("a claim cannot be merged into itself or into an archived claim", async () => {
    const editor = await makeUser("EDITOR");
    const claim = await makeClaim(editor);
    const archived = await makeClaim(editor, { status: "ARCHIVED" });
    await rejectsWith(
      archiveClaim(editor, { claimId: claim.id, version: claim.version, reason: "Testing a loop.", duplicateOf: claim.id }),
      "invalid",
      /itself/,
    );
    await rejectsWith(
      archiveClaim(editor, { claimId: claim.id, version: claim.version, reason: "Into the archive.", duplicateOf: archived.id }),
      "invalid",
      /archived/,
    );
    expect(await current(claim.id)).toMatchObject({ status: "RESEARCHING", version: claim.version });
  });

  it("an archived claim (not merged) is reopened as an unassigned draft", async () => {
    const editor = await makeUser("EDITOR");
    const claim = await makeClaim(editor);
    await archiveClaim(editor, { claimId: claim.id, version: claim.version, reason: "Not check-worthy after all.", duplicateOf: undefined });
    await reopenClaim(editor, { claimId: claim.id, version: claim.version + 1 });
    expect(await current(claim.id)).toMatchObject({ status: "DRAFT", assigneeId: null });
  });
});

describe("corrections", () => {
  it("an editor corrects a published verdict: the public note is stored, the rating changes, the history says both", async () => {
    const { reporter, editor, claim } = await published();
    const scale = await ensureScale();
    const before = await prisma.verdict.findUniqueOrThrow({ where: { claimId: claim.id } });
    await issueCorrection(
      editor,
      correctionSchema.parse({
        claimId: claim.id,
        version: String(claim.version),
        kind: "CORRECTION",
        note: "We misread the date in the ministry's statement; the rating changes.",
        ratingId: scale.misleading!.id,
      }),
    );
    const after = await prisma.verdict.findUniqueOrThrow({ where: { claimId: claim.id } });
    expect(after.ratingId).not.toBe(before.ratingId);
    expect(await prisma.correction.findMany({ where: { claimId: claim.id } })).toEqual([expect.objectContaining({ kind: "CORRECTION", authorId: editor.id })]);
    expect((await revisionsOf(claim.id)).at(-1)).toMatchObject({
      action: "claim.corrected",
      changes: expect.objectContaining({ ratingId: { from: before.ratingId, to: after.ratingId } }),
    });
    expect((await myNotifications(reporter)).notices.map((notice) => notice.kind)).toContain("CORRECTED");
  });

  it("a correction needs a real note, only on a published claim, and never from a reporter", async () => {
    expect(correctionSchema.safeParse({ claimId: "c", version: "1", kind: "UPDATE", note: "Typo." }).success).toBe(false);
    const { reporter, claim } = await published();
    await rejectsWith(
      issueCorrection(
        reporter,
        correctionSchema.parse({ claimId: claim.id, version: String(claim.version), kind: "UPDATE", note: "A reporter trying to update the verdict." }),
      ),
      "forbidden",
    );
    const editor = await makeUser("EDITOR");
    const open = await makeClaim(editor);
    await rejectsWith(
      issueCorrection(
        editor,
        correctionSchema.parse({ claimId: open.id, version: String(open.version), kind: "UPDATE", note: "Nothing is published here yet." }),
      ),
      "invalid",
      /Only a published verdict/,
    );
    expect(await prisma.correction.count({ where: { claimId: { in: [claim.id, open.id] } } })).toBe(0);
  });
});

describe("notifications", () => {
  it("each person sees and marks only their own", async () => {
    const editor = await makeUser("EDITOR");
    const [first, second] = [await makeUser("REPORTER"), await makeUser("REPORTER")];
    for (const reporter of [first, second]) {
      const claim = await makeClaim(editor, { status: "DRAFT", assigneeId: null });
      await assignClaim(editor, { claimId: claim.id, version: claim.version, assigneeId: reporter.id });
    }
    const theirs = (await myNotifications(second)).notices[0]!;
    expect(await markRead(first, { notificationId: theirs.id })).toEqual({ marked: 0 });
    expect(await unreadCount(second)).toBe(1);
    expect(await markRead(first, {})).toEqual({ marked: 1 });
    expect(await unreadCount(first)).toBe(0);
    expect(await unreadCount(second)).toBe(1);
    expect(await myNotifications(null)).toEqual({ notices: [], more: false });
  });
});
