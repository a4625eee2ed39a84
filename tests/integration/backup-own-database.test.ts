import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { restoreBackup } from "@/lib/backup/restore-backup";
import { type BackupTaken, takeBackup } from "@/lib/backup/take-backup";
import { createClaim } from "@/lib/claims/mutations";
import { newClaimSchema } from "@/lib/claims/schema";
import { migrate } from "@/lib/database/migrate";
import { prisma } from "@/lib/db";
import { readSettings } from "@/lib/settings";
import { clusterFolder, POSTGRES_15_BIN, type PostgresServer, startPrimary } from "@/scripts/cluster/postgres";
import { makeUser } from "../support/factories";
import { claimParts, drillClaims, drillWrite, type WriteLoad, wholeWrite, writeLoad } from "./backup-load";

// The drill for an operator's own PostgreSQL (DATABASE_URL), on Debian's
// PostgreSQL 15: pg_dump 15 takes the backup while reporters log claims
// through the app, the backup checks itself by restoring into a scratch
// PostgreSQL 18, and pg_restore puts it back into the same database, which
// must then hold exactly the writes the dump's snapshot saw, each whole.

const installed = existsSync(path.join(POSTGRES_15_BIN, "postgres")) && existsSync(path.join(POSTGRES_15_BIN, "pg_dump"));

let dir: string;
let server: PostgresServer;
let load: WriteLoad;
let taken: BackupTaken;
let finishedBeforeBackup: number;
let begunBeforeBackupEnded: number;
const settingsFor = (url: string) => readSettings({ DATABASE_URL: url, ONRECORD_DATA_DIR: path.join(dir, "data"), BACKUP_DIR: path.join(dir, "backups") });

beforeAll(async () => {
  if (!installed) return;
  dir = await clusterFolder("onrecord-backup-pg15-");
  server = await startPrimary({ dir, throwaway: true });
  await migrate(server.url);
  process.env.DATABASE_URL = server.url;
  const reporter = await makeUser("REPORTER");
  const speaker = await prisma.speaker.create({ data: { name: "Drill minister", slug: "drill-minister" } });
  load = writeLoad((ordinal) => createClaim(reporter, newClaimSchema.parse(drillWrite(ordinal, speaker.id))));
  await load.reached(20);
  finishedBeforeBackup = load.finished();
  taken = await takeBackup({ config: settingsFor(server.url) });
  begunBeforeBackupEnded = load.begun();
  await load.reached(load.finished() + 20);
  await load.stop();
}, 120_000);

afterAll(async () => {
  await load?.stop();
  await prisma.$disconnect();
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!installed)(`backup drill on an operator's own PostgreSQL 15 (skipped when ${POSTGRES_15_BIN} lacks postgres or pg_dump)`, () => {
  it("is a pg_dump backup of the writes its snapshot saw, proved by a test restore", () => {
    expect(path.basename(taken.file)).toMatch(/^onrecord-.*\.dump$/);
    expect(taken.record).toMatchObject({ kind: "dump", postgresVersion: expect.stringMatching(/^15\./) });
    const k = taken.record.rows['public."Claim"']!;
    expect(k).toBeGreaterThanOrEqual(finishedBeforeBackup);
    expect(k).toBeLessThanOrEqual(begunBeforeBackupEnded);
    expect(load.finished()).toBeGreaterThan(k);
  });

  it("refuses to restore while the app is connected, and changes nothing", async () => {
    const before = (await drillClaims(server.url)).length;
    await expect(restoreBackup(taken.file, { config: settingsFor(server.url), confirm: async () => true })).rejects.toThrow(
      /other session\(s\) are connected to the database onrecord: OnRecord or its worker is probably running.*Nothing was changed/,
    );
    expect((await drillClaims(server.url)).length).toBe(before);
  });

  it("asks first, saying what is replaced, and a no changes nothing", async () => {
    await prisma.$disconnect();
    const before = (await drillClaims(server.url)).length;
    const questions: string[] = [];
    const declined = await restoreBackup(taken.file, {
      config: settingsFor(server.url),
      confirm: async (question) => {
        questions.push(question);
        return false;
      },
    });
    expect(declined).toEqual({ restored: false, reason: "The operator declined; nothing was changed." });
    expect(questions).toEqual([
      expect.stringContaining(`(${before} claims now) with the backup taken at ${taken.record.finishedAt} (${taken.record.rows['public."Claim"']} claims)`),
    ]);
    expect((await drillClaims(server.url)).length).toBe(before);
  });

  it("restores into the same database exactly the writes 1..k of the backup, each whole", async () => {
    const result = await restoreBackup(taken.file, { config: settingsFor(server.url), confirm: async () => true });
    expect(result.restored).toBe(true);
    const k = taken.record.rows['public."Claim"']!;
    const ordinals = (await drillClaims(server.url)).map((claim) => claim.ordinal).sort((a, b) => a - b);
    expect(ordinals).toEqual(Array.from({ length: k }, (_, index) => index + 1));
    for (const claim of await claimParts(server.url)) expect(claim).toEqual(wholeWrite(claim.ordinal));
  });
});
