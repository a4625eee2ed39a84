// @ts-check
// This process's connection to the shared cache on Redis (REDIS_URL), used by
// the cache handler (redis-cache.js). Two connections: one for commands, one
// listening for the tag expiries every instance announces, on which this
// instance's in-memory copy of served pages forgets what it holds.
//
// Redis going away must cost speed, never correctness:
// - no command waits for Redis: while it is unreachable commands fail at once
//   (no offline queue) or after COMMAND_TIMEOUT_MS, and the cache handler
//   treats that as "not cached" (pages render from the database) or "not
//   kept";
// - the in-memory copy of served pages is kept only while both connections
//   are up, since while the listener is down this instance would not hear that
//   another one retracted a verdict;
// - an expiry that could not be recorded (an unpublication while Redis was
//   away) is remembered, and when the connection comes back it is recorded and
//   every cached entry is dropped before the cache is used again: entries
//   written before the outage may predate expiries nobody could record.
//
// One link per process, kept on globalThis: Next may load the handler's
// module more than once, and the production server (scripts/serve.ts) opens
// the link at start-up to report on it.

import { createClient } from "redis";
import { forgetServedPages, keepServedPages } from "./served-pages.js";

const LINK = "__onrecordRedisLink";
export const COMMAND_TIMEOUT_MS = 500;
const MAX_REMEMBERED_TAGS = 10_000;

/**
 * @typedef {ReturnType<typeof openLink>} RedisLink
 */

/** @returns {RedisLink | null} */
export function redisLink() {
  const url = process.env.REDIS_URL?.trim();
  if (!url) return null;
  const shared = /** @type {Record<string, RedisLink | undefined>} */ (/** @type {unknown} */ (globalThis));
  shared[LINK] ??= openLink(url, process.env.REDIS_KEY_PREFIX?.trim() || "onrecord:");
  return shared[LINK];
}

/**
 * @param {string} url
 * @param {string} prefix
 */
function openLink(url, prefix) {
  const options = {
    url,
    disableOfflineQueue: true,
    // Try again soon after a drop, then every 2 s, for as long as it takes.
    socket: { connectTimeout: 2000, reconnectStrategy: (/** @type {number} */ retries) => Math.min(50 * 2 ** retries, 2000) },
  };
  const commands = createClient(options);
  const listener = createClient(options);
  const where = new URL(url).host;
  let everReady = false;
  let recovering = false;
  let down = false;
  /** @type {Set<string>} */
  const lostExpiries = new Set();
  let lostTooMany = false;

  // Both connections up and nothing being cleared: the cache may be used and
  // this instance hears every other instance's expiries.
  const listening = () => commands.isReady && listener.isReady && !recovering;

  const link = {
    prefix,
    tagsKey: `${prefix}expired-tags`,
    channel: `${prefix}expired`,
    entryPattern: `${prefix}entry:*`,
    commands,
    /** Whether the cache may be read and written now. */
    usable: () => commands.isReady && !recovering,
    /**
     * Runs a command, giving up after COMMAND_TIMEOUT_MS.
     * @template T
     * @param {(client: typeof commands) => Promise<T>} command
     * @returns {Promise<T>}
     */
    async run(command) {
      if (!link.usable()) throw new Error("not connected");
      /** @type {NodeJS.Timeout | undefined} */
      let timer;
      const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${COMMAND_TIMEOUT_MS} ms`)), COMMAND_TIMEOUT_MS);
      });
      try {
        return /** @type {T} */ (await Promise.race([command(commands), timeout]));
      } finally {
        clearTimeout(timer);
      }
    },
    /**
     * Tags whose expiry could not be recorded, for when Redis is back.
     * @param {readonly string[]} tags
     * @param {unknown} error
     */
    lose(tags, error) {
      for (const tag of tags) {
        if (lostExpiries.size >= MAX_REMEMBERED_TAGS) lostTooMany = true;
        else lostExpiries.add(tag);
      }
      console.error(
        `[onrecord] shared cache: could not record the expiry of ${tags.length} tag(s) on Redis (${reason(error)}); the cache is dropped when Redis is back`,
      );
    },
    /** Resolves once both connections are up, or with false after `ms`. */
    whenReady(ms = 3000) {
      return new Promise((resolve) => {
        if (listening()) return resolve(true);
        const started = Date.now();
        const poll = setInterval(() => {
          if (listening() || Date.now() - started > ms) {
            clearInterval(poll);
            resolve(listening());
          }
        }, 20);
      });
    },
    where,
  };

  const updateKeeping = () => keepServedPages(listening());

  /** @param {unknown} error */
  const wentDown = (error) => {
    updateKeeping();
    if (down) return;
    down = true;
    console.error(
      `[onrecord] shared cache on Redis at ${where} unreachable (${reason(error)}): pages render without it and each instance's copy of served pages is off until it is back`,
    );
  };

  async function recover() {
    recovering = true;
    updateKeeping();
    try {
      const tags = [...lostExpiries];
      if (tags.length > 0) await commands.hSet(link.tagsKey, Object.fromEntries(tags.map((tag) => [tag, String(Date.now())])));
      let dropped = 0;
      for await (const keys of commands.scanIterator({ MATCH: link.entryPattern, COUNT: 1000 })) {
        if (keys.length > 0) dropped += await commands.unlink(keys);
      }
      await commands.publish(link.channel, "*");
      for (const tag of tags) lostExpiries.delete(tag);
      lostTooMany = false;
      console.log(
        `[onrecord] shared cache on Redis at ${where} back: ${dropped} cached entr${dropped === 1 ? "y" : "ies"} from before the outage dropped${tags.length > 0 || lostTooMany ? `, ${tags.length} missed expiries recorded` : ""}`,
      );
    } catch (error) {
      // Tried again on the next reconnection; meanwhile the cache stays unused.
      console.error(`[onrecord] shared cache on Redis at ${where}: clearing after the outage failed (${reason(error)})`);
      return;
    } finally {
      recovering = false;
    }
    down = false;
    updateKeeping();
  }

  commands.on("error", wentDown);
  listener.on("error", wentDown);
  commands.on("end", wentDown);
  listener.on("end", wentDown);
  commands.on("ready", () => {
    if (everReady || lostExpiries.size > 0 || lostTooMany) void recover();
    else {
      everReady = true;
      down = false;
      console.log(`[onrecord] shared cache on Redis at ${where} connected`);
      updateKeeping();
    }
    everReady = true;
  });
  listener.on("ready", updateKeeping);
  // Until both connections are up, nothing is kept in memory.
  keepServedPages(false);
  commands.connect().catch(wentDown);
  listener
    .connect()
    .then(() => listener.subscribe(link.channel, forgetServedPages))
    .catch(wentDown);
  return link;
}

/** @param {unknown} error */
function reason(error) {
  return error instanceof Error ? error.message || error.name : String(error);
}
