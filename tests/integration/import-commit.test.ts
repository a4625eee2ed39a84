import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { commitImport } from "@/lib/import/commit";
import { exportClaimsCsv } from "@/lib/import/export";
import { previewImport } from "@/lib/import/preview";
import { slugify } from "@/lib/slug";
import { makeUser, unique } from "../support/factories";
import { type Cells, csvOf } from "../support/import-csv";

// Importing a file writes everything it describes in one go, with the
// history a hand-logged claim gets, or nothing at all.

const rejectsWith = (promise: Promise<unknown>, code: string, message: RegExp) =>
  expect(promise).rejects.toMatchObject({ name: "DomainError", code, message: expect.stringMatching(message) });

// Everything an import by this person, or naming these speakers and topics,
// could have written. Scoped, because the other tests of this file write to
// the same database.
async function desk(scope: { actorId?: string; speakers?: string[]; topics?: string[] }) {
  const by = scope.actorId ?? "nobody";
  const [claims, speakers, topics, sources, evidence, revisions, audit] = await Promise.all([
    prisma.claim.count({ where: { OR: [{ createdById: by }, { speaker: { name: { in: scope.speakers ?? [] } } }] } }),
    prisma.speaker.count({ where: { name: { in: scope.speakers ?? [], mode: "insensitive" } } }),
    prisma.topic.count({ where: { name: { in: scope.topics ?? [], mode: "insensitive" } } }),
    prisma.source.count({ where: { createdById: by } }),
    prisma.evidence.count({ where: { addedById: by } }),
    prisma.revision.count({ where: { authorId: by } }),
    prisma.auditEvent.count({ where: { actorId: by, action: "claims.imported" } }),
  ]);
  return { claims, speakers, topics, sources, evidence, revisions, audit };
}

const namesIn = (rows: Cells[]) => ({
  speakers: rows.flatMap((row) => (row.speaker ? [row.speaker] : [])),
  topics: rows.flatMap((row) => (row.topics ? row.topics.split(";").map((name) => name.trim()) : [])),
});

function claimRow(overrides: Cells = {}): Cells {
  return {
    claim: `The border crossing has been closed since March (${unique("c")}).`,
    speaker: unique("Interior minister"),
    said_on: "2026-05-31",
    ...overrides,
  };
}

