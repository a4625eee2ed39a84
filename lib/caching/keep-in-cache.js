// @ts-check
// What OnRecord keeps in Next's cache, whichever store holds it (today the
// file system, lib/caching/cache-handler.js; later a shared one).
//
// Every public route with a path parameter (/claims/[slug], its share image,
// /embed/claims/[slug], /speakers/[slug] and its pages and feeds,
// /topics/[slug] and its feeds) renders on its first request and is then
// kept. Kept as is, an answer that says "nothing here" would be stored once per
// address a visitor makes up: about 50 KB and five files per address on disk,
// and Next's memory, until restart. So an answer that found nothing is not
// kept: a 404 or 410 page or route answer, and a cached read that found
// nothing (unstable_cache stores the JSON of what the read returned, so
// "null"; lib/caching/cached-read.ts reads return null for "no such
// claim, speaker or topic"). Such an answer is rendered again on each request,
// which costs what rendering a 404 costs, and a publication needs no expiry to
// replace it. Real pages, lists and redirects are kept exactly as before.
//
// This file is plain JavaScript because Next loads the cache handler as it is,
// at build time too, without compiling it.

/** @typedef {import("./keep-in-cache").CacheValue} CacheValue */

// 503 too: "temporarily unavailable" (the database down) kept would go on
// being served after the database is back.
const ABSENT = new Set([404, 410, 503]);

/**
 * @param {CacheValue} value what Next asks the cache to store under a key
 * @returns {boolean} whether to store it
 */
export function keepInCache(value) {
  if (!value) return true;
  switch (value.kind) {
    case "APP_PAGE":
    case "APP_ROUTE":
    case "PAGES":
      return !ABSENT.has(value.status ?? 200);
    case "FETCH":
      return !ABSENT.has(value.data?.status ?? 200) && value.data?.body !== "null";
    default:
      return true;
  }
}
