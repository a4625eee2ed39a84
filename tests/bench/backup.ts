// `npm run bench:backup`: backup and restore of the embedded database, for
// the demo newsroom and for 100,000 claims. Each size gets a fresh embedded
// PostgreSQL 18 (the app's default), backed up with `takeBackup` exactly as
// `npm run backup` does (the copy, then the test restore that proves it) and
// restored with `restoreBackup` into a fresh data folder as `npm run restore`
// does. Prints times and sizes; asserts nothing.
//
// Run with --conditions=react-server (see package.json) so `server-only`
// modules load outside Next.

import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { restoreBackup } from "../../lib/backup/restore-backup.ts";
import { takeBackup } from "../../lib/backup/take-backup.ts";
import { startEmbeddedDatabase } from "../../lib/database/embedded.ts";
import { migrate } from "../../lib/database/migrate.ts";
import { readSettings } from "../../lib/settings.ts";
import { prepareDatabase } from "../../scripts/lib/prepare-database.ts";
import { generateNewsroom } from "./support/newsroom.ts";

const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 100_000);
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

async function measure(name: string, fill: (url: string) => Promise<void>) {
  const folder = await mkdtemp(path.join(os.tmpdir(), `onrecord-bench-backup-${name}-`));
  process.once("exit", () => void rm(folder, { recursive: true, force: true }));
  const dataDir = path.join(folder, "data");
  const database = await startEmbeddedDatabase(dataDir);
  try {
    await migrate(database.url);
    let began = performance.now();
    await fill(database.url);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query<{ claims: string; size: string }>(
      `SELECT (SELECT count(*) FROM "Claim") AS claims, pg_database_size(current_database()) AS size`,
    );
    await client.end();
    console.log(`${name}: ${Number(rows[0]!.claims).toLocaleString("en-GB")} claims, database ${mib(Number(rows[0]!.size))}, made in ${seconds(began)}`);

    // The app is running: the backup copies the live server.
    const config = readSettings({ DATABASE_URL: database.url, ONRECORD_DATA_DIR: dataDir, BACKUP_DIR: path.join(folder, "backups") });
    began = performance.now();
    let checkingFrom = 0;
    const taken = await takeBackup({ config, log: (line) => line.startsWith("checking") && (checkingFrom = performance.now()) });
    const copied = (checkingFrom - began) / 1000;
    console.log(
      `${name}: backup ${seconds(began)} (copy and pack ${copied.toFixed(1)} s, test restore ${((performance.now() - checkingFrom) / 1000).toFixed(1)} s), file ${mib(taken.record.bytes)}`,
    );
    began = performance.now();
    await restoreBackup(taken.file, {
      config: readSettings({ ONRECORD_DATA_DIR: path.join(folder, "restored"), BACKUP_DIR: path.join(folder, "backups") }),
      confirm: async () => true,
    });
    console.log(`${name}: restore into a fresh data folder ${seconds(began)}`);
  } finally {
    await database.stop();
    await rm(folder, { recursive: true, force: true });
  }
}

await measure("demo", (url) => prepareDatabase(url, { seedDemo: true, log: () => {} }));
await measure(`${CLAIMS / 1000}k`, async (url) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await generateNewsroom(client, { claims: CLAIMS, speakers: 500, topics: 40, people: 40 });
  } finally {
    await client.end();
  }
});
process.exit(0);