describe("committing an import", () => {
  it("writes claims, speakers, topics, sources reused by link, evidence with stances, revisions and one audit event", async () => {
    const [reporter, colleague] = [await makeUser("REPORTER"), await makeUser("REPORTER")];
    const library = await prisma.source.create({
      data: { type: "NEWS_ARTICLE", title: "Already in the library", url: `https://example.org/${unique("kept")}`, createdById: colleague.id },
    });
    const existingSpeaker = await prisma.speaker.create({ data: { name: unique("Foreign Minister"), slug: unique("foreign-minister") } });
    const topic = unique("Nuclear talks");
    const iran = unique("Iran");
    const newSpeaker = unique("Port authority");
    const wire = `https://example.org/${unique("wire")}`;
    const file = csvOf(
      {
        claim_ref: "talks",
        claim: "Iran has agreed to nuclear restraint in the talks.",
        quote: "We have agreed, in principle.",
        speaker: existingSpeaker.name.toUpperCase(),
        said_on: "2026-05-31",
        said_at: "14:30",
        time_zone: "Asia/Tehran",
        venue: "Press conference",
        topics: `${topic}; ${iran}`,
        appearance_url: "https://example.org/briefing",
        source_type: "wire report",
        source_title: "Talks end without agreement",
        source_outlet: "Regional wire",
        source_url: wire,
        source_published_on: "2026-05-31",
        stance: "contradicts",
        passage: "no final agreement was reached",
        note: "Filed the same evening.",
      },
      { claim_ref: "talks", source_type: "news article", source_title: "Copy of the library story", source_url: library.url!, stance: "context" },
      {
        claim: "Shipping through the strait will resume within a month.",
        speaker: newSpeaker,
        speaker_title: "Harbour master",
        said_on: "2026-06-01",
        kind: "prediction",
        settle_by: "2026-07-01",
        settle_criteria: "Commercial traffic resumes.",
        topics: topic.toLowerCase(),
        source_type: "social post",
        source_title: "Repost of the wire",
        source_url: wire,
        stance: "supports",
      },
    );
    const scope = { actorId: reporter.id, speakers: [newSpeaker], topics: [topic, iran] };
    const before = await desk(scope);
    const outcome = await commitImport(reporter, { name: "archive-may.csv", text: file });
    expect(outcome).toMatchObject({ status: "imported", created: 2, sourcesCreated: 1, speakersCreated: 1, topicsCreated: 2 });
    if (outcome.status !== "imported") return;

    const claims = await prisma.claim.findMany({
      where: { id: { in: outcome.firstClaimIds } },
      orderBy: { madeAt: "asc" },
      include: {
        speaker: true,
        topics: { include: { topic: true } },
        appearances: true,
        evidence: { include: { source: true }, orderBy: { stance: "asc" } },
        revisions: true,
      },
    });
    const [talks, strait] = claims;
    expect(talks).toMatchObject({
      text: "Iran has agreed to nuclear restraint in the talks.",
      quote: "We have agreed, in principle.",
      // 14:30 in Tehran is 11:00 UTC; the zone is kept for display.
      madeAt: new Date("2026-05-31T11:00:00Z"),
      madeAtTimeZone: "Asia/Tehran",
      status: "DRAFT",
      assigneeId: null,
      createdById: reporter.id,
      speakerId: existingSpeaker.id,
    });
    expect(talks!.topics.map((row) => row.topic.name).sort()).toEqual([iran, topic].sort());
    expect(talks!.appearances).toEqual([expect.objectContaining({ url: "https://example.org/briefing", isFirst: true, seenAt: talks!.madeAt })]);
    expect(talks!.evidence.map((item) => [item.stance, item.source.title, item.passage, item.note, item.addedById])).toEqual([
      ["CONTRADICTS", "Talks end without agreement", "no final agreement was reached", "Filed the same evening.", reporter.id],
      ["CONTEXT", "Already in the library", null, null, reporter.id],
    ]);
    expect(talks!.evidence[1]!.sourceId).toBe(library.id);

    expect(strait).toMatchObject({
      kind: "PREDICTION",
      settleBy: new Date("2026-07-01T00:00:00Z"),
      settleCriteria: "Commercial traffic resumes.",
      madeAtTimeZone: null,
    });
    expect(strait!.speaker).toMatchObject({ name: newSpeaker, title: "Harbour master" });
    // The same topic in another case is the same topic; the same link the same source.
    expect(strait!.topics.map((row) => row.topicId)).toEqual(talks!.topics.filter((row) => row.topic.name === topic).map((row) => row.topicId));
    expect(strait!.evidence[0]!.sourceId).toBe(talks!.evidence[0]!.sourceId);
    expect(await prisma.source.count({ where: { url: wire } })).toBe(1);

    for (const claim of claims) {
      expect(claim.revisions).toEqual([
        expect.objectContaining({
          action: "claim.created",
          authorId: reporter.id,
          reason: "Imported from archive-may.csv",
          changes: { text: { from: null, to: claim.text }, status: { from: null, to: "DRAFT" } },
        }),
      ]);
    }
    const audit = await prisma.auditEvent.findMany({ where: { action: "claims.imported", actorId: reporter.id } });
    expect(audit).toEqual([
      expect.objectContaining({ details: expect.objectContaining({ count: 2, fileName: "archive-may.csv", sourcesCreated: 1, sourcesReused: 1 }) }),
    ]);
    expect(await desk(scope)).toEqual({ claims: 2, speakers: 1, topics: 2, sources: 1, evidence: 3, revisions: 2, audit: 1 });
    expect(before).toEqual({ claims: 0, speakers: 0, topics: 0, sources: 0, evidence: 0, revisions: 0, audit: 0 });
  });

  it("a file with one bad row among 100 writes nothing at all, and says which row", async () => {
    const editor = await makeUser("EDITOR");
    const rows = Array.from({ length: 100 }, (_, n) =>
      claimRow({
        source_type: "document",
        source_title: `Budget annex ${n}`,
        source_url: `https://example.org/${unique("annex")}`,
        stance: "context",
        topics: unique("Budget"),
      }),
    );
    rows[73] = { ...rows[73], said_on: "31/05/2026" };
    const scope = { actorId: editor.id, ...namesIn(rows) };
    const before = await desk(scope);
    const outcome = await commitImport(editor, { name: "budget.csv", text: csvOf(...rows) });
    expect(outcome).toEqual({
      status: "invalid",
      message: expect.stringMatching(/Nothing was imported: the file has 1 problem/),
      errors: [{ row: 75, column: "said_on", message: expect.stringMatching(/“31\/05\/2026” is not a date written YYYY-MM-DD/) }],
      errorCount: 1,
    });
    expect(await desk(scope)).toEqual(before);
  });

  it("a failure part-way through rolls back the batches already written", async () => {
    const reporter = await makeUser("REPORTER");
    const rows = Array.from({ length: 1_200 }, () => claimRow());
    const scope = { actorId: reporter.id, ...namesIn(rows) };
    const before = await desk(scope);
    const seen: number[] = [];
    await expect(
      commitImport(
        reporter,
        { name: "cut.csv", text: csvOf(...rows) },
        {
          onProgress: (done) => {
            seen.push(done);
            if (done >= 1_000) throw new Error("the reporter closed the page");
          },
        },
      ),
    ).rejects.toThrow("closed the page");
    // Progress came in batches before the failure...
    expect(seen).toEqual([0, 500, 1_000]);
    // ...and none of them was kept.
    expect(await desk(scope)).toEqual(before);
  });

  it("matches speakers by name in any case, and a merged speaker's claims go to the one it was merged into", async () => {
    const reporter = await makeUser("REPORTER");
    const survivor = await prisma.speaker.create({ data: { name: unique("Abbas Araghchi"), slug: unique("araghchi") } });
    const merged = await prisma.speaker.create({ data: { name: unique("A. Araghchi"), slug: unique("a-araghchi"), mergedIntoId: survivor.id } });
    const outcome = await commitImport(reporter, {
      name: "speakers.csv",
      text: csvOf(claimRow({ speaker: survivor.name.toLowerCase() }), claimRow({ speaker: merged.name })),
    });
    expect(outcome.status).toBe("imported");
    if (outcome.status !== "imported") return;
    const claims = await prisma.claim.findMany({ where: { id: { in: outcome.firstClaimIds } } });
    expect(claims.map((claim) => claim.speakerId)).toEqual([survivor.id, survivor.id]);
    expect(outcome.speakersCreated).toBe(0);
  });

  it("gives each new speaker and claim its own address even when names repeat the desk's", async () => {
    const reporter = await makeUser("REPORTER");
    const name = unique("Central Bank Governor");
    await prisma.speaker.create({ data: { name: `${name} Senior`, slug: slugify(name, 6) } });
    const text = `Inflation will fall below five percent this year (${unique("c")}).`;
    const outcome = await commitImport(reporter, {
      name: "bank.csv",
      text: csvOf(claimRow({ claim: text, speaker: name }), claimRow({ claim: text, speaker: name })),
    });
    expect(outcome).toMatchObject({ status: "imported", created: 2, speakersCreated: 1 });
    if (outcome.status !== "imported") return;
    const claims = await prisma.claim.findMany({ where: { id: { in: outcome.firstClaimIds } }, include: { speaker: true } });
    expect(new Set(claims.map((claim) => claim.slug)).size).toBe(2);
    expect(claims[0]!.speaker.slug).toBe(`${slugify(name, 6)}-2`);
  });
});

