// `npm run bench:import`: importing a 10,000-row CSV (about 7,000 claims with
// one or two sources each) into a fresh embedded database. Times reading and
// checking the file, the commit (which checks it again, as the server does,
// then writes everything in one transaction), and exporting it back out;
// reports rows per second and peak memory. Prints figures; asserts nothing.
//
// Run with --conditions=react-server (see package.json) so `server-only`
// modules load outside Next.

import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDatabase } from "../../lib/database/embedded.ts";
import { migrate } from "../../lib/database/migrate.ts";
import { COLUMNS, type Column } from "../../lib/import/columns.ts";
import { csvText } from "../../lib/import/serialize.ts";
import { FIRST, LAST, TITLES } from "./support/newsroom.ts";

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);

// Peak heap, sampled while the work runs; peak RSS comes from the kernel.
let peakHeap = 0;
const sampler = setInterval(() => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}, 5);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

// Words and names a newsroom's archive is made of, combined deterministically
// so every run imports the same file.
const SUBJECTS = [
  "The government",
  "Tehran",
  "The ministry",
  "Washington",
  "The central bank",
  "The army",
  "The opposition",
  "The port authority",
  "Parliament",
  "The energy ministry",
];
const VERBS = [
  "has agreed to",
  "will announce",
  "has rejected",
  "is preparing",
  "has completed",
  "will not accept",
  "has doubled",
  "has cut",
  "promised to deliver",
  "denied any",
];
const OBJECTS = [
  "limits on uranium enrichment",
  "new sanctions on oil exports",
  "a ceasefire along the northern border",
  "the reopening of the strait to shipping",
  "a 20% rise in public-sector wages",
  "the budget deficit for the coming year",
  "talks with the regional envoy",
  "a plan to build 100,000 homes",
  "a reduction in fuel subsidies",
  "the release of detained journalists",
];
const WHEN = ["this week", "before the end of the year", "within six months", "since March", "last year", "by the summer", "in the next round of talks"];
const TOPICS = [
  "Nuclear talks",
  "Sanctions",
  "Oil",
  "Shipping",
  "Economy",
  "Budget",
  "Housing",
  "Energy",
  "Ceasefire",
  "Press freedom",
  "Wages",
  "Inflation",
  "Elections",
  "Migration",
  "Health",
];
const OUTLETS = ["Regional wire", "National broadcaster", "Ministry website", "Daily Herald", "Market tracker", "Statistics office"];
const TYPES = ["wire report", "official statement", "news article", "document", "social post", "dataset", "market odds"];
const STANCES = ["supports", "contradicts", "context"];
const ZONES = ["Asia/Tehran", "Europe/London", "America/New_York", "Asia/Tokyo", "Europe/Paris"];

const pick = <T>(list: readonly T[], n: number) => list[n % list.length]!;
const day = (n: number) => new Date(Date.UTC(2024, 0, 1) + (n % 800) * 86_400_000).toISOString().slice(0, 10);

function generate(rows: number): string {
  const lines: string[][] = [];
  let claim = 0;
  while (lines.length < rows) {
    claim += 1;
    const n = claim * 7919;
    const kind = pick(["statement", "statement", "statement", "prediction", "promise"], n);
    const timed = claim % 3 === 0;
    const speaker = `${pick(FIRST, n)} ${pick(LAST, Math.floor(n / 20))}`;
    const cells: Partial<Record<Column, string>> = {
      claim_ref: `c${claim}`,
      claim: `${pick(SUBJECTS, n)} ${pick(VERBS, n >> 3)} ${pick(OBJECTS, n >> 5)} ${pick(WHEN, n >> 7)} (claim ${claim}).`,
      quote: claim % 2 ? `“We have said it clearly, and we will say it again: ${pick(OBJECTS, n >> 2)}, ${pick(WHEN, n >> 4)}.”` : "",
      context:
        claim % 4
          ? `Said in answer to a question about ${pick(OBJECTS, n >> 6)}, after ${pick(["a briefing", "a cabinet meeting", "a televised debate", "talks abroad"], n)}.`
          : "",
      speaker,
      speaker_title: pick(TITLES, Math.floor(n / 20)),
      said_on: day(n),
      said_at: timed ? `${String(8 + (n % 12)).padStart(2, "0")}:${String(n % 60).padStart(2, "0")}` : "",
      time_zone: timed ? pick(ZONES, n) : "",
      venue: pick(["Press conference", "Interview", "Social post", "Parliament", "Rally"], n >> 2),
      kind,
      settle_by: kind === "statement" ? "" : day(n + 200),
      settle_criteria: kind === "statement" ? "" : `Official figures or a signed text show ${pick(OBJECTS, n >> 5)}.`,
      topics: [pick(TOPICS, n), pick(TOPICS, n >> 4)].filter((topic, index, all) => all.indexOf(topic) === index).join("; "),
      appearance_url: claim % 5 ? `https://example.org/appearances/${claim}` : "",
    };
    // 4 in 7 claims have one source, 3 in 7 two: 10,000 rows ≈ 7,000 claims.
    const sources = claim % 7 < 4 ? 1 : 2;
    for (let s = 0; s < sources && lines.length < rows; s += 1) {
      const m = n + s * 104_729;
      // A third of the sources are wire stories shared by many claims.
      const shared = m % 3 === 0;
      const source: Partial<Record<Column, string>> = {
        source_type: pick(TYPES, m >> 1),
        source_title: shared ? `Wire: ${pick(OBJECTS, m % 40)} (${pick(WHEN, m % 7)})` : `${pick(OUTLETS, m)} on ${pick(OBJECTS, m >> 3)}, item ${claim}-${s}`,
        source_outlet: pick(OUTLETS, m),
        source_url: m % 11 === 0 ? "" : shared ? `https://example.org/wire/${m % 280}` : `https://example.org/sources/${claim}/${s}`,
        source_published_on: day(n + s),
        stance: pick(STANCES, m >> 2),
        passage: `“${pick(OBJECTS, m >> 4)}” — according to the ${pick(["figures", "statement", "report", "readout"], m)} published that day.`,
        note: m % 5 === 0 ? "=Checked against the original; the headline overstates it." : "",
      };
      const row = s === 0 ? { ...cells, ...source } : { claim_ref: cells.claim_ref, ...source };
      lines.push(COLUMNS.map((column) => row[column] ?? ""));
    }
  }
  return csvText(lines, { header: true });
}

