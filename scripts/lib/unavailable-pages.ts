import type { IncomingMessage } from "node:http";
import pg from "pg";
import { settings } from "../../lib/settings.ts";
import type { ReplaceFailure } from "./whole-answers.ts";

// A public page rendered on its first request (a claim, speaker or topic not
// yet in the cache, a search) fails when the database does not answer, and
// Next answers 500: "something is broken here". For a reader, and for a
// balancer or crawler deciding whether to retry or forget the address, the
// truth is 503: temporarily unavailable, try again. So when a public page
// fails, the database is asked (on a connection of its own, as readiness
// does); if it does not answer, the page becomes a plain 503 that no cache
// keeps (Cache-Control: no-store; lib/caching/keep-in-cache.js refuses 503
// too). A failure with the database up stays a 500: that one is a bug.

// Pages, not routes: the read API, feeds and images answer in their own format.
const PUBLIC_PAGE = /^\/(?:(?:claims|speakers|topics|search|corrections|methodology)(?:\/[^?.]*)?)?(?:\?.*)?$/;

// During an outage every uncached page fails; one probe serves them all for a
// moment rather than one connection attempt per failed request.
const PROBE_KEPT_MS = 2000;
const PROBE_TIMEOUT_MS = 1500;
let lastProbe: { at: number; answers: Promise<boolean> } | null = null;

export function databaseAnswers(connectionString = settings().DATABASE_URL): Promise<boolean> {
  if (lastProbe && Date.now() - lastProbe.at < PROBE_KEPT_MS) return lastProbe.answers;
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: PROBE_TIMEOUT_MS, query_timeout: PROBE_TIMEOUT_MS });
  client.on("error", () => {});
  const answers = client
    .connect()
    .then(() => client.query("SELECT 1"))
    .then(
      () => true,
      () => false,
    )
    .finally(() => client.end().catch(() => {}));
  lastProbe = { at: Date.now(), answers };
  return answers;
}

export const UNAVAILABLE_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Temporarily unavailable · OnRecord</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.5">
<main>
<h1>Temporarily unavailable</h1>
<p>This page cannot be shown right now: the newsroom's database is not answering. Nothing is wrong with the address. Try again in a minute.</p>
<p><a href="/">OnRecord's front page</a> may still be available.</p>
</main>
</body>
</html>
`;

export function unavailableWhenDatabaseIsDown(request: IncomingMessage, probe: () => Promise<boolean> = databaseAnswers): ReplaceFailure | undefined {
  if (request.method !== "GET" && request.method !== "HEAD") return undefined;
  if (!PUBLIC_PAGE.test(request.url ?? "")) return undefined;
  return async () =>
    (await probe())
      ? null
      : {
          status: 503,
          headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Retry-After": "30" },
          body: UNAVAILABLE_PAGE,
        };
}
