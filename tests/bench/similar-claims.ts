// `npm run bench:similar`: near-duplicate lookup at 100,000 claims. Builds a
// fresh embedded database, generates the claims, then times the lookup the
// desk claim page runs (lib/claims/similar.ts). Prints figures; asserts nothing.
//
// Run with --conditions=react-server (see package.json) so `server-only`
// modules load outside Next.

import { WORDS, withBenchDatabase } from "./support/newsroom.ts";

const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 100_000);
const LOOKUPS = Number(process.env.BENCH_LOOKUPS ?? 200);

await withBenchDatabase("similar", async ({ url, client }) => {
  const began = Date.now();
  await client.query(
    `INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt") VALUES ('bench-user', 'bench@onrecord.test', 'Bench', 'x', 'REPORTER', now())`,
  );
  await client.query(
    `INSERT INTO "Speaker" (id, slug, name, "updatedAt") SELECT 'speaker-' || n, 'speaker-' || n, 'Speaker ' || n, now() FROM generate_series(1, 500) n`,
  );
  await client.query(
    `INSERT INTO "Claim" (id, slug, text, "madeAt", "speakerId", "createdById", "updatedAt")
     SELECT 'claim-' || n, 'claim-' || n,
            initcap(w[1 + (n * 7) % $2]) || ' ' || w[1 + (n * 13) % $2] || ' ' || w[1 + (n * 31) % $2] || ' ' ||
            w[1 + (n * 17) % $2] || ' ' || w[1 + (n * 3) % $2] || ' ' || w[1 + (n * 29) % $2] || ' number ' || n,
            now() - (n || ' minutes')::interval, 'speaker-' || (1 + n % 500), 'bench-user', now()
     FROM generate_series(1, $1::int) n, (SELECT $3::text[] AS w) words`,
    [CLAIMS, WORDS.length, WORDS],
  );
  await client.query(`ANALYZE "Claim"`);
  console.log(`generated ${CLAIMS.toLocaleString("en-GB")} claims in ${((Date.now() - began) / 1000).toFixed(1)} s`);

  process.env.DATABASE_URL = url;
  const { similarClaims } = await import("../../lib/claims/similar.ts");
  const actor = { id: "bench-user", email: "bench@onrecord.test", name: "Bench", role: "REPORTER" as const };
  const timings: number[] = [];
  for (let i = 0; i < LOOKUPS; i += 1) {
    const n = 1 + ((i * 7919) % CLAIMS);
    // A reworded version of an existing claim: same words, one dropped.
    const text = `${WORDS[(n * 7) % WORDS.length]} ${WORDS[(n * 13) % WORDS.length]} ${WORDS[(n * 31) % WORDS.length]} ${WORDS[(n * 17) % WORDS.length]} ${WORDS[(n * 29) % WORDS.length]}`;
    const start = performance.now();
    await similarClaims(actor, { text, speakerId: `speaker-${1 + (n % 500)}` });
    timings.push(performance.now() - start);
  }
  timings.sort((a, b) => a - b);
  const at = (q: number) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))]!.toFixed(1);
  console.log(`near-duplicate lookup, ${LOOKUPS} lookups at ${CLAIMS.toLocaleString("en-GB")} claims: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`);
  const { prisma } = await import("../../lib/db.ts");
  await prisma.$disconnect();
});
