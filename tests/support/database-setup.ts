import type pg from "pg";
import { afterAll, inject } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { closeAppBoss } from "@/lib/jobs/boss";
import { createDatabase, dropDatabase, TEMPLATE_DATABASE, uniqueDatabaseName } from "./databases";

// Run before each integration test file, in its own worker: a database of the
// file's own, copied from the migrated template with its verdict scale (a copy
// of its files, a fraction of a second), so every assertion can count on seeing
// only the file's own rows. The app's connections are made from DATABASE_URL
// on first use, and no test file has imported the app yet.

// Where the app keeps its connections: lib/db.ts (Prisma) and
// lib/api/rate-limit.ts (the API's counters). vitest 4 runs each file in a
// new process (isolate, its default), so they start empty; they are emptied
// after the file as well, so a worker shared by files (isolate: false) would
// still make the next file's connections to the next file's database.
const app = globalThis as unknown as { onrecordPrisma?: PrismaClient; onrecordApiPool?: pg.Pool; onrecordApiLimiters?: Map<number, unknown> };

const serverUrl = inject("databaseServerUrl");
const name = uniqueDatabaseName("onrecord_file");
process.env.DATABASE_URL = await createDatabase(serverUrl, name, TEMPLATE_DATABASE);

// Registered before the file's own hooks, so it runs after them (vitest runs
// after-hooks as a stack). The app's connections are closed first: dropping
// the database would otherwise cut them, and the pools would report it.
afterAll(async () => {
  await closeAppBoss();
  await app.onrecordPrisma?.$disconnect();
  await app.onrecordApiPool?.end();
  app.onrecordPrisma = undefined;
  app.onrecordApiPool = undefined;
  app.onrecordApiLimiters = undefined;
  await dropDatabase(serverUrl, name);
});
