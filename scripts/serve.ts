// The production HTTP server, started by scripts/start.ts in place of
// `next start`, for these reasons:
// - `next start` keeps a client's own X-Forwarded-For header, so a client
//   could claim any address and dodge the per-IP limits. Here the header is
//   rebuilt from the socket before Next sees it (see forwardingHeaders in
//   lib/auth/client-ip.ts). Likewise a client's X-Forwarded-Host, -Proto,
//   -Port and Forwarded are dropped unless a trusted proxy is configured:
//   Next trusts X-Forwarded-Host in its same-origin check for server actions.
// - Server-action posts Next cannot read answer 400 or 413, and posts from
//   another site 403, not 500 (scripts/lib/action-requests.ts); so do
//   addresses that cannot be percent-decoded (scripts/lib/request-path.ts).
// - Cached public pages are answered from a copy in memory
//   (scripts/lib/page-cache.ts), forgotten whenever tags expire on any
//   instance (lib/caching/served-pages.js).
// - With REDIS_URL the shared cache is connected before the first request,
//   and start-up says whether it answered.
// - A reader's answer is sent in one piece (scripts/lib/whole-answers.ts),
//   so an instance that dies never leaves a reader with half a page.
// - Shared caches in front are told to keep those pages a minute, not the
//   year Next announces (scripts/lib/shared-caching.ts).
// - A public page that fails because the database does not answer is a 503
//   "temporarily unavailable", never cached (scripts/lib/unavailable-pages.ts).
// - Every line the process logs is a JSON line (lib/observability/log.ts,
//   console included); each request gets an id (X-Request-Id), an access
//   line and its figures in /metrics (scripts/lib/request-tracing.ts), which
//   answers only a token or an allowed address (scripts/lib/metrics-access.ts).

import http from "node:http";
import next from "next";
import { clientIp, forwardingHeaders, trustedProxyHops } from "../lib/auth/client-ip.ts";
import { PURGE_LATER } from "../lib/caching/purge.js";
import { redisLink } from "../lib/caching/redis-link.js";
import { mayKeepServedPages, onForgetServedPages } from "../lib/caching/served-pages.js";
import { queueJob } from "../lib/jobs/boss.ts";
import { sendConsoleToLog } from "../lib/observability/console-to-log.ts";
import { log } from "../lib/observability/log.ts";
import { settings } from "../lib/settings.ts";
import { checkedActionRequest, isActionRequest, isPageFormPost } from "./lib/action-requests.ts";
import { createMetrics } from "./lib/metrics.ts";
import { answerMetrics, metricsGate } from "./lib/metrics-access.ts";
import { withPageCache } from "./lib/page-cache.ts";
import { isDecodablePath, refuseUndecodablePath } from "./lib/request-path.ts";
import { type TracedResponse, tracedCopyAnswer, tracedResponseClass, traceRequest } from "./lib/request-tracing.ts";
import { limitSharedCaching, tagForSharedCaches } from "./lib/shared-caching.ts";
import { unavailableWhenDatabaseIsDown } from "./lib/unavailable-pages.ts";
import { answerInOnePiece, isReaderRequest } from "./lib/whole-answers.ts";

const { PORT: port, HOST: hostname, ONRECORD_PAGE_CACHE, METRICS_TOKEN, METRICS_ALLOWED_ADDRESSES } = settings();
const hops = trustedProxyHops();
const logger = log();
sendConsoleToLog(logger);
const metrics = createMetrics();
const tracing = { hops, metrics, logger };
const judgeMetricsCaller = metricsGate({ token: METRICS_TOKEN, allowed: METRICS_ALLOWED_ADDRESSES });

// A purge the proxy did not take within a few seconds becomes a job
// (lib/caching/purge-job.ts), kept in PostgreSQL and tried for hours.
(globalThis as unknown as Record<symbol, (tags: string[]) => void>)[PURGE_LATER] = (tags) => void queueJob("purge-proxy", { tags });

const sharedCache = redisLink();
if (sharedCache && !(await sharedCache.whenReady())) {
  console.warn(`[onrecord] starting without the shared cache: Redis at ${sharedCache.where} does not answer yet; pages render uncached until it does`);
}

const app = next({ dev: false, dir: process.cwd(), port, hostname: hostname ?? "localhost" });
await app.prepare();
const nextHandle = app.getRequestHandler();
// Only answers Next writes need their shared lifetime shortened and to be
// gathered into one piece (whole-answers.ts): a copy from memory already
// carries the shortened header and is sent in one write.
const handleByNext = (request: http.IncomingMessage, response: http.ServerResponse) => {
  limitSharedCaching(response);
  if (isReaderRequest(request)) answerInOnePiece(response, unavailableWhenDatabaseIsDown(request));
  return nextHandle(request, response);
};
// ONRECORD_PAGE_CACHE=off serves every request through Next (the benchmark
// uses it to show what the copy in memory adds).
const pageCache = ONRECORD_PAGE_CACHE === "off" ? null : withPageCache(handleByNext, { mayKeep: mayKeepServedPages });
if (pageCache) onForgetServedPages(pageCache.forget);
const handle = pageCache?.handle ?? handleByNext;

const server = http.createServer({ ServerResponse: tracedResponseClass(hops) }, (request, response) => {
  // The hot path: a public page kept in memory goes out before any other work
  // (it carries the headers it was first sent with, its tags included).
  if (pageCache?.answerFromCopy(request, response)) return tracedCopyAnswer(request, response as TracedResponse, tracing);
  request.headers = forwardingHeaders(request.headers, request.socket.remoteAddress ?? "", hops) as http.IncomingHttpHeaders;
  traceRequest(request, response as TracedResponse, tracing, () => route(request, response));
});

function route(request: http.IncomingMessage, response: http.ServerResponse) {
  if (!isDecodablePath(request.url)) return refuseUndecodablePath(response);
  if (request.url === "/metrics" || request.url?.startsWith("/metrics?")) {
    const caller = clientIp(new Headers({ "x-forwarded-for": String(request.headers["x-forwarded-for"] ?? "") }), hops);
    return void answerMetrics(request, response, judgeMetricsCaller(request.headers.authorization, caller), metrics);
  }
  tagForSharedCaches(request, response);
  if (!isActionRequest(request) && !isPageFormPost(request)) return void handle(request, response);
  checkedActionRequest(request, response).then(
    (checked) => checked && handle(checked, response),
    // The client went away while sending its form: nothing to answer.
    () => request.socket.destroy(),
  );
}

server.listen(port, hostname, () => {
  console.log(`▲ Next.js production server ready on http://${hostname ?? "localhost"}:${port}`);
});

// Finish what is in flight, then exit; give up waiting after 10 s.
let closing = false;
function shutDown() {
  if (closing) return;
  closing = true;
  const force = setTimeout(() => process.exit(0), 10_000);
  force.unref();
  server.close(() => {
    void app.close().finally(() => process.exit(0));
  });
  server.closeIdleConnections();
}
process.on("SIGTERM", shutDown);
process.on("SIGINT", shutDown);
