// `npm run bench:queue`: the desk queue (/desk/claims) at 100,000 claims.
// Builds a fresh embedded database, generates a newsroom's worth of claims
// (speakers, topics, verdicts with ratings, assignees, every state and kind,
// dates over five years), then times lib/queue/queries.ts for many filter
// combinations, first pages and deep cursor pages, and counts the SQL
// statements one page costs at page sizes 10, 25 and 100. Prints figures;
// asserts nothing.
//
// BENCH_CLAIMS and BENCH_RUNS change the size; BENCH_EXPLAIN=1 also prints
// the plan of each combination's statements (EXPLAIN ANALYZE), which is how
// the indexes of prisma/migrations/20261122050000_queue_indexes were chosen;
// BENCH_HOLD=1 stops after generating, for trying plans in psql.
//
// Run with --conditions=react-server (see package.json) so `server-only`
// modules load outside Next.

import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import type { Transaction } from "../../lib/db.ts";
import { PrismaClient } from "../../lib/generated/prisma/client.ts";
import { encodeCursor, parseQueueFilters, type QueueSort } from "../../lib/queue/schema.ts";
import { generateNewsroom, WORDS, withBenchDatabase } from "./support/newsroom.ts";
import { percentile } from "./support/percentile.ts";

const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const EXPLAIN = process.env.BENCH_EXPLAIN === "1";
const SPEAKERS = 500;
const TOPICS = 40;
const PEOPLE = 40;

type Combination = { name: string; params: (run: number) => Record<string, string | string[]> };

const speaker = (run: number) => `speaker-${1 + ((run * 37) % SPEAKERS)}`;
const topic = (run: number) => `topic-${1 + ((run * 7) % TOPICS)}`;
const person = (run: number) => `bench-user-${1 + ((run * 3) % PEOPLE)}`;
const word = (run: number) => WORDS[(run * 5) % WORDS.length]!;
const month = (run: number) => {
  const start = new Date(Date.UTC(2021, (run * 5) % 58, 1));
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0));
  return { from: start.toISOString().slice(0, 10), to: end.toISOString().slice(0, 10) };
};

const COMBINATIONS: Combination[] = [
  { name: "default (all open, newest updated)", params: () => ({}) },
  { name: "state: draft", params: () => ({ status: "DRAFT" }) },
  { name: "state: published", params: () => ({ status: "PUBLISHED" }) },
  { name: "state: archived", params: () => ({ status: "ARCHIVED" }) },
  { name: "state: draft + in review", params: () => ({ status: ["DRAFT", "IN_REVIEW"] }) },
  { name: "assignee: me", params: () => ({ assignee: "me" }) },
  { name: "assignee: nobody", params: () => ({ assignee: "none" }) },
  { name: "assignee: a person", params: (run) => ({ assignee: person(run) }) },
  { name: "speaker", params: (run) => ({ speaker: speaker(run) }) },
  { name: "topic", params: (run) => ({ topic: topic(run) }) },
  { name: "kind: prediction", params: () => ({ kind: "PREDICTION" }) },
  { name: "kind: promise", params: () => ({ kind: "PROMISE" }) },
  { name: "rating: false", params: () => ({ rating: "false" }) },
  { name: "rating: came true", params: () => ({ rating: "came-true" }) },
  { name: "rating: no verdict", params: () => ({ rating: "none" }) },
  { name: "said: one month", params: (run) => month(run) },
  { name: "said: from a date", params: () => ({ from: "2025-06-01" }) },
  // Recently updated claims are recently said ones, so in "newest updated"
  // order these matches sit far down: a walk of the order finds them late.
  { name: "said: 2021 (far down the order)", params: () => ({ from: "2021-06-01", to: "2021-12-31" }) },
  { name: "said: before 2025 (far down)", params: () => ({ to: "2024-12-31" }) },
  { name: "text: one word", params: (run) => ({ q: word(run) }) },
  { name: "text: two words", params: (run) => ({ q: `${word(run)} ${word(run + 3)}` }) },
  { name: "text: phrase", params: () => ({ q: '"border crossing"' }) },
  { name: "text: rare (one claim's reference)", params: (run) => ({ q: `ref${1 + ((run * 7919) % CLAIMS)}` }) },
  { name: "text: fragment (trigram)", params: (run) => ({ q: word(run).slice(0, 4) }) },
  { name: "sort: newest said", params: () => ({ sort: "said-newest" }) },
  { name: "sort: oldest said", params: () => ({ sort: "said-oldest" }) },
  { name: "sort: speaker A–Z", params: () => ({ sort: "speaker" }) },
  { name: "speaker + kind + state", params: (run) => ({ speaker: speaker(run), kind: "STATEMENT", status: "PUBLISHED" }) },
  { name: "topic + rating, oldest said", params: (run) => ({ topic: topic(run), rating: "misleading", sort: "said-oldest" }) },
  { name: "text + nobody + draft", params: (run) => ({ q: word(run), assignee: "none", status: "DRAFT" }) },
  { name: "one month + topic, speaker A–Z", params: (run) => ({ ...month(run), topic: topic(run), sort: "speaker" }) },
  { name: "person + prediction + in research", params: (run) => ({ assignee: person(run), kind: "PREDICTION", status: "RESEARCHING" }) },
  {
    name: "everything at once",
    params: (run) => ({
      q: word(run),
      status: ["RESEARCHING", "PUBLISHED"],
      topic: topic(run),
      kind: "STATEMENT",
      from: "2022-01-01",
      to: "2025-12-31",
      sort: "said-newest",
    }),
  },
];

