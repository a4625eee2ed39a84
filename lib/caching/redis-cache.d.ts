// Types of redis-cache.js for the TypeScript side (see there): the cache
// handler Next calls, as the shared cache's test calls it.
export default class RedisCache {
  constructor(options?: { serverDistDir?: string });
  get(key: string, ctx: object): Promise<{ value: Record<string, unknown>; lastModified: number; cacheControl?: unknown } | null>;
  set(key: string, data: object | null, ctx: object): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
