import { recheckDueSources, recheckRunFromSettings } from "@/lib/archive/recheck";
import { refreshPagesAfterRecheck } from "@/lib/archive/refresh-after-recheck";
import type { JobDefinition } from "@/lib/jobs/job";

// Re-archiving the record: every hour, the sources most overdue for a check
// (ARCHIVE_RECHECK_DAYS after their last one) are fetched again; the people
// of a claim whose source changed or vanished after we relied on it get a
// notice, the desk shows the difference and the verdict page a dated note.
export const recheckSourcesJob: JobDefinition = {
  name: "recheck-sources",
  description: "Fetches again the sources of published and in-progress claims that are due a check, and tells the claim's people when one changed or vanished.",
  // Hourly, off the hour, when other schedules are quiet.
  schedule: "23 * * * *",
  // A failed run leaves its sources to the next hourly run anyway.
  retryLimit: 1,
  run: async (_data, { log, signal }) => {
    const summary = await recheckDueSources(recheckRunFromSettings(), { log, signal });
    await refreshPagesAfterRecheck(summary.publishedSlugs, log);
    if (!summary.enabled) log.info("re-archiving is off (ARCHIVE_RECHECK_DAYS=0)");
    return { ...summary, publishedSlugs: summary.publishedSlugs.length };
  },
};