const dataDir = await mkdtemp(path.join(os.tmpdir(), "onrecord-bench-import-"));
const database = await startEmbeddedDatabase(dataDir);
try {
  await migrate(database.url);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query(
    `INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt") VALUES ('bench-user', 'bench@onrecord.test', 'Bench', 'x', 'REPORTER', now())`,
  );
  await client.end();
  process.env.DATABASE_URL = database.url;

  const { parseImportFile } = await import("../../lib/import/parse.ts");
  const { commitImport } = await import("../../lib/import/commit.ts");
  const { exportClaimsCsv } = await import("../../lib/import/export.ts");
  const { prisma } = await import("../../lib/db.ts");
  const actor = { id: "bench-user", email: "bench@onrecord.test", name: "Bench", role: "REPORTER" as const };

  const file = generate(ROWS);
  const bytes = Buffer.byteLength(file);

  let started = performance.now();
  const parsed = parseImportFile(file);
  const parseMs = performance.now() - started;
  if (parsed.errors.length) throw new Error(`the generated file has problems: ${JSON.stringify(parsed.errors.slice(0, 3))}`);

  let batches = 0;
  started = performance.now();
  const outcome = await commitImport(actor, { name: "bench.csv", text: file }, { onProgress: () => (batches += 1) });
  const commitMs = performance.now() - started;
  if (outcome.status !== "imported") throw new Error(outcome.message);

  started = performance.now();
  let exportedBytes = 0;
  for await (const page of exportClaimsCsv(actor, {})) exportedBytes += Buffer.byteLength(page);
  const exportMs = performance.now() - started;
  clearInterval(sampler);

  const rate = (ms: number) => Math.round(parsed.rows / (ms / 1000)).toLocaleString("en-GB");
  console.log(
    `file: ${parsed.rows.toLocaleString("en-GB")} rows, ${parsed.claims.length.toLocaleString("en-GB")} claims, ${parsed.sources.length.toLocaleString("en-GB")} distinct sources, ${mb(bytes)} (${bytes.toLocaleString("en-GB")} bytes)`,
  );
  console.log(`parse + validate: ${(parseMs / 1000).toFixed(2)} s (${rate(parseMs)} rows/s)`);
  console.log(
    `commit (validates again, then one transaction, ${batches - 1} batches): ${(commitMs / 1000).toFixed(2)} s (${rate(commitMs)} rows/s); created ${outcome.created.toLocaleString("en-GB")} claims, ${outcome.sourcesCreated.toLocaleString("en-GB")} sources, ${outcome.speakersCreated} speakers, ${outcome.topicsCreated} topics`,
  );
  console.log(`export of the same claims: ${(exportMs / 1000).toFixed(2)} s, ${mb(exportedBytes)}`);
  console.log(`peak memory: RSS ${mb(process.resourceUsage().maxRSS * 1024)}, heap ${mb(peakHeap)} (sampled every 5 ms)`);
  await prisma.$disconnect();
} finally {
  clearInterval(sampler);
  await database.stop();
  await rm(dataDir, { recursive: true, force: true });
}