const SORTS: QueueSort[] = ["updated", "said-newest", "said-oldest", "speaker"];
const ORDER_SQL: Record<QueueSort, { key: string; select: string; order: string }> = {
  updated: { key: `to_char(c."updatedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`, select: "", order: `c."updatedAt" DESC, c.id DESC` },
  "said-newest": { key: `to_char(c."madeAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`, select: "", order: `c."madeAt" DESC, c.id DESC` },
  "said-oldest": { key: `to_char(c."madeAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`, select: "", order: `c."madeAt" ASC, c.id ASC` },
  speaker: { key: `lower(s.name)`, select: `JOIN "Speaker" s ON s.id = c."speakerId"`, order: `lower(s.name) ASC, c.id ASC` },
};

// A cursor halfway down the queue, as "Next page" would have made it after
// 2,000 clicks: the point of keyset paging is that this page costs what the first one does.
async function deepCursor(client: pg.Client, sort: QueueSort, offset: number) {
  const order = ORDER_SQL[sort];
  const { rows } = await client.query<{ key: string; id: string }>(
    `SELECT ${order.key} AS key, c.id FROM "Claim" c ${order.select} WHERE c.status <> 'ARCHIVED' ORDER BY ${order.order} OFFSET $1 LIMIT 1`,
    [offset],
  );
  return encodeCursor(sort, rows[0]!.key, rows[0]!.id);
}

