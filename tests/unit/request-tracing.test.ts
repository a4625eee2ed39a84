import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TracedResponse, tracedResponseClass } from "../../scripts/lib/request-tracing";

// A page from the in-memory copy is sent with the headers kept when it was
// first fetched, one object shared by every reader: each answer must still
// carry its own request id, and the shared headers must stay as they were.

const kept: Record<string, string> = { "content-type": "text/html", "x-onrecord-cache": "HIT" };
let server: ReturnType<typeof http.createServer<typeof http.IncomingMessage, ReturnType<typeof tracedResponseClass>>>;
let base = "";

beforeAll(async () => {
  server = http.createServer({ ServerResponse: tracedResponseClass(0) }, (request, response) => {
    if (request.url === "/copy") {
      response.writeHead(200, kept);
      return void response.end("page");
    }
    (response as TracedResponse).statusCode = 201;
    response.end("implicit headers");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("answers carry X-Request-Id", () => {
  it("each copy answer its own, the shared headers left untouched", async () => {
    const first = await fetch(`${base}/copy`);
    const second = await fetch(`${base}/copy`);
    expect(first.headers.get("x-onrecord-cache")).toBe("HIT");
    expect(first.headers.get("x-request-id")).toMatch(/^[0-9a-f]{8}-[0-9a-z]+$/);
    expect(second.headers.get("x-request-id")).not.toBe(first.headers.get("x-request-id"));
    expect(kept).toEqual({ "content-type": "text/html", "x-onrecord-cache": "HIT" });
  });

  it("an answer whose headers Node writes by itself too", async () => {
    const answer = await fetch(`${base}/other`);
    expect(answer.status).toBe(201);
    expect(answer.headers.get("x-request-id")).toBeTruthy();
  });
});