describe("who may import", () => {
  it("a reporter can import", async () => {
    const reporter = await makeUser("REPORTER");
    const outcome = await commitImport(reporter, { name: "one.csv", text: csvOf(claimRow()) });
    expect(outcome).toMatchObject({ status: "imported", created: 1 });
  });

  it("no one signed in: refused with a sentence saying to sign in, and nothing is written", async () => {
    const row = claimRow({ topics: unique("Topic") });
    const scope = namesIn([row]);
    await rejectsWith(commitImport(null, { name: "anon.csv", text: csvOf(row) }), "forbidden", /Sign in/);
    await rejectsWith(previewImport(null, { name: "anon.csv", text: csvOf(row) }), "forbidden", /Sign in/);
    expect(await desk(scope)).toEqual({ claims: 0, speakers: 0, topics: 0, sources: 0, evidence: 0, revisions: 0, audit: 0 });
  });
});

describe("who may export", () => {
  it("no one signed in: the export refuses before reading a single claim", async () => {
    await rejectsWith(exportClaimsCsv(null).next(), "forbidden", /Sign in/);
  });
});

describe("checking a file", () => {
  it("says what is new and what is reused without writing anything", async () => {
    const reporter = await makeUser("REPORTER");
    const known = await prisma.speaker.create({ data: { name: unique("Known speaker"), slug: unique("known") } });
    const library = await prisma.source.create({
      data: { type: "DOCUMENT", title: "Communiqué", url: `https://example.org/${unique("doc")}`, createdById: reporter.id },
    });
    const fresh = unique("Fresh speaker");
    const topic = unique("Topic");
    const scope = { actorId: reporter.id, speakers: [fresh], topics: [topic] };
    const before = await desk(scope);
    const preview = await previewImport(reporter, {
      name: "check.csv",
      text: csvOf(
        claimRow({ speaker: known.name, source_type: "document", source_title: "Communiqué", source_url: library.url!, stance: "supports", topics: topic }),
        claimRow({ speaker: fresh, kind: "promise", said_on: "2026-13-01" }),
      ),
    });
    expect(preview).toMatchObject({
      fileName: "check.csv",
      rows: 2,
      claims: 2,
      sources: 1,
      reusedSources: 1,
      newSpeakers: 0,
      newTopics: 1,
      errorCount: 3,
    });
    expect(preview.errors.map((error) => [error.row, error.column])).toEqual([
      [3, "said_on"],
      [3, "settle_by"],
      [3, "settle_criteria"],
    ]);
    expect(preview.preview).toEqual([expect.objectContaining({ row: 2, speaker: known.name, speakerIsNew: false, supports: 1, contradicts: 0 })]);
    expect(await desk(scope)).toEqual(before);
  });
});
