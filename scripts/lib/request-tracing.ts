import { randomBytes } from "node:crypto";
import http from "node:http";
import type { Logger } from "pino";
import { inRequest, type RequestContext } from "../../lib/observability/request-context.ts";
import type { CacheResult, Metrics } from "./metrics.ts";
import { pathOf, type RouteGroup, routeGroup } from "./route-group.ts";

// Each request's id, its access line and its figures in /metrics, for the
// production server (scripts/serve.ts).
//
// The id comes from a trusted proxy's X-Request-Id (TRUST_PROXY_HOPS > 0, so
// Varnish's or a balancer's id follows the request through), else is made
// here: a random prefix for this process and a counter, unique without a
// random draw per request. The app sees it as the request's X-Request-Id; the
// client gets it back in the answer's.

const PREFIX = randomBytes(4).toString("hex");
let counter = 0;
const WELL_FORMED = /^[\w.:@/+=-]{1,128}$/;

export function requestIdFor(headers: http.IncomingHttpHeaders, hops: number): string {
  const given = hops > 0 ? headers["x-request-id"] : undefined;
  if (typeof given === "string" && WELL_FORMED.test(given)) return given;
  counter += 1;
  return `${PREFIX}-${counter.toString(36)}`;
}

export type Tracing = { hops: number; metrics: Metrics; logger: Logger };

// Answers carry X-Request-Id, put in as their headers are written: an answer
// kept in the in-memory copy then never carries the id of the request that
// first fetched it (page-cache.ts keeps the headers set before that).
export function tracedResponseClass(hops: number) {
  const writeHead = http.ServerResponse.prototype.writeHead as (this: http.ServerResponse, ...args: unknown[]) => http.ServerResponse;
  class TracedResponse extends http.ServerResponse {
    requestId = "";
  }
  (TracedResponse.prototype as unknown as { writeHead: unknown }).writeHead = function (this: TracedResponse, ...args: unknown[]) {
    this.requestId ||= requestIdFor(this.req?.headers ?? {}, hops);
    if (!this.headersSent) {
      const last = args.length > 1 ? args[args.length - 1] : undefined;
      // A copy's header object is shared by every reader: extended, not changed.
      if (last && typeof last === "object" && !Array.isArray(last)) args[args.length - 1] = { ...last, "x-request-id": this.requestId };
      else this.setHeader("x-request-id", this.requestId);
    }
    return writeHead.apply(this, args);
  };
  return TracedResponse;
}
export type TracedResponse = InstanceType<ReturnType<typeof tracedResponseClass>>;

const NEXT_CACHE: Record<string, CacheResult> = { HIT: "hit", MISS: "miss", STALE: "stale" };

// A page sent from the in-memory copy: counted, and logged only at debug.
export function tracedCopyAnswer(request: http.IncomingMessage, response: TracedResponse, tracing: Tracing) {
  const path = pathOf(request.url);
  const group = routeGroup(request.method, path, request.headers);
  tracing.metrics.answeredFromCopy(group);
  if (tracing.logger.isLevelEnabled("debug")) {
    tracing.logger.debug(
      { source: "http", requestId: response.requestId, method: request.method, path, group, status: response.statusCode, cache: "memory" },
      "answered",
    );
  }
}

// Any other request: its id is set now, the rest of its handling runs in its
// context (so every line logged meanwhile carries the id, and the user once
// the session is read), and its line and figures are written when it ends.
export function traceRequest(request: http.IncomingMessage, response: TracedResponse, tracing: Tracing, handle: () => void) {
  const began = performance.now();
  const requestId = requestIdFor(request.headers, tracing.hops);
  response.requestId = requestId;
  request.headers["x-request-id"] = requestId;
  const path = pathOf(request.url);
  const group: RouteGroup = routeGroup(request.method, path, request.headers);
  const context: RequestContext = { requestId };
  response.once("close", () => {
    const seconds = (performance.now() - began) / 1000;
    const status = response.statusCode;
    const nextCache = NEXT_CACHE[String(response.getHeader("x-nextjs-cache"))] ?? null;
    tracing.metrics.answered(group, status, seconds, nextCache);
    const level = status >= 500 ? "error" : "info";
    tracing.logger[level](
      {
        source: "http",
        requestId,
        ...(context.userId ? { userId: context.userId } : {}),
        method: request.method,
        path,
        group,
        status,
        ms: Math.round(seconds * 10_000) / 10,
        ...(nextCache ? { cache: nextCache } : {}),
        ...(response.writableFinished ? {} : { aborted: true }),
      },
      "answered",
    );
  });
  inRequest(context, handle);
}
