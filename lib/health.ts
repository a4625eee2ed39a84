import "server-only";
import pg from "pg";
import { describeMigrationsAhead, MIGRATIONS_DIR, migrationsAhead, readMigrations } from "@/lib/database/migrate";
import { settings } from "@/lib/settings";

// Two questions a load balancer or an orchestrator asks:
// - liveness (/api/health/live): is this process able to answer at all? It
//   touches nothing outside the process, so a database outage never gets a
//   healthy instance restarted.
// - readiness (/api/health/ready, and /api/health, which balancers and
//   ops/varnish already probe): should requests be sent here? Only when the
//   database accepts a new connection and its schema is the one this code
//   was written for.

const startedAt = Date.now();

// A database that does not answer within this time counts as down: a load
// balancer polling this wants a quick answer, not a hung request.
const DATABASE_TIMEOUT_MS = 2000;

type App = { status: "up"; version: string; uptimeSeconds: number };

export type Liveness = { status: "ok"; app: App };

export type Migrations =
  | { status: "current" }
  | { status: "pending" | "ahead"; migrations: string[]; message: string }
  // The code's migration files are not beside it (a deployment that left
  // prisma/ out): nothing to compare with, so this alone does not fail.
  | { status: "unknown" };

export type Health = {
  status: "ok" | "degraded";
  app: App;
  database: { status: "up"; latencyMs: number; migrations: Migrations } | { status: "down"; error: string };
};

function app(): App {
  return {
    status: "up",
    version: process.env.npm_package_version ?? "0.1.0",
    uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
  };
}

export function checkLiveness(): Liveness {
  return { status: "ok", app: app() };
}

// The code's migrations do not change while it runs: read them once.
let codeMigrations: Promise<{ name: string }[] | null> | null = null;
function migrationFiles(dir: string): Promise<{ name: string }[] | null> {
  if (dir !== MIGRATIONS_DIR) return readMigrations(dir);
  codeMigrations ??= readMigrations(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    codeMigrations = null;
    throw error;
  });
  return codeMigrations;
}

async function appliedMigrations(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ table: string | null }>(`SELECT to_regclass('"_prisma_migrations"')::text AS table`);
  if (!rows[0]?.table) return [];
  const applied = await client.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  return applied.rows.map((row) => row.migration_name);
}

function compare(applied: string[], files: { name: string }[] | null): Migrations {
  if (!files) return { status: "unknown" };
  const ahead = migrationsAhead(applied, files);
  if (ahead.length) return { status: "ahead", migrations: ahead, message: describeMigrationsAhead(ahead) };
  const done = new Set(applied);
  const pending = files.map((file) => file.name).filter((name) => !done.has(name));
  if (pending.length)
    return { status: "pending", migrations: pending, message: "Migrations not yet applied to the database: run npm run migrate (npm start does it)." };
  return { status: "current" };
}

// A connection of its own rather than one from the app's pool: during a smart
// shutdown PostgreSQL keeps serving the connections already open and refuses
// new ones, so a pooled `SELECT 1` says "up" while every request that needs a
// fresh connection (sign-in, the desk, an uncached page) fails.
export async function checkReadiness(options: { connectionString?: string; migrationsDir?: string; timeoutMs?: number } = {}): Promise<Health> {
  const connectionString = options.connectionString ?? settings().DATABASE_URL;
  const timeoutMs = options.timeoutMs ?? DATABASE_TIMEOUT_MS;
  const began = performance.now();
  if (!connectionString) return { status: "degraded", app: app(), database: { status: "down", error: "DATABASE_URL is not set." } };
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs });
  // A connection dropped by the server after connecting would otherwise be
  // an unhandled 'error' event.
  client.on("error", () => {});
  try {
    await client.connect();
    const applied = await appliedMigrations(client);
    const latencyMs = Math.round(performance.now() - began);
    const migrations = compare(applied, await migrationFiles(options.migrationsDir ?? MIGRATIONS_DIR));
    const ready = migrations.status === "current" || migrations.status === "unknown";
    return { status: ready ? "ok" : "degraded", app: app(), database: { status: "up", latencyMs, migrations } };
  } catch (error) {
    console.error("[onrecord] health check: database unreachable", error);
    return { status: "degraded", app: app(), database: { status: "down", error: "The database did not accept a new connection." } };
  } finally {
    await client.end().catch(() => {});
  }
}
