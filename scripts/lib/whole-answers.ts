import type { IncomingMessage, ServerResponse } from "node:http";
import { writtenChunk } from "./written-chunk.ts";

// A reader's answer leaves this instance in one piece: what Next writes bit
// by bit is gathered and sent with its headers in one write at the end.
//
// Why: behind a load balancer an instance can die at any moment (a crash, an
// out-of-memory kill, SIGKILL). An answer that has not started is asked of
// another instance by the balancer (ops/varnish/rules.vcl); one that has
// started cannot be, and the reader gets half a page. Once written, an
// answer is the kernel's to deliver even if the process is gone, so the only
// answers a death can break are those not yet begun, which the balancer
// retries.
//
// Only reads outside the desk: public pages are small and mostly come whole
// from a cache anyway, while the desk's pages stream their slower parts.

type Callback = (error?: Error | null) => void;

const isCallback = (value: unknown): value is Callback => typeof value === "function";

export function isReaderRequest(request: IncomingMessage) {
  return (request.method === "GET" || request.method === "HEAD") && !(request.url ?? "").startsWith("/desk");
}

// What to send instead of a failed answer (scripts/lib/unavailable-pages.ts),
// or null to send it as Next wrote it.
export type Replacement = { status: number; headers: Record<string, string>; body: string };
export type ReplaceFailure = () => Promise<Replacement | null>;

// Headers that describe Next's own body or its caching, dropped with it.
const BODY_HEADERS = /^(content-(type|length|encoding|language|disposition|range)$|etag$|cache-control$|vary$|link$|x-nextjs-|surrogate-key$|cache-tag$)/i;

export function answerInOnePiece(response: ServerResponse, replaceFailure?: ReplaceFailure) {
  const chunks: Buffer[] = [];
  // Next sends the headers ahead of the first part of the body; here they go
  // with the whole of it.
  response.flushHeaders = () => {};
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  // Next writes an error page's head with writeHead, after which no header
  // can change: while a failure may still be replaced, the head is held and
  // written with the body.
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  let heldHead: unknown[] | null = null;
  if (replaceFailure) {
    response.writeHead = ((...args: unknown[]) => {
      heldHead = args;
      return response;
    }) as typeof response.writeHead;
  }
  response.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    const buffer = writtenChunk(chunk, encoding);
    if (buffer) chunks.push(buffer);
    const done = isCallback(encoding) ? encoding : isCallback(callback) ? callback : null;
    if (done) queueMicrotask(() => done());
    return true;
  }) as typeof response.write;
  response.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    const buffer = writtenChunk(chunk, encoding);
    if (buffer) chunks.push(buffer);
    const done = isCallback(chunk) ? chunk : isCallback(encoding) ? encoding : isCallback(callback) ? callback : undefined;
    // Node's end writes an implicit head through writeHead: the real one again.
    const releaseHead = () => {
      if (replaceFailure) response.writeHead = writeHead as typeof response.writeHead;
    };
    const whole = () => {
      releaseHead();
      if (heldHead) writeHead(...heldHead);
      return chunks.length > 0 ? end(Buffer.concat(chunks), done) : end(done);
    };
    // Nothing has been sent yet, so a failure can still be answered otherwise.
    const status = heldHead ? Number(heldHead[0]) : response.statusCode;
    if (!replaceFailure || status < 500 || response.headersSent) return whole();
    replaceFailure().then(
      (replacement) => {
        if (!replacement) return void whole();
        releaseHead();
        for (const [name, value] of heldHeaders(heldHead)) response.setHeader(name, value);
        for (const name of response.getHeaderNames()) if (BODY_HEADERS.test(name)) response.removeHeader(name);
        response.statusCode = replacement.status;
        for (const [name, value] of Object.entries(replacement.headers)) response.setHeader(name, value);
        end(replacement.body, done);
      },
      () => void whole(),
    );
    return response;
  }) as typeof response.end;
}

// The headers given to writeHead(status, [message], [headers]), as an object
// or as Node's flat [name, value, name, value] list.
function heldHeaders(head: unknown[] | null): [string, string | string[]][] {
  const headers = head?.find((argument, index) => index > 0 && typeof argument === "object" && argument !== null);
  if (!headers) return [];
  if (Array.isArray(headers)) {
    const pairs: [string, string][] = [];
    for (let index = 0; index + 1 < headers.length; index += 2) pairs.push([String(headers[index]), String(headers[index + 1])]);
    return pairs;
  }
  return Object.entries(headers as Record<string, string | string[] | number | undefined>)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => [name, Array.isArray(value) ? value : String(value)]);
}
