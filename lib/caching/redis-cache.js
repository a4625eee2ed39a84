// @ts-check
// Next's cache on Redis, shared by every instance (REDIS_URL): rendered
// pages, route answers and cached reads, and the times tags expired. A
// publication, correction or unpublication on one instance expires its tags
// here, so every instance sees it on its next request, and announces it so
// every instance's copy of served pages forgets at once (redis-link.js).
//
// Entries live under the build's id, so a new build never serves pages
// whose scripts belong to an older one; the expiry times are shared by all
// builds, so an expiry reaches pages of every build still running.
//
// An entry is fresh while none of its tags expired after it was made. "Made"
// is when this instance found nothing in the cache and began rendering, not
// when the render was stored: a render that read the database before an
// unpublication and finished after it is then already expired when stored.
//
// Redis unreachable or slow: a read is a miss and a write is skipped
// (redis-link.js gives up on a command after half a second), so pages render
// from the database, slower but correct. An expiry that cannot be recorded is
// remembered and the cache is cleared when Redis is back.

import { readFileSync } from "node:fs";
import path from "node:path";
import { afterTagsExpired } from "./after-expiry.js";
import { forgetLifetime, tooLargeToKeep } from "./cache-limits.js";
import { decodeCacheValue, encodeCacheValue } from "./cache-values.js";
import { keepInCache } from "./keep-in-cache.js";
import { redisLink } from "./redis-link.js";

// Entries leave Redis on their own after two weeks unread by a refresh, so a
// cache whose memory is capped (maxmemory-policy volatile-lru) evicts old
// pages, never the expiry times, which have no lifetime.
const ENTRY_LIFETIME_SECONDS = 14 * 24 * 60 * 60;
const TAGS_HEADER = "x-next-cache-tags";

/** @type {Map<string, string>} */
const buildIds = new Map();
/** @param {string | undefined} serverDistDir */
function buildIdOf(serverDistDir) {
  if (!serverDistDir) return "dev";
  let id = buildIds.get(serverDistDir);
  if (id === undefined) {
    try {
      id = readFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "utf8").trim();
    } catch {
      id = "dev";
    }
    buildIds.set(serverDistDir, id);
  }
  return id;
}

// When each key was last found missing, until its render is stored. Bounded:
// a render that is never stored (a "not found" page) leaves an entry that
// the next sweep removes.
const MISSES_KEPT = 10_000;
const MISS_FORGOTTEN_AFTER_MS = 5 * 60 * 1000;
/** @type {Map<string, number>} */
const missedAt = new Map();
/** @param {string} key */
function noteMiss(key) {
  if (missedAt.size >= MISSES_KEPT) {
    const now = Date.now();
    for (const [old, at] of missedAt) if (now - at > MISS_FORGOTTEN_AFTER_MS || missedAt.size >= MISSES_KEPT) missedAt.delete(old);
  }
  missedAt.delete(key);
  missedAt.set(key, Date.now());
  return null;
}
/** @param {string} key */
function takeMiss(key) {
  const at = missedAt.get(key);
  missedAt.delete(key);
  return at ?? Date.now();
}

/**
 * The tags an entry depends on: a page's or route's own (Next lists them in a
 * header of the entry), and for a cached read, those it was given plus those
 * of the page reading it.
 * @param {any} value
 * @param {any} ctx
 * @returns {string[]}
 */
function tagsOf(value, ctx) {
  if (value?.kind === "FETCH") return [...new Set([...(ctx?.tags ?? []), ...(ctx?.softTags ?? []), ...(value.tags ?? [])])];
  const header = value?.headers?.[TAGS_HEADER];
  return typeof header === "string" && header ? header.split(",") : [];
}

export default class RedisCache {
  /** @param {{ serverDistDir?: string }} [options] */
  constructor(options) {
    this.link = redisLink();
    this.build = buildIdOf(options?.serverDistDir);
  }

  /** @param {string} key */
  entryKey(key) {
    return `${this.link?.prefix}entry:${this.build}:${key}`;
  }

  /**
   * @param {string} key
   * @param {any} ctx
   */
  async get(key, ctx) {
    const link = this.link;
    if (!link?.usable()) return noteMiss(key);
    try {
      const stored = await link.run((client) => client.get(this.entryKey(key)));
      if (!stored) return noteMiss(key);
      const entry = JSON.parse(stored);
      entry.value = decodeCacheValue(entry.value);
      const tags = tagsOf(entry.value, ctx);
      if (tags.length > 0) {
        const expiredAt = await link.run((client) => client.hmGet(link.tagsKey, tags));
        const now = Date.now();
        // An expiry in the same millisecond as the entry counts: which came
        // first cannot be told, and one extra render is the safe side.
        if (expiredAt.some((at) => at !== null && Number(at) >= entry.lastModified && Number(at) <= now)) return noteMiss(key);
      }
      return entry;
    } catch {
      return noteMiss(key);
    }
  }

  /**
   * @param {string} key
   * @param {any} data
   * @param {any} ctx
   */
  async set(key, data, ctx) {
    const lastModified = takeMiss(key);
    if (!keepInCache(data)) return forgetLifetime(key);
    if (!data || tooLargeToKeep(key, data, ctx)) return;
    const link = this.link;
    if (!link?.usable()) return;
    const entry = JSON.stringify({ lastModified, value: encodeCacheValue(data), cacheControl: ctx?.cacheControl });
    try {
      await link.run((client) => client.set(this.entryKey(key), entry, { expiration: { type: "EX", value: ENTRY_LIFETIME_SECONDS } }));
    } catch {
      // Not kept: the next request renders it again.
    }
  }

  /**
   * Every expiry is immediate (OnRecord expires tags only when what they
   * hold has changed), whatever lifetime Next passes along.
   * @param {string | string[]} tags
   */
  async revalidateTag(tags) {
    const list = typeof tags === "string" ? [tags] : tags;
    if (list.length === 0) return;
    const link = this.link;
    if (link) {
      try {
        const now = String(Date.now());
        await link.run((client) => client.hSet(link.tagsKey, Object.fromEntries(list.map((tag) => [tag, now]))));
        await link.run((client) => client.publish(link.channel, JSON.stringify(list)));
      } catch (error) {
        link.lose(list, error);
      }
    }
    afterTagsExpired(list);
  }

  resetRequestCache() {}
}
