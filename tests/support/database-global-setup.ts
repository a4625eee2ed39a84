import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedDatabase } from "../../lib/database/embedded.ts";
import { migrate } from "../../lib/database/migrate.ts";

// One real PostgreSQL for the integration run, freshly created and migrated
// with the project's own runner. Tests make their own users and claims, so
// they can share it.
export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "onrecord-it-"));
  const database = await startEmbeddedDatabase(dataDir);
  await migrate(database.url);
  project.provide("databaseUrl", database.url);
  return async () => {
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
