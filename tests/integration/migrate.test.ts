import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, migrate } from "@/lib/database/migrate";
import { freshDatabase } from "../support/sql";

// The project's own migration runner stands in for `prisma migrate deploy`,
// so it must keep Prisma's bookkeeping exactly, never apply a migration twice,
// and never leave a half-applied migration looking finished.

type MigrationRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
};

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const bookkeeping = (url: string) =>
  query<MigrationRow>(
    url,
    `SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM "_prisma_migrations" ORDER BY started_at, migration_name`,
  );

const tables = async (url: string) =>
  (await query<{ table_name: string }>(url, `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`)).map(
    (row) => row.table_name,
  );

describe("migrating the project's migrations", () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    database = await freshDatabase("onrecord_migrate");
  });
  afterAll(() => database?.drop());

  it("applies every migration once, with Prisma's checksum and a finished time", async () => {
    const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true });
    const migrationNames = entries
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(migrationNames.length).toBeGreaterThan(0);

    const first = await migrate(database.url);
    expect(first).toEqual({ applied: migrationNames, alreadyApplied: [], checksumMismatch: [] });

    const rows = await bookkeeping(database.url);
    expect(rows.map((row) => row.migration_name)).toEqual(migrationNames);
    for (const row of rows) {
      const file = await readFile(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(file).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    expect(await tables(database.url)).toEqual(expect.arrayContaining(["Claim", "User", "Verdict", "_prisma_migrations"]));
  });

  it("running again is a no-op: nothing applied, no new bookkeeping rows, schema untouched", async () => {
    const before = { rows: await bookkeeping(database.url), tables: await tables(database.url) };
    const second = await migrate(database.url);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toEqual(before.rows.map((row) => row.migration_name));
    expect(second.checksumMismatch).toEqual([]);
    expect(await bookkeeping(database.url)).toEqual(before.rows);
    expect(await tables(database.url)).toEqual(before.tables);
  });

  it("two app servers starting at once apply each migration exactly once", async () => {
    const other = await freshDatabase("onrecord_migrate_race");
    try {
      const reports = await Promise.all([migrate(other.url), migrate(other.url)]);
      const appliedBy = reports.map((report) => report.applied.length);
      expect(appliedBy.sort()).toEqual([0, reports[0]!.applied.length + reports[1]!.applied.length]);
      const rows = await bookkeeping(other.url);
      expect(new Set(rows.map((row) => row.migration_name)).size).toBe(rows.length);
    } finally {
      await other.drop();
    }
  });
});

describe("a migration that fails", () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let dir: string;

  async function writeMigration(name: string, sql: string) {
    await mkdir(path.join(dir, name), { recursive: true });
    await writeFile(path.join(dir, name, "migration.sql"), sql);
  }

  beforeAll(async () => {
    database = await freshDatabase("onrecord_migrate_broken");
    dir = await mkdtemp(path.join(os.tmpdir(), "onrecord-migrations-"));
  });
  afterAll(async () => {
    await database?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("rolls back completely and leaves no finished row behind", async () => {
    await writeMigration("20260101000000_good", `CREATE TABLE "Good" ("id" TEXT PRIMARY KEY);`);
    await writeMigration(
      "20260102000000_broken",
      `CREATE TABLE "HalfDone" ("id" TEXT PRIMARY KEY);\nINSERT INTO "Good" VALUES ('written by the broken migration');\nALTER TABLE "DoesNotExist" ADD COLUMN "x" TEXT;`,
    );
    await writeMigration("20260103000000_after", `CREATE TABLE "After" ("id" TEXT PRIMARY KEY);`);

    await expect(migrate(database.url, { dir })).rejects.toThrow(/20260102000000_broken failed: .*DoesNotExist/);

    // The good migration stays applied; nothing of the broken one survives,
    // and the one after it was never attempted.
    expect(await tables(database.url)).toEqual(["Good", "_prisma_migrations"]);
    expect(await query(database.url, `SELECT * FROM "Good"`)).toEqual([]);
    const rows = await bookkeeping(database.url);
    expect(rows.map((row) => row.migration_name)).toEqual(["20260101000000_good"]);
    expect(rows.every((row) => row.finished_at !== null)).toBe(true);
  });

  it("once fixed, the next run applies the rest and nothing twice", async () => {
    await writeMigration("20260102000000_broken", `CREATE TABLE "HalfDone" ("id" TEXT PRIMARY KEY);`);
    const report = await migrate(database.url, { dir });
    expect(report.applied).toEqual(["20260102000000_broken", "20260103000000_after"]);
    expect(report.alreadyApplied).toEqual(["20260101000000_good"]);
    expect(await tables(database.url)).toEqual(["After", "Good", "HalfDone", "_prisma_migrations"]);
  });

  it("reports a migration edited after it was applied, without re-running it", async () => {
    await writeMigration("20260101000000_good", `CREATE TABLE "Good" ("id" TEXT PRIMARY KEY); -- edited later`);
    const report = await migrate(database.url, { dir });
    expect(report.applied).toEqual([]);
    expect(report.checksumMismatch).toEqual(["20260101000000_good"]);
  });

  it("refuses to continue past a migration that started but never finished", async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ('00000000-0000-0000-0000-000000000001', 'x', '20260104000000_crashed')`,
      );
    } finally {
      await client.end();
    }
    await writeMigration("20260105000000_next", `CREATE TABLE "Next" ("id" TEXT PRIMARY KEY);`);
    await expect(migrate(database.url, { dir })).rejects.toThrow(/20260104000000_crashed started earlier but never finished/);
    expect(await tables(database.url)).not.toContain("Next");
  });
});

describe("older code on a database migrated by newer code", () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let newer: string;
  let older: string;

  beforeAll(async () => {
    database = await freshDatabase("onrecord_migrate_newer");
    newer = await mkdtemp(path.join(os.tmpdir(), "onrecord-migrations-newer-"));
    older = await mkdtemp(path.join(os.tmpdir(), "onrecord-migrations-older-"));
    for (const [dir, names] of [
      [newer, ["20260101000000_first", "20260201000000_second"]],
      [older, ["20260101000000_first"]],
    ] as const) {
      for (const name of names) {
        await mkdir(path.join(dir, name), { recursive: true });
        await writeFile(path.join(dir, name, "migration.sql"), `CREATE TABLE "${name}" ("id" TEXT PRIMARY KEY);`);
      }
    }
  });
  afterAll(async () => {
    await database?.drop();
    for (const dir of [newer, older]) if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("refuses to run, naming the migration it does not have, and changes nothing", async () => {
    await migrate(database.url, { dir: newer });
    const before = await bookkeeping(database.url);
    await expect(migrate(database.url, { dir: older })).rejects.toThrow(
      /migrated by newer code: 20260201000000_second is not in this code's prisma\/migrations/,
    );
    expect(await bookkeeping(database.url)).toEqual(before);
  });
});
