import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { DEAD_LETTERS } from "@/lib/jobs/boss";
import type { JobDefinition } from "@/lib/jobs/job";
import { dismissFailedJob, retryFailedJob, runJobNow } from "@/lib/jobs/mutations";
import { jobsOverview } from "@/lib/jobs/overview";
import { type RunningWorker, startWorker } from "@/lib/jobs/worker";
import { createLogger } from "@/lib/observability/log";
import { eventually } from "../support/eventually";
import { makeUser } from "../support/factories";

// What an admin sees and does on /desk/admin/jobs, against a real queue: the
// failed list with each job's error, another round of tries for a failed
// job, dismissing one, and running a job now. Reporters and editors are
// refused every one of those, and nothing changes when they try.

let worker: RunningWorker;
let failNextTries = true;
const runs: object[] = [];

const flaky: JobDefinition<{ source?: string }> = {
  name: "test-flaky-recheck",
  description: "Fails until told otherwise.",
  retryLimit: 0,
  run: async (data) => {
    runs.push(data);
    if (failNextTries) throw new Error("The site took longer than 15 seconds to answer.");
  },
};

const deadLetters = () => worker.boss.findJobs(DEAD_LETTERS, { queued: true });

async function failOnce(source: string) {
  failNextTries = true;
  await worker.boss.send(flaky.name, { source });
  return eventually(async () => (await deadLetters()).find((letter) => (letter.data as { source?: string }).source === source), "the dead letter");
}

beforeAll(async () => {
  worker = await startWorker({
    databaseUrl: process.env.DATABASE_URL as string,
    jobs: [flaky as JobDefinition<object>],
    pollingIntervalSeconds: 0.5,
    // The failures are the point here; their log lines would only be noise.
    log: createLogger({ level: "silent" }),
  });
});
afterAll(() => worker.stop());

describe("the jobs page", () => {
  it("lists a job that failed every try with its error, and the worker that ran it", async () => {
    const admin = await makeUser("ADMIN");
    const letter = await failOnce("listed");

    const overview = await jobsOverview(admin);

    if (!overview.reachable) throw new Error(overview.reason);
    const failed = overview.failed.find((job) => job.id === letter.id);
    expect(failed).toMatchObject({ job: "test-flaky-recheck", tries: 1, error: "The site took longer than 15 seconds to answer." });
    expect(failed?.data).toContain("listed");
    expect(overview.workers.length).toBeGreaterThanOrEqual(1);
  });

  it("sends a failed job back for another try, which then succeeds, and logs who did it", async () => {
    const admin = await makeUser("ADMIN");
    const letter = await failOnce("retried");
    failNextTries = false;
    const before = runs.length;

    await retryFailedJob(admin, { id: letter.id });

    await eventually(async () => (runs.length > before ? true : undefined), "the retried run");
    expect(runs.at(-1)).toEqual({ source: "retried" });
    expect((await deadLetters()).some((job) => job.id === letter.id)).toBe(false);
    const audit = await prisma.auditEvent.findFirst({ where: { actorId: admin.id, action: "job.retried" } });
    expect(audit?.details).toMatchObject({ job: "test-flaky-recheck" });
  });

  it("dismisses a failed job after which it is no longer listed", async () => {
    const admin = await makeUser("ADMIN");
    const letter = await failOnce("dismissed");

    await dismissFailedJob(admin, { id: letter.id });

    expect((await deadLetters()).some((job) => job.id === letter.id)).toBe(false);
    await expect(dismissFailedJob(admin, { id: letter.id })).rejects.toMatchObject({ code: "not_found" });
    expect(await prisma.auditEvent.count({ where: { actorId: admin.id, action: "job.dismissed" } })).toBe(1);
  });

  it("runs a job now when an admin asks", async () => {
    const admin = await makeUser("ADMIN");
    failNextTries = false;
    const before = runs.length;

    await runJobNow(admin, { name: flaky.name });

    await eventually(async () => (runs.length > before ? true : undefined), "the run");
    expect(await prisma.auditEvent.count({ where: { actorId: admin.id, action: "job.run" } })).toBe(1);
  });

  it("refuses reporters and editors everything, and changes nothing", async () => {
    const letter = await failOnce("refused");
    const before = runs.length;
    for (const role of ["REPORTER", "EDITOR"] as const) {
      const person = await makeUser(role);
      await expect(jobsOverview(person)).rejects.toMatchObject({ code: "forbidden" });
      await expect(retryFailedJob(person, { id: letter.id })).rejects.toMatchObject({ code: "forbidden" });
      await expect(dismissFailedJob(person, { id: letter.id })).rejects.toMatchObject({ code: "forbidden" });
      await expect(runJobNow(person, { name: flaky.name })).rejects.toMatchObject({ code: "forbidden" });
      expect(await prisma.auditEvent.count({ where: { actorId: person.id } })).toBe(0);
    }
    await expect(jobsOverview(null)).rejects.toMatchObject({ code: "forbidden" });
    expect((await deadLetters()).some((job) => job.id === letter.id)).toBe(true);
    expect(runs.length).toBe(before);
  });
});
