// `npm run bench:recheck`: the re-archiving job's throughput on a local test
// site. A fresh embedded database holds BENCH_SOURCES published claims with
// one source each, spread over BENCH_HOSTS host names (loopback addresses
// 127.0.0.1, 127.0.0.2…, all on one port of a local site of article pages).
// The fetcher is the guarded one "Archive now" uses; the site's origins are
// allowed exactly as ARCHIVE_ALLOWED_ORIGINS allows the test suite's page
// server, so its checks and pinning run as in production for every other
// address. Three passes of the job's work (recheckDueSources):
//   1. first copies, no pause between requests to a host (the job's own cost);
//   2. every source due again, a quarter of the pages changed, no pause;
//   3. every source due again, unchanged, with the per-host pause
//      BENCH_PAUSE_MS (what politeness costs).
// Prints sources per second for each. Asserts nothing.
//
// Run with --conditions=react-server (see package.json) so `server-only`
// modules load outside Next.

import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDatabase } from "../../lib/database/embedded.ts";
import { migrate } from "../../lib/database/migrate.ts";
import { articlePage, startRecheckSite } from "../support/recheck-site.ts";
import { watchOthersCpu } from "./support/others-cpu.ts";

const SOURCES = Number(process.env.BENCH_SOURCES ?? 400);
const HOSTS = Number(process.env.BENCH_HOSTS ?? 8);
const PAUSE_MS = Number(process.env.BENCH_PAUSE_MS ?? 250);

// A page of about 6 KB of readable text, like a wire report.
const paragraphs = (n: number, version: number) =>
  Array.from(
    { length: 12 },
    (_, p) =>
      `Paragraph ${p + 1} of report ${n}: officials said the delegations would consult their capitals before the next round, version ${p === 3 ? version : 1}; no joint text was released and the ministry declined to give a date for the talks to resume, citing the need for further consultations with partners.`,
  );

const site = await startRecheckSite(HOSTS);
const pathOf = (n: number) => `/reports/${n}`;
const publish = (version: (n: number) => number) => {
  for (let n = 0; n < SOURCES; n += 1) site.pages.set(pathOf(n), { body: articlePage(`Report ${n}`, paragraphs(n, version(n))) });
};
publish(() => 1);

const dataDir = await mkdtemp(path.join(os.tmpdir(), "onrecord-bench-recheck-"));
const database = await startEmbeddedDatabase(dataDir);
try {
  await migrate(database.url);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query(`
    INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt") VALUES
      ('bench-reporter', 'reporter@bench.test', 'Reporter', 'x', 'REPORTER', now()),
      ('bench-editor', 'editor@bench.test', 'Editor', 'x', 'EDITOR', now());
    INSERT INTO "Speaker" (id, name, slug, "updatedAt") VALUES ('bench-speaker', 'Bench speaker', 'bench-speaker', now());`);
  // One published claim and one source per page, the sources dealt round the hosts.
  await client.query(
    `INSERT INTO "Claim" (id, slug, text, "madeAt", status, "publishedAt", "publishedById", "speakerId", "createdById", "assigneeId", "updatedAt")
     SELECT 'claim-' || n, 'claim-' || n, 'The ministry said talks resumed (' || n || ').', now() - interval '30 days', 'PUBLISHED',
            now() - interval '20 days', 'bench-editor', 'bench-speaker', 'bench-reporter', 'bench-reporter', now()
     FROM generate_series(0, $1 - 1) n`,
    [SOURCES],
  );
  await client.query(
    `INSERT INTO "Source" (id, type, title, url, "createdById", "updatedAt")
     SELECT 'source-' || n, 'WIRE_REPORT', 'Report ' || n, 'http://127.0.0.' || (1 + n % $2) || ':' || $3 || '/reports/' || n, 'bench-reporter', now()
     FROM generate_series(0, $1 - 1) n`,
    [SOURCES, HOSTS, site.port],
  );
  await client.query(
    `INSERT INTO "Evidence" (id, "claimId", "sourceId", stance, "addedById", "createdAt", "updatedAt")
     SELECT 'evidence-' || n, 'claim-' || n, 'source-' || n, 'CONTRADICTS', 'bench-reporter', now() - interval '25 days', now()
     FROM generate_series(0, $1 - 1) n`,
    [SOURCES],
  );
  process.env.DATABASE_URL = database.url;
  const { recheckDueSources } = await import("../../lib/archive/recheck.ts");
  const { prisma } = await import("../../lib/db.ts");

  // Every source due again: as if its last check were a month ago.
  const makeDue = async () => {
    await client.query(`UPDATE "SourceRecheck" SET "checkedAt" = now() - interval '30 days'`);
    await client.query(`UPDATE "ArchiveSnapshot" SET "fetchedAt" = "fetchedAt" - interval '30 days'`);
  };

  const pass = async (label: string, pauseMs: number) => {
    const othersCpu = await watchOthersCpu();
    const summary = await recheckDueSources({
      days: 7,
      batch: SOURCES,
      pacing: { perHost: 1, pauseMs, hostsAtOnce: 8 },
      fetchOptions: { allowedOrigins: site.origins },
      timeBudgetMs: 60 * 60_000,
      now: () => new Date(),
    });
    const others = await othersCpu();
    const perSecond = summary.checked / summary.seconds;
    const outcomes = Object.entries(summary.outcomes)
      .filter(([, count]) => count > 0)
      .map(([outcome, count]) => `${outcome} ${count}`)
      .join(", ");
    console.log(
      `${label}: ${summary.checked} sources in ${summary.seconds.toFixed(2)} s = ${perSecond.toFixed(1)} sources/s (${outcomes}; ${summary.notices} notices; per-host pause ${pauseMs} ms, 1 request at a time per host, ${Math.min(8, HOSTS)} hosts at once; other processes used ${(others * 100).toFixed(0)}% of a core)`,
    );
  };

  console.log(`${SOURCES} sources of published claims on ${HOSTS} hosts (${site.origins[0]} … ${site.origins.at(-1)}), Node ${process.version}`);
  await pass("pass 1, first copies", 0);
  await makeDue();
  publish((n) => (n % 4 === 0 ? 2 : 1));
  await pass("pass 2, a quarter changed", 0);
  await makeDue();
  await pass("pass 3, unchanged, polite", PAUSE_MS);
  const bound = (Math.min(8, HOSTS) * 1000) / PAUSE_MS;
  console.log(
    `with a ${PAUSE_MS} ms pause, a long run on ${Math.min(8, HOSTS)} hosts at once tends to ${bound.toFixed(1)} sources/s (1 request per ${PAUSE_MS} ms per host; each host's first request waits for no pause)`,
  );
  await client.end();
  await prisma.$disconnect();
} finally {
  await database.stop();
  await site.close();
  await rm(dataDir, { recursive: true, force: true });
}
