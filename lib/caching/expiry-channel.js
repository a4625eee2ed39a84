// @ts-check
// Expiries from other processes, for the cache that lives inside the web
// server's own process (disk-cache.js). The job worker runs in a process of
// its own, outside any request, where Next will not expire its cache: when a
// job changes what a public page shows (a source that changed after a verdict
// relied on it), it announces the page's tags on a PostgreSQL channel, and
// every web server process listening there expires them in its cache as an
// editor's action would. (The shared cache on Redis needs none of this: the
// worker expires tags there directly, and every instance hears it.)
//
// Plain JavaScript, as the cache handler that loads it is.

import pg from "pg";

export const EXPIRY_CHANNEL = "onrecord_expired_tags";

const LISTENER = Symbol.for("onrecord.expiryListener");
const FIRST_PAUSE_MS = 1000;
const LONGEST_PAUSE_MS = 30_000;

/** @typedef {{ expire: (tags: string[]) => unknown; started: boolean }} Listener */

/**
 * Tags from a notification's payload: a JSON array of strings, anything else ignored.
 * @param {string | undefined} payload
 * @returns {string[]}
 */
export function tagsFrom(payload) {
  try {
    const tags = JSON.parse(payload ?? "[]");
    return Array.isArray(tags) ? tags.filter((tag) => typeof tag === "string" && tag.length > 0 && tag.length < 1000) : [];
  } catch {
    return [];
  }
}

/**
 * Listens once per process, for as long as it runs; `expire` is the latest
 * one given (Next makes a cache handler per request, and any of them expires
 * the same process-wide tags). Reconnects with growing pauses when the
 * database goes away; an expiry announced meanwhile is missed, as a purge
 * sent to a proxy that is down would be.
 * @param {(tags: string[]) => unknown} expire
 * @param {{ databaseUrl?: string }} [options]
 */
export function hearExpiries(expire, options = {}) {
  const holder = /** @type {{ [LISTENER]?: Listener }} */ (/** @type {unknown} */ (globalThis));
  const listener = (holder[LISTENER] ??= { expire, started: false });
  listener.expire = expire;
  const url = options.databaseUrl ?? process.env.DATABASE_URL?.trim();
  if (listener.started || !url) return;
  listener.started = true;

  let pause = FIRST_PAUSE_MS;
  const connect = () => {
    const client = new pg.Client({ connectionString: url, application_name: "onrecord-cache-expiries" });
    let retried = false;
    const retry = () => {
      if (retried) return;
      retried = true;
      client.end().catch(() => {});
      setTimeout(connect, pause).unref();
      pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
    };
    client.on("notification", (message) => {
      const tags = tagsFrom(message.payload);
      if (tags.length > 0) Promise.resolve(listener.expire(tags)).catch(() => {});
    });
    client.on("error", retry);
    client.on("end", retry);
    client
      .connect()
      .then(() => client.query(`LISTEN ${EXPIRY_CHANNEL}`))
      .then(() => {
        pause = FIRST_PAUSE_MS;
        // Listening must not keep a process alive that is otherwise done.
        /** @type {any} */ (client).connection?.stream?.unref?.();
      })
      .catch(retry);
  };
  connect();
}
