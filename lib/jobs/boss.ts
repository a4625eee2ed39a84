import { PgBoss } from "pg-boss";
import { log } from "../observability/log.ts";

// pg-boss keeps OnRecord's background jobs in PostgreSQL, in a schema of its
// own, so a job asked for in the same database as the newsroom's data is as
// durable as that data, and every instance and worker sees the same queues.

export const JOB_SCHEMA = "pgboss";
/** Where a job goes once every retry has failed: the admin page's "failed" list. */
export const DEAD_LETTERS = "dead-letters";

export type BossRole = "worker" | "app";

// A worker runs jobs and the schedules; the app's own connection only asks
// for jobs and reads the queues for the admin page and /metrics, so it keeps
// out of pg-boss's maintenance and cron passes and holds at most two
// connections.
export function createBoss(connectionString: string, role: BossRole, cronCheckSeconds?: number): PgBoss {
  const boss = new PgBoss({
    ...(cronCheckSeconds ? { cronWorkerIntervalSeconds: cronCheckSeconds, cronMonitorIntervalSeconds: cronCheckSeconds } : {}),
    connectionString,
    schema: JOB_SCHEMA,
    application_name: role === "worker" ? "onrecord-worker" : "onrecord-app",
    ...(role === "app" ? { max: 2, supervise: false, schedule: false, registerInstance: false } : { max: 4 }),
  });
  boss.on("error", (error) => log().error({ source: "jobs", err: error }, "job queue error"));
  return boss;
}

const APP_BOSS = Symbol.for("onrecord.appJobQueue");
const shared = globalThis as unknown as { [APP_BOSS]?: Promise<PgBoss> };

/** The app's connection to the queue, opened on first use and shared by every bundle in the process. */
export function appBoss(): Promise<PgBoss> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) return Promise.reject(new Error("DATABASE_URL is not set"));
  const opening = (shared[APP_BOSS] ??= createBoss(connectionString, "app").start());
  // A failed opening is forgotten, so the next call tries again.
  opening.catch(() => {
    if (shared[APP_BOSS] === opening) shared[APP_BOSS] = undefined;
  });
  return opening;
}

/**
 * Asks for a run of a job now, beside the work that asked (never holding it
 * up). Nothing depends on this succeeding: every job also runs on its
 * schedule and finds what is waiting, so a queue that cannot be reached is
 * logged and the work is done at the next scheduled run.
 */
export async function queueJob(name: string, data: object = {}): Promise<void> {
  try {
    const boss = await appBoss();
    await boss.send(name, data);
  } catch (error) {
    log().warn({ source: "jobs", job: name, err: error }, "could not ask for a job now; its next scheduled run will do the work");
  }
}

/** Closes the app's connection to the queue (tests, between databases). */
export async function closeAppBoss(): Promise<void> {
  const opening = shared[APP_BOSS];
  shared[APP_BOSS] = undefined;
  if (!opening) return;
  const boss = await opening.catch(() => null);
  await boss?.stop({ graceful: false, close: true });
}
