import "server-only";
import { decide } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { forbidden } from "@/lib/errors";
import { appBoss } from "./boss.ts";
import { JOBS } from "./catalogue.ts";
import { readQueues } from "./figures.ts";

// What /desk/admin/jobs shows: every job with its schedule, next run and
// counts, the workers heard from, and the jobs that failed after every
// retry. Read through the app's own queue connection; admins only.

export type JobRow = {
  name: string;
  description: string;
  schedule: string | null;
  nextRunAt: Date | null;
  waiting: number;
  running: number;
  retrying: number;
  failedKept: number;
};

export type FailedJob = {
  id: string;
  job: string;
  failedAt: Date;
  tries: number;
  error: string;
  data: string;
};

export type WorkerRow = { name: string; host: string; pid: number; startedAt: Date; lastHeardAt: Date };

export type JobsOverview = { jobs: JobRow[]; failed: FailedJob[]; workers: WorkerRow[]; reachable: true } | { reachable: false; reason: string };

const FAILED_SHOWN = 50;

// A failed try's output is the error pg-boss kept: { name, message, stack }.
function errorText(output: unknown): string {
  if (output && typeof output === "object" && "message" in output && typeof output.message === "string") return output.message;
  return output ? JSON.stringify(output).slice(0, 500) : "No error was recorded.";
}

export async function jobsOverview(actor: Actor | null): Promise<JobsOverview> {
  const decision = decide(actor, "jobs.manage");
  if (!decision.allowed) throw forbidden(decision.reason);
  try {
    return await readOverview(await appBoss());
  } catch (error) {
    console.error("[onrecord] reading the job queue for /desk/admin/jobs failed", error);
    return { reachable: false, reason: "The job queue could not be read: the database is not answering." };
  }
}

// The next run of a schedule; none when pg-boss cannot read its expression
// (a mistyped BACKUP_SCHEDULE), which the worker's log names.
function nextRun(boss: Awaited<ReturnType<typeof appBoss>>, cron: string, timezone: string): Date | null {
  try {
    return boss.previewSchedule(cron, { tz: timezone, count: 1 })[0] ?? null;
  } catch {
    return null;
  }
}

async function readOverview(boss: Awaited<ReturnType<typeof appBoss>>): Promise<JobsOverview> {
  const [{ figures, deadLetters }, schedules, instances] = await Promise.all([readQueues(boss), boss.getSchedules(), boss.getInstances()]);

  const jobs = JOBS.map((job): JobRow => {
    const queue = figures.find((entry) => entry.queue === job.name);
    const schedule = schedules.find((entry) => entry.name === job.name);
    return {
      name: job.name,
      description: job.description,
      schedule: schedule?.cron ?? null,
      nextRunAt: schedule ? nextRun(boss, schedule.cron, schedule.timezone) : null,
      waiting: queue?.waiting ?? 0,
      running: queue?.running ?? 0,
      retrying: queue?.retrying ?? 0,
      failedKept: queue?.deadLetters ?? 0,
    };
  });

  // Newest first; each failed job's error is kept on the original job.
  const newest = [...deadLetters].sort((a, b) => b.createdOn.getTime() - a.createdOn.getTime()).slice(0, FAILED_SHOWN);
  const failed = await Promise.all(
    newest.map(async (letter): Promise<FailedJob> => {
      const [original] = letter.sourceName && letter.sourceId ? await boss.findJobs(letter.sourceName, { id: letter.sourceId }).catch(() => []) : [];
      return {
        id: letter.id,
        job: letter.sourceName ?? "unknown",
        failedAt: letter.createdOn,
        tries: (letter.sourceRetryCount ?? 0) + 1,
        error: errorText(original?.output),
        data: JSON.stringify(letter.data ?? {}),
      };
    }),
  );

  const workers = instances
    .filter((instance) => instance.live && instance.applicationName === "onrecord-worker")
    .map((instance) => ({
      name: instance.name ?? instance.id,
      host: instance.host,
      pid: instance.pid,
      startedAt: instance.startedOn,
      lastHeardAt: instance.heartbeatOn,
    }));

  return { reachable: true, jobs, failed, workers };
}
