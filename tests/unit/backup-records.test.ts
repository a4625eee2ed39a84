import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backupFigures } from "@/lib/backup/figures";
import { clearFailure, listBackups, pruneBackups, recordFailure, recordOf, writeRecord } from "@/lib/backup/records";

// The backup folder as retention and /metrics read it: each backup file with
// its record beside it, anything else ignored.

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "onrecord-backup-records-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function backupAt(hoursAgo: number) {
  const finishedAt = new Date(Date.now() - hoursAgo * 3600_000).toISOString();
  const file = path.join(dir, `onrecord-${finishedAt.replaceAll(":", "-")}.tar.gz`);
  await writeFile(file, "backup");
  await writeRecord(file, {
    kind: "embedded",
    file: path.basename(file),
    sha256: "0".repeat(64),
    bytes: 6,
    postgresVersion: "18.0",
    startedAt: finishedAt,
    finishedAt,
    rows: {},
  });
  return file;
}

describe("the backup folder", () => {
  it("keeps the newest N backups and deletes the rest with their records", async () => {
    const files = [await backupAt(30), await backupAt(2), await backupAt(50), await backupAt(1)];
    const deleted = await pruneBackups(dir, 2);
    expect(deleted.sort()).toEqual([files[0], files[2]].sort());
    expect((await readdir(dir)).sort()).toEqual([files[1]!, recordOf(files[1]!), files[3]!, recordOf(files[3]!)].map((file) => path.basename(file)).sort());
    expect(await pruneBackups(dir, 2)).toEqual([]);
  });

  it("leaves alone what is not a whole backup: a file without its record, a record without its file, other files", async () => {
    const kept = await backupAt(5);
    await writeFile(path.join(dir, "onrecord-half.tar.gz.partial"), "");
    await writeFile(path.join(dir, "notes.txt"), "the operator's own");
    const orphan = await backupAt(40);
    await rm(orphan);
    await mkdir(path.join(dir, ".making-onrecord-x"));
    expect((await listBackups(dir)).map((backup) => backup.file)).toEqual([kept]);
    expect(await pruneBackups(dir, 1)).toEqual([]);
    expect(await readdir(dir)).toContain("notes.txt");
  });

  it("tells /metrics the newest backup's age and whether the last attempt failed", async () => {
    expect(await backupFigures(dir)).toEqual({ ageSeconds: null, lastFailed: false });
    await backupAt(3);
    await backupAt(26);
    const { ageSeconds } = await backupFigures(dir);
    expect(ageSeconds).toBeGreaterThanOrEqual(3 * 3600);
    expect(ageSeconds).toBeLessThan(3 * 3600 + 60);
    await recordFailure(dir, new Error("disk full"));
    expect((await backupFigures(dir)).lastFailed).toBe(true);
    // A failure's note is not a backup's record.
    expect(await listBackups(dir)).toHaveLength(2);
    await clearFailure(dir);
    expect((await backupFigures(dir)).lastFailed).toBe(false);
  });
});
