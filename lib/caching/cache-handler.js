// @ts-check
// The cache Next keeps rendered pages, route answers and cached reads in
// (`cacheHandler` in next.config.ts):
// - with REDIS_URL, the shared cache on Redis every instance uses
//   (redis-cache.js): what one instance expires, all see;
// - without it, Next's file-system cache of this one instance (disk-cache.js).
// `next build` always uses the file system: the build must not need Redis,
// and one build serves every instance.
//
// Plain JavaScript: Next loads this file as it is, at build time too.

import DiskCache from "./disk-cache.js";
import RedisCache from "./redis-cache.js";

const building = process.env.NEXT_PHASE === "phase-production-build";

export default process.env.REDIS_URL?.trim() && !building ? RedisCache : DiskCache;
