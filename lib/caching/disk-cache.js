// @ts-check
// Next's own file-system cache (pages and cached reads on disk under the
// build folder, plus its in-memory copy of up to cacheMaxMemorySize): the
// cache of a single instance. Three changes:
// - it keeps only what keep-in-cache.js allows: an answer that found nothing
//   (an unknown claim, speaker or topic address) is served but not stored, so
//   made-up addresses cannot fill the disk or the memory;
// - once tags have expired, the copy of served pages and the proxy in front
//   hear of it (after-expiry.js);
// - tags expired by the job worker, a process of its own, are expired here
//   too (expiry-channel.js).
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

import { createRequire } from "node:module";
import { afterTagsExpired } from "./after-expiry.js";
import { forgetLifetime, tooLargeToKeep } from "./cache-limits.js";
import { hearExpiries } from "./expiry-channel.js";
import { keepInCache } from "./keep-in-cache.js";

const require = createRequire(import.meta.url);
/** @type {any} */
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;

export default class DiskCache extends FileSystemCache {
  /** @param {any} ctx */
  constructor(ctx) {
    super(ctx);
    // Expiries announced by the job worker's process (expiry-channel.js);
    // not while building, which has no database.
    if (process.env.NEXT_PHASE !== "phase-production-build") hearExpiries((tags) => this.revalidateTag(tags));
  }

  /**
   * @param {string} key
   * @param {any} data
   * @param {any} ctx
   */
  async set(key, data, ctx) {
    if (!keepInCache(data)) return forgetLifetime(key);
    if (tooLargeToKeep(key, data, ctx)) return;
    return super.set(key, data, ctx);
  }

  /**
   * @param {string | string[]} tags
   * @param {unknown} [durations]
   */
  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    afterTagsExpired(typeof tags === "string" ? [tags] : tags);
  }
}
