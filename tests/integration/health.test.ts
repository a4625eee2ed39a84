import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as live } from "@/app/(api)/api/health/live/route";
import { GET as ready } from "@/app/(api)/api/health/ready/route";
import { GET as health } from "@/app/(api)/api/health/route";
import { checkReadiness } from "@/lib/health";
import { fileDatabaseUrl, freshDatabase } from "../support/sql";

// Liveness and readiness as a load balancer sees them: /api/health and
// /api/health/ready send traffic only to an instance whose database takes new
// connections and has exactly the code's migrations; /api/health/live stays
// up through a database outage, so the instance is not restarted for it.

afterEach(() => vi.unstubAllEnvs());

async function sql(url: string, statement: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

describe("health", () => {
  let unmigrated: Awaited<ReturnType<typeof freshDatabase>>;
  let newer: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    unmigrated = await freshDatabase("onrecord_health_pending");
    newer = await freshDatabase("onrecord_health_newer");
    await sql(
      newer.url,
      `CREATE TABLE "_prisma_migrations" (id VARCHAR(36) PRIMARY KEY, checksum VARCHAR(64) NOT NULL, finished_at TIMESTAMPTZ, migration_name VARCHAR(255) NOT NULL, logs TEXT, rolled_back_at TIMESTAMPTZ, started_at TIMESTAMPTZ NOT NULL DEFAULT now(), applied_steps_count INTEGER NOT NULL DEFAULT 0);
       INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at) VALUES ('1', 'x', '99991231000000_from_newer_code', now())`,
    );
  });
  afterAll(async () => {
    await unmigrated?.drop();
    await newer?.drop();
  });

  it("is ready on a migrated database, at /api/health and /api/health/ready, never cached", async () => {
    for (const handler of [health, ready]) {
      const answer = await handler();
      expect(answer.status).toBe(200);
      expect(answer.headers.get("cache-control")).toBe("no-store");
      expect(await answer.json()).toMatchObject({ status: "ok", database: { status: "up", migrations: { status: "current" } } });
    }
  });

  it("is not ready while migrations are pending, and names them", async () => {
    vi.stubEnv("DATABASE_URL", unmigrated.url);
    const answer = await health();
    expect(answer.status).toBe(503);
    const body = await answer.json();
    expect(body).toMatchObject({ status: "degraded", database: { status: "up", migrations: { status: "pending" } } });
    expect(body.database.migrations.migrations.length).toBeGreaterThan(0);
    // The process itself is fine: liveness says so.
    expect((await live()).status).toBe(200);
  });

  it("is not ready on a database migrated by newer code, naming the migration", async () => {
    vi.stubEnv("DATABASE_URL", newer.url);
    const answer = await ready();
    expect(answer.status).toBe(503);
    expect(await answer.json()).toMatchObject({
      database: { migrations: { status: "ahead", migrations: ["99991231000000_from_newer_code"], message: expect.stringMatching(/migrated by newer code/) } },
    });
  });

  it("is not ready when nothing answers at the database's address, while liveness stays up", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.stubEnv("DATABASE_URL", "postgresql://nobody@127.0.0.1:1/none");
    const answer = await health();
    expect(answer.status).toBe(503);
    expect(await answer.json()).toMatchObject({ status: "degraded", database: { status: "down" } });
    const alive = await live();
    expect(alive.status).toBe(200);
    expect(await alive.json()).toMatchObject({ status: "ok", app: { status: "up" } });
  });

  it("checks the file's own database through a connection of its own", async () => {
    expect(await checkReadiness({ connectionString: fileDatabaseUrl() })).toMatchObject({ status: "ok" });
  });
});
