import { rm } from "node:fs/promises";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { getPublishedClaim, publishedClaimAddresses } from "@/lib/claims/queries";
import { type MigrationReport, migrate, readMigrations } from "@/lib/database/migrate";
import { waitForReplicas } from "@/lib/database/replica-catch-up";
import { disconnectReplicas, publicReads, REPLICA_REST_MS, replicas } from "@/lib/database/replicas";
import { createPrismaClient, prisma } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { searchVerdicts } from "@/lib/search/queries";
import { parseSearchParams } from "@/lib/search/schema";
import { publishedSpeakerAddresses } from "@/lib/speakers/directory";
import { publishVerdict } from "@/lib/verdicts/mutations";
import { DEMO_ACCOUNTS, seedDemo } from "@/prisma/seed";
import { clusterFolder, type PostgresServer, startPrimary, startReplica, startServer } from "@/scripts/cluster/postgres";
import { claimInReview, makeUser } from "../support/factories";

// Read replicas for real: Debian's PostgreSQL 15 as primary, a streaming
// replica made from it with pg_basebackup -R, and OnRecord's app modules
// pointed at them (DATABASE_URL, DATABASE_REPLICA_URLS). Pausing the
// replica's replay makes it visibly behind, which tells the two servers'
// answers apart: what a public read returns says where it was read.

let dir: string;
let primary: PostgresServer;
let replica: PostgresServer;
let migrated: MigrationReport;
let editor: Actor;

// The replica's own connection, for pausing and resuming replay.
async function onReplica<T extends pg.QueryResultRow>(statement: string) {
  const client = new pg.Client({ connectionString: replica.url });
  await client.connect();
  try {
    return (await client.query<T>(statement)).rows;
  } finally {
    await client.end();
  }
}
const pauseReplay = () => onReplica("SELECT pg_wal_replay_pause()");
const resumeReplay = () => onReplica("SELECT pg_wal_replay_resume()");

// Which server answered a public read.
async function publicReadsServer() {
  const [row] = await publicReads.$queryRaw<{ standby: boolean }[]>`SELECT pg_is_in_recovery() AS standby`;
  return row!.standby ? "replica" : "primary";
}

// A verdict published the way the desk does it: proposed by a reporter,
// published by another editor, in the mutations' own transactions.
async function publishNewVerdict() {
  const { claim } = await claimInReview();
  await publishVerdict(editor, { claimId: claim.id, version: claim.version });
  return prisma.claim.findUniqueOrThrow({ where: { id: claim.id }, include: { speaker: true } });
}

beforeAll(async () => {
  dir = await clusterFolder("onrecord-replicas-");
  primary = await startPrimary({ dir, throwaway: true });
  migrated = await migrate(primary.url);
  replica = await startReplica({ primary, dir });
  // The app's clients are made on first use, from these.
  process.env.DATABASE_URL = primary.url;
  process.env.DATABASE_REPLICA_URLS = replica.url;
  editor = await makeUser("EDITOR");
}, 60_000);

afterEach(async () => {
  vi.restoreAllMocks();
  // A test that failed half-way must not leave the replica paused for the next.
  await resumeReplay().catch(() => {});
});

