import type { PgBoss } from "pg-boss";
import type { Logger } from "pino";
import { log as rootLog } from "../observability/log.ts";
import { createBoss, DEAD_LETTERS } from "./boss.ts";
import { JOBS } from "./catalogue.ts";
import type { JobDefinition } from "./job.ts";

// The worker: takes jobs off the queues and runs them, and keeps the
// schedules. Any number of workers may run against one database (one inside
// each `npm start`, or separate `npm run worker` processes): pg-boss hands
// each job to one of them, and each scheduled run is sent once, by whichever
// worker's cron pass gets there first.

const DAY = 24 * 60 * 60;

export type RunningWorker = { boss: PgBoss; stop: () => Promise<void> };

export type WorkerOptions = {
  databaseUrl: string;
  jobs?: readonly JobDefinition<object>[];
  log?: Logger;
  /** How often an idle worker looks for new jobs (pg-boss's default is 2 s). */
  pollingIntervalSeconds?: number;
  /** How often the worker checks for scheduled runs that came due (pg-boss's default is 5 s). */
  cronCheckSeconds?: number;
};

// Queue options from a definition: failures are retried with growing pauses,
// then moved to the dead-letter list, kept 30 days for an admin to retry.
function queueOptions(job: JobDefinition<object>) {
  return {
    retryLimit: job.retryLimit ?? 3,
    retryDelay: job.retryDelaySeconds ?? 30,
    retryBackoff: true,
    retryDelayMax: 60 * 60,
    expireInSeconds: job.expireInSeconds ?? 15 * 60,
    deadLetter: DEAD_LETTERS,
    deleteAfterSeconds: 7 * DAY,
  };
}

async function prepareQueue(boss: PgBoss, job: JobDefinition<object>, log: Logger) {
  const options = queueOptions(job);
  if (await boss.getQueue(job.name)) {
    const { deadLetter, ...changeable } = options;
    await boss.updateQueue(job.name, { ...changeable, deadLetter });
  } else {
    await boss.createQueue(job.name, options);
  }
  // A job whose schedule was removed stops running on it. A schedule pg-boss
  // cannot read (a mistyped BACKUP_SCHEDULE) is named in the log; the job can
  // still be run from the jobs page, and every other job runs as usual.
  if (!job.schedule) return boss.unschedule(job.name);
  try {
    await boss.schedule(job.name, job.schedule, {}, { tz: "UTC" });
  } catch (error) {
    log.error(
      { job: job.name, schedule: job.schedule, err: error },
      `the schedule "${job.schedule}" of ${job.name} cannot be read; it will not run on a schedule until it is corrected`,
    );
  }
}

export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const jobs = options.jobs ?? JOBS;
  const log = (options.log ?? rootLog()).child({ source: "jobs" });
  const boss = createBoss(options.databaseUrl, "worker", options.cronCheckSeconds);
  await boss.start();
  if (!(await boss.getQueue(DEAD_LETTERS))) await boss.createQueue(DEAD_LETTERS, { retentionSeconds: 30 * DAY });
  for (const job of jobs) {
    await prepareQueue(boss, job, log);
    await boss.work<object>(job.name, { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async ([taken]) => {
      if (!taken) return;
      const jobLog = log.child({ job: job.name, jobId: taken.id, try: taken.retryCount + 1 });
      const began = performance.now();
      try {
        const output = await job.run(taken.data ?? {}, { log: jobLog, signal: taken.signal });
        jobLog.info({ ms: Math.round(performance.now() - began) }, "job done");
        return output;
      } catch (error) {
        jobLog.error({ err: error, ms: Math.round(performance.now() - began) }, "job failed; it will be retried, then listed as failed");
        throw error;
      }
    });
  }
  log.info({ jobs: jobs.map((job) => job.name) }, `worker running ${jobs.length} job(s)`);
  return {
    boss,
    // Running jobs get up to 20 s to finish; a job cut short is run again.
    stop: () => boss.stop({ graceful: true, timeout: 20_000 }),
  };
}
