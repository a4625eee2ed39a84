// `npm run bench:search`: public search (/search) at 100,000 published claims,
// each with a verdict written out in full (summary and reasoning) and one to
// three pieces of evidence from a library of 20,000 sources. Builds a fresh
// embedded database with the generator bench:queue uses, then times
// lib/search/queries.ts over a rotation of queries a reader would type:
// single words (a common one that matches a fifth of the archive, ordinary
// ones), two words, quoted phrases, OR, -exclusion, a speaker's name, a
// claim's reference number (one match), with and without filters, a later page.
// Prints p50/p95/p99/max overall and per kind; asserts nothing.
//
// BENCH_CLAIMS and BENCH_RUNS change the size; BENCH_EXPLAIN=1 also prints
// each kind's plan (EXPLAIN ANALYZE); BENCH_HOLD=1 stops after generating,
// for trying plans in psql (SIGUSR2 carries on).
//
// Run with --conditions=react-server (see package.json) so `server-only`
// modules load outside Next.

import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client.ts";
import { parseSearchParams } from "../../lib/search/schema.ts";
import { FIRST, generateNewsroom, LAST, VOCABULARY, WORDS, withBenchDatabase } from "./support/newsroom.ts";
import { percentile } from "./support/percentile.ts";

const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 540);
const EXPLAIN = process.env.BENCH_EXPLAIN === "1";
const SPEAKERS = 500;
const TOPICS = 40;

type Kind = { name: string; params: (run: number) => Record<string, string> };

const common = (run: number) => WORDS[(run * 5) % WORDS.length]!;
const ordinary = (run: number) => VOCABULARY[(run * 7919) % VOCABULARY.length]!;
const speakerName = (run: number) => `${FIRST[run % FIRST.length]} ${LAST[(run * 3) % LAST.length]}`;
const year = (run: number) => 2021 + (run % 5);

