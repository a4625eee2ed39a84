import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { createClaim } from "@/lib/claims/mutations";
import { type NewClaimInput, newClaimSchema } from "@/lib/claims/schema";
import { prisma } from "@/lib/db";
import { proposeVerdict, publishVerdict } from "@/lib/verdicts/mutations";
import { verdictSchema } from "@/lib/verdicts/schema";
import { ensureScale, makeClaim, makeSpeaker, makeUser, unique } from "../support/factories";

// The claim-to-verdict journey, through the mutations every server action
// calls, with the acting person's role. Refusals must change nothing.

const rejectsWith = (promise: Promise<unknown>, code: string, message?: RegExp) =>
  expect(promise).rejects.toMatchObject({ name: "DomainError", code, ...(message ? { message: expect.stringMatching(message) } : {}) });

// Everything a refused or conflicting write could have touched.
async function footprint(claimId: string) {
  const [claim, verdict, revisions, audit] = await Promise.all([
    prisma.claim.findUniqueOrThrow({ where: { id: claimId } }),
    prisma.verdict.findUnique({ where: { claimId } }),
    prisma.revision.findMany({ where: { claimId }, orderBy: { createdAt: "asc" } }),
    prisma.auditEvent.findMany({ where: { targetType: "Claim", targetId: claimId }, orderBy: { createdAt: "asc" } }),
  ]);
  return { claim, verdict, revisions, audit };
}

const verdictInput = (claim: { id: string; version: number }, ratingId: string, summary = "No record we found corroborates it.") =>
  verdictSchema.parse({ claimId: claim.id, version: String(claim.version), ratingId, summary, reasoning: "Wire reports say **no deal**." });

// Publishing names only the claim and the version the editor read: it approves
// the stored proposal as it stands.
const publishInput = (claim: { id: string; version: number }) => ({ claimId: claim.id, version: claim.version });

