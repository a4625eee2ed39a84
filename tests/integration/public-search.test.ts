import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import { searchVerdicts } from "@/lib/search/queries";
import { parseSearchParams } from "@/lib/search/schema";
import { hasMatch, MARK_END, MARK_START, plainText, snippetParts } from "@/lib/search/snippet";
import { ensureScale, makeUser, unique } from "../support/factories";
import { sqlPool } from "../support/sql";

// Public search (/search) against a real, migrated PostgreSQL: what a reader
// finds, what they must never find, and that the search document the
// database keeps follows every change to the claim, its speaker, its verdict
// and its record. Every test searches for made-up words of its own, so tests
// running side by side never see each other's claims.

const pool = sqlPool();
afterAll(() => pool.end());

// Ten random letters: a word no other test, and no English text, contains.
const word = () => Array.from({ length: 10 }, () => String.fromCharCode(97 + randomInt(26))).join("");

let editor: Actor;
let approver: Actor;
let ratings: Awaited<ReturnType<typeof ensureScale>>;
beforeAll(async () => {
  editor = await makeUser("EDITOR");
  approver = await makeUser("EDITOR");
  ratings = await ensureScale();
});

type SourceSpec = { title: string; publisher?: string; excerpt?: string; passage?: string; note?: string };
type VerdictSpec = {
  text?: string;
  quote?: string;
  context?: string;
  speaker?: { name: string; title?: string };
  summary?: string;
  reasoning?: string;
  rating?: string;
  sources?: SourceSpec[];
  topicIds?: string[];
  madeAt?: Date;
  status?: ClaimStatus;
  verdict?: boolean;
};

// A claim with its speaker, verdict and record, written the way the desk
// leaves a published one (by default).
async function makeVerdict(spec: VerdictSpec = {}) {
  const speakerName = spec.speaker?.name ?? unique("Speaker");
  const speaker = await prisma.speaker.create({ data: { name: speakerName, title: spec.speaker?.title ?? null, slug: unique("speaker") } });
  const status = spec.status ?? "PUBLISHED";
  const claim = await prisma.claim.create({
    data: {
      slug: unique("search-claim"),
      text: spec.text ?? "The minister said the border has been closed since March.",
      quote: spec.quote ?? null,
      context: spec.context ?? null,
      madeAt: spec.madeAt ?? new Date("2026-05-31T12:00:00Z"),
      status,
      publishedAt: status === "PUBLISHED" ? new Date() : null,
      speakerId: speaker.id,
      createdById: editor.id,
      topics: spec.topicIds ? { create: spec.topicIds.map((topicId) => ({ topicId })) } : undefined,
    },
  });
  if (spec.verdict !== false) {
    await prisma.verdict.create({
      data: {
        claimId: claim.id,
        ratingId: ratings[spec.rating ?? "misleading"]!.id,
        summary: spec.summary ?? "Parts are accurate but the impression is wrong.",
        reasoning: spec.reasoning ?? "",
        proposedById: editor.id,
        approvedById: status === "PUBLISHED" ? approver.id : null,
      },
    });
  }
  for (const source of spec.sources ?? []) {
    const created = await prisma.source.create({
      data: { type: "WIRE_REPORT", title: source.title, publisher: source.publisher ?? null, excerpt: source.excerpt ?? null, createdById: editor.id },
    });
    await prisma.evidence.create({
      data: {
        claimId: claim.id,
        sourceId: created.id,
        stance: "CONTRADICTS",
        passage: source.passage ?? null,
        note: source.note ?? null,
        addedById: editor.id,
      },
    });
  }
  return { ...claim, speaker };
}

const search = (params: Record<string, string>) => searchVerdicts(parseSearchParams(params).filters);
const found = async (params: Record<string, string>) => (await search(params)).hits.map((hit) => hit.slug);

