// Next's own file-system cache (pages and cached reads on disk under the
// build folder, plus its in-memory copy of up to cacheMaxMemorySize), except
// that it keeps only what keep-in-cache.js allows: an answer that found
// nothing (an unknown claim, speaker or topic address) is served but not
// stored, so made-up addresses cannot fill the disk or the memory.
// Configured as `cacheHandler` in next.config.ts.
//
// Why here and not in each route: every route with a path parameter, today's
// and the next one, goes through this one door. The alternatives were worse:
// - rendering the not-found branch dynamically (headers(), connection())
//   fails an ISR render at run time ("changed from static to dynamic") and
//   has to be remembered in each route;
// - checking addresses in the proxy before Next costs a database query on
//   every request and repeats each page's own lookup;
// - bounding the cache on disk (evicting old entries) would let a flood of
//   made-up addresses push real verdict pages out.
//
// Plain JavaScript: Next loads this file as it is, at build time too.

import { createRequire } from "node:module";
import { keepInCache } from "./keep-in-cache.js";

const require = createRequire(import.meta.url);
/** @type {any} */
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;
// Next remembers each page's lifetime in a process-wide map before it asks
// the handler to store the page (SharedCacheControls), and never forgets it.
// For an answer this handler refuses, that would still be one entry per
// made-up address; it is removed again below. The stored lifetime of a page
// that is kept travels with the page itself, so nothing else reads it.
/** @type {{ cacheControls: Map<string, unknown> } | undefined} */
const SharedCacheControls = require("next/dist/server/lib/incremental-cache/shared-cache-controls.external.js").SharedCacheControls;

// Next's default store refuses cached reads over 2 MB, and skips that check
// when a custom handler is configured; it is kept here so nothing changes
// for what is stored.
const MAX_FETCH_BYTES = 2 * 1024 * 1024;

export default class KeepFoundCacheHandler extends FileSystemCache {
  /**
   * @param {string} key
   * @param {any} data
   * @param {any} ctx
   */
  async set(key, data, ctx) {
    if (!keepInCache(data)) {
      SharedCacheControls?.cacheControls.delete(key);
      return;
    }
    if (data?.kind === "FETCH" && !ctx?.isImplicitBuildTimeCache && JSON.stringify(data).length > MAX_FETCH_BYTES) {
      console.warn(`Failed to set Next.js data cache for ${ctx?.fetchUrl || key}, items over 2MB can not be cached`);
      return;
    }
    return super.set(key, data, ctx);
  }
}
