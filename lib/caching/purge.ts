import { settings } from "@/lib/settings";

// Tells the caching proxy or CDN in front (CACHE_PURGE_URL) to drop every
// answer filed under these tags (lib/caching/surrogate-keys.ts): one request,
// `PURGE` with the tags in `Surrogate-Key`, as the shipped Varnish
// configuration (ops/varnish/onrecord.vcl) expects. Never awaited by the
// editor's save: it runs beside it, is retried with growing pauses, and a
// purge that cannot be delivered is logged for the operator (the proxy then
// serves the old page until its own lifetime for it runs out).

export const PURGE_ATTEMPTS = 4;
const FIRST_PAUSE_MS = 250;
const ATTEMPT_TIMEOUT_MS = 2000;

export type PurgeOutcome = { delivered: boolean; attempts: number; status?: number; error?: string };

type PurgeOptions = { url?: string; pause?: (ms: number) => Promise<void> };

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function purgeTags(tags: readonly string[], options: PurgeOptions = {}): Promise<PurgeOutcome | null> {
  const url = options.url ?? settings().CACHE_PURGE_URL;
  if (!url || tags.length === 0) return null;
  const pause = options.pause ?? wait;
  const keys = [...new Set(tags)].join(" ");
  let last: PurgeOutcome = { delivered: false, attempts: 0 };
  for (let attempt = 1; attempt <= PURGE_ATTEMPTS; attempt++) {
    try {
      const response = await fetch(url, { method: "PURGE", headers: { "Surrogate-Key": keys }, signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS) });
      await response.body?.cancel();
      if (response.ok) return { delivered: true, attempts: attempt, status: response.status };
      last = { delivered: false, attempts: attempt, status: response.status };
      // A refusal (a 4xx other than a timeout or a rate limit) will not change on a retry.
      if (response.status < 500 && response.status !== 408 && response.status !== 429) break;
    } catch (error) {
      last = { delivered: false, attempts: attempt, error: (error as Error).message };
    }
    if (attempt < PURGE_ATTEMPTS) await pause(FIRST_PAUSE_MS * 4 ** (attempt - 1));
  }
  console.error(
    `[onrecord] cache purge of "${keys}" not delivered to ${url} after ${last.attempts} attempt(s): ${last.error ?? `HTTP ${last.status}`}; the proxy keeps the old answers until they expire`,
  );
  return last;
}

// Starts a purge beside whatever is running and returns at once.
export function purgeInBackground(tags: readonly string[]) {
  void purgeTags(tags).catch((error) => console.error("[onrecord] cache purge failed", error));
}
