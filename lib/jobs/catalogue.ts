import { recheckSourcesJob } from "../archive/recheck-job.ts";
import { backupJob } from "../backup/job.ts";
import { purgeProxyJob } from "../caching/purge-job.ts";
import { comingDueJob } from "../claims/coming-due-job.ts";
import { deliverMailJob, sendDigestsJob } from "../mail/jobs.ts";
import { cleanUpJob } from "./clean-up.ts";
import type { JobDefinition } from "./job.ts";

// Every background job OnRecord runs, one line each; the definitions live
// beside the area they serve. The worker creates a queue for each, keeps its
// schedule, and runs it.
// biome-ignore lint/suspicious/noExplicitAny: each job names its own data type; the worker only passes it through
export const JOBS: readonly JobDefinition<any>[] = [deliverMailJob, sendDigestsJob, recheckSourcesJob, comingDueJob, backupJob, cleanUpJob, purgeProxyJob];