afterAll(async () => {
  await disconnectReplicas();
  await prisma.$disconnect();
  await replica?.stop();
  await primary?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("OnRecord on PostgreSQL 15", () => {
  it("migrates, seeds the demo newsroom and publishes on it", async () => {
    const [version] = await prisma.$queryRaw<{ number: number }[]>`SELECT current_setting('server_version_num')::int AS number`;
    expect(Math.floor(version!.number / 10_000)).toBe(15);
    expect(migrated.applied).toEqual((await readMigrations()).map((migration) => migration.name));

    const demo = createPrismaClient(primary.url);
    try {
      expect(await seedDemo(demo)).toBe(true);
      expect(await demo.user.count({ where: { email: { in: DEMO_ACCOUNTS.map((account) => account.email) } } })).toBe(DEMO_ACCOUNTS.length);
    } finally {
      await demo.$disconnect();
    }
    const published = await publishNewVerdict();
    expect(published.status).toBe("PUBLISHED");
  });
});

describe("public reads", () => {
  it("are answered by the replica: while it is paused they do not see a new verdict, the desk's reads do", async () => {
    await pauseReplay();
    const claim = await publishNewVerdict();

    expect(await publicReadsServer()).toBe("replica");
    // The verdict page, the sitemap (model reads), the speaker directory's
    // addresses (raw SQL) and search (one transaction) all read the replica.
    expect(await getPublishedClaim(claim.slug)).toBeNull();
    expect((await publishedClaimAddresses()).map((address) => address.slug)).not.toContain(claim.slug);
    expect((await publishedSpeakerAddresses()).map((address) => address.slug)).not.toContain(claim.speaker.slug);
    expect((await searchVerdicts(parseSearchParams({ q: "border", speaker: claim.speaker.slug }).filters)).total).toBe(0);
    // The desk reads the primary.
    expect(await prisma.claim.findUnique({ where: { slug: claim.slug } })).toMatchObject({ status: "PUBLISHED" });

    await resumeReplay();
    await vi.waitFor(async () => expect(await getPublishedClaim(claim.slug)).toMatchObject({ slug: claim.slug }), { timeout: 5_000, interval: 20 });
    expect((await searchVerdicts(parseSearchParams({ q: "border", speaker: claim.speaker.slug }).filters)).hits.map((hit) => hit.slug)).toEqual([claim.slug]);
  });
});

describe("waiting for the replicas after a publication", () => {
  it("returns only once the replica has replayed the publication, which public reads then see", async () => {
    await pauseReplay();
    const claim = await publishNewVerdict();
    const polls = vi.spyOn(replicas()[0]!.client, "$queryRaw");
    const refreshAgain = vi.fn();
    let returned = false;
    const waiting = waitForReplicas(refreshAgain).then((result) => {
      returned = true;
      return result;
    });

    // The wait has asked the replica several times and is still waiting.
    await vi.waitFor(() => expect(polls.mock.calls.length).toBeGreaterThanOrEqual(3), { timeout: 2_000, interval: 10 });
    expect(returned).toBe(false);

    await resumeReplay();
    const result = await waiting;
    expect(await getPublishedClaim(claim.slug)).toMatchObject({ slug: claim.slug });
    expect(result).toMatchObject({ behind: [], skipped: [] });
    expect(result.lsn).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
    expect(refreshAgain).not.toHaveBeenCalled();
  });

  it("a replica still behind: the wait gives up naming it, and the refresh runs again once it has caught up", async () => {
    await pauseReplay();
    const claim = await publishNewVerdict();
    const warnings = vi.spyOn(console, "warn").mockImplementation(() => {});
    let background: Promise<void> | undefined;
    // What the second refresh sees, and whether it would wait again.
    const refreshAgain = vi.fn(async () => ({ page: await getPublishedClaim(claim.slug), nested: await waitForReplicas(() => {}) }));

    const result = await waitForReplicas(refreshAgain, { waitMs: 200, inBackground: (task) => (background = task()) });

    expect(result.behind).toEqual([replicas()[0]!.name]);
    expect(warnings).toHaveBeenCalledWith(expect.stringContaining(`${replicas()[0]!.name} had not replayed`));
    expect(refreshAgain).not.toHaveBeenCalled();

    await resumeReplay();
    await background;
    expect(refreshAgain).toHaveBeenCalledTimes(1);
    const seen = await refreshAgain.mock.results[0]!.value;
    expect(seen.page).toMatchObject({ slug: claim.slug });
    // The refresh run again does not wait and watch a second time.
    expect(seen.nested).toEqual({ lsn: null, behind: [], skipped: [] });
  });

  it("without replicas configured there is nothing to wait for and no query", async () => {
    vi.stubEnv("DATABASE_REPLICA_URLS", "");
    try {
      // The primary's client itself (lib/db.ts), under the proxy that makes it on first use.
      const asked = vi.spyOn((globalThis as unknown as { onrecordPrisma: PrismaClient }).onrecordPrisma, "$queryRaw");
      expect(await waitForReplicas(() => {})).toEqual({ lsn: null, behind: [], skipped: [] });
      expect(asked).not.toHaveBeenCalled();
      expect(await publicReadsServer()).toBe("primary");
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe("a replica that stops", () => {
  it("public reads fall back to the primary at once, the wait skips it, and once it is back it is used again", async () => {
    const claim = await publishNewVerdict();
    await vi.waitFor(async () => expect(await getPublishedClaim(claim.slug)).not.toBeNull(), { timeout: 5_000, interval: 20 });
    vi.spyOn(console, "warn").mockImplementation(() => {});
    await replica.stop("immediate");

    const started = performance.now();
    expect(await getPublishedClaim(claim.slug)).toMatchObject({ slug: claim.slug });
    expect((await searchVerdicts(parseSearchParams({ q: "border", speaker: claim.speaker.slug }).filters)).total).toBe(1);
    expect((await publishedSpeakerAddresses()).map((address) => address.slug)).toContain(claim.speaker.slug);
    expect(await publicReadsServer()).toBe("primary");
    expect(performance.now() - started).toBeLessThan(1_500);
    expect(await waitForReplicas(() => {})).toMatchObject({ behind: [], skipped: [replicas()[0]!.name] });

    replica = await startServer({ dataDir: replica.dataDir, port: replica.port, database: "onrecord" });
    // Tried again once its rest is over, without restarting anything.
    await vi.waitFor(async () => expect(await publicReadsServer()).toBe("replica"), { timeout: REPLICA_REST_MS + 5_000, interval: 100 });
    await pauseReplay();
    const later = await publishNewVerdict();
    expect(await getPublishedClaim(later.slug)).toBeNull();
  }, 30_000);
});