describe("public search finds a published verdict by", () => {
  it("its claim, quote and context", async () => {
    const [inText, inQuote, inContext] = [word(), word(), word()];
    const claim = await makeVerdict({
      text: `Iran has agreed to ${inText} restraint.`,
      quote: `We ${inQuote} nothing`,
      context: `Posted as the ${inContext} talks ended.`,
    });
    for (const q of [inText, inQuote, inContext, `agreeing ${inText}`]) expect(await found({ q }), q).toEqual([claim.slug]);
  });

  it("the speaker's name and title", async () => {
    const [name, title] = [word(), word()];
    const claim = await makeVerdict({ speaker: { name: `Abbas ${name}`, title: `Minister of ${title}` } });
    expect(await found({ q: name })).toEqual([claim.slug]);
    expect(await found({ q: `minister ${title}` })).toEqual([claim.slug]);
  });

  it("the verdict's summary and reasoning", async () => {
    const [inSummary, inReasoning] = [word(), word()];
    const claim = await makeVerdict({
      summary: `No record shows the ${inSummary} agreement.`,
      reasoning: `Wire reports describe talks ending **without ${inReasoning}**.`,
    });
    expect(await found({ q: inSummary })).toEqual([claim.slug]);
    expect(await found({ q: inReasoning })).toEqual([claim.slug]);
  });

  it("a source's title, publisher and excerpt, and the passage and note relied on", async () => {
    const parts = { title: word(), publisher: word(), excerpt: word(), passage: word(), note: word() };
    const claim = await makeVerdict({
      sources: [
        { title: `Talks end without a ${parts.title}`, publisher: `${parts.publisher} wire` },
        {
          title: "Ministry readout",
          excerpt: `The ${parts.excerpt} was not discussed.`,
          passage: `no ${parts.passage} was made`,
          note: `Counted ${parts.note}.`,
        },
      ],
    });
    for (const q of Object.values(parts)) expect(await found({ q }), q).toEqual([claim.slug]);
  });
});

describe("websearch syntax", () => {
  it("a quoted phrase needs the words together and in order", async () => {
    const [first, second] = [word(), word()];
    const together = await makeVerdict({ text: `The ${first} ${second} reopened.` });
    const apart = await makeVerdict({ text: `The ${second} was closed, then the ${first} reopened.` });
    expect((await found({ q: `${first} ${second}` })).sort()).toEqual([together.slug, apart.slug].sort());
    expect(await found({ q: `"${first} ${second}"` })).toEqual([together.slug]);
  });

  it("-word leaves out verdicts that mention it anywhere, even in the record", async () => {
    const [shared, excluded] = [word(), word()];
    const kept = await makeVerdict({ text: `The ${shared} claim.` });
    await makeVerdict({ text: `Another ${shared} claim.`, sources: [{ title: `A ${excluded} report` }] });
    expect(await found({ q: `${shared} -${excluded}` })).toEqual([kept.slug]);
  });

  it("or finds either word", async () => {
    const [one, other] = [word(), word()];
    const first = await makeVerdict({ text: `The ${one} claim.` });
    const second = await makeVerdict({ summary: `The ${other} summary of it.` });
    expect((await found({ q: `${one} or ${other}` })).sort()).toEqual([first.slug, second.slug].sort());
    expect(await found({ q: `${one} ${other}` })).toEqual([]);
  });

  it("says when a search has only words too common to search", async () => {
    const results = await search({ q: "the and of" });
    expect(results).toMatchObject({ total: 0, hits: [], onlyCommonWords: true });
    expect((await search({ q: word() })).onlyCommonWords).toBe(false);
  });
});

