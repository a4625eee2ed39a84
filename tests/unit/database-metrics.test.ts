import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { listenToQueries, watchedPools, watchPool } from "@/lib/observability/database-metrics";

afterEach(() => listenToQueries(undefined));

describe("the database's figures for /metrics", () => {
  it("time each query through the pool, a failed one counted as failed, and list the pool by name", async () => {
    const heard: [number, boolean][] = [];
    listenToQueries((seconds, failed) => heard.push([seconds, failed]));
    // Nothing listens on port 1: the query fails without a database.
    const pool = watchPool("unit-test", new pg.Pool({ connectionString: "postgresql://nobody@127.0.0.1:1/none", connectionTimeoutMillis: 1000 }));
    await expect(pool.query("SELECT 1")).rejects.toThrow();
    await new Promise((resolve) => setImmediate(resolve));
    expect(heard).toHaveLength(1);
    expect(heard[0]![1]).toBe(true);
    expect(heard[0]![0]).toBeGreaterThanOrEqual(0);
    expect(watchedPools().get("unit-test")).toBe(pool);
    expect(pool.totalCount).toBe(0);
    await pool.end();
  });
});