await withBenchDatabase("search", async ({ url, client }) => {
  const began = performance.now();
  const { searchDocumentsSeconds } = await generateNewsroom(client, {
    claims: CLAIMS,
    speakers: SPEAKERS,
    topics: TOPICS,
    people: 40,
    everyClaimPublished: true,
    verdictsInFull: true,
  });
  const { rows: sizes } = await client.query<{ claims: string; evidence: string; sources: string; table: string; index: string; document: string }>(
    `SELECT (SELECT count(*) FROM "ClaimSearch") AS claims, (SELECT count(*) FROM "Evidence") AS evidence, (SELECT count(*) FROM "Source") AS sources,
            pg_size_pretty(pg_table_size('"ClaimSearch"')) AS table, pg_size_pretty(pg_relation_size('"ClaimSearch_document_idx"')) AS index,
            (SELECT round(avg(pg_column_size("document"))) FROM "ClaimSearch") AS document`,
  );
  const size = sizes[0]!;
  console.log(
    `generated ${Number(size.claims).toLocaleString("en-GB")} published claims with verdicts, ${Number(size.evidence).toLocaleString("en-GB")} pieces of evidence from ` +
      `${Number(size.sources).toLocaleString("en-GB")} sources in ${((performance.now() - began) / 1000).toFixed(1)} s; ` +
      `search documents built in ${searchDocumentsSeconds.toFixed(1)} s (table ${size.table}, GIN index ${size.index}, ${size.document} bytes a document)`,
  );
  if (process.env.BENCH_HOLD === "1") {
    console.log(`holding: psql ${url}`);
    await new Promise((resolve) => process.once("SIGUSR2", resolve));
  }

  // Phrases as readers copy them: three neighbouring words of a claim (all
  // three topical words) or two of a quote (a topical word and the next);
  // and the costliest kind, two neighbouring words of a claim: two of the
  // commonest words, which a few thousand verdicts both contain, and each of
  // those must be read to see whether they stand side by side.
  const { rows: samples } = await client.query<{ text: string; quote: string }>(`SELECT text, quote FROM "Claim" WHERE quote IS NOT NULL ORDER BY id LIMIT 60`);
  const claimPhrase = (run: number, words = 3) =>
    `"${samples[run % samples.length]!.text.split(/[ ,]+/)
      .slice(1, 1 + words)
      .join(" ")}"`;
  const quotePhrase = (run: number) => `"${samples[run % samples.length]!.quote.split(" ").slice(0, 2).join(" ")}"`;

  const KINDS: Kind[] = [
    { name: "one word matching a fifth of the archive", params: (run) => ({ q: common(run) }) },
    { name: "one ordinary word", params: (run) => ({ q: ordinary(run) }) },
    { name: "two words", params: (run) => ({ q: `${common(run)} ${ordinary(run)}` }) },
    { name: "two common words", params: (run) => ({ q: `${common(run)} ${common(run + 3)}` }) },
    { name: "quoted phrase from a claim", params: (run) => ({ q: claimPhrase(run) }) },
    { name: "quoted phrase from a quote", params: (run) => ({ q: quotePhrase(run) }) },
    { name: "quoted phrase of two common words", params: (run) => ({ q: claimPhrase(run, 2) }) },
    { name: "common word or ordinary word", params: (run) => ({ q: `${common(run)} or ${ordinary(run + 7)}` }) },
    { name: "common word -exclusion", params: (run) => ({ q: `${common(run)} -${common(run + 2)}` }) },
    { name: "speaker's name", params: (run) => ({ q: speakerName(run) }) },
    { name: "rare: a claim's reference (one match)", params: (run) => ({ q: `ref${1 + ((run * 7919) % CLAIMS)}` }) },
    { name: "common word + rating", params: (run) => ({ q: common(run), rating: ["false", "misleading", "accurate"][run % 3]! }) },
    { name: "common word + speaker", params: (run) => ({ q: common(run), speaker: `speaker-${1 + ((run * 37) % SPEAKERS)}` }) },
    { name: "common word + topic", params: (run) => ({ q: common(run), topic: `topic-${1 + ((run * 7) % TOPICS)}` }) },
    { name: "common word + one year said", params: (run) => ({ q: common(run), from: `${year(run)}-01-01`, to: `${year(run)}-12-31` }) },
    { name: "ordinary word + topic + rating", params: (run) => ({ q: ordinary(run), topic: `topic-${1 + ((run * 7) % TOPICS)}`, rating: "unsupported" }) },
    { name: "common word, page 5", params: (run) => ({ q: common(run), page: "5" }) },
    { name: "filters only (topic + rating)", params: (run) => ({ topic: `topic-${1 + ((run * 7) % TOPICS)}`, rating: "mostly-accurate" }) },
  ];

  process.env.DATABASE_URL = url;
  const { searchVerdicts } = await import("../../lib/search/queries.ts");
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  const search = (params: Record<string, string>) => searchVerdicts(parseSearchParams(params).filters, { db });

  // Warm the pool and the caches once, as a running server would be.
  for (let run = 0; run < 3; run += 1) for (const kind of KINDS) await search(kind.params(1000 + run));

  const everyTiming: number[] = [];
  const byKind = new Map(KINDS.map((kind) => [kind.name, { timings: [] as number[], matches: 0 }]));
  for (let run = 0; run < RUNS; run += 1) {
    const kind = KINDS[run % KINDS.length]!;
    const params = kind.params(Math.floor(run / KINDS.length));
    const start = performance.now();
    const results = await search(params);
    const elapsed = performance.now() - start;
    everyTiming.push(elapsed);
    const stats = byKind.get(kind.name)!;
    stats.timings.push(elapsed);
    stats.matches += results.total;
  }

  const width = Math.max(...KINDS.map((kind) => kind.name.length));
  console.log(`\nsearch page (20 results with headlines + the count), ms:`);
  console.log(`${"query".padEnd(width)}  ${"runs".padStart(4)}  ${"p50".padStart(6)}  ${"p95".padStart(6)}  ${"max".padStart(6)}  ${"matches".padStart(8)}`);
  for (const kind of KINDS) {
    const { timings, matches } = byKind.get(kind.name)!;
    timings.sort((a, b) => a - b);
    console.log(
      `${kind.name.padEnd(width)}  ${String(timings.length).padStart(4)}  ${percentile(timings, 0.5).toFixed(1).padStart(6)}  ${percentile(timings, 0.95).toFixed(1).padStart(6)}  ` +
        `${timings.at(-1)!.toFixed(1).padStart(6)}  ${Math.round(matches / timings.length)
          .toLocaleString("en-GB")
          .padStart(8)}`,
    );
  }
  everyTiming.sort((a, b) => a - b);
  const at = (q: number) => percentile(everyTiming, q).toFixed(1);
  console.log(
    `\n${everyTiming.length} queries over ${KINDS.length} kinds at ${CLAIMS.toLocaleString("en-GB")} published claims: ` +
      `p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms, max ${everyTiming.at(-1)!.toFixed(1)} ms (target: p95 under 50 ms)`,
  );

  if (EXPLAIN) {
    const sent: { query: string; params: string }[] = [];
    const explaining = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), log: [{ emit: "event", level: "query" }] });
    explaining.$on("query", (event) => sent.push({ query: event.query, params: event.params }));
    for (const kind of KINDS) {
      sent.length = 0;
      await searchVerdicts(parseSearchParams(kind.params(1)).filters, { db: explaining });
      console.log(`\n=== ${kind.name}`);
      // The statements as sent, in one transaction, so SET LOCAL applies as it did.
      await client.query("BEGIN");
      for (const { query, params } of sent) {
        if (/^\s*SET\b/i.test(query)) await client.query(query);
        if (!/^\s*(WITH|SELECT)\b/i.test(query)) continue;
        const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${query}`, JSON.parse(params) as unknown[]);
        console.log(rows.map((row) => row["QUERY PLAN"]).join("\n"));
      }
      await client.query("ROLLBACK");
    }
    await explaining.$disconnect();
  }
  await db.$disconnect();
});
