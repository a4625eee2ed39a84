// @ts-check
// The production server (scripts/serve.ts) keeps a copy in memory of pages
// Next served from its cache (scripts/lib/page-cache.ts). Next runs in the
// same process, and its cache handler (lib/caching/cache-handler.js) tells
// that copy to forget what it holds through this hook whenever tags expire:
// expired here, or, with the shared cache on Redis, on any instance. Nothing
// a visitor can send empties it. Under `next dev` or in tests there is no
// copy and this does nothing.
//
// With several instances the copy may be kept only while this instance hears
// every other instance's expiries (lib/caching/redis-link.js says when);
// otherwise it would serve a page another instance has retracted.
//
// Plain JavaScript: the cache handler, which Next loads without compiling,
// calls it.

const HOOK = "__onrecordServedPages";

/** @typedef {{ forget?: () => void; mayKeep: boolean }} ServedPages */

/** @returns {ServedPages} */
function hook() {
  const shared = /** @type {Record<string, ServedPages | undefined>} */ (/** @type {unknown} */ (globalThis));
  shared[HOOK] ??= { mayKeep: true };
  return shared[HOOK];
}

/** @param {() => void} forget */
export function onForgetServedPages(forget) {
  hook().forget = forget;
}

export function forgetServedPages() {
  hook().forget?.();
}

/**
 * Whether copies may be kept now; when it turns false everything kept is
 * forgotten at once.
 * @param {boolean} mayKeep
 */
export function keepServedPages(mayKeep) {
  hook().mayKeep = mayKeep;
  if (!mayKeep) forgetServedPages();
}

export function mayKeepServedPages() {
  return hook().mayKeep;
}
