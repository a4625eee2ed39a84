import { test as base, expect } from "@playwright/test";
import { type Cluster, startCluster } from "../../../scripts/cluster/cluster";
import { useDatabaseAt } from "../../e2e/support/database";

// The cluster every test of the suite runs against, started once per worker
// on ports of its own (so `npm run cluster` can run beside it).
// Fixed ports stay below 32768, out of the range Linux hands out to outgoing
// connections (32768-60999): a test run opens thousands of those, and one
// that happened to hold a server's port made it fail to start.
export const PORTS = { front: 3500, a: 3501, b: 3502, redis: 6501, primary: 25501, replica: 25502 };

export const test = base.extend<object, { cluster: Cluster }>({
  cluster: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixture's dependencies from this pattern
    async ({}, use) => {
      const cluster = await startCluster({ ports: PORTS, log: (line) => console.log(`[cluster] ${line}`) });
      useDatabaseAt(cluster.primary.url);
      await use(cluster);
      await cluster.stop();
    },
    { scope: "worker", timeout: 600_000 },
  ],
});

export { expect };

// What a reader gets from one address: its status and text.
export async function read(url: string) {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  return { status: response.status, text: await response.text(), cache: response.headers.get("x-nextjs-cache") };
}

// Asks every address at once, again and again, until each answers as
// `check` wants, and says how long that took: the time a reader somewhere
// could still get the old answer. Fails when that is over `withinMs`.
export async function everywhere(urls: string[], check: (answer: { status: number; text: string }, url: string) => boolean, withinMs = 1000) {
  const began = Date.now();
  let pending = urls;
  while (pending.length > 0) {
    const answers = await Promise.all(pending.map(async (url) => ({ url, ok: check(await read(url), url) })));
    pending = answers.filter((answer) => !answer.ok).map((answer) => answer.url);
    if (pending.length > 0 && Date.now() - began > withinMs) expect(pending, `still answering the old way after ${withinMs} ms`).toEqual([]);
    if (pending.length > 0) await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return Date.now() - began;
}
