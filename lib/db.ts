import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { watchPool } from "@/lib/observability/database-metrics";
import { settings } from "@/lib/settings";

// One Prisma client per process. In development Next reloads modules on every
// change, so the client is kept on globalThis to avoid opening a new pool each time.
const globalForPrisma = globalThis as unknown as { onrecordPrisma?: PrismaClient };

export function createPrismaClient(connectionString = settings().DATABASE_URL) {
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set. Start OnRecord with `npm start`, which provides one.");
  }
  // The pool is made here rather than by the adapter so /metrics can read it
  // (lib/observability/database-metrics.ts); the adapter still closes it.
  const pool = watchPool("primary", new pg.Pool({ connectionString }));
  return new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
}

function client(): PrismaClient {
  globalForPrisma.onrecordPrisma ??= createPrismaClient();
  return globalForPrisma.onrecordPrisma;
}

// Created on first use rather than at import: `next build` imports every route
// while no database exists yet, and must not need one.
export const prisma = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const value = Reflect.get(client(), property);
    return typeof value === "function" ? value.bind(client()) : value;
  },
});

export type Transaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
