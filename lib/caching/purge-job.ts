import type { JobDefinition } from "../jobs/job.ts";
import { purgeTags } from "./purge.js";

// A purge the proxy or CDN did not take within a few seconds (an outage, a
// restart of Varnish): kept in the job queue and sent again with growing
// pauses, from 30 s up to an hour apart, for about a day, so a retracted or
// corrected verdict does not stay in the proxy's copy for the rest of its
// lifetime. One that never gets through is listed on /desk/admin/jobs.

export type PurgeData = { tags: string[] };

export const purgeProxyJob: JobDefinition<PurgeData> = {
  name: "purge-proxy",
  description: "Sends the caching proxy or CDN a purge it did not take at the time of the change, until it does.",
  retryLimit: 30,
  retryDelaySeconds: 30,
  expireInSeconds: 60,
  run: async ({ tags }) => {
    if (!Array.isArray(tags) || tags.length === 0) return { skipped: "no tags" };
    // One attempt per try: the queue's pauses do the waiting.
    const outcome = await purgeTags(tags, { noLater: true, pause: async () => {} });
    if (outcome && !outcome.delivered) throw new Error(`The proxy at CACHE_PURGE_URL did not take the purge: ${outcome.error ?? `HTTP ${outcome.status}`}.`);
    return { tags, delivered: outcome?.delivered ?? false };
  },
};
