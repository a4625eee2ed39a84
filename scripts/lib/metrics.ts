import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import { backupFigures } from "../../lib/backup/figures.ts";
import { jobFigures } from "../../lib/jobs/figures.ts";
import { listenToQueries, watchedPools } from "../../lib/observability/database-metrics.ts";
import { ROUTE_GROUPS, type RouteGroup } from "./route-group.ts";

// What /metrics tells Prometheus about this instance: requests and their
// time by route group, answers from the caches, the database's connection
// pool and query time, and Node's own figures (memory, event-loop lag,
// garbage collection).
//
// A page answered from the in-memory copy (scripts/lib/page-cache.ts) takes
// ~20 µs, so it only bumps a plain number here, folded into the counters when
// Prometheus asks: a prom-client update costs ~150 ns, a timer more.

export type CacheResult = "hit" | "miss" | "stale";

const statusClass = (status: number) => `${Math.floor(status / 100)}xx`;

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "onrecord_" });

  const fromCopy = Object.fromEntries(ROUTE_GROUPS.map((group) => [group, 0])) as Record<RouteGroup, number>;
  const reported = { ...fromCopy };
  let copyHits = 0;
  let copyHitsReported = 0;

  new Counter({
    name: "onrecord_http_requests_total",
    help: "Requests answered, by route group and status class (answers from the in-memory copy included).",
    labelNames: ["group", "status"],
    registers: [registry],
    collect() {
      for (const group of ROUTE_GROUPS) {
        if (fromCopy[group] === reported[group]) continue;
        this.inc({ group, status: "2xx" }, fromCopy[group] - reported[group]);
        reported[group] = fromCopy[group];
      }
    },
  });
  const requests = registry.getSingleMetric("onrecord_http_requests_total") as Counter<"group" | "status">;

  const duration = new Histogram({
    name: "onrecord_http_request_duration_seconds",
    help: "Time from a request's arrival to the end of its answer, by route group (answers from the in-memory copy left out).",
    labelNames: ["group"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });

  const cacheAnswers = new Counter({
    name: "onrecord_cache_answers_total",
    help: 'Cacheable answers by layer: "memory" is the production server\'s copy of pages (hits only), "next" is Next\'s cache (x-nextjs-cache).',
    labelNames: ["layer", "result"],
    registers: [registry],
    collect() {
      if (copyHits === copyHitsReported) return;
      this.inc({ layer: "memory", result: "hit" }, copyHits - copyHitsReported);
      copyHitsReported = copyHits;
    },
  });

  new Gauge({
    name: "onrecord_db_pool_connections",
    help: "Connections of the app's database pool: total open, idle, and requests waiting for one.",
    labelNames: ["pool", "state"],
    registers: [registry],
    collect() {
      for (const [pool, { totalCount, idleCount, waitingCount }] of watchedPools()) {
        this.set({ pool, state: "total" }, totalCount);
        this.set({ pool, state: "idle" }, idleCount);
        this.set({ pool, state: "waiting" }, waitingCount);
      }
    },
  });
  const queries = new Histogram({
    name: "onrecord_db_query_duration_seconds",
    help: "Time of each query the app's Prisma client sends to the primary database, by outcome.",
    labelNames: ["outcome"],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  listenToQueries((seconds, failed) => queries.observe({ outcome: failed ? "error" : "ok" }, seconds));

  // Read once per scrape for both gauges below.
  let figures: ReturnType<typeof jobFigures> | null = null;
  const jobsNow = () => (figures ??= jobFigures().finally(() => setTimeout(() => (figures = null), 1_000)));
  new Gauge({
    name: "onrecord_jobs",
    help: "Background jobs by job and state: waiting, running, retrying (waiting to be tried again), failed (after every try, kept 7 days).",
    labelNames: ["job", "state"],
    registers: [registry],
    async collect() {
      this.reset();
      for (const job of (await jobsNow()) ?? []) {
        this.set({ job: job.queue, state: "waiting" }, job.waiting);
        this.set({ job: job.queue, state: "running" }, job.running);
        this.set({ job: job.queue, state: "retrying" }, job.retrying);
        this.set({ job: job.queue, state: "failed" }, job.failed);
      }
    },
  });
  new Gauge({
    name: "onrecord_job_dead_letters",
    help: "Jobs that failed every try and wait on /desk/admin/jobs for an admin to retry or dismiss them, by job; -1 when the queue could not be read.",
    labelNames: ["job"],
    registers: [registry],
    async collect() {
      this.reset();
      const read = await jobsNow();
      if (!read) return this.set({ job: "all" }, -1);
      for (const job of read) this.set({ job: job.queue }, job.deadLetters);
    },
  });
  new Gauge({
    name: "onrecord_backup_age_seconds",
    help: "Seconds since the newest backup in BACKUP_DIR finished (npm run backup or the backup-database job); -1 when there is none.",
    registers: [registry],
    async collect() {
      this.set((await backupFigures()).ageSeconds ?? -1);
    },
  });
  new Gauge({
    name: "onrecord_backup_last_failed",
    help: "1 when the last backup attempt failed (until one succeeds), else 0.",
    registers: [registry],
    async collect() {
      this.set((await backupFigures()).lastFailed ? 1 : 0);
    },
  });

  return {
    registry,
    // An answer Next (or the server's own refusals) wrote.
    answered(group: RouteGroup, status: number, seconds: number, nextCache: CacheResult | null) {
      requests.inc({ group, status: statusClass(status) });
      duration.observe({ group }, seconds);
      if (nextCache) cacheAnswers.inc({ layer: "next", result: nextCache });
    },
    // A page sent from the in-memory copy: plain additions only.
    answeredFromCopy(group: RouteGroup) {
      fromCopy[group] += 1;
      copyHits += 1;
    },
    text: () => registry.metrics(),
    contentType: registry.contentType,
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
