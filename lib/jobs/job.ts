import type { Logger } from "pino";

// What a background job is: a name, what it does in the newsroom's words, an
// optional schedule, how its failures are retried, and the work itself. Each
// job lives beside the area it serves (lib/mail/, lib/archive/, lib/backup/…)
// and is listed once in lib/jobs/catalogue.ts, which the worker runs.

export type JobContext = {
  /** The worker's logger, already tagged with the job's name and id. */
  log: Logger;
  /** Aborted when the worker is asked to stop: long jobs end early, and are run again. */
  signal: AbortSignal;
};

export type JobDefinition<Data extends object = Record<string, never>> = {
  /** The queue's name: lower-case words joined by hyphens, as admins see it on /desk/admin/jobs. */
  name: string;
  /** One sentence for the admin page: what the job does. */
  description: string;
  /** A cron expression in UTC ("*\/5 * * * *"): run by exactly one worker across all instances. */
  schedule?: string;
  /** Tries after the first before the job goes to the dead-letter list (default 3). */
  retryLimit?: number;
  /** Seconds before the first retry; each later retry waits about twice as long (default 30). */
  retryDelaySeconds?: number;
  /** A run taking longer than this is counted as failed and retried (default 15 minutes). */
  expireInSeconds?: number;
  /** The work. Throwing fails this try; what it returns (an object) is kept as the job's output. */
  run: (data: Data, context: JobContext) => Promise<unknown>;
};
