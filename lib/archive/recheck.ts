import "server-only";
import type { Logger } from "pino";
import { archiveOptionsFromSettings, type FetchOptions } from "@/lib/archive/fetch-page";
import { type Pacing, visitPolitely } from "@/lib/archive/host-pacing";
import { takeSnapshot } from "@/lib/archive/mutations";
import { leaseDueSources, releaseSources } from "@/lib/archive/recheck-due";
import { type RecheckOutcome, recordRecheck, recordUnreadable } from "@/lib/archive/recheck-record";
import { settings } from "@/lib/settings";

// One run of re-archiving the record: lease the most overdue sources, fetch
// each through the same guarded fetcher as "Archive now", host by host and
// politely, and record what changed. The run is bounded three ways: a batch
// of sources, a time budget that keeps it inside the job's expiry, and the
// worker's stop signal; sources it did not reach go back to the pool.

// Several sites at once keep a run short without weighing on any one of them.
const HOSTS_AT_ONCE = 8;
// Inside the job's 15-minute expiry, with room for the last fetches (15 s
// each at most) and the write-up.
const TIME_BUDGET_MS = 12 * 60_000;
const LEASE_MS = 20 * 60_000;

export type RecheckRun = {
  days: number;
  batch: number;
  pacing: Pacing;
  fetchOptions: FetchOptions;
  timeBudgetMs: number;
  now: () => Date;
};

export type RecheckSummary = {
  // False when ARCHIVE_RECHECK_DAYS is 0.
  enabled: boolean;
  leased: number;
  checked: number;
  outcomes: Record<RecheckOutcome, number>;
  notices: number;
  notReached: number;
  publishedSlugs: string[];
  seconds: number;
};

export function recheckRunFromSettings(): RecheckRun {
  const current = settings();
  return {
    days: current.ARCHIVE_RECHECK_DAYS,
    batch: current.ARCHIVE_RECHECK_BATCH,
    pacing: { perHost: current.ARCHIVE_RECHECK_HOST_CONCURRENCY, pauseMs: current.ARCHIVE_RECHECK_HOST_PAUSE_MS, hostsAtOnce: HOSTS_AT_ONCE },
    fetchOptions: archiveOptionsFromSettings(),
    timeBudgetMs: TIME_BUDGET_MS,
    now: () => new Date(),
  };
}

const noOutcomes = (): Record<RecheckOutcome, number> => ({ first: 0, unchanged: 0, changed: 0, vanished: 0, back: 0, unreachable: 0 });

export async function recheckDueSources(run: RecheckRun, context: { signal?: AbortSignal; log?: Logger } = {}): Promise<RecheckSummary> {
  const began = performance.now();
  const summary: RecheckSummary = {
    enabled: run.days > 0,
    leased: 0,
    checked: 0,
    outcomes: noOutcomes(),
    notices: 0,
    notReached: 0,
    publishedSlugs: [],
    seconds: 0,
  };
  if (!summary.enabled) return summary;

  const sources = await leaseDueSources({ now: run.now(), days: run.days, batch: run.batch, leaseMs: Math.max(LEASE_MS, run.timeBudgetMs + 60_000) });
  summary.leased = sources.length;
  const deadline = Date.now() + run.timeBudgetMs;
  const shouldStop = () => Boolean(context.signal?.aborted) || Date.now() >= deadline;
  const slugs = new Set<string>();
  const unfinished = new Set(sources.map((source) => source.id));

  const { notStarted } = await visitPolitely(
    sources,
    run.pacing,
    async (source) => {
      try {
        const snapshot = await takeSnapshot(source.url, run.fetchOptions);
        const recorded = await recordRecheck(source.id, snapshot, run.now());
        summary.checked += 1;
        summary.outcomes[recorded.outcome] += 1;
        summary.notices += recorded.notices;
        for (const slug of recorded.publishedSlugs) slugs.add(slug);
        unfinished.delete(source.id);
      } catch (error) {
        // One source's trouble (a page the reader cannot parse, a lost
        // connection to the database) does not end the run for the others.
        context.log?.error({ err: error, sourceId: source.id }, "re-archiving a source failed");
        await recordUnreadable(source.id, run.now()).then(
          () => {
            summary.checked += 1;
            summary.outcomes.unreachable += 1;
            unfinished.delete(source.id);
          },
          () => undefined,
        );
      }
    },
    shouldStop,
  );
  summary.notReached = notStarted.length;
  await releaseSources([...unfinished]);
  summary.publishedSlugs = [...slugs];
  summary.seconds = Math.round((performance.now() - began) / 10) / 100;
  return summary;
}
