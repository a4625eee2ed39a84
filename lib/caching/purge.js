// @ts-check
// Tells the caching proxy or CDN in front (CACHE_PURGE_URL) to drop every
// answer filed under these tags (lib/caching/surrogate-keys.ts): one request,
// `PURGE` with the tags in `Surrogate-Key`, as the shipped Varnish
// configuration (ops/varnish/onrecord.vcl) expects. Never awaited by the
// editor's save: it runs beside it and is retried with growing pauses for a
// few seconds; one still not delivered becomes a `purge-proxy` job in the
// job queue (lib/caching/purge-job.ts), tried for hours, across restarts,
// and listed on /desk/admin/jobs if it never gets through.
//
// Plain JavaScript because Next's cache handler (lib/caching/cache-handler.js),
// which Next loads without compiling, sends it once the tags have expired. For
// the same reason it reads CACHE_PURGE_URL from the environment directly;
// `npm start` has checked it (lib/settings.ts).

export const PURGE_ATTEMPTS = 4;
const FIRST_PAUSE_MS = 250;
const ATTEMPT_TIMEOUT_MS = 2000;
// See purgeInBackground.
export const SECOND_PURGE_AFTER_MS = 2000;
// Where the production server puts the function that queues an undelivered purge as a job.
export const PURGE_LATER = Symbol.for("onrecord.purgeLater");

/** @typedef {{ delivered: boolean; attempts: number; status?: number; error?: string }} PurgeOutcome */

/** @param {number} ms */
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param {readonly string[]} tags
 * @param {{ url?: string; pause?: (ms: number) => Promise<unknown>; noLater?: boolean }} [options]
 * @returns {Promise<PurgeOutcome | null>}
 */
export async function purgeTags(tags, options = {}) {
  const url = options.url ?? (process.env.CACHE_PURGE_URL?.trim() || undefined);
  if (!url || tags.length === 0) return null;
  const pause = options.pause ?? wait;
  const keys = [...new Set(tags)].join(" ");
  /** @type {PurgeOutcome} */
  let last = { delivered: false, attempts: 0 };
  for (let attempt = 1; attempt <= PURGE_ATTEMPTS; attempt++) {
    try {
      const response = await fetch(url, { method: "PURGE", headers: { "Surrogate-Key": keys }, signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS) });
      await response.body?.cancel();
      if (response.ok) return { delivered: true, attempts: attempt, status: response.status };
      last = { delivered: false, attempts: attempt, status: response.status };
      // A refusal (a 4xx other than a timeout or a rate limit) will not change on a retry.
      if (response.status < 500 && response.status !== 408 && response.status !== 429) break;
    } catch (error) {
      last = { delivered: false, attempts: attempt, error: /** @type {Error} */ (error).message };
    }
    if (attempt < PURGE_ATTEMPTS) await pause(FIRST_PAUSE_MS * 4 ** (attempt - 1));
  }
  const later = /** @type {{ [key: symbol]: ((tags: string[]) => void) | undefined }} */ (/** @type {unknown} */ (globalThis))[PURGE_LATER];
  if (later && !options.noLater) {
    // The production server hands it to the job queue (scripts/serve.ts), which keeps trying for hours, across restarts.
    later([...new Set(tags)]);
    console.error(
      `[onrecord] cache purge of "${keys}" not delivered to ${url} after ${last.attempts} attempt(s): ${last.error ?? `HTTP ${last.status}`}; the purge-proxy job will keep trying`,
    );
  } else {
    console.error(
      `[onrecord] cache purge of "${keys}" not delivered to ${url} after ${last.attempts} attempt(s): ${last.error ?? `HTTP ${last.status}`}; the proxy keeps the old answers until they expire`,
    );
  }
  return last;
}

/**
 * Starts a purge beside whatever is running and returns at once; the same
 * purge goes again two seconds later. The first is sent once Next's own cache
 * has expired the tags, but a reader's request the proxy forwarded a moment
 * before can still be on its way back with the old page, and the proxy would
 * keep that answer (a ban only drops what it already holds). The second purge
 * drops it.
 * @param {readonly string[]} tags
 */
export function purgeInBackground(tags) {
  if (!process.env.CACHE_PURGE_URL?.trim() || tags.length === 0) return;
  const purge = () => void purgeTags(tags).catch((error) => console.error("[onrecord] cache purge failed", error));
  purge();
  setTimeout(purge, SECOND_PURGE_AFTER_MS).unref();
}
