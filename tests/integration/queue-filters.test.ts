import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { prisma, type Transaction } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { exportQueueCsv } from "@/lib/queue/export";
import { queueChoices, queuePage } from "@/lib/queue/queries";
import { DEFAULT_QUEUE_FILTERS, parseQueueFilters, type QueueFilters } from "@/lib/queue/schema";
import { makeUser, unique } from "../support/factories";
import { fileDatabaseUrl } from "../support/sql";
import { claimFor, ids, marker, speakerNamed } from "./queue-support";

// Each filter of the desk queue returns exactly the claims it should. Other
// tests' claims share the database, so every check is narrowed to claims
// made here: by a speaker, topic, person or search word only this test has.

const view = (change: Partial<QueueFilters>): QueueFilters => ({ ...DEFAULT_QUEUE_FILTERS, ...change });
// Big enough pages that one page holds everything a test made.
const all = async (actor: Actor, filters: QueueFilters, options: { walkWindow?: number } = {}) =>
  (await queuePage(actor, filters, { pageSize: 100, ...options })).claims;

describe("the queue's filters", () => {
  it("state: all open by default, one state, several states", async () => {
    const reporter = await makeUser("REPORTER");
    const speaker = await speakerNamed();
    const made = Object.fromEntries(
      await Promise.all(
        (["DRAFT", "RESEARCHING", "IN_REVIEW", "PUBLISHED", "ARCHIVED"] as const).map(async (status) => [
          status,
          await claimFor(reporter, { speakerId: speaker.id, status }),
        ]),
      ),
    );
    const bySpeaker = view({ speaker: speaker.slug });
    expect(ids(await all(reporter, bySpeaker))).toEqual(ids([made.DRAFT, made.RESEARCHING, made.IN_REVIEW, made.PUBLISHED]));
    expect(ids(await all(reporter, { ...bySpeaker, statuses: ["ARCHIVED"] }))).toEqual([made.ARCHIVED.id]);
    expect(ids(await all(reporter, { ...bySpeaker, statuses: ["DRAFT", "ARCHIVED"] }))).toEqual(ids([made.DRAFT, made.ARCHIVED]));
  });

  it("assignee: a person, me, nobody", async () => {
    const editor = await makeUser("EDITOR");
    const reporter = await makeUser("REPORTER");
    const speaker = await speakerNamed();
    const mine = await claimFor(editor, { speakerId: speaker.id, assigneeId: reporter.id });
    const theirs = await claimFor(editor, { speakerId: speaker.id, assigneeId: editor.id });
    const nobodys = await claimFor(editor, { speakerId: speaker.id, assigneeId: null });
    expect(ids(await all(editor, view({ assignee: { userId: reporter.id } })))).toEqual([mine.id]);
    // "me" is whoever is looking.
    expect(ids(await all(reporter, view({ assignee: "me" })))).toEqual([mine.id]);
    expect(ids(await all(editor, view({ assignee: "me", speaker: speaker.slug })))).toEqual([theirs.id]);
    expect(ids(await all(editor, view({ assignee: "none", speaker: speaker.slug })))).toEqual([nobodys.id]);
  });

  it("speaker and topic", async () => {
    const reporter = await makeUser("REPORTER");
    const [first, second] = [await speakerNamed(), await speakerNamed()];
    const topic = await prisma.topic.create({ data: { name: unique("Topic"), slug: unique("topic") } });
    const other = await prisma.topic.create({ data: { name: unique("Topic"), slug: unique("topic") } });
    const onTopic = await claimFor(reporter, { speakerId: first.id, topicIds: [topic.id, other.id] });
    const offTopic = await claimFor(reporter, { speakerId: first.id, topicIds: [other.id] });
    const bySecond = await claimFor(reporter, { speakerId: second.id, topicIds: [topic.id] });
    expect(ids(await all(reporter, view({ speaker: first.slug })))).toEqual(ids([onTopic, offTopic]));
    expect(ids(await all(reporter, view({ topic: topic.slug })))).toEqual(ids([onTopic, bySecond]));
    // A claim with two topics is listed once.
    expect(ids(await all(reporter, view({ topic: other.slug })))).toEqual(ids([onTopic, offTopic]));
    expect(await all(reporter, view({ speaker: "no-such-speaker" }))).toEqual([]);
  });

  it("kind and rating (including no verdict yet)", async () => {
    const reporter = await makeUser("REPORTER");
    const speaker = await speakerNamed();
    const proposedById = reporter.id;
    const falseStatement = await claimFor(reporter, { speakerId: speaker.id, rating: { slug: "false", proposedById } });
    const accurate = await claimFor(reporter, { speakerId: speaker.id, rating: { slug: "accurate", proposedById } });
    const prediction = await claimFor(reporter, {
      speakerId: speaker.id,
      kind: "PREDICTION",
      settleBy: new Date("2027-01-01T00:00:00Z"),
      rating: { slug: "pending", proposedById },
    });
    const promise = await claimFor(reporter, { speakerId: speaker.id, kind: "PROMISE", settleBy: new Date("2027-01-01T00:00:00Z") });
    const bySpeaker = view({ speaker: speaker.slug });
    expect(ids(await all(reporter, { ...bySpeaker, kind: "STATEMENT" }))).toEqual(ids([falseStatement, accurate]));
    expect(ids(await all(reporter, { ...bySpeaker, kind: "PREDICTION" }))).toEqual([prediction.id]);
    expect(ids(await all(reporter, { ...bySpeaker, kind: "PROMISE" }))).toEqual([promise.id]);
    expect(ids(await all(reporter, { ...bySpeaker, rating: "false" }))).toEqual([falseStatement.id]);
    expect(ids(await all(reporter, { ...bySpeaker, rating: "pending" }))).toEqual([prediction.id]);
    expect(ids(await all(reporter, { ...bySpeaker, rating: "none" }))).toEqual([promise.id]);
    const page = await queuePage(reporter, { ...bySpeaker, rating: "false" });
    expect(page.claims[0]).toMatchObject({ rating: { label: "False" }, speaker: { name: speaker.name, slug: speaker.slug } });
  });

  it("when said: from and to are whole days, both included", async () => {
    const reporter = await makeUser("REPORTER");
    const speaker = await speakerNamed();
    const at = (iso: string) => claimFor(reporter, { speakerId: speaker.id, madeAt: new Date(iso) });
    const before = await at("2026-02-28T23:59:59.999Z");
    const firstDay = await at("2026-03-01T00:00:00.000Z");
    const lastDay = await at("2026-03-31T23:59:59.999Z");
    const after = await at("2026-04-01T00:00:00.000Z");
    const bySpeaker = view({ speaker: speaker.slug });
    expect(ids(await all(reporter, { ...bySpeaker, from: "2026-03-01", to: "2026-03-31" }))).toEqual(ids([firstDay, lastDay]));
    expect(ids(await all(reporter, { ...bySpeaker, from: "2026-03-01" }))).toEqual(ids([firstDay, lastDay, after]));
    expect(ids(await all(reporter, { ...bySpeaker, to: "2026-02-28" }))).toEqual([before.id]);
  });

  it("text: words anywhere in the claim, its quote or context, stemmed; phrases; short fragments", async () => {
    const reporter = await makeUser("REPORTER");
    const speaker = await speakerNamed();
    const word = marker();
    const inText = await claimFor(reporter, { speakerId: speaker.id, text: `Tehran agreed to nuclear restraint ${word}` });
    const inQuote = await prisma.claim.update({
      where: { id: (await claimFor(reporter, { speakerId: speaker.id, text: "Another sentence entirely" })).id },
      data: { quote: `We are sanctioning the shipping lines ${word}` },
    });
    await claimFor(reporter, { speakerId: speaker.id, text: "Nothing to see here" });
    const search = (q: string) => all(reporter, view({ q, speaker: speaker.slug }));
    expect(ids(await search(word))).toEqual(ids([inText, inQuote]));
    expect(ids(await search(`sanctions ${word}`))).toEqual([inQuote.id]);
    expect(ids(await search(`"nuclear restraint" ${word}`))).toEqual([inText.id]);
    expect(ids(await search(`"restraint nuclear" ${word}`))).toEqual([]);
    expect(ids(await search(`${word} -tehran`))).toEqual([inQuote.id]);
    // A fragment of a word is found in the claim sentence through the trigram index.
    expect(ids(await search("Tehr"))).toEqual([inText.id]);
    // Characters that mean something to LIKE are matched as themselves.
    expect(await search("10%")).toEqual([]);
    // Stop words alone match nothing rather than everything.
    expect(await search("the and")).toEqual([]);
  });

  it("filters combine", async () => {
    const reporter = await makeUser("REPORTER");
    const speaker = await speakerNamed();
    const topic = await prisma.topic.create({ data: { name: unique("Topic"), slug: unique("topic") } });
    const word = marker();
    const hit = await claimFor(reporter, {
      speakerId: speaker.id,
      text: `The deficit will halve ${word}`,
      kind: "PREDICTION",
      settleBy: new Date("2027-01-01T00:00:00Z"),
      status: "IN_REVIEW",
      assigneeId: reporter.id,
      topicIds: [topic.id],
      madeAt: new Date("2026-04-02T10:00:00Z"),
      rating: { slug: "pending", proposedById: reporter.id },
    });
    const base = {
      speakerId: speaker.id,
      text: `The deficit will halve ${word}`,
      kind: "PREDICTION" as const,
      settleBy: new Date("2027-01-01T00:00:00Z"),
      assigneeId: reporter.id,
      topicIds: [topic.id],
      madeAt: new Date("2026-04-02T10:00:00Z"),
    };
    // One claim off in each respect.
    await claimFor(reporter, { ...base, status: "DRAFT" });
    await claimFor(reporter, { ...base, status: "IN_REVIEW", kind: "PROMISE" });
    await claimFor(reporter, { ...base, status: "IN_REVIEW", assigneeId: null });
    await claimFor(reporter, { ...base, status: "IN_REVIEW", topicIds: [] });
    await claimFor(reporter, { ...base, status: "IN_REVIEW", madeAt: new Date("2026-06-01T00:00:00Z") });
    await claimFor(reporter, { ...base, status: "IN_REVIEW", text: "The deficit will halve" });
    const filters = parseQueueFilters(
      new URLSearchParams({
        q: word,
        status: "IN_REVIEW",
        assignee: "me",
        speaker: speaker.slug,
        topic: topic.slug,
        kind: "PREDICTION",
        rating: "pending",
        from: "2026-04-01",
        to: "2026-04-30",
      }),
    );
    for (const walkWindow of [undefined, 1]) expect(ids(await all(reporter, filters, { walkWindow }))).toEqual([hit.id]);
  });

  it("counts claims per state under the other filters, whatever state is chosen", async () => {
    const reporter = await makeUser("REPORTER");
    const speaker = await speakerNamed();
    for (const [status, count] of [
      ["DRAFT", 3],
      ["RESEARCHING", 1],
      ["PUBLISHED", 2],
      ["ARCHIVED", 4],
    ] as const) {
      for (let n = 0; n < count; n += 1) await claimFor(reporter, { speakerId: speaker.id, status });
    }
    const counts = { DRAFT: 3, RESEARCHING: 1, IN_REVIEW: 0, PUBLISHED: 2, ARCHIVED: 4 };
    const open = await queuePage(reporter, view({ speaker: speaker.slug }));
    expect(open.counts).toEqual(counts);
    expect(open.total).toBe(6);
    const chosen = await queuePage(reporter, view({ speaker: speaker.slug, statuses: ["DRAFT", "ARCHIVED"] }));
    expect(chosen.counts).toEqual(counts);
    expect(chosen.total).toBe(7);
    expect(chosen.claims).toHaveLength(7);
    const none = await queuePage(reporter, view({ speaker: speaker.slug, statuses: ["IN_REVIEW"] }));
    expect(none).toMatchObject({ claims: [], total: 0, next: null, previous: null, counts });
  });

  it("runs the same number of SQL statements for a page of 10, 25 or 100 claims", async () => {
    const reporter = await makeUser("REPORTER");
    const speaker = await speakerNamed();
    const topic = await prisma.topic.create({ data: { name: unique("Topic"), slug: unique("topic") } });
    for (let n = 0; n < 120; n += 1) {
      await claimFor(reporter, {
        speakerId: speaker.id,
        assigneeId: reporter.id,
        topicIds: [topic.id],
        rating: n % 2 ? { slug: "misleading", proposedById: reporter.id } : undefined,
      });
    }
    let statements = 0;
    const counted = new PrismaClient({ adapter: new PrismaPg({ connectionString: fileDatabaseUrl() }), log: [{ emit: "event", level: "query" }] });
    counted.$on("query", () => {
      statements += 1;
    });
    try {
      const perPage: number[] = [];
      for (const pageSize of [10, 25, 100]) {
        statements = 0;
        const page = await queuePage(reporter, view({ speaker: speaker.slug }), { pageSize, db: counted as unknown as Transaction });
        expect(page.claims).toHaveLength(pageSize);
        expect(page.claims.every((claim) => claim.speaker.name === speaker.name && claim.assignee?.name === reporter.name)).toBe(true);
        perPage.push(statements);
      }
      expect(perPage[0]).toBeLessThanOrEqual(3);
      expect(new Set(perPage).size).toBe(1);
    } finally {
      await counted.$disconnect();
    }
  });
});

describe("what a signed-out caller gets", () => {
  it("nothing: no claims, no counts, no choices, no file", async () => {
    const reporter = await makeUser("REPORTER");
    await claimFor(reporter, { speakerId: (await speakerNamed()).id });
    const page = await queuePage(null, DEFAULT_QUEUE_FILTERS);
    expect(page).toEqual({ claims: [], previous: null, next: null, total: 0, counts: { DRAFT: 0, RESEARCHING: 0, IN_REVIEW: 0, PUBLISHED: 0, ARCHIVED: 0 } });
    expect(await queueChoices(null)).toEqual({ people: [], speakers: [], topics: [], ratings: [] });
    await expect(exportQueueCsv(null, DEFAULT_QUEUE_FILTERS).next()).rejects.toMatchObject({ code: "forbidden" });
  });
});
