// @ts-check
// Rules both of OnRecord's caches (disk-cache.js, redis-cache.js) apply
// before keeping an entry.

import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

// Next remembers each page's lifetime in a process-wide map before it asks
// the cache to store the page (SharedCacheControls), and never forgets it.
// For an answer a cache refuses, that would still be one entry per made-up
// address; it is removed again. The stored lifetime of a page that is kept
// travels with the page itself, so nothing else reads it.
/** @type {{ cacheControls: Map<string, unknown> } | undefined} */
const SharedCacheControls = require("next/dist/server/lib/incremental-cache/shared-cache-controls.external.js").SharedCacheControls;

/** @param {string} key */
export function forgetLifetime(key) {
  SharedCacheControls?.cacheControls.delete(key);
}

// Next's default store refuses cached reads over 2 MB, and skips that check
// when a custom handler is configured; it is kept so nothing changes for what
// is stored.
const MAX_FETCH_BYTES = 2 * 1024 * 1024;

/**
 * @param {string} key
 * @param {any} data
 * @param {any} ctx
 */
export function tooLargeToKeep(key, data, ctx) {
  if (data?.kind !== "FETCH" || ctx?.isImplicitBuildTimeCache || JSON.stringify(data).length <= MAX_FETCH_BYTES) return false;
  console.warn(`Failed to set Next.js data cache for ${ctx?.fetchUrl || key}, items over 2MB can not be cached`);
  return true;
}
