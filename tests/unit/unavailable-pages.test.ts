import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { databaseAnswers, unavailableWhenDatabaseIsDown } from "../../scripts/lib/unavailable-pages";
import { answerInOnePiece, isReaderRequest } from "../../scripts/lib/whole-answers";

// A public page that fails because the database does not answer is told as
// "temporarily unavailable" (503, never cached), not as a server error; a
// failure with the database up stays a 500, and other answers are untouched.

let server: http.Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

// As in scripts/serve.ts, with the database's answer decided by the test.
async function serve(handle: (request: IncomingMessage, response: ServerResponse) => void, probe: () => Promise<boolean>) {
  server = http.createServer((request, response) => {
    if (isReaderRequest(request)) answerInOnePiece(response, unavailableWhenDatabaseIsDown(request, probe));
    handle(request, response);
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

// What Next does when rendering a page throws.
const failing = (_request: IncomingMessage, response: ServerResponse) => {
  response.statusCode = 500;
  response.setHeader("Content-Type", "text/html; charset=utf-8");
  response.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
  response.setHeader("X-Request-Id", "kept");
  response.setHeader("Content-Security-Policy", "default-src 'self'");
  response.write("<h1>500: Internal Server Error.</h1>");
  response.end();
};

// Next writes an error page's head at once with writeHead.
const failingWithHead = (_request: IncomingMessage, response: ServerResponse) => {
  response.setHeader("X-Request-Id", "kept");
  response.writeHead(500, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-cache, no-store" });
  response.end("<h1>500: Internal Server Error.</h1>");
};

describe("public pages while the database is down", () => {
  it("an unknown claim, speaker or topic answers 503 'temporarily unavailable', not to be cached", async () => {
    const base = await serve(failing, async () => false);
    for (const path of ["/claims/never-cached-before", "/speakers/someone", "/topics/iran", "/search?q=iran", "/"]) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(503);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(response.headers.get("retry-after")).toBe("30");
      expect(response.headers.get("x-request-id")).toBe("kept");
      expect(response.headers.get("content-security-policy")).toBe("default-src 'self'");
      expect(await response.text()).toMatch(/<h1>Temporarily unavailable<\/h1>.*database is not answering/s);
    }
  });

  it("also when Next wrote the failure's head at once", async () => {
    const base = await serve(failingWithHead, async () => false);
    const response = await fetch(`${base}/claims/never-cached-before`);
    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("x-request-id")).toBe("kept");
    expect(await response.text()).toMatch(/Temporarily unavailable/);
  });

  it("with the database up a failure stays the 500 it is, body and all", async () => {
    for (const handler of [failing, failingWithHead]) {
      const probe = vi.fn(async () => true);
      const base = await serve(handler, probe);
      const response = await fetch(`${base}/claims/a-bug`);
      expect(response.status).toBe(500);
      expect(response.headers.get("cache-control")).toMatch(/no-store/);
      expect(await response.text()).toBe("<h1>500: Internal Server Error.</h1>");
      expect(probe).toHaveBeenCalled();
      await new Promise<void>((resolve) => server!.close(() => resolve()));
      server = null;
    }
  });

  it("leaves pages that render, the read API, feeds and the desk alone, without asking the database", async () => {
    const probe = vi.fn(async () => false);
    const base = await serve((request, response) => (request.url === "/claims/fine" ? response.end("<h1>Verdict</h1>") : failing(request, response)), probe);
    expect((await fetch(`${base}/claims/fine`)).status).toBe(200);
    for (const path of ["/api/v1/claims", "/feed.xml", "/desk/claims"]) expect((await fetch(`${base}${path}`)).status, path).toBe(500);
    expect(probe).not.toHaveBeenCalled();
  });

  it("the probe says a database that does not answer is down", async () => {
    expect(await databaseAnswers("postgresql://nobody@127.0.0.1:1/none")).toBe(false);
  });
});
