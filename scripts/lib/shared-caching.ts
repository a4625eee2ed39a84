import type { IncomingMessage, ServerResponse } from "node:http";
import { cacheTagHeader, surrogateKeyHeader, surrogateKeysFor } from "../../lib/caching/surrogate-keys.ts";

// Next marks pages it keeps until a publication refreshes them (revalidate =
// false) as `s-maxage=31536000`: a CDN or caching proxy in front would keep
// a verdict page, or a "not found" from before its publication, for a year,
// and nothing here purges it. Such answers are rewritten to let a shared
// cache keep them for a minute at most; browsers revalidate every time.
export const SHARED_CACHE_POLICY = "public, max-age=0, s-maxage=60, stale-while-revalidate=60";
const LONG_SHARED_LIFETIME = /s-maxage=(\d+)/;

export function limitSharedCaching(response: ServerResponse) {
  const setHeader = response.setHeader.bind(response);
  response.setHeader = ((name: string, value: number | string | readonly string[]) => {
    if (name.toLowerCase() === "cache-control" && typeof value === "string") {
      const lifetime = LONG_SHARED_LIFETIME.exec(value);
      if (lifetime && Number(lifetime[1]) > 60) return setHeader(name, SHARED_CACHE_POLICY);
    }
    return setHeader(name, value);
  }) as typeof response.setHeader;
}

// Files a public answer under the cache tags it depends on, for a caching
// proxy or CDN in front, which a purge of those tags then drops
// (lib/caching/purge.js). Only reads of public addresses are tagged.
export function tagForSharedCaches(request: IncomingMessage, response: ServerResponse) {
  if (request.method !== "GET" && request.method !== "HEAD") return;
  const tags = surrogateKeysFor(new URL(request.url ?? "/", "http://onrecord.invalid").pathname);
  if (!tags) return;
  response.setHeader("Surrogate-Key", surrogateKeyHeader(tags));
  response.setHeader("Cache-Tag", cacheTagHeader(tags));
}
