import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { restoreBackup } from "@/lib/backup/restore-backup";
import { type BackupTaken, takeBackup } from "@/lib/backup/take-backup";
import { createClaim } from "@/lib/claims/mutations";
import { newClaimSchema } from "@/lib/claims/schema";
import { type EmbeddedDatabase, startEmbeddedDatabase } from "@/lib/database/embedded";
import { migrate } from "@/lib/database/migrate";
import { prisma } from "@/lib/db";
import { readSettings } from "@/lib/settings";
import { makeUser } from "../support/factories";
import { allRows, claimParts, drillClaims, drillWrite, query, type WriteLoad, wholeWrite, writeLoad } from "./backup-load";

// The backup drill, as an operator would run it: the app's default embedded
// PostgreSQL 18 in a data folder of its own, migrated, with reporters
// logging claims through the app's own mutation (claim, speaker link, topic,
// first appearance, source, evidence, revision and audit rows in one
// transaction) while `takeBackup` copies it. The backup is restored into a
// fresh data folder and started the way `npm start` starts one.
//
// "The state at the backup point" is not guessed: each write carries its
// ordinal, and writes are made one after another, so the committed writes
// are always 1..n. The restored database must hold exactly writes 1..k for
// some k (every one whole), k at least the writes finished before the backup
// began and at most those begun before it ended, and equal, table by table
// and row by row, the live database without the rows of writes k+1..n.

let folder: string;
let live: EmbeddedDatabase;
let restored: EmbeddedDatabase;
let load: WriteLoad;
let taken: BackupTaken;
let finishedBeforeBackup: number;
let begunBeforeBackupEnded: number;

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "onrecord-backup-drill-"));
  live = await startEmbeddedDatabase(path.join(folder, "data"));
  await migrate(live.url);
  // The app's modules (lib/db.ts) read DATABASE_URL on first use.
  process.env.DATABASE_URL = live.url;
  const reporter = await makeUser("REPORTER");
  const speaker = await prisma.speaker.create({ data: { name: "Drill minister", slug: "drill-minister" } });
  load = writeLoad((ordinal) => createClaim(reporter, newClaimSchema.parse(drillWrite(ordinal, speaker.id))));
  await load.reached(20);

  // The worker of a running app reaches the embedded database through the
  // DATABASE_URL npm start gives it: that address is recognised as the
  // embedded database and backed up as one.
  const config = readSettings({ DATABASE_URL: live.url, ONRECORD_DATA_DIR: path.join(folder, "data"), BACKUP_DIR: path.join(folder, "backups") });
  finishedBeforeBackup = load.finished();
  taken = await takeBackup({ config });
  begunBeforeBackupEnded = load.begun();
  await load.reached(load.finished() + 20);
  await load.stop();
  await prisma.$disconnect();

  const restore = await restoreBackup(taken.file, {
    config: readSettings({ ONRECORD_DATA_DIR: path.join(folder, "restored"), BACKUP_DIR: path.join(folder, "backups") }),
    confirm: async () => {
      throw new Error("a fresh data folder needs no confirmation");
    },
  });
  expect(restore.restored).toBe(true);
  restored = await startEmbeddedDatabase(path.join(folder, "restored"));
}, 120_000);

afterAll(async () => {
  await load?.stop();
  await restored?.stop();
  await live?.stop();
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe("backup drill: the embedded database backed up while it is written to", () => {
  it("is an embedded backup the app kept writing through", () => {
    expect(path.basename(taken.file)).toMatch(/^onrecord-.*\.tar\.gz$/);
    expect(taken.record.kind).toBe("embedded");
    // Writes went on during the backup and after it.
    expect(begunBeforeBackupEnded).toBeGreaterThan(finishedBeforeBackup);
    expect(load.finished()).toBeGreaterThan(begunBeforeBackupEnded);
  });

  it("restores exactly the writes 1..k committed by the backup point, each whole", async () => {
    const ordinals = (await drillClaims(restored.url)).map((claim) => claim.ordinal).sort((a, b) => a - b);
    const k = ordinals.length;
    expect(ordinals).toEqual(Array.from({ length: k }, (_, index) => index + 1));
    expect(k).toBeGreaterThanOrEqual(finishedBeforeBackup);
    expect(k).toBeLessThanOrEqual(begunBeforeBackupEnded);
    expect(taken.record.rows['public."Claim"']).toBe(k);

    // No half-written claim: every one has its appearance, topic, source
    // with its evidence, revision and both audit rows.
    const parts = await claimParts(restored.url);
    for (const claim of parts) expect(claim).toEqual(wholeWrite(claim.ordinal));
  });

  it("equals the live database without the writes after the backup point, table by table and row by row", async () => {
    const k = (await drillClaims(restored.url)).length;
    const late = (await drillClaims(live.url)).filter((claim) => claim.ordinal > k);
    expect(late.length).toBeGreaterThan(0);
    const lateSources = await query<{ id: string }>(
      live.url,
      `SELECT "sourceId" AS id FROM "Evidence" WHERE "claimId" IN (${late.map((claim) => `'${claim.id}'`).join(", ")})`,
    );
    // A row belongs to a late write when it names a late claim or source.
    const markers = [...late.map((claim) => claim.id), ...lateSources.map((source) => source.id)];
    const isLate = (row: string) => markers.some((marker) => row.includes(marker));

    const [liveRows, restoredRows] = await Promise.all([allRows(live.url), allRows(restored.url)]);
    expect(Object.keys(restoredRows).sort()).toEqual(Object.keys(liveRows).sort());
    for (const table of Object.keys(liveRows)) {
      const expected = liveRows[table]!.filter((row) => !isLate(row));
      expect({ table, rows: restoredRows[table]!.length }).toEqual({ table, rows: expected.length });
      expect({ table, checksum: checksum(restoredRows[table]!) }).toEqual({ table, checksum: checksum(expected) });
    }
  });

  it("restored into a fresh folder with new secrets, and starts as npm start starts it", async () => {
    const [row] = await query<{ claims: string; recovering: boolean }>(
      restored.url,
      `SELECT count(*) AS claims, pg_is_in_recovery() AS recovering FROM "Claim"`,
    );
    expect(row!.recovering).toBe(false);
    expect(Number(row!.claims)).toBe(taken.record.rows['public."Claim"']);
    // The restored folder's password is not the live one's (neither is in the backup).
    expect(new URL(restored.url).password).not.toBe(new URL(live.url).password);
  });
});

// md5 of the rows' text, in a fixed order.
function checksum(rows: string[]) {
  return createHash("md5")
    .update([...rows].sort().join("\n"))
    .digest("hex");
}
