// @ts-check
import { purgeInBackground } from "./purge.js";
import { forgetServedPages } from "./served-pages.js";

// What follows once Next's cache (on disk or on Redis) has expired tags:
// this instance's in-memory copy of served pages forgets everything, and the
// caching proxy in front is told to drop exactly the public answers filed
// under those tags. Both happen here, after the expiry is recorded, and not
// where the editor's action asked for it: a reader's request in between would
// otherwise be answered from the old cache entry and kept again.
//
// Next's own path tags ("_N_T_/claims/...") mean nothing to the proxy; the
// others are OnRecord's tags (lib/caching/cache-tags.ts), which are the names
// the proxy files public answers under (lib/caching/surrogate-keys.ts).

const NEXT_PATH_TAG = "_N_T_";

/** @param {readonly string[]} tags */
export function afterTagsExpired(tags) {
  forgetServedPages();
  purgeInBackground(tags.filter((tag) => !tag.startsWith(NEXT_PATH_TAG)));
}
