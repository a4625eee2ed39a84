import { readdir, readFile } from "node:fs/promises";
import { processTree } from "./pin";

// How much CPU processes other than this benchmark's used while it measured.
// On a two-core machine shared with other work (a test suite, a build) a
// figure taken while something else ran says little, and wrk cannot tell:
// this says so beside the figure. Every process that is not this one or one
// of its descendants (the servers, wrk) is sampled every 250 ms; one that
// lives for less than that is missed, so the share is a lower bound.

const TICKS_PER_SECOND = 100; // USER_HZ on Linux
const EVERY_MS = 250;

async function cpuTicks(pid: string): Promise<number | null> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => null);
  if (!stat) return null;
  // The command name (field 2) may hold spaces; the fields after it are plain.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(fields[11]) + Number(fields[12]); // utime + stime
}

async function othersTicks(): Promise<Map<string, number>> {
  const ours = new Set((await processTree(process.pid)).map(String));
  const pids = (await readdir("/proc")).filter((name) => /^\d+$/.test(name) && !ours.has(name));
  const ticks = await Promise.all(pids.map(async (pid) => [pid, await cpuTicks(pid)] as const));
  return new Map(ticks.filter((entry): entry is readonly [string, number] => entry[1] !== null));
}

// Starts sampling; the function returned stops and gives the share of one
// core the other processes used meanwhile (0.25 = a quarter of a core).
export async function watchOthersCpu(): Promise<() => Promise<number>> {
  const began = performance.now();
  const first = await othersTicks();
  const latest = new Map(first);
  let sampling = true;
  const loop = (async () => {
    while (sampling) {
      await new Promise((resolve) => setTimeout(resolve, EVERY_MS));
      for (const [pid, ticks] of await othersTicks()) latest.set(pid, ticks);
    }
  })();
  return async () => {
    sampling = false;
    await loop;
    let used = 0;
    // A process that started meanwhile counts from zero.
    for (const [pid, ticks] of latest) used += ticks - (first.get(pid) ?? 0);
    return used / TICKS_PER_SECOND / ((performance.now() - began) / 1000);
  };
}
