import { z } from "zod";
import { JOBS } from "./catalogue.ts";

// What the jobs page's buttons send: the id of a failed job (pg-boss's ids
// are UUIDs), or the name of a job from the catalogue.

export const failedJobSchema = z.object({
  id: z.uuid({ error: "That is not a failed job's id. Reload the page and try again." }),
});

export const runJobSchema = z.object({
  name: z.string().refine((name) => JOBS.some((job) => job.name === name), { error: "There is no such job. Reload the page and try again." }),
});
