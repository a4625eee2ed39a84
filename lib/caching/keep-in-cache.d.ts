// Types of keep-in-cache.js for the TypeScript side (the rule itself is plain
// JavaScript, see there). The value is the part of Next's cache entry the
// rule reads; Next's own type (IncrementalCacheValue) is not exported.
export type CacheValue =
  | { kind: "APP_PAGE" | "APP_ROUTE" | "PAGES"; status?: number }
  | { kind: "FETCH"; data?: { status?: number; body?: string } }
  | { kind: string }
  | null
  | undefined;

export declare function keepInCache(value: CacheValue): boolean;
