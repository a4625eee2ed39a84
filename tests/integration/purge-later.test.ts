import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PURGE_LATER, purgeTags } from "@/lib/caching/purge";
import { purgeProxyJob } from "@/lib/caching/purge-job";
import { queueJob } from "@/lib/jobs/boss";
import type { JobDefinition } from "@/lib/jobs/job";
import { type RunningWorker, startWorker } from "@/lib/jobs/worker";
import { createLogger } from "@/lib/observability/log";

// A purge the proxy does not take at the time of a change (Varnish
// restarting, a CDN's outage) is not dropped: it becomes a purge-proxy job,
// kept in PostgreSQL and sent again until the proxy takes it.

let proxy: http.Server;
let proxyUrl = "";
let refusing = true;
const received: string[] = [];
let worker: RunningWorker;

beforeAll(async () => {
  // Answers PURGE like Varnish: 200 when up, 503 while "restarting".
  proxy = http.createServer((request, response) => {
    if (request.method === "PURGE") received.push(`${refusing ? 503 : 200} ${request.headers["surrogate-key"]}`);
    response.statusCode = refusing ? 503 : 200;
    response.end();
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/`;
  // The job as defined, with a short first pause so the test need not wait 30 s.
  const quick: JobDefinition<object> = { ...(purgeProxyJob as JobDefinition<object>), retryDelaySeconds: 1 };
  worker = await startWorker({
    databaseUrl: process.env.DATABASE_URL as string,
    jobs: [quick],
    pollingIntervalSeconds: 0.5,
    log: createLogger({ level: "silent" }),
  });
});

afterAll(async () => {
  await worker?.stop();
  await new Promise<void>((resolve) => proxy?.close(() => resolve()));
  delete process.env.CACHE_PURGE_URL;
  delete (globalThis as unknown as Record<symbol, unknown>)[PURGE_LATER];
});

describe("a purge the proxy did not take", () => {
  it("is handed to the job queue once the quick retries are spent", async () => {
    const handed: string[][] = [];
    (globalThis as unknown as Record<symbol, unknown>)[PURGE_LATER] = (tags: string[]) => handed.push(tags);
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    refusing = true;

    const outcome = await purgeTags(["claim:iran-restraint", "published-verdicts", "claim:iran-restraint"], { url: proxyUrl, pause: async () => {} });

    expect(outcome).toMatchObject({ delivered: false, status: 503 });
    expect(handed).toEqual([["claim:iran-restraint", "published-verdicts"]]);
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(/the purge-proxy job will keep trying/));
    logged.mockRestore();
  });

  it("is sent again by the job until the proxy is back, then delivered", async () => {
    process.env.CACHE_PURGE_URL = proxyUrl;
    refusing = true;
    received.length = 0;
    vi.spyOn(console, "error").mockImplementation(() => {});

    await queueJob("purge-proxy", { tags: ["claim:settled-forecast"] });
    // The job's first try meets the proxy still refusing.
    await expect.poll(() => received.length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(received[0]).toBe("503 claim:settled-forecast");
    refusing = false;

    await expect.poll(() => received.at(-1), { timeout: 15_000 }).toBe("200 claim:settled-forecast");
    const [job] = await worker.boss.findJobs("purge-proxy");
    await expect.poll(async () => (await worker.boss.findJobs("purge-proxy", { id: job?.id ?? "" }))[0]?.state, { timeout: 5_000 }).toBe("completed");
    vi.restoreAllMocks();
  });
});