await withBenchDatabase("queue", async ({ url, client }) => {
  const began = Date.now();
  await generateNewsroom(client, { claims: CLAIMS, speakers: SPEAKERS, topics: TOPICS, people: PEOPLE });
  console.log(
    `generated ${CLAIMS.toLocaleString("en-GB")} claims (${SPEAKERS} speakers, ${TOPICS} topics, ${PEOPLE} people, verdicts, history) in ${((Date.now() - began) / 1000).toFixed(1)} s`,
  );
  if (process.env.BENCH_HOLD === "1") {
    // For trying plans by hand (psql); SIGUSR2 carries on with the bench.
    console.log(`holding: psql ${url}`);
    await new Promise((resolve) => process.once("SIGUSR2", resolve));
  }

  const deep = Object.fromEntries(await Promise.all(SORTS.map(async (sort) => [sort, await deepCursor(client, sort, Math.floor(CLAIMS * 0.45))] as const)));
  const combinations: Combination[] = [
    ...COMBINATIONS,
    ...SORTS.map((sort) => ({ name: `deep page (after 45%), ${sort}`, params: () => ({ sort, after: deep[sort]! }) })),
    ...SORTS.map((sort) => ({ name: `deep page going back, ${sort}`, params: () => ({ sort, before: deep[sort]! }) })),
    { name: "deep page, speaker + state", params: () => ({ sort: "speaker", after: deep.speaker!, status: "PUBLISHED" }) },
  ];

  process.env.DATABASE_URL = url;
  const { queuePage, queueChoices } = await import("../../lib/queue/queries.ts");
  // A client of its own that reports every statement it sends, to count them.
  let statements = 0;
  const counted = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), log: [{ emit: "event", level: "query" }] });
  counted.$on("query", () => {
    statements += 1;
  });
  const db = counted as unknown as Transaction;
  const actor = { id: "bench-user-1", email: "bench1@onrecord.test", name: "Bench", role: "EDITOR" as const };

  // Warm the pool and the caches once, as a running server would be.
  for (const combination of combinations) await queuePage(actor, parseQueueFilters(combination.params(0)), { db });

  const everyTiming: number[] = [];
  const table: { name: string; p50: number; p95: number; max: number; shown: number; total: number }[] = [];
  for (const combination of combinations) {
    const timings: number[] = [];
    let shown = 0;
    let total = 0;
    for (let run = 1; run <= RUNS; run += 1) {
      const filters = parseQueueFilters(combination.params(run));
      const start = performance.now();
      const page = await queuePage(actor, filters, { db });
      timings.push(performance.now() - start);
      shown += page.claims.length;
      total += page.total;
    }
    everyTiming.push(...timings);
    timings.sort((a, b) => a - b);
    table.push({
      name: combination.name,
      p50: percentile(timings, 0.5),
      p95: percentile(timings, 0.95),
      max: timings.at(-1)!,
      shown: shown / RUNS,
      total: total / RUNS,
    });
  }

  const width = Math.max(...table.map((row) => row.name.length));
  console.log(`\nqueue page (page of 25 + counts per state), ${RUNS} runs each, ms:`);
  console.log(
    `${"combination".padEnd(width)}  ${"p50".padStart(6)}  ${"p95".padStart(6)}  ${"max".padStart(6)}  ${"rows".padStart(5)}  ${"matching".padStart(8)}`,
  );
  for (const row of table) {
    console.log(
      `${row.name.padEnd(width)}  ${row.p50.toFixed(1).padStart(6)}  ${row.p95.toFixed(1).padStart(6)}  ${row.max.toFixed(1).padStart(6)}  ${row.shown.toFixed(0).padStart(5)}  ${Math.round(row.total).toLocaleString("en-GB").padStart(8)}`,
    );
  }
  everyTiming.sort((a, b) => a - b);
  const worst = table.reduce((a, b) => (b.p95 > a.p95 ? b : a));
  console.log(
    `\noverall (${everyTiming.length} pages over ${table.length} combinations): p50 ${percentile(everyTiming, 0.5).toFixed(1)} ms, p95 ${percentile(everyTiming, 0.95).toFixed(1)} ms, p99 ${percentile(everyTiming, 0.99).toFixed(1)} ms, max ${everyTiming.at(-1)!.toFixed(1)} ms`,
  );
  console.log(`slowest combination by p95: ${worst.name} (${worst.p95.toFixed(1)} ms); target: p95 under 100 ms for every combination`);

  console.log(`\nSQL statements per queue page:`);
  for (const pageSize of [10, 25, 100]) {
    const counts = [];
    for (const params of [
      {},
      { q: "iran", topic: "topic-3", status: ["DRAFT", "PUBLISHED"] },
      { sort: "speaker", after: deep.speaker! },
      { before: deep.updated! },
    ]) {
      statements = 0;
      const page = await queuePage(actor, parseQueueFilters(params), { db, pageSize });
      counts.push(`${statements} (${page.claims.length} rows)`);
    }
    statements = 0;
    await queueChoices(actor, db);
    const choices = statements;
    console.log(`  page size ${String(pageSize).padStart(3)}: queue ${counts.join(", ")}; filter form choices ${choices}`);
  }

  const { myWork } = await import("../../lib/queue/my-work.ts");
  const workTimings: number[] = [];
  for (let run = 1; run <= RUNS; run += 1) {
    statements = 0;
    const start = performance.now();
    await myWork({ ...actor, id: person(run) }, { db });
    workTimings.push(performance.now() - start);
  }
  workTimings.sort((a, b) => a - b);
  console.log(
    `\n"my work" (/desk), ${RUNS} people: p50 ${percentile(workTimings, 0.5).toFixed(1)} ms, p95 ${percentile(workTimings, 0.95).toFixed(1)} ms; ${statements} SQL statements`,
  );

  if (EXPLAIN) {
    // Each combination's statements, as Prisma sent them, through EXPLAIN ANALYZE.
    const sent: { query: string; params: string }[] = [];
    const explaining = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), log: [{ emit: "event", level: "query" }] });
    explaining.$on("query", (event) => sent.push({ query: event.query, params: event.params }));
    for (const combination of combinations) {
      sent.length = 0;
      await queuePage(actor, parseQueueFilters(combination.params(1)), { db: explaining as unknown as Transaction });
      console.log(`\n=== ${combination.name}`);
      for (const { query, params } of sent) {
        const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, COSTS OFF, SUMMARY ON) ${query}`, JSON.parse(params) as unknown[]);
        console.log(rows.map((row) => row["QUERY PLAN"]).join("\n"));
      }
    }
    sent.length = 0;
    await myWork(actor, { db: explaining as unknown as Transaction });
    console.log(`\n=== my work`);
    for (const { query, params } of sent) {
      const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, COSTS OFF, SUMMARY ON) ${query}`, JSON.parse(params) as unknown[]);
      console.log(rows.map((row) => row["QUERY PLAN"]).join("\n"));
    }
    await explaining.$disconnect();
  }
  await counted.$disconnect();
  const { prisma } = await import("../../lib/db.ts");
  await prisma.$disconnect();
});
