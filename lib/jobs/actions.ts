"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/door";
import { dismissFailedJob, retryFailedJob, runJobNow } from "./mutations.ts";
import { failedJobSchema, runJobSchema } from "./schema.ts";

const refreshJobsPage = () => revalidatePath("/desk/admin/jobs");

export const runJob = formAction({
  schema: runJobSchema,
  permission: "jobs.manage",
  run: (input, actor) => runJobNow(actor, input),
  success: (job) => `"${job.name}" will run in a moment, on the next free worker.`,
  after: refreshJobsPage,
});

export const retryJob = formAction({
  schema: failedJobSchema,
  permission: "jobs.manage",
  run: (input, actor) => retryFailedJob(actor, input),
  success: (job) => `"${job.name}" is back in its queue and will be tried again.`,
  after: refreshJobsPage,
});

export const dismissJob = formAction({
  schema: failedJobSchema,
  permission: "jobs.manage",
  run: (input, actor) => dismissFailedJob(actor, input),
  success: (job) => `The failed "${job.name}" job was dismissed.`,
  after: refreshJobsPage,
});
