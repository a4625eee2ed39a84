import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type PageCacheOptions, withPageCache } from "@/scripts/lib/page-cache";

// The in-memory copy of cached public pages in front of Next: it must answer
// repeat readers without Next, and never serve a page older than the last
// refresh of public pages. A stand-in plays Next: it answers like Next's cache (x-nextjs-cache)
// and counts how often it was asked.

type Reply = { status?: number; cache?: "HIT" | "MISS" | "STALE"; body: string; cookie?: boolean; heldUntil?: Promise<void> };
let servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  servers = [];
});

async function start(reply: (request: IncomingMessage) => Reply, options: PageCacheOptions = {}) {
  const calls: string[] = [];
  const next = async (request: IncomingMessage, response: ServerResponse) => {
    calls.push(`${request.method} ${request.url}`);
    const answer = reply(request);
    await answer.heldUntil;
    response.statusCode = answer.status ?? 200;
    response.setHeader("content-type", "text/html; charset=utf-8");
    if (answer.cache) response.setHeader("x-nextjs-cache", answer.cache);
    if (answer.cookie) response.setHeader("set-cookie", "session=1");
    const gzip = /gzip/.test(String(request.headers["accept-encoding"] ?? ""));
    if (gzip) response.setHeader("content-encoding", "gzip");
    // Written in two pieces, as a streamed page would be.
    const body = gzip ? gzipSync(answer.body) : Buffer.from(answer.body);
    response.write(body.subarray(0, 5));
    response.end(body.subarray(5));
  };
  const pageCache = withPageCache(next, options);
  const server = http.createServer(pageCache.handle);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, calls, forget: pageCache.forget, answerFromCopy: pageCache.answerFromCopy };
}

const get = (url: string, headers: Record<string, string> = {}) => fetch(url, { headers: { "accept-encoding": "identity", ...headers } });

