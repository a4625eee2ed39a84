// Visiting many sites politely: the pages of one host are fetched by at most
// `perHost` lanes at once, each lane pausing `pauseMs` after a request before
// its next one, so a newsroom that cites one outlet two hundred times does
// not hammer it; different hosts proceed side by side, up to `hostsAtOnce`.
// Work stops being started once `shouldStop()` says so (the worker is
// stopping, or the run is out of time); what was not started is returned.

export type Pacing = { perHost: number; pauseMs: number; hostsAtOnce: number };

export const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return "";
  }
};

const pause = (ms: number, shouldStop: () => boolean) =>
  new Promise<void>((resolve) => {
    if (ms <= 0 || shouldStop()) return resolve();
    // Checked every quarter second so a stop is not held up by a long pause.
    const began = Date.now();
    const tick = setInterval(
      () => {
        if (shouldStop() || Date.now() - began >= ms) {
          clearInterval(tick);
          resolve();
        }
      },
      Math.min(250, ms),
    );
  });

export async function visitPolitely<T extends { url: string }>(
  items: readonly T[],
  pacing: Pacing,
  visit: (item: T) => Promise<void>,
  shouldStop: () => boolean,
): Promise<{ notStarted: T[] }> {
  const byHost = new Map<string, T[]>();
  for (const item of items) {
    const host = hostOf(item.url);
    byHost.set(host, [...(byHost.get(host) ?? []), item]);
  }
  const hostQueues = [...byHost.values()];
  const notStarted: T[] = [];

  const workHost = async (queue: T[]) => {
    const lane = async () => {
      let first = true;
      for (;;) {
        if (shouldStop()) return;
        const item = queue.shift();
        if (!item) return;
        if (!first) await pause(pacing.pauseMs, shouldStop);
        first = false;
        if (shouldStop()) {
          queue.unshift(item);
          return;
        }
        await visit(item);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, pacing.perHost) }, lane));
    notStarted.push(...queue);
  };

  // A fixed number of hosts at a time; each takes the next host when done.
  let next = 0;
  const hostWorker = async () => {
    while (next < hostQueues.length) {
      const queue = hostQueues[next]!;
      next += 1;
      if (shouldStop()) notStarted.push(...queue);
      else await workHost(queue);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(pacing.hostsAtOnce, hostQueues.length)) }, hostWorker));
  return { notStarted };
}