describe("logging a claim", () => {
  it("writes the claim, speaker, topics, first appearance, source, evidence, revision and audit together", async () => {
    const reporter = await makeUser("REPORTER");
    const speakerName = unique("Iranian foreign ministry");
    const [topicA, topicB] = [unique("Iran nuclear talks"), unique("US foreign policy")];
    const input = newClaimSchema.parse({
      text: "Iran has agreed to nuclear restraint.",
      quote: "Iran has agreed to nuclear restraint",
      madeAt: "2026-05-31",
      venue: "Social media post",
      newSpeakerName: speakerName,
      newSpeakerTitle: "Ministry spokespeople",
      topics: `${topicA}, ${topicB}, ${topicA.toUpperCase()}`,
      appearanceUrl: "https://example.org/social/post",
      assignToMe: "on",
      sourceTitle: "Iran takes nuclear file off the agenda",
      sourceType: "WIRE_REPORT",
      sourcePublisher: "Regional wire service",
      sourceUrl: "https://example.org/wire/nuclear-file",
      sourcePublishedAt: "2026-05-31",
      stance: "CONTRADICTS",
      passage: "no final agreement",
    });

    const { id, slug } = await createClaim(reporter, input);

    const claim = await prisma.claim.findUniqueOrThrow({
      where: { id },
      include: { speaker: true, topics: { include: { topic: true } }, appearances: true, evidence: { include: { source: true } }, revisions: true },
    });
    expect(slug).toMatch(/^iran-has-agreed-to-nuclear-restraint-[0-9a-f]{6}$/);
    expect(claim).toMatchObject({
      slug,
      text: "Iran has agreed to nuclear restraint.",
      quote: "Iran has agreed to nuclear restraint",
      madeAt: new Date("2026-05-31"),
      kind: "STATEMENT",
      settleBy: null,
      status: "RESEARCHING", // assigned to the reporter, so research has started
      version: 1,
      createdById: reporter.id,
      assigneeId: reporter.id,
      publishedAt: null,
    });
    expect(claim.speaker).toMatchObject({ name: speakerName, title: "Ministry spokespeople" });
    // Named twice in different case, linked once.
    expect(claim.topics.map((link) => link.topic.name.toLowerCase()).sort()).toEqual([topicA, topicB].map((name) => name.toLowerCase()).sort());
    expect(claim.appearances).toEqual([
      expect.objectContaining({ url: "https://example.org/social/post", isFirst: true, seenAt: new Date("2026-05-31"), venue: "Social media post" }),
    ]);
    expect(claim.evidence).toHaveLength(1);
    expect(claim.evidence[0]).toMatchObject({ stance: "CONTRADICTS", passage: "no final agreement", addedById: reporter.id });
    expect(claim.evidence[0]!.source).toMatchObject({
      type: "WIRE_REPORT",
      title: "Iran takes nuclear file off the agenda",
      publisher: "Regional wire service",
      url: "https://example.org/wire/nuclear-file",
      createdById: reporter.id,
    });
    expect(claim.revisions).toEqual([
      expect.objectContaining({
        authorId: reporter.id,
        action: "claim.created",
        changes: { text: { from: null, to: claim.text }, status: { from: null, to: "RESEARCHING" } },
      }),
    ]);
    const audit = await prisma.auditEvent.findMany({ where: { targetId: id }, orderBy: { action: "asc" } });
    expect(audit.map((event) => [event.action, event.actorId])).toEqual([
      ["claim.assigned", reporter.id],
      ["claim.created", reporter.id],
    ]);
  });

  it("a claim nobody takes starts as an unassigned draft, and reuses an existing speaker and topic", async () => {
    const reporter = await makeUser("REPORTER");
    const speaker = await makeSpeaker();
    const topicName = unique("Israel and Lebanon");
    const first = await createClaim(
      reporter,
      newClaimSchema.parse({ text: "First claim about the strikes.", madeAt: "2026-05-31", speakerId: speaker.id, topics: topicName }),
    );
    const second = await createClaim(
      reporter,
      newClaimSchema.parse({
        text: "Second claim about the strikes.",
        madeAt: "2026-05-31",
        newSpeakerName: speaker.name.toUpperCase(),
        topics: topicName.toLowerCase(),
      }),
    );
    const claims = await prisma.claim.findMany({ where: { id: { in: [first.id, second.id] } }, include: { topics: true } });
    for (const claim of claims) {
      expect(claim).toMatchObject({ status: "DRAFT", assigneeId: null, speakerId: speaker.id });
    }
    expect(new Set(claims.flatMap((claim) => claim.topics.map((link) => link.topicId))).size).toBe(1);
    expect(await prisma.topic.count({ where: { name: { equals: topicName, mode: "insensitive" } } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { targetId: first.id, action: "claim.assigned" } })).toBe(0);
  });

  it("a claim attributed to a merged speaker lands on the speaker it was merged into", async () => {
    const reporter = await makeUser("REPORTER");
    const surviving = await makeSpeaker();
    const merged = await prisma.speaker.update({ where: { id: (await makeSpeaker()).id }, data: { mergedIntoId: surviving.id } });
    const { id } = await createClaim(reporter, newClaimSchema.parse({ text: "A claim by a duplicate speaker.", madeAt: "2026-05-31", speakerId: merged.id }));
    expect((await prisma.claim.findUniqueOrThrow({ where: { id } })).speakerId).toBe(surviving.id);
  });

  it("a prediction keeps its settle-by date and criteria", async () => {
    const reporter = await makeUser("REPORTER");
    const speaker = await makeSpeaker();
    const { id } = await createClaim(
      reporter,
      newClaimSchema.parse({
        text: "The talks will produce only minor, temporary understandings.",
        madeAt: "2026-06-02",
        speakerId: speaker.id,
        kind: "PREDICTION",
        settleBy: "2026-12-31",
        settleCriteria: "Fails if a written agreement is signed.",
      }),
    );
    expect(await prisma.claim.findUniqueOrThrow({ where: { id } })).toMatchObject({
      kind: "PREDICTION",
      settleBy: new Date("2026-12-31"),
      settleCriteria: "Fails if a written agreement is signed.",
    });
  });

  it("an unknown speaker id is not found, and nothing is written", async () => {
    const reporter = await makeUser("REPORTER");
    const text = `A claim for a speaker that does not exist ${unique("x")}.`;
    const topic = unique("Orphan topic");
    const input = newClaimSchema.parse({ text, madeAt: "2026-05-31", speakerId: "no-such-speaker", topics: topic, appearanceUrl: "https://example.org/x" });
    await rejectsWith(createClaim(reporter, input), "not_found", /speaker was not found/i);
    expect(await prisma.claim.count({ where: { text } })).toBe(0);
    expect(await prisma.topic.count({ where: { name: topic } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { actorId: reporter.id } })).toBe(0);
  });

  it("a failure late in the transaction leaves no claim, speaker, topic or appearance behind", async () => {
    const reporter = await makeUser("REPORTER");
    const text = `A claim whose source cannot be stored ${unique("x")}.`;
    const speakerName = unique("Never-created speaker");
    const topic = unique("Never-created topic");
    const input = {
      ...newClaimSchema.parse({ text, madeAt: "2026-05-31", newSpeakerName: speakerName, topics: topic, appearanceUrl: "https://example.org/y" }),
      // Past the schema, as a bug or a changed enum would be: the source insert fails.
      sourceTitle: "Broken source",
      sourceType: "NOT_A_SOURCE_TYPE",
      stance: "SUPPORTS",
    } as unknown as NewClaimInput;
    await expect(createClaim(reporter, input)).rejects.toThrow();
    expect(await prisma.claim.count({ where: { text } })).toBe(0);
    expect(await prisma.speaker.count({ where: { name: speakerName } })).toBe(0);
    expect(await prisma.topic.count({ where: { name: topic } })).toBe(0);
    expect(await prisma.appearance.count({ where: { url: "https://example.org/y", claim: { text } } })).toBe(0);
    expect(await prisma.revision.count({ where: { authorId: reporter.id } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { actorId: reporter.id } })).toBe(0);
  });
});

