import { afterEach, describe, expect, it } from "vitest";
import { DEAD_LETTERS, queueJob } from "@/lib/jobs/boss";
import type { JobDefinition } from "@/lib/jobs/job";
import { type RunningWorker, startWorker } from "@/lib/jobs/worker";
import { createLogger } from "@/lib/observability/log";
import { eventually } from "../support/eventually";

// The job queue on the test's own PostgreSQL database: jobs asked for by the
// app run once on a worker, failures are retried with growing pauses and end
// in the dead-letter list, and a schedule runs once per occurrence however
// many workers are running.

const databaseUrl = () => process.env.DATABASE_URL as string;
const running: RunningWorker[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((worker) => worker.stop()));
});

async function worker(jobs: JobDefinition<object>[], cronCheckSeconds?: number) {
  const started = await startWorker({
    databaseUrl: databaseUrl(),
    jobs,
    pollingIntervalSeconds: 0.5,
    cronCheckSeconds,
    log: createLogger({ level: "silent" }),
  });
  running.push(started);
  return started;
}

describe("background jobs", () => {
  it("runs a job the app asks for once, with its data, and keeps its output", async () => {
    const seen: object[] = [];
    const job: JobDefinition<{ claim: string }> = {
      name: "test-echo",
      description: "Echoes its data.",
      run: async (data) => {
        seen.push(data);
        return { echoed: data.claim };
      },
    };
    const { boss } = await worker([job as JobDefinition<object>]);

    await queueJob("test-echo", { claim: "nuclear-restraint" });

    const done = await eventually(async () => {
      const [stored] = await boss.findJobs("test-echo");
      return stored?.state === "completed" ? stored : undefined;
    }, "the job to complete");
    expect(seen).toEqual([{ claim: "nuclear-restraint" }]);
    expect(done.output).toEqual({ echoed: "nuclear-restraint" });
  });

  it("starts and runs the other jobs when one's schedule cannot be read", async () => {
    const seen: object[] = [];
    const mistyped: JobDefinition = {
      name: "test-mistyped-schedule",
      description: "Has a schedule no one can read.",
      schedule: "99 99 * * *",
      run: async () => {},
    };
    const echo: JobDefinition<{ n: number }> = { name: "test-beside-it", description: "Runs all the same.", run: async (data) => void seen.push(data) };
    const { boss } = await worker([mistyped as JobDefinition<object>, echo as JobDefinition<object>]);

    await queueJob("test-beside-it", { n: 1 });

    await eventually(() => (seen.length ? true : undefined), "the other job to run");
    expect(seen).toEqual([{ n: 1 }]);
    expect((await boss.getSchedules()).some((schedule) => schedule.name === "test-mistyped-schedule")).toBe(false);
  });

  it("retries a failing job with growing pauses, then lists it with its error among the failed", async () => {
    const tries: number[] = [];
    const job: JobDefinition<{ source: string }> = {
      name: "test-always-fails",
      description: "Fails every time.",
      retryLimit: 2,
      retryDelaySeconds: 1,
      run: async () => {
        tries.push(Date.now());
        throw new Error("The site refused the connection.");
      },
    };
    const { boss } = await worker([job as JobDefinition<object>]);

    await queueJob("test-always-fails", { source: "readout" });

    const deadLetter = await eventually(async () => (await boss.findJobs(DEAD_LETTERS, { queued: true }))[0], "a dead letter", 25_000);
    expect(tries).toHaveLength(3);
    const [first = 0, second = 0, third = 0] = tries;
    // Backoff: at least the first pause, and the second not shorter than it.
    expect(second - first).toBeGreaterThanOrEqual(900);
    expect(third - second).toBeGreaterThanOrEqual(second - first - 200);
    expect(deadLetter.sourceName).toBe("test-always-fails");
    expect(deadLetter.data).toEqual({ source: "readout" });
    // The failed job itself keeps the error, for the admin page.
    const [failed] = await boss.findJobs("test-always-fails", { id: deadLetter.sourceId ?? "" });
    expect(failed?.state).toBe("failed");
    expect(JSON.stringify(failed?.output)).toContain("The site refused the connection.");
  });

  // pg-boss sends a scheduled job at most once a minute, so this waits for
  // the next minute to begin: up to a minute, beside the other files.
  it("runs each scheduled occurrence once, however many workers are running", { timeout: 100_000 }, async () => {
    const runs: number[] = [];
    const job: JobDefinition = {
      name: "test-every-minute",
      description: "Counts its runs.",
      schedule: "* * * * *",
      run: async () => {
        runs.push(Date.now());
      },
    };
    const workers = await Promise.all([1, 2, 3].map(() => worker([job as JobDefinition<object>], 1)));

    await eventually(() => (runs.length ? true : undefined), "the minute's run", 80_000);
    // Every worker's cron pass has looked at the schedule since (one a second).
    const after = Date.now();
    await eventually(() => (Date.now() - after > 3_000 ? true : undefined), "three more cron passes");
    expect(runs).toHaveLength(1);
    const jobs = await (workers[0] as RunningWorker).boss.findJobs("test-every-minute");
    expect(jobs).toHaveLength(1);
  });
});
