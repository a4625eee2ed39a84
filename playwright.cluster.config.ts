import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// The cluster suite (tests/cluster): OnRecord as several instances on this
// machine (scripts/cluster/cluster.ts: PostgreSQL 15 primary and replica,
// Redis, two instances, Varnish in front), started once for the run by a
// worker fixture (tests/cluster/support/cluster.ts) and stopped after it.
// One worker: the tests take instances, Redis and the replica away in turn.
export default defineConfig({
  testDir: "tests/cluster",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: { ...base.use, baseURL: undefined },
});