describe("proposing a verdict", () => {
  it("the assigned reporter proposes: the claim goes to review with a revision and an audit event", async () => {
    const scale = await ensureScale();
    const reporter = await makeUser("REPORTER");
    const claim = await makeClaim(reporter, { assigneeId: reporter.id });

    await proposeVerdict(reporter, verdictInput(claim, scale.unsupported!.id));

    const after = await footprint(claim.id);
    expect(after.claim).toMatchObject({ status: "IN_REVIEW", version: claim.version + 1, publishedAt: null });
    expect(after.verdict).toMatchObject({
      ratingId: scale.unsupported!.id,
      summary: "No record we found corroborates it.",
      reasoning: "Wire reports say **no deal**.",
      proposedById: reporter.id,
      approvedById: null,
      approvedAt: null,
    });
    expect(after.revisions).toHaveLength(1);
    expect(after.revisions[0]).toMatchObject({ action: "verdict.proposed", authorId: reporter.id });
    expect(after.revisions[0]!.changes).toMatchObject({
      ratingId: { from: null, to: scale.unsupported!.id },
      status: { from: "RESEARCHING", to: "IN_REVIEW" },
    });
    expect(after.audit.map((event) => [event.action, event.actorId])).toEqual([["verdict.proposed", reporter.id]]);
  });

  it.each([
    ["assigned to someone else", "other"],
    ["unassigned, even though they logged it", "nobody"],
  ] as const)("a reporter cannot propose on a claim %s, and nothing changes", async (_case, assignee) => {
    const scale = await ensureScale();
    const reporter = await makeUser("REPORTER");
    const other = await makeUser("REPORTER");
    const claim = await makeClaim(reporter, { assigneeId: assignee === "other" ? other.id : null });
    const before = await footprint(claim.id);

    await rejectsWith(proposeVerdict(reporter, verdictInput(claim, scale.unsupported!.id)), "forbidden", /assigned/i);

    expect(await footprint(claim.id)).toEqual(before);
    expect(before.verdict).toBeNull();
  });

  it("an editor proposes on a claim assigned to a reporter", async () => {
    const scale = await ensureScale();
    const reporter = await makeUser("REPORTER");
    const editor = await makeUser("EDITOR");
    const claim = await makeClaim(reporter);
    await proposeVerdict(editor, verdictInput(claim, scale.false!.id));
    expect((await footprint(claim.id)).verdict).toMatchObject({ proposedById: editor.id });
  });

  it("a rating from the wrong scale for the kind of claim is refused", async () => {
    const scale = await ensureScale();
    const reporter = await makeUser("REPORTER");
    const statement = await makeClaim(reporter);
    const prediction = await makeClaim(reporter, { kind: "PREDICTION" });
    const beforeStatement = await footprint(statement.id);

    await expect(proposeVerdict(reporter, verdictInput(statement, scale.pending!.id))).rejects.toMatchObject({
      code: "invalid",
      fieldErrors: { ratingId: [expect.any(String)] },
    });
    await rejectsWith(proposeVerdict(reporter, verdictInput(prediction, scale.accurate!.id)), "invalid");
    await rejectsWith(proposeVerdict(reporter, verdictInput(statement, "no-such-rating")), "invalid");
    expect(await footprint(statement.id)).toEqual(beforeStatement);

    await proposeVerdict(reporter, verdictInput(prediction, scale.pending!.id));
    expect((await footprint(prediction.id)).claim.status).toBe("IN_REVIEW");
  });

  it("a published claim is not open for a new proposal", async () => {
    const scale = await ensureScale();
    const editor = await makeUser("EDITOR");
    const claim = await makeClaim(editor, { status: "PUBLISHED" });
    await rejectsWith(proposeVerdict(editor, verdictInput(claim, scale.false!.id)), "forbidden", /no longer open/i);
  });
});