describe("ranking and highlights", () => {
  it("ranks a match in the claim above one in the speaker, the reasoning and the record", async () => {
    const shared = word();
    const inRecord = await makeVerdict({ sources: [{ title: `The ${shared} report` }] });
    const inReasoning = await makeVerdict({ reasoning: `About the ${shared}.` });
    const inSpeaker = await makeVerdict({ speaker: { name: `Leila ${shared}` } });
    const inText = await makeVerdict({ text: `The ${shared} was closed.` });
    expect(await found({ q: shared })).toEqual([inText.slug, inSpeaker.slug, inReasoning.slug, inRecord.slug]);
  });

  it("marks the matched words in the claim and the summary, and gives the stored text back exactly", async () => {
    const shared = word();
    const text = `AT&T said the ${shared} <img src=x onerror=alert(1)> crossing & port "reopened".`;
    await makeVerdict({ text, summary: `The ${shared} stayed shut & nobody <b>said</b> otherwise.` });
    const [hit] = (await search({ q: shared })).hits;
    const parts = snippetParts(hit!.text);
    expect(plainText(parts)).toBe(text);
    expect(parts.filter((part) => part.marked).map((part) => part.text)).toEqual([shared]);
    expect(plainText(snippetParts(hit!.summary))).toBe(`The ${shared} stayed shut & nobody <b>said</b> otherwise.`);
    expect(hasMatch(snippetParts(hit!.summary))).toBe(true);
  });

  it("a stored text cannot fake a highlight with the marker characters", async () => {
    const shared = word();
    await makeVerdict({ text: `The ${shared} claim with ${MARK_START}forged${MARK_END} marks.` });
    const [hit] = (await search({ q: shared })).hits;
    const parts = snippetParts(hit!.text);
    expect(parts.filter((part) => part.marked).map((part) => part.text)).toEqual([shared]);
    expect(plainText(parts)).toBe(`The ${shared} claim with forged marks.`);
  });

  it("returns the speaker, the rating and the date said with each result", async () => {
    const shared = word();
    const claim = await makeVerdict({
      text: `The ${shared} claim.`,
      speaker: { name: "Nadia Haddad", title: "Port authority chief" },
      rating: "false",
      madeAt: new Date("2025-03-04T00:00:00Z"),
    });
    const [hit] = (await search({ q: shared })).hits;
    expect(hit).toMatchObject({
      slug: claim.slug,
      quote: null,
      madeAt: new Date("2025-03-04T00:00:00Z"),
      speaker: { name: "Nadia Haddad", title: "Port authority chief", slug: claim.speaker.slug },
      rating: { label: "False", colour: ratings.false!.colour },
    });
  });
});

describe("filters", () => {
  it("by rating, speaker, topic and the dates said (inclusive)", async () => {
    const shared = word();
    const topic = await prisma.topic.create({ data: { slug: unique("topic"), name: unique("Topic") } });
    const early = await makeVerdict({ text: `The ${shared} claim.`, rating: "false", madeAt: new Date("2026-01-01T00:00:00Z"), topicIds: [topic.id] });
    const late = await makeVerdict({ text: `The ${shared} claim.`, rating: "accurate", madeAt: new Date("2026-03-31T23:30:00Z") });
    expect(await found({ q: shared, rating: "false" })).toEqual([early.slug]);
    expect(await found({ q: shared, speaker: late.speaker.slug })).toEqual([late.slug]);
    expect(await found({ q: shared, topic: topic.slug })).toEqual([early.slug]);
    expect(await found({ q: shared, from: "2026-03-31" })).toEqual([late.slug]);
    expect(await found({ q: shared, to: "2026-01-01" })).toEqual([early.slug]);
    expect((await found({ q: shared, from: "2026-01-01", to: "2026-03-31" })).sort()).toEqual([early.slug, late.slug].sort());
    expect(await found({ q: shared, rating: "accurate", topic: topic.slug })).toEqual([]);
  });

  it("filters alone list the published verdicts that fit, newest first", async () => {
    const claim = await makeVerdict({ rating: "unsupported" });
    await makeVerdict({ rating: "unsupported", status: "IN_REVIEW", speaker: { name: claim.speaker.name } });
    expect(await found({ speaker: claim.speaker.slug })).toEqual([claim.slug]);
    expect(await found({ speaker: claim.speaker.slug, rating: "false" })).toEqual([]);
  });
});

