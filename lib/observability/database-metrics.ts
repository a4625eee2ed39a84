import type pg from "pg";

// The database's figures for /metrics: the connection pool of the app's
// Prisma client and the time each query takes. The pool lives in Next's
// bundle (lib/db.ts) and /metrics in the production server's
// (scripts/lib/metrics.ts), each with its own copy of this module, so they
// meet on globalThis. Outside the production server nothing listens and a
// query costs one lookup more.

export type QueryListener = (seconds: number, failed: boolean) => void;

const POOLS = Symbol.for("onrecord.databasePools");
const LISTENER = Symbol.for("onrecord.queryListener");
const shared = globalThis as unknown as { [POOLS]?: Map<string, pg.Pool>; [LISTENER]?: QueryListener };

export const watchedPools = (): Map<string, pg.Pool> => (shared[POOLS] ??= new Map());

export function listenToQueries(listener: QueryListener | undefined) {
  shared[LISTENER] = listener;
}

type Query = (...args: unknown[]) => unknown;

// Times the promise-returning calls only: the pool's own query() hands the
// work to a client with a callback, which is then not counted twice.
function timed(query: Query): Query {
  return (...args) => {
    const listener = shared[LISTENER];
    if (!listener) return query(...args);
    const began = performance.now();
    const result = query(...args);
    if (result instanceof Promise) {
      result.then(
        () => listener((performance.now() - began) / 1000, false),
        () => listener((performance.now() - began) / 1000, true),
      );
    }
    return result;
  };
}

export function watchPool(name: string, pool: pg.Pool): pg.Pool {
  watchedPools().set(name, pool);
  pool.query = timed(pool.query.bind(pool) as Query) as typeof pool.query;
  pool.on("connect", (client) => {
    client.query = timed(client.query.bind(client) as Query) as typeof client.query;
  });
  return pool;
}