describe("withPageCache", () => {
  it("answers a repeat reader of a page Next served from its cache without asking Next again", async () => {
    const { base, calls } = await start(() => ({ cache: "HIT", body: "<h1>Verdict</h1>" }));
    expect(await (await get(`${base}/claims/a`)).text()).toBe("<h1>Verdict</h1>");
    const second = await get(`${base}/claims/a`);
    expect(await second.text()).toBe("<h1>Verdict</h1>");
    expect(second.headers.get("x-onrecord-cache")).toBe("HIT");
    expect(second.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(calls).toEqual(["GET /claims/a"]);
  });

  it("keeps nothing Next rendered fresh, refused, or answered with a cookie", async () => {
    const { base, calls } = await start((request) =>
      request.url === "/fresh"
        ? { cache: "MISS", body: "x" }
        : request.url === "/gone"
          ? { status: 404, cache: "HIT", body: "no" }
          : { cache: "HIT", cookie: true, body: "c" },
    );
    for (const path of ["/fresh", "/gone", "/cookie"]) {
      await get(`${base}${path}`);
      await get(`${base}${path}`);
    }
    expect(calls).toHaveLength(6);
  });

  it("never answers page-data, prefetch, query-string, desk or API requests from the copy", async () => {
    const { base, calls } = await start(() => ({ cache: "HIT", body: "page" }));
    await get(`${base}/claims/a`);
    await get(`${base}/claims/a`, { rsc: "1" });
    await get(`${base}/claims/a`, { "next-router-prefetch": "1" });
    await get(`${base}/claims/a?_rsc=abc`);
    await get(`${base}/desk/claims`);
    await get(`${base}/desk/claims`);
    await get(`${base}/api/v1/claims`);
    await get(`${base}/api/v1/claims`);
    expect(calls).toHaveLength(8);
  });

  it("forgets everything when public pages are refreshed, so the next reader gets what Next now has", async () => {
    let body = "<p>Published</p>";
    const { base, calls, forget } = await start(() => ({ cache: "HIT", body }));
    await get(`${base}/claims/a`);
    body = "<p>Unpublished</p>";
    expect(await (await get(`${base}/claims/a`)).text()).toBe("<p>Published</p>");
    forget();
    expect(await (await get(`${base}/claims/a`)).text()).toBe("<p>Unpublished</p>");
    expect(calls).toHaveLength(2);
  });

  it("keeps nothing while this instance cannot hear other instances' expiries, and keeps again once it can", async () => {
    let listening = false;
    const { base, calls } = await start(() => ({ cache: "HIT", body: "page" }), { mayKeep: () => listening });
    await get(`${base}/claims/a`);
    await get(`${base}/claims/a`);
    expect(calls).toEqual(["GET /claims/a", "GET /claims/a"]);
    listening = true;
    await get(`${base}/claims/a`);
    const copy = await get(`${base}/claims/a`);
    expect(copy.headers.get("x-onrecord-cache")).toBe("HIT");
    expect(calls).toHaveLength(3);
  });

  it("answers from the copy alone when it holds the page, and says so; otherwise leaves the request to the rest of the server", async () => {
    const { base, answerFromCopy } = await start(() => ({ cache: "HIT", body: "kept" }));
    const front = http.createServer((request, response) => {
      if (answerFromCopy(request, response)) return;
      response.end("not from the copy");
    });
    await new Promise<void>((resolve) => front.listen(0, "127.0.0.1", resolve));
    const frontBase = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
    expect(await (await get(`${frontBase}/claims/a`)).text()).toBe("not from the copy");
    await get(`${base}/claims/a`);
    const copy = await get(`${frontBase}/claims/a`);
    expect(copy.headers.get("x-onrecord-cache")).toBe("HIT");
    expect(await copy.text()).toBe("kept");
    expect(await (await get(`${frontBase}/claims/b`)).text()).toBe("not from the copy");
    await new Promise<void>((resolve) => front.close(() => resolve()));
  });

  it("does not keep a page whose reading began before a refresh", async () => {
    let answer = () => {};
    const heldUntil = new Promise<void>((resolve) => (answer = resolve));
    const { base, calls, forget } = await start(() => ({ cache: "HIT", body: "page", heldUntil }));
    const reading = get(`${base}/claims/a`);
    // Refreshed while Next is still answering the first reader.
    await vi.waitFor(() => expect(calls).toHaveLength(1), { interval: 1 });
    forget();
    answer();
    await reading;
    await get(`${base}/claims/a`);
    expect(calls).toHaveLength(2);
  });

  it("cannot be emptied by a visitor: posts, preflights and forged action headers leave it alone", async () => {
    const { base, calls } = await start((request) => (request.method === "GET" ? { cache: "HIT", body: "page" } : { status: 403, body: "no" }));
    await get(`${base}/claims/a`);
    await fetch(`${base}/`, { method: "POST", body: "x" });
    await fetch(`${base}/claims/a`, { method: "POST", headers: { "next-action": "forged" }, body: "x" });
    await fetch(`${base}/api/v1/claims`, { method: "OPTIONS" });
    const again = await get(`${base}/claims/a`);
    expect(again.headers.get("x-onrecord-cache")).toBe("HIT");
    expect(calls.filter((call) => call.startsWith("GET"))).toHaveLength(1);
  });

  it("keeps gzip and plain copies apart and answers HEAD from the copy", async () => {
    const { base, calls } = await start(() => ({ cache: "HIT", body: "<p>page</p>" }));
    await get(`${base}/claims/a`, { "accept-encoding": "gzip" });
    const zipped = await get(`${base}/claims/a`, { "accept-encoding": "gzip" });
    expect(await zipped.text()).toBe("<p>page</p>"); // fetch unzips it
    const plain = await get(`${base}/claims/a`);
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.text()).toBe("<p>page</p>");
    const head = await fetch(`${base}/claims/a`, { method: "HEAD", headers: { "accept-encoding": "identity" } });
    expect(head.status).toBe(200);
    expect(head.headers.get("x-onrecord-cache")).toBe("HIT");
    expect(calls).toEqual(["GET /claims/a", "GET /claims/a"]);
  });

  it("lets a copy expire after its lifetime and holds a bounded number of pages", async () => {
    let clock = 0;
    const { base, calls } = await start(() => ({ cache: "HIT", body: "p" }), { maxAgeMs: 1000, maxEntries: 2, now: () => clock });
    await get(`${base}/a`);
    clock = 999;
    await get(`${base}/a`);
    clock = 1000;
    await get(`${base}/a`);
    expect(calls).toHaveLength(2);
    await get(`${base}/b`);
    await get(`${base}/c`);
    await get(`${base}/a`);
    expect(calls).toHaveLength(5);
  });

  it("holds a bounded number of bytes, the oldest pages going first", async () => {
    const { base, calls } = await start((request) => ({ cache: "HIT", body: request.url === "/big" ? "x".repeat(300) : "y".repeat(100) }), {
      maxTotalBytes: 250,
    });
    await get(`${base}/a`);
    await get(`${base}/b`);
    await get(`${base}/c`); // 300 bytes in all: /a goes
    await get(`${base}/b`);
    await get(`${base}/c`);
    expect(calls).toHaveLength(3);
    await get(`${base}/a`);
    expect(calls).toHaveLength(4);
    // A page larger than the whole allowance is served but not kept, and
    // pushes nothing out.
    await get(`${base}/big`);
    await get(`${base}/big`);
    await get(`${base}/c`);
    expect(calls).toHaveLength(6);
  });
});
