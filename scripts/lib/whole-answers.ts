import type { IncomingMessage, ServerResponse } from "node:http";

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

function toBuffer(chunk: unknown, encoding: unknown): Buffer | null {
  if (chunk === undefined || chunk === null || isCallback(chunk)) return null;
  if (Buffer.isBuffer(chunk)) return chunk;
  if (typeof chunk === "string") return Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
  return Buffer.from(chunk as Uint8Array);
}

export function isReaderRequest(request: IncomingMessage) {
  return (request.method === "GET" || request.method === "HEAD") && !(request.url ?? "").startsWith("/desk");
}

export function answerInOnePiece(response: ServerResponse) {
  const chunks: Buffer[] = [];
  // Next sends the headers ahead of the first part of the body; here they go
  // with the whole of it.
  response.flushHeaders = () => {};
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  response.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    const buffer = toBuffer(chunk, encoding);
    if (buffer) chunks.push(buffer);
    const done = isCallback(encoding) ? encoding : isCallback(callback) ? callback : null;
    if (done) queueMicrotask(() => done());
    return true;
  }) as typeof response.write;
  response.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    const buffer = toBuffer(chunk, encoding);
    if (buffer) chunks.push(buffer);
    const done = isCallback(chunk) ? chunk : isCallback(encoding) ? encoding : isCallback(callback) ? callback : undefined;
    return chunks.length > 0 ? end(Buffer.concat(chunks), done) : end(done);
  }) as typeof response.end;
}
