import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { myWork } from "@/lib/queue/my-work";
import { makeUser } from "../support/factories";
import { claimFor, ids, speakerNamed } from "./queue-support";

// "My work" on /desk: what is assigned to me, what came back from review to
// me, and the desk's predictions and promises coming due.

async function revise(claimId: string, authorId: string, action: string, at: string, reason?: string) {
  await prisma.revision.create({ data: { claimId, authorId, action, createdAt: new Date(at), reason } });
}

describe("my work", () => {
  it("lists the open claims assigned to me, most recently updated first", async () => {
    const editor = await makeUser("EDITOR");
    const reporter = await makeUser("REPORTER");
    const speakerId = (await speakerNamed()).id;
    const older = await claimFor(editor, { speakerId, assigneeId: reporter.id, status: "RESEARCHING", updatedAt: new Date("2026-05-01T00:00:00Z") });
    const newer = await claimFor(editor, { speakerId, assigneeId: reporter.id, status: "IN_REVIEW", updatedAt: new Date("2026-05-02T00:00:00Z") });
    const draft = await claimFor(editor, { speakerId, assigneeId: reporter.id, status: "DRAFT", updatedAt: new Date("2026-04-01T00:00:00Z") });
    await claimFor(editor, { speakerId, assigneeId: reporter.id, status: "PUBLISHED" });
    await claimFor(editor, { speakerId, assigneeId: reporter.id, status: "ARCHIVED" });
    await claimFor(editor, { speakerId, assigneeId: editor.id, status: "RESEARCHING" });

    const work = await myWork(reporter);
    expect(work.assigned.claims.map((claim) => claim.id)).toEqual([newer.id, older.id, draft.id]);
    expect(work.assigned.total).toBe(3);
    expect(work.assigned.claims[0]).toMatchObject({ assignee: { id: reporter.id, name: reporter.name }, status: "IN_REVIEW" });

    const cut = await myWork(reporter, { limit: 2 });
    expect(cut.assigned.claims).toHaveLength(2);
    expect(cut.assigned.total).toBe(3);
  });

  it("lists what came back from review, to the person assigned or who proposed, until it is worked on again", async () => {
    const editor = await makeUser("EDITOR");
    const reporter = await makeUser("REPORTER");
    const other = await makeUser("REPORTER");
    const speakerId = (await speakerNamed()).id;
    // Assigned to the reporter, sent back.
    const assigned = await claimFor(editor, { speakerId, assigneeId: reporter.id, rating: { slug: "false", proposedById: editor.id } });
    await revise(assigned.id, reporter.id, "verdict.proposed", "2026-05-01T10:00:00Z");
    await revise(assigned.id, editor.id, "verdict.sent_back", "2026-05-01T12:00:00Z", "Needs a second source.");
    // Proposed by the reporter, now assigned to someone else, sent back later.
    const proposed = await claimFor(editor, { speakerId, assigneeId: other.id, rating: { slug: "misleading", proposedById: reporter.id } });
    await revise(proposed.id, editor.id, "verdict.sent_back", "2026-05-02T09:00:00Z", "The quote is cut short.");
    // Sent back, then revised: off the list.
    const revised = await claimFor(editor, { speakerId, assigneeId: reporter.id });
    await revise(revised.id, editor.id, "verdict.sent_back", "2026-05-01T09:00:00Z");
    await revise(revised.id, reporter.id, "claim.updated", "2026-05-01T11:00:00Z");
    // Sent back, but neither assigned to nor proposed by the reporter.
    const elsewhere = await claimFor(editor, { speakerId, assigneeId: other.id, rating: { slug: "false", proposedById: other.id } });
    await revise(elsewhere.id, editor.id, "verdict.sent_back", "2026-05-03T09:00:00Z");

    const work = await myWork(reporter);
    expect(work.sentBack.claims.map((claim) => claim.id)).toEqual([proposed.id, assigned.id]);
    expect(work.sentBack.total).toBe(2);
    expect(work.sentBack.claims[1]).toMatchObject({
      sentBack: { by: editor.name, reason: "Needs a second source.", at: new Date("2026-05-01T12:00:00Z") },
      rating: { label: "False" },
    });
    expect(ids((await myWork(other)).sentBack.claims)).toEqual(ids([proposed, elsewhere]));
  });

  it("lists predictions and promises due within 30 days or overdue and not yet published, the most overdue first", async () => {
    const editor = await makeUser("EDITOR");
    const speakerId = (await speakerNamed()).id;
    const now = new Date("2031-06-01T12:00:00Z");
    const due = (
      settleBy: string,
      options: { kind?: "PREDICTION" | "PROMISE"; status?: "DRAFT" | "RESEARCHING" | "IN_REVIEW" | "PUBLISHED" | "ARCHIVED" } = {},
    ) => claimFor(editor, { speakerId, kind: options.kind ?? "PREDICTION", status: options.status ?? "RESEARCHING", settleBy: new Date(settleBy) });
    const overdue = await due("2031-01-15T00:00:00Z", { kind: "PROMISE", status: "DRAFT" });
    const soon = await due("2031-06-20T00:00:00Z", { status: "IN_REVIEW" });
    const lastDay = await due("2031-07-01T12:00:00Z");
    await due("2031-07-01T12:00:00.001Z"); // a moment past 30 days
    await due("2031-01-01T00:00:00Z", { status: "PUBLISHED" });
    await due("2031-01-01T00:00:00Z", { status: "ARCHIVED" });
    await claimFor(editor, { speakerId, kind: "STATEMENT" });

    // The list is the whole desk's and other tests' claims are due too, so
    // only this test's speaker's are compared.
    const speaker = await prisma.speaker.findUniqueOrThrow({ where: { id: speakerId } });
    const work = await myWork(editor, { now, limit: 10_000 });
    const ofThisTest = work.comingDue.claims.filter((claim) => claim.speaker.slug === speaker.slug);
    expect(ofThisTest.map((claim) => claim.id)).toEqual([overdue.id, soon.id, lastDay.id]);
    expect(work.comingDue.total).toBeGreaterThanOrEqual(3);
  });

  it("lists what waits for review on the whole desk, the latest first", async () => {
    const editor = await makeUser("EDITOR");
    const speaker = await speakerNamed();
    const first = await claimFor(editor, { speakerId: speaker.id, status: "IN_REVIEW", updatedAt: new Date("2099-01-01T00:00:00Z") });
    const second = await claimFor(editor, { speakerId: speaker.id, status: "IN_REVIEW", updatedAt: new Date("2099-01-02T00:00:00Z") });
    await claimFor(editor, { speakerId: speaker.id, status: "RESEARCHING", updatedAt: new Date("2099-01-03T00:00:00Z") });
    const work = await myWork(editor, { limit: 10_000 });
    expect(work.inReview.claims.filter((claim) => claim.speaker.slug === speaker.slug).map((claim) => claim.id)).toEqual([second.id, first.id]);
    // Updated last of all, they lead the list.
    expect(work.inReview.claims.slice(0, 2).map((claim) => claim.id)).toEqual([second.id, first.id]);
  });

  it("is empty for someone with nothing on their plate, and for a signed-out caller", async () => {
    const newcomer = await makeUser("REPORTER");
    const work = await myWork(newcomer, { now: new Date("1990-01-01T00:00:00Z") });
    expect(work.assigned).toEqual({ claims: [], total: 0 });
    expect(work.sentBack).toEqual({ claims: [], total: 0 });
    const nothing = { claims: [], total: 0 };
    expect(await myWork(null)).toEqual({ assigned: nothing, sentBack: nothing, comingDue: nothing, inReview: nothing });
  });
});
