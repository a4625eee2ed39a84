import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedDatabase } from "../../lib/database/embedded.ts";
import { migrate } from "../../lib/database/migrate.ts";
import { PrismaClient } from "../../lib/generated/prisma/client.ts";
import { ensureDefaultScale } from "../../prisma/seed.ts";
import { createDatabase, onServer, TEMPLATE_DATABASE, withDatabase } from "./databases.ts";

// One real PostgreSQL for the integration run, in a temporary folder removed
// at the end (a crashed run leaves only that folder, which nothing reads
// again). It holds one database migrated with the project's own runner and
// given the verdict scale every newsroom starts with; each test file gets a
// copy of it (tests/support/database-setup.ts), so no file sees another's rows.
export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "onrecord-it-"));
  const database = await startEmbeddedDatabase(dataDir);
  try {
    const serverUrl = withDatabase(database.url, "postgres");
    // A cluster thrown away after the run needs no durability: without
    // flushing to disk, each file's CREATE DATABASE and every commit in the
    // tests cost a memory copy instead of a wait on the disk.
    for (const setting of ["fsync", "synchronous_commit", "full_page_writes"]) await onServer(serverUrl, `ALTER SYSTEM SET ${setting} = off`);
    await onServer(serverUrl, "SELECT pg_reload_conf()");
    const templateUrl = await createDatabase(serverUrl, TEMPLATE_DATABASE);
    await migrate(templateUrl);
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: templateUrl }) });
    try {
      await ensureDefaultScale(prisma);
    } finally {
      await prisma.$disconnect();
    }
    // CREATE DATABASE … TEMPLATE refuses while anyone is connected to the
    // template, so one stray connection would fail every test file at once:
    // from here on the server refuses connections to it.
    await onServer(serverUrl, `ALTER DATABASE "${TEMPLATE_DATABASE}" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
    project.provide("databaseServerUrl", serverUrl);
  } catch (error) {
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  return async () => {
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    // The server's maintenance database ("postgres"): where databases are
    // created and dropped, never where a test's rows go.
    databaseServerUrl: string;
  }
}
