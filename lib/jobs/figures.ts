import { appBoss, DEAD_LETTERS } from "./boss.ts";

// The job queue's figures for /metrics: per job, how many are waiting,
// running, waiting to retry and failed (kept 7 days), and how many failed
// jobs wait in the dead-letter list for an admin. Read from PostgreSQL, so
// every instance reports the same numbers; a scrape never waits on a
// database that does not answer.

export type JobFigures = { queue: string; waiting: number; running: number; retrying: number; failed: number; deadLetters: number };

const TIME_LIMIT_MS = 2_000;

type Boss = Awaited<ReturnType<typeof appBoss>>;
type DeadLetter = Awaited<ReturnType<Boss["findJobs"]>>[number];

/**
 * Every queue's figures and the dead letters themselves, for /metrics and the
 * jobs page. The queues are those the workers made, one per job of
 * lib/jobs/catalogue.ts, read from pg-boss rather than from the catalogue:
 * this module is part of the production server, which runs on plain Node,
 * and the catalogue brings in every job's code, server-only modules
 * (lib/db.ts) included, which refuse to load there.
 */
export async function readQueues(boss: Boss): Promise<{ figures: JobFigures[]; deadLetters: DeadLetter[] }> {
  const [queues, deadLetters] = await Promise.all([
    boss.getQueues().then((all) => all.filter((queue) => queue.name !== DEAD_LETTERS)),
    boss.getQueue(DEAD_LETTERS).then((queue) => (queue ? boss.findJobs(DEAD_LETTERS, { queued: true, limit: 100_000 }) : [])),
  ]);
  const figures = queues.map((queue) => ({
    queue: queue.name,
    waiting: queue.queuedCount ?? 0,
    running: queue.activeCount ?? 0,
    retrying: queue.deferredCount ?? 0,
    failed: queue.failedCount ?? 0,
    deadLetters: deadLetters.filter((letter) => letter.sourceName === queue.name).length,
  }));
  return { figures, deadLetters };
}

const read = async () => (await readQueues(await appBoss())).figures;

/** The figures, or null when the queue could not be read in time. */
export async function jobFigures(): Promise<JobFigures[] | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), TIME_LIMIT_MS);
  });
  try {
    return await Promise.race([read(), late]);
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}
