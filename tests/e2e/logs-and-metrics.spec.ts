import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { ACCOUNTS, signIn } from "./support/accounts";
import { E2E } from "./support/env";

// What an operator gets from the running production server: an id on every
// answer, JSON log lines they can search by it, and /metrics for Prometheus,
// which only the holder of METRICS_TOKEN may read.

type Line = Record<string, unknown>;

function serverLines(): Line[] {
  return readFileSync(E2E.logFile, "utf8")
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Line);
}

async function lineFor(requestId: string): Promise<Line> {
  let found: Line | undefined;
  await expect.poll(() => (found = serverLines().find((line) => line.requestId === requestId && line.source === "http"))).toBeTruthy();
  return found!;
}

test("every answer carries a request id, and its access line has the time, level, id, route group and status, without the query string", async ({
  request,
}) => {
  const first = await request.get("/methodology?ref=newsletter&token=do-not-log-me");
  const second = await request.get("/methodology");
  const id = first.headers()["x-request-id"];
  expect(id).toMatch(/^[\w.:@/+=-]{6,}$/);
  expect(second.headers()["x-request-id"]).not.toBe(id);

  const line = await lineFor(id!);
  expect(line).toMatchObject({ level: "info", source: "http", method: "GET", path: "/methodology", group: "page", status: 200 });
  expect(new Date(String(line.time)).toISOString()).toBe(line.time);
  expect(typeof line.ms).toBe("number");
  expect(readFileSync(E2E.logFile, "utf8")).not.toContain("do-not-log-me");
});

test("a client cannot choose its own request id when no trusted proxy is configured", async ({ request }) => {
  const answer = await request.get("/methodology", { headers: { "x-request-id": "forged-by-client" } });
  expect(answer.headers()["x-request-id"]).not.toBe("forged-by-client");
});

test("an editor's desk requests are logged with their user id, and no password or cookie reaches the log", async ({ page }) => {
  await signIn(page, "editor");
  const answer = await page.request.get("/desk");
  const line = await lineFor(answer.headers()["x-request-id"]!);
  expect(line).toMatchObject({ group: "desk", status: 200, userId: expect.any(String) });
  // Every line but the start script's list of the demo's published accounts.
  const log = serverLines()
    .filter((line) => line.source !== "start")
    .map((line) => JSON.stringify(line))
    .join("\n");
  expect(log).toContain(line.requestId as string);
  expect(log).not.toContain(ACCOUNTS.editor.password);
  const cookies = await page.context().cookies();
  for (const cookie of cookies.filter((cookie) => cookie.value.length > 20)) expect(log).not.toContain(cookie.value);
});

test("/metrics refuses a caller without the token or with a wrong one", async ({ request }) => {
  const anonymous = await request.get("/metrics");
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.text()).toContain("METRICS_TOKEN");
  expect(await anonymous.text()).not.toContain("onrecord_http_requests_total");
  const wrong = await request.get("/metrics", { headers: { authorization: "Bearer not-the-right-token-at-all" } });
  expect(wrong.status()).toBe(403);
  expect(await wrong.text()).not.toContain("onrecord_http_requests_total");
});

test("/metrics with the token tells requests by route group, their time, and cache answers", async ({ request }) => {
  // A public page twice: the second comes from a cache.
  await request.get("/");
  await request.get("/");
  const answer = await request.get("/metrics", { headers: { authorization: `Bearer ${E2E.metricsToken}` } });
  expect(answer.status()).toBe(200);
  expect(answer.headers()["content-type"]).toContain("text/plain");
  const text = await answer.text();
  expect(text).toMatch(/onrecord_http_requests_total\{group="page",status="2xx"\} \d+/);
  expect(text).toMatch(/onrecord_http_request_duration_seconds_bucket\{le="0\.5",group="page"\} \d+/);
  expect(text).toMatch(/onrecord_cache_answers_total\{layer="(memory|next)",result="hit"\} [1-9]/);
  expect(text).toContain("onrecord_process_resident_memory_bytes");
  // The desk and the pages read the database: its pool and query times show.
  expect(text).toMatch(/onrecord_db_pool_connections\{pool="primary",state="total"\} \d+/);
  expect(text).toMatch(/onrecord_db_query_duration_seconds_count\{outcome="ok"\} [1-9]/);
  // The job queue, read from the database: every job's states, and the dead-letter list.
  expect(text).toMatch(/onrecord_jobs\{job="deliver-mail",state="waiting"\} \d+/);
  expect(text).toMatch(/onrecord_jobs\{job="recheck-sources",state="failed"\} \d+/);
  expect(text).toMatch(/onrecord_job_dead_letters\{job="backup"\} \d+/);
});
