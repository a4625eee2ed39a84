import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { after } from "next/server";
import { isResting, type Replica, replicas, rest } from "@/lib/database/replicas";
import { isUnreachable } from "@/lib/database/unreachable";
import { prisma } from "@/lib/db";

// A publication must not leave a page in the cache that was rendered from a
// replica which had not yet seen it: the cache would serve the old verdict
// until the next change. So before the public pages are refreshed (their
// cache tags expired, lib/caching/refresh-*.ts), we wait until every replica
// has replayed all the WAL the primary had written once the change committed.
//
// - No replicas configured: no wait and no query.
// - A replica that cannot be reached is skipped: public reads are not using
//   it (lib/database/replicas.ts rests it).
// - A replica still behind after CATCH_UP_WAIT_MS: the refresh goes ahead
//   (the person publishing should not wait longer), a warning names the
//   replica, and the replica is watched in the background for up to
//   CATCH_UP_WATCH_MS; once it has caught up, the same refresh runs again, so
//   whatever was rendered from it in between is thrown away.

export const CATCH_UP_POLL_MS = 20;
// Streaming replicas on a healthy network replay within milliseconds; three
// seconds is well past that and still a bearable pause after pressing Publish.
export const CATCH_UP_WAIT_MS = 3_000;
export const CATCH_UP_WATCH_MS = 60_000;

export type CatchUp = { lsn: string | null; behind: string[]; skipped: string[] };

type Progress = "caught-up" | "behind" | "skipped";

// pg_last_wal_replay_lsn() is the end of the last WAL record the replica has
// applied; a server that is not in recovery is a primary, with nothing to wait
// for. The change has committed by now, so a replica that cannot answer is
// skipped rather than failing the refresh.
async function progress(replica: Replica, lsn: string): Promise<Progress> {
  if (isResting(replica)) return "skipped";
  try {
    const [row] = await replica.client.$queryRaw<{ caughtUp: boolean }[]>`
      SELECT NOT pg_is_in_recovery() OR coalesce(pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn, false) AS "caughtUp"`;
    return row?.caughtUp ? "caught-up" : "behind";
  } catch (error) {
    if (isUnreachable(error)) rest(replica, error);
    else console.error(`[replicas] could not ask ${replica.name} how far it has replayed:`, error);
    return "skipped";
  }
}

// Polls until the replica has replayed `lsn`, it becomes unreachable, or the
// time is up; answers what it last saw.
async function awaitReplay(replica: Replica, lsn: string, withinMs: number): Promise<Progress> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const seen = await progress(replica, lsn);
    if (seen !== "behind" || Date.now() >= deadline) return seen;
    await new Promise((resolve) => setTimeout(resolve, CATCH_UP_POLL_MS));
  }
}

// Set while a refresh runs again after a late replica caught up, so that
// second refresh does not wait and watch all over again.
const refreshingAgain = new AsyncLocalStorage<true>();

// Next's after() keeps a server action's context alive once its answer is
// sent, which is what lets the refresh expire cache tags then. Outside a
// request (a script, a test) there is no such context: it just runs.
function inBackground(task: () => Promise<void>) {
  try {
    after(task);
  } catch {
    void task();
  }
}

export async function waitForReplicas(
  refreshAgain: () => unknown,
  options: { waitMs?: number; watchMs?: number; inBackground?: (task: () => Promise<void>) => void } = {},
): Promise<CatchUp> {
  const configured = replicas();
  if (configured.length === 0 || refreshingAgain.getStore()) return { lsn: null, behind: [], skipped: [] };
  const [primary] = await prisma.$queryRaw<{ lsn: string }[]>`SELECT pg_current_wal_lsn()::text AS lsn`;
  const lsn = primary!.lsn;
  const seen = await Promise.all(configured.map((replica) => awaitReplay(replica, lsn, options.waitMs ?? CATCH_UP_WAIT_MS)));
  const behind = configured.filter((_, index) => seen[index] === "behind");
  const skipped = configured.filter((_, index) => seen[index] === "skipped");
  if (behind.length > 0) {
    const names = behind.map((replica) => replica.name).join(", ");
    console.warn(`[replicas] ${names} had not replayed the primary's WAL up to ${lsn} in time; the public pages are refreshed now, and again once it has`);
    (options.inBackground ?? inBackground)(async () => {
      const later = await Promise.all(behind.map((replica) => awaitReplay(replica, lsn, options.watchMs ?? CATCH_UP_WATCH_MS)));
      // Refreshing while every late replica is still behind would only render
      // the same stale pages again.
      if (later.every((seen) => seen === "behind")) {
        console.warn(`[replicas] ${names} still had not replayed ${lsn} after ${(options.watchMs ?? CATCH_UP_WATCH_MS) / 1000} s: is replication running?`);
        return;
      }
      try {
        await refreshingAgain.run(true, refreshAgain);
      } catch (error) {
        console.error("[replicas] refreshing the public pages again after a late replica failed:", error);
      }
    });
  }
  return { lsn, behind: behind.map((replica) => replica.name), skipped: skipped.map((replica) => replica.name) };
}