describe("only published verdicts, ever", () => {
  it("a draft, a claim in research, in review or archived never appears, even when it matches", async () => {
    const shared = word();
    for (const status of ["DRAFT", "RESEARCHING", "IN_REVIEW", "ARCHIVED"] as const) {
      await makeVerdict({ status, text: `The ${shared} claim.`, sources: [{ title: `${shared} source` }] });
    }
    const published = await makeVerdict({ text: `The ${shared} claim.` });
    expect(await found({ q: shared })).toEqual([published.slug]);
    const { rows } = await pool.query(
      `SELECT c."status" FROM "ClaimSearch" s JOIN "Claim" c ON c."id" = s."claimId" WHERE s."document" @@ websearch_to_tsquery('english', $1)`,
      [shared],
    );
    expect(rows).toEqual([{ status: "PUBLISHED" }]);
  });

  it("a published claim without a verdict is not listed", async () => {
    const shared = word();
    await makeVerdict({ text: `The ${shared} claim.`, verdict: false });
    expect(await search({ q: shared })).toMatchObject({ total: 0, hits: [] });
  });

  it("an unpublished claim disappears at once, and comes back when published again", async () => {
    const shared = word();
    const claim = await makeVerdict({ text: `The ${shared} claim.` });
    expect(await found({ q: shared })).toEqual([claim.slug]);
    await prisma.claim.update({ where: { id: claim.id }, data: { status: "IN_REVIEW", publishedAt: null } });
    expect(await found({ q: shared })).toEqual([]);
    expect(await prisma.claimSearch.findUnique({ where: { claimId: claim.id } })).toBeNull();
    await prisma.claim.update({ where: { id: claim.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    expect(await found({ q: shared })).toEqual([claim.slug]);
  });

  it("a deleted claim takes its search document with it", async () => {
    const claim = await makeVerdict({ text: `The ${word()} claim.` });
    await prisma.claim.delete({ where: { id: claim.id } });
    expect(await prisma.claimSearch.findUnique({ where: { claimId: claim.id } })).toBeNull();
  });
});

describe("the search document follows every change", () => {
  it("when the speaker is renamed", async () => {
    const [before, after] = [word(), word()];
    const claim = await makeVerdict({ speaker: { name: `Omar ${before}` } });
    await prisma.speaker.update({ where: { id: claim.speaker.id }, data: { name: `Omar ${after}` } });
    expect(await found({ q: before })).toEqual([]);
    expect(await found({ q: after })).toEqual([claim.slug]);
  });

  it("when a source is retitled, for every claim it is evidence for", async () => {
    const [before, after] = [word(), word()];
    const first = await makeVerdict({ sources: [{ title: `The ${before} report` }] });
    const second = await makeVerdict();
    const source = await prisma.evidence.findFirstOrThrow({ where: { claimId: first.id } });
    await prisma.evidence.create({ data: { claimId: second.id, sourceId: source.sourceId, stance: "SUPPORTS", addedById: editor.id } });
    await prisma.source.update({ where: { id: source.sourceId }, data: { title: `The ${after} report` } });
    expect(await found({ q: before })).toEqual([]);
    expect((await found({ q: after })).sort()).toEqual([first.slug, second.slug].sort());
  });

  it("when evidence is changed, moved to another claim or removed", async () => {
    const [passage, note] = [word(), word()];
    const from = await makeVerdict({ sources: [{ title: "Readout" }] });
    const to = await makeVerdict();
    const evidence = await prisma.evidence.findFirstOrThrow({ where: { claimId: from.id } });
    await prisma.evidence.update({ where: { id: evidence.id }, data: { passage: `no ${passage} was agreed` } });
    expect(await found({ q: passage })).toEqual([from.slug]);
    // Archiving a duplicate moves its evidence to the claim it repeats.
    await prisma.evidence.update({ where: { id: evidence.id }, data: { claimId: to.id, note: `Counted ${note}.` } });
    expect(await found({ q: passage })).toEqual([to.slug]);
    expect(await found({ q: note })).toEqual([to.slug]);
    await prisma.evidence.delete({ where: { id: evidence.id } });
    expect(await found({ q: `${passage} or ${note}` })).toEqual([]);
  });

  it("when a topic is given to a claim or taken from it", async () => {
    const shared = word();
    const topic = await prisma.topic.create({ data: { slug: unique("topic"), name: unique("Topic") } });
    const claim = await makeVerdict({ text: `The ${shared} claim.` });
    expect(await found({ q: shared, topic: topic.slug })).toEqual([]);
    await prisma.claimTopic.create({ data: { claimId: claim.id, topicId: topic.id } });
    expect(await found({ q: shared, topic: topic.slug })).toEqual([claim.slug]);
    await prisma.claimTopic.delete({ where: { claimId_topicId: { claimId: claim.id, topicId: topic.id } } });
    expect(await found({ topic: topic.slug })).toEqual([]);
  });

  it("when the rating or the dates change", async () => {
    const shared = word();
    const claim = await makeVerdict({ text: `The ${shared} claim.`, rating: "false", madeAt: new Date("2024-01-10T00:00:00Z") });
    await prisma.verdict.update({ where: { claimId: claim.id }, data: { ratingId: ratings.accurate!.id } });
    await prisma.claim.update({ where: { id: claim.id }, data: { madeAt: new Date("2025-07-01T00:00:00Z") } });
    expect(await found({ q: shared, rating: "false" })).toEqual([]);
    expect(await found({ q: shared, rating: "accurate", from: "2025-07-01", to: "2025-07-01" })).toEqual([claim.slug]);
  });

  it("when the verdict is corrected, and when the claim itself is edited", async () => {
    const [oldSummary, newSummary, oldText, newText] = [word(), word(), word(), word()];
    const claim = await makeVerdict({ text: `The ${oldText} claim.`, summary: `The ${oldSummary} summary.` });
    await prisma.verdict.update({ where: { claimId: claim.id }, data: { summary: `The ${newSummary} summary.`, reasoning: "Corrected." } });
    await prisma.claim.update({ where: { id: claim.id }, data: { text: `The ${newText} claim.` } });
    expect(await found({ q: `${oldSummary} or ${oldText}` })).toEqual([]);
    expect(await found({ q: `${newSummary} ${newText}` })).toEqual([claim.slug]);
  });

  it("a settlement waiting for a second editor is not searchable until approved", async () => {
    const pending = word();
    const claim = await makeVerdict({ text: `The ${word()} forecast.` });
    await prisma.verdict.update({
      where: { claimId: claim.id },
      data: {
        settlementRatingId: ratings.accurate!.id,
        settlementSummary: `It ${pending} happened.`,
        settlementProposedById: editor.id,
        settlementProposedAt: new Date(),
      },
    });
    expect(await found({ q: pending })).toEqual([]);
  });

  it("stays right when evidence is added while another transaction publishes the claim", async () => {
    // Without the lock in onrecord_refresh_claim_search, the evidence's
    // rebuild would see the claim unpublished and skip it, and the
    // publication's rebuild would not see the evidence: a document without it.
    const [inText, inSource] = [word(), word()];
    const claim = await makeVerdict({ text: `The ${inText} claim.`, status: "IN_REVIEW" });
    const source = await prisma.source.create({ data: { type: "DOCUMENT", title: `The ${inSource} memo`, createdById: editor.id } });
    const [publisher, reporter] = [await pool.connect(), await pool.connect()];
    try {
      await publisher.query("BEGIN");
      await publisher.query(`UPDATE "Claim" SET "status" = 'PUBLISHED', "publishedAt" = now() WHERE "id" = $1`, [claim.id]);
      await reporter.query("BEGIN");
      const pid = (await reporter.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
      const adding = reporter.query(
        `INSERT INTO "Evidence" (id, "claimId", "sourceId", stance, "addedById", "updatedAt") VALUES ($1, $2, $3, 'SUPPORTS', $4, now())`,
        [unique("evidence"), claim.id, source.id, editor.id],
      );
      // Publish only once the insert waits on the claim's lock (or has
      // finished without waiting, as it would without that lock).
      let added = false;
      void adding.then(
        () => (added = true),
        () => (added = true),
      );
      await vi.waitFor(
        async () => {
          if (added) return;
          const { rows } = await pool.query<{ wait_event_type: string | null }>(`SELECT wait_event_type FROM pg_stat_activity WHERE pid = $1`, [pid]);
          expect(rows[0]?.wait_event_type).toBe("Lock");
        },
        { timeout: 10_000, interval: 10 },
      );
      await publisher.query("COMMIT");
      await adding;
      await reporter.query("COMMIT");
    } finally {
      publisher.release();
      reporter.release();
    }
    expect(await found({ q: `${inText} ${inSource}` })).toEqual([claim.slug]);
  });
});

describe("pages", () => {
  it("counts every match, serves 20 a page without overlap, and says how many pages", async () => {
    const shared = word();
    const made = [];
    for (let n = 0; n < 45; n += 1) made.push((await makeVerdict({ text: `The ${shared} claim number ${n}.` })).slug);
    const pages = await Promise.all([1, 2, 3].map((page) => search({ q: shared, page: String(page) })));
    expect(pages.map((results) => [results.total, results.pages, results.hits.length])).toEqual([
      [45, 3, 20],
      [45, 3, 20],
      [45, 3, 5],
    ]);
    expect(pages.flatMap((results) => results.hits.map((hit) => hit.slug)).sort()).toEqual(made.sort());
    // Past the last page: nothing to show, but still the count.
    expect(await search({ q: shared, page: "4" })).toMatchObject({ total: 45, pages: 3, hits: [] });
  });
});