describe("publishing a verdict", () => {
  // A claim in review with a reporter's proposal.
  async function inReview() {
    const scale = await ensureScale();
    const reporter = await makeUser("REPORTER");
    const claim = await makeClaim(reporter, { assigneeId: reporter.id });
    await proposeVerdict(reporter, verdictInput(claim, scale.unsupported!.id));
    const reviewed = await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } });
    return { scale, reporter, claim: reviewed };
  }

  it("a reporter cannot publish, not even on their own claim, and nothing changes", async () => {
    const { reporter, claim } = await inReview();
    const before = await footprint(claim.id);
    await rejectsWith(publishVerdict(reporter, publishInput(claim)), "forbidden", /only editors/i);
    expect(await footprint(claim.id)).toEqual(before);
  });

  it("the editor who proposed a verdict cannot publish it", async () => {
    const scale = await ensureScale();
    const editor = await makeUser("EDITOR");
    const claim = await makeClaim(editor, { assigneeId: editor.id });
    await proposeVerdict(editor, verdictInput(claim, scale.false!.id));
    const reviewed = await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } });
    const before = await footprint(claim.id);

    await rejectsWith(publishVerdict(editor, publishInput(reviewed)), "forbidden", /another editor/i);

    const after = await footprint(claim.id);
    expect(after).toEqual(before);
    expect(after.claim.status).toBe("IN_REVIEW");
    expect(after.verdict!.approvedById).toBeNull();

    // A second editor can.
    const second = await makeUser("EDITOR");
    await publishVerdict(second, publishInput(reviewed));
    expect((await footprint(claim.id)).verdict!.approvedById).toBe(second.id);
  });

  it("another editor publishes: status, approver, dates, revision and audit", async () => {
    const { scale, reporter, claim } = await inReview();
    const editor = await makeUser("EDITOR");
    const before = await footprint(claim.id);
    const startedAt = Date.now();

    const result = await publishVerdict(editor, publishInput(claim));

    expect(result).toEqual({ id: claim.id, slug: claim.slug });
    const after = await footprint(claim.id);
    expect(after.claim).toMatchObject({ status: "PUBLISHED", version: claim.version + 1 });
    expect(after.claim.publishedAt!.getTime()).toBeGreaterThanOrEqual(startedAt - 1000);
    // Exactly the reporter's proposal is what goes public.
    expect(after.verdict).toMatchObject({
      ratingId: scale.unsupported!.id,
      summary: "No record we found corroborates it.",
      proposedById: reporter.id,
      approvedById: editor.id,
    });
    expect(after.verdict!.approvedAt).toEqual(after.claim.publishedAt);

    const newRevisions = after.revisions.slice(before.revisions.length);
    expect(newRevisions).toHaveLength(1);
    expect(newRevisions[0]).toMatchObject({ action: "verdict.published", authorId: editor.id });
    expect(newRevisions[0]!.changes).toEqual({ status: { from: "IN_REVIEW", to: "PUBLISHED" } });
    const newAudit = after.audit.slice(before.audit.length);
    expect(newAudit.map((event) => [event.action, event.actorId])).toEqual([["claim.published", editor.id]]);
  });

  it("an editor who rewrites the proposal becomes its proposer: they cannot publish their words, another editor can", async () => {
    const { scale, reporter, claim } = await inReview();
    const reviser = await makeUser("EDITOR");
    await proposeVerdict(reviser, verdictInput(claim, scale.false!.id, "The record contradicts the claim outright."));
    const revised = await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } });
    const before = await footprint(claim.id);
    expect(before.verdict).toMatchObject({ proposedById: reviser.id, ratingId: scale.false!.id, approvedById: null });
    expect(before.claim.status).toBe("IN_REVIEW");

    await rejectsWith(publishVerdict(reviser, publishInput(revised)), "forbidden", /another editor/i);
    expect(await footprint(claim.id)).toEqual(before);

    // The reporter, who proposed the earlier words, is no editor either.
    await rejectsWith(publishVerdict(reporter, publishInput(revised)), "forbidden");

    const approver = await makeUser("EDITOR");
    await publishVerdict(approver, publishInput(revised));
    expect((await footprint(claim.id)).verdict).toMatchObject({
      summary: "The record contradicts the claim outright.",
      proposedById: reviser.id,
      approvedById: approver.id,
    });
  });

  it("an approval of what the editor read is refused if the proposal changed meanwhile", async () => {
    const { scale, reporter, claim } = await inReview();
    const editor = await makeUser("EDITOR");
    // The reporter rewrites the proposal after the editor opened the page.
    await proposeVerdict(reporter, verdictInput(claim, scale.misleading!.id, "A rewritten summary the editor has not seen."));
    const before = await footprint(claim.id);
    // The message names who changed it and how, so the editor knows what to reread.
    await rejectsWith(
      publishVerdict(editor, publishInput(claim)),
      "conflict",
      new RegExp(`^${reporter.name} changed this claim \\(verdict proposed for review: [^;]+; .+\\) after you opened it\\. Reload the page`),
    );
    expect(await footprint(claim.id)).toEqual(before);
  });

  it("an admin can publish an editor's proposal", async () => {
    const scale = await ensureScale();
    const editor = await makeUser("EDITOR");
    const admin = await makeUser("ADMIN");
    const claim = await makeClaim(editor);
    await proposeVerdict(editor, verdictInput(claim, scale.accurate!.id));
    await publishVerdict(admin, publishInput({ id: claim.id, version: claim.version + 1 }));
    expect((await footprint(claim.id)).verdict!.approvedById).toBe(admin.id);
  });

  it("a stale version is a conflict and changes nothing", async () => {
    const { claim } = await inReview();
    const editor = await makeUser("EDITOR");
    const before = await footprint(claim.id);

    await rejectsWith(
      publishVerdict(editor, publishInput({ id: claim.id, version: claim.version - 1 })),
      "conflict",
      /changed this claim .* after you opened it/i,
    );
    expect(await footprint(claim.id)).toEqual(before);
  });

  it("two editors publishing the same claim at once: one wins, the other gets a conflict", async () => {
    const { claim } = await inReview();
    const [first, second] = [await makeUser("EDITOR"), await makeUser("EDITOR")];
    const results = await Promise.allSettled([publishVerdict(first, publishInput(claim)), publishVerdict(second, publishInput(claim))]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    const loser = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(loser.reason).toMatchObject({ code: "conflict" });

    const after = await footprint(claim.id);
    const winner = results[0]!.status === "fulfilled" ? first : second;
    expect(after.verdict!.approvedById).toBe(winner.id);
    expect(after.claim.version).toBe(claim.version + 1);
    expect(after.revisions.filter((revision) => revision.action === "verdict.published")).toHaveLength(1);
  });

  it("a claim that is not in review cannot be published", async () => {
    await ensureScale();
    const reporter = await makeUser("REPORTER");
    const editor = await makeUser("EDITOR");
    const researching = await makeClaim(reporter);
    const before = await footprint(researching.id);
    await rejectsWith(publishVerdict(editor, publishInput(researching)), "invalid", /in review/i);
    expect(await footprint(researching.id)).toEqual(before);
  });

  it("a published claim cannot be published again", async () => {
    const { claim } = await inReview();
    const editor = await makeUser("EDITOR");
    await publishVerdict(editor, publishInput(claim));
    const published = await prisma.claim.findUniqueOrThrow({ where: { id: claim.id } });
    const before = await footprint(claim.id);
    const other = await makeUser("EDITOR");
    await rejectsWith(publishVerdict(other, publishInput(published)), "invalid");
    expect(await footprint(claim.id)).toEqual(before);
  });

  it("an unknown claim is not found", async () => {
    await ensureScale();
    const editor: Actor = await makeUser("EDITOR");
    await rejectsWith(publishVerdict(editor, publishInput({ id: "no-such-claim", version: 1 })), "not_found");
  });
});
