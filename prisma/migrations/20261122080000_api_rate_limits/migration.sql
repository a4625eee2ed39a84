-- Per-address request counters for the public read API (/api/v1), kept in
-- PostgreSQL so every app server behind a load balancer counts against the
-- same limit and a restart does not reset it.
--
-- The table belongs to rate-limiter-flexible's RateLimiterPostgres
-- (lib/api/rate-limit.ts), whose statements fix its shape: "key" is
-- "<prefix>:<client address>", "points" the requests counted in the current
-- window, "expire" when that window ends, in milliseconds since the epoch.
-- The library would otherwise create it on first use; creating it here keeps
-- schema changes in migrations, where they are reviewed. No Prisma model
-- reads it, so it is listed in SQL_ONLY_TABLES of
-- tests/integration/schema-drift.test.ts.
CREATE TABLE "ApiRateLimit" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "ApiRateLimit_pkey" PRIMARY KEY ("key")
);

-- The library deletes windows that ended over an hour ago every five
-- minutes; with one row per client address that sweep needs an index.
CREATE INDEX "ApiRateLimit_expire_idx" ON "ApiRateLimit"("expire");
