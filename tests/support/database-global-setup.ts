import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedDatabase } from "../../lib/database/embedded.ts";
import { migrate } from "../../lib/database/migrate.ts";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client.ts";
import { ensureDefaultScale } from "../../prisma/seed.ts";

// One real PostgreSQL for the integration run, freshly created and migrated
// with the project's own runner. Tests make their own users and claims, so
// they can share it.
export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "onrecord-it-"));
  const database = await startEmbeddedDatabase(dataDir);
  await migrate(database.url);
  // The verdict scale every newsroom starts with, written once here so test
  // files running in parallel never race to create the same rating.
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
  try {
    await ensureDefaultScale(prisma);
  } finally {
    await prisma.$disconnect();
  }
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
