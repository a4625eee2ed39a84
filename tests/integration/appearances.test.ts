import { describe, expect, it } from "vitest";
import { addAppearance, markFirstAppearance, removeAppearance } from "@/lib/appearances/mutations";
import { newAppearanceSchema } from "@/lib/appearances/schema";
import { prisma } from "@/lib/db";
import { makeClaim, makeUser, unique } from "../support/factories";

// Where a claim was made and repeated. Any reporter logs a repetition while
// the claim is open; changing which came first, or removing one, follows the
// edit rule; each change leaves a revision.

const link = () => `https://example.org/${unique("clip")}`;
const appearance = (claimId: string, fields: Record<string, unknown> = {}) =>
  newAppearanceSchema.parse({ claimId, appearanceUrl: link(), madeAt: "2026-06-01", ...fields });
const rejectsWith = (promise: Promise<unknown>, code: string, message?: RegExp) =>
  expect(promise).rejects.toMatchObject({ name: "DomainError", code, ...(message ? { message: expect.stringMatching(message) } : {}) });

describe("adding an appearance", () => {
  it("another reporter adds a repetition to an open claim; the first link becomes the first appearance", async () => {
    const owner = await makeUser("REPORTER");
    const other = await makeUser("REPORTER");
    const claim = await makeClaim(owner);
    await addAppearance(other, appearance(claim.id, { madeAtTime: "09:15", timeZone: "Europe/Paris", venue: "Radio interview" }));
    await addAppearance(other, appearance(claim.id, { madeAt: "2026-06-02" }));

    const rows = await prisma.appearance.findMany({ where: { claimId: claim.id }, orderBy: { seenAt: "asc" } });
    expect(rows.map((row) => row.isFirst)).toEqual([true, false]);
    expect(rows[0]!.seenAt.toISOString()).toBe("2026-06-01T07:15:00.000Z");
    expect(rows[0]!.venue).toBe("Radio interview");
    const revisions = await prisma.revision.findMany({ where: { claimId: claim.id, action: "appearance.added" } });
    expect(revisions).toHaveLength(2);
    expect(revisions.every((revision) => revision.authorId === other.id)).toBe(true);
  });

  it("marking a new one as first moves the mark", async () => {
    const reporter = await makeUser("REPORTER");
    const claim = await makeClaim(reporter);
    await addAppearance(reporter, appearance(claim.id));
    const earlier = appearance(claim.id, { madeAt: "2026-05-01", markFirst: "on" });
    await addAppearance(reporter, earlier);
    const first = await prisma.appearance.findMany({ where: { claimId: claim.id, isFirst: true } });
    expect(first.map((row) => row.url)).toEqual([earlier.appearanceUrl]);
  });

  it("the same link twice on one claim is refused as a conflict", async () => {
    const reporter = await makeUser("REPORTER");
    const claim = await makeClaim(reporter);
    const input = appearance(claim.id);
    await addAppearance(reporter, input);
    await rejectsWith(addAppearance(reporter, input), "conflict", /already listed/);
    expect(await prisma.appearance.count({ where: { claimId: claim.id } })).toBe(1);
  });

  it("a reporter cannot add to a published claim and is told to ask an editor; an editor can", async () => {
    const reporter = await makeUser("REPORTER");
    const editor = await makeUser("EDITOR");
    const claim = await makeClaim(reporter, { status: "PUBLISHED" });
    await rejectsWith(addAppearance(reporter, appearance(claim.id)), "forbidden", /editor/);
    expect(await prisma.appearance.count({ where: { claimId: claim.id } })).toBe(0);
    const change = await addAppearance(editor, appearance(claim.id));
    expect(change).toMatchObject({ id: claim.id, published: true });
    expect(await prisma.appearance.count({ where: { claimId: claim.id } })).toBe(1);
  });

  it("nobody adds to an archived claim", async () => {
    const editor = await makeUser("EDITOR");
    const claim = await makeClaim(editor, { status: "ARCHIVED" });
    await rejectsWith(addAppearance(editor, appearance(claim.id)), "forbidden", /archived/);
  });

  it("a link that is not http(s) is refused by the schema", () => {
    const parsed = newAppearanceSchema.safeParse({ claimId: "c", appearanceUrl: "javascript:alert(1)", madeAt: "2026-06-01" });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.error.issues[0]!.message).toMatch(/http/);
  });
});

describe("changing which appearance came first, and removing one", () => {
  async function claimWithTwo() {
    const owner = await makeUser("REPORTER");
    const claim = await makeClaim(owner);
    await addAppearance(owner, appearance(claim.id, { madeAt: "2026-06-01" }));
    await addAppearance(owner, appearance(claim.id, { madeAt: "2026-06-03" }));
    const [first, second] = await prisma.appearance.findMany({ where: { claimId: claim.id }, orderBy: { seenAt: "asc" } });
    return { owner, claim, first: first!, second: second! };
  }

  it("the claim's reporter marks another appearance as first; one revision names both links", async () => {
    const { owner, claim, first, second } = await claimWithTwo();
    await markFirstAppearance(owner, { claimId: claim.id, appearanceId: second.id });
    const marked = await prisma.appearance.findMany({ where: { claimId: claim.id, isFirst: true } });
    expect(marked.map((row) => row.id)).toEqual([second.id]);
    const revision = await prisma.revision.findFirstOrThrow({ where: { claimId: claim.id, action: "appearance.marked_first" } });
    expect(revision.changes).toEqual({ firstAppearance: { from: first.url, to: second.url } });
  });

  it("a reporter who neither logged nor holds the claim cannot mark or remove", async () => {
    const { claim, second } = await claimWithTwo();
    const stranger = await makeUser("REPORTER");
    await rejectsWith(markFirstAppearance(stranger, { claimId: claim.id, appearanceId: second.id }), "forbidden", /Reporters can edit only/);
    await rejectsWith(removeAppearance(stranger, { claimId: claim.id, appearanceId: second.id }), "forbidden");
    expect(await prisma.appearance.count({ where: { claimId: claim.id } })).toBe(2);
  });

  it("an appearance of another claim cannot be reached through this one", async () => {
    const { owner, claim } = await claimWithTwo();
    const elsewhere = await claimWithTwo();
    await rejectsWith(removeAppearance(owner, { claimId: claim.id, appearanceId: elsewhere.first.id }), "not_found");
    expect(await prisma.appearance.count({ where: { id: elsewhere.first.id } })).toBe(1);
  });

  it("removing the first appearance hands the mark to the earliest left, and the history keeps the link", async () => {
    const { owner, claim, first, second } = await claimWithTwo();
    await removeAppearance(owner, { claimId: claim.id, appearanceId: first.id });
    const left = await prisma.appearance.findMany({ where: { claimId: claim.id } });
    expect(left).toEqual([expect.objectContaining({ id: second.id, isFirst: true })]);
    const revision = await prisma.revision.findFirstOrThrow({ where: { claimId: claim.id, action: "appearance.removed" } });
    expect(revision.changes).toEqual({ appearance: { from: { url: first.url, first: true }, to: null } });
  });
});
