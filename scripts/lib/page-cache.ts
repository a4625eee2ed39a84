import type { IncomingMessage, ServerResponse } from "node:http";
import { writtenChunk } from "./written-chunk.ts";

// A small in-memory copy of the public pages Next serves from its own cache,
// kept in front of Next in the production server (scripts/serve.ts).
//
// Why: a cached verdict page still costs Next routing, header rules and a
// cache lookup on every request; when a verdict goes viral that overhead is
// what limits how many readers one instance can serve. Here a page Next
// answered as a cache HIT is kept as bytes and sent straight back.
//
// Staying right: only pages Next itself served from its cache are kept (so
// only what Next would serve unchanged), and the code that refreshes public
// pages after a publication, correction, unpublication or scale change calls
// `forget` (through lib/caching/served-pages.js) right after expiring
// Next's own copies, so the next reader gets exactly what Next's revalidation
// decides. A page whose reading began before a `forget` is not kept. Nothing a
// visitor sends can empty the copy. With several instances the cache handler
// hears every instance's expiries through Redis and forgets the same way
// (lib/caching/redis-link.js); while it cannot hear them nothing is kept.
//
// Bounded: only 200 answers are kept (a made-up address is a 404 and never
// enters), at most maxEntries pages and maxTotalBytes of bodies in all; the
// oldest copy goes first when either is reached.

type Entry = { status: number; headers: Record<string, string | string[]>; body: Buffer; storedAt: number };

export type PageCacheOptions = {
  maxEntries?: number;
  maxAgeMs?: number;
  maxBodyBytes?: number;
  maxTotalBytes?: number;
  now?: () => number;
  // False while this instance cannot hear other instances' expiries (the
  // shared cache's listener is down): nothing is kept then.
  mayKeep?: () => boolean;
};

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;

// Requests the client router makes for page data (RSC payloads, prefetches,
// server actions) vary on these headers; they always go to Next.
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url", "next-action"];
const NOT_STORED = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length"]);

function cacheKey(request: IncomingMessage): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const url = request.url ?? "";
  if (url.includes("?") || !url.startsWith("/") || url.startsWith("/_next/") || url.startsWith("/api/") || url.startsWith("/desk")) return null;
  if (ROUTER_HEADERS.some((name) => request.headers[name] !== undefined)) return null;
  // Next compresses with gzip when asked; the compressed and plain bodies are kept apart.
  const gzip = /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
  return `${gzip ? "gzip" : "identity"} ${url}`;
}

function storable(response: ServerResponse, key: string): boolean {
  if (response.statusCode !== 200 || response.getHeader("set-cookie") !== undefined) return false;
  if (response.getHeader("x-nextjs-cache") !== "HIT") return false;
  const encoding = response.getHeader("content-encoding");
  return key.startsWith("gzip") ? encoding === undefined || encoding === "gzip" : encoding === undefined;
}

export function withPageCache(
  handle: Handler,
  options: PageCacheOptions = {},
): { handle: Handler; forget: () => void; answerFromCopy: (request: IncomingMessage, response: ServerResponse) => boolean } {
  const maxEntries = options.maxEntries ?? 500;
  const maxAgeMs = options.maxAgeMs ?? 30_000;
  const maxBodyBytes = options.maxBodyBytes ?? 2_000_000;
  // 500 verdict pages of ~50 KB fill half of it; a few very large pages
  // cannot push the process past it.
  const maxTotalBytes = options.maxTotalBytes ?? 64_000_000;
  const now = options.now ?? Date.now;
  const mayKeep = options.mayKeep ?? (() => true);
  const entries = new Map<string, Entry>();
  let totalBytes = 0;
  const remove = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    totalBytes -= entry.body.length;
    entries.delete(key);
  };
  const store = (key: string, entry: Entry) => {
    if (entry.body.length > maxTotalBytes) return;
    remove(key);
    while (entries.size > 0 && (entries.size >= maxEntries || totalBytes + entry.body.length > maxTotalBytes)) remove(entries.keys().next().value!);
    entries.set(key, entry);
    totalBytes += entry.body.length;
  };
  // Bumped by every forget; a page read across a bump is not kept.
  let generation = 0;

  const forget = () => {
    generation += 1;
    entries.clear();
    totalBytes = 0;
  };

  function serve(entry: Entry, request: IncomingMessage, response: ServerResponse) {
    // The headers were made ready when the copy was kept (see capture).
    response.writeHead(entry.status, entry.headers);
    response.end(request.method === "HEAD" ? undefined : entry.body);
  }

  function capture(key: string, response: ServerResponse) {
    const startedIn = generation;
    const chunks: Buffer[] = [];
    let size = 0;
    let keep = true;
    const take = (chunk: unknown, encoding?: unknown) => {
      const buffer = keep ? writtenChunk(chunk, encoding) : null;
      if (!buffer) return;
      size += buffer.length;
      if (size > maxBodyBytes) keep = false;
      else chunks.push(buffer);
    };
    const write = response.write.bind(response) as (...args: unknown[]) => boolean;
    const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
    response.write = ((...args: unknown[]) => {
      take(args[0], args[1]);
      return write(...args);
    }) as typeof response.write;
    response.end = ((...args: unknown[]) => {
      take(args[0], args[1]);
      if (keep && generation === startedIn && mayKeep() && storable(response, key)) {
        const headers: Record<string, string | string[]> = {};
        for (const [name, value] of Object.entries(response.getHeaders())) {
          if (value !== undefined && !NOT_STORED.has(name)) headers[name] = Array.isArray(value) ? value : String(value);
        }
        const body = Buffer.concat(chunks);
        headers["content-length"] = String(body.length);
        headers["x-onrecord-cache"] = "HIT";
        store(key, { status: 200, headers, body, storedAt: now() });
      }
      return end(...args);
    }) as typeof response.end;
  }

  const cachedHandle = (request: IncomingMessage, response: ServerResponse) => {
    const key = cacheKey(request);
    if (key === null) return handle(request, response);
    const entry = entries.get(key);
    if (entry && now() - entry.storedAt < maxAgeMs) return serve(entry, request, response);
    if (entry) remove(key);
    if (request.method === "GET") capture(key, response);
    return handle(request, response);
  };
  // Answers from the copy alone, or says it cannot: the production server
  // asks this first, before any other work on the request, since a copy is
  // the same for every reader (scripts/serve.ts).
  const answerFromCopy = (request: IncomingMessage, response: ServerResponse): boolean => {
    const key = cacheKey(request);
    const entry = key === null ? undefined : entries.get(key);
    if (!entry || now() - entry.storedAt >= maxAgeMs) return false;
    serve(entry, request, response);
    return true;
  };
  return { handle: cachedHandle, forget, answerFromCopy };
}
