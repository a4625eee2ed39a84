import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { answerInOnePiece, isReaderRequest } from "../../scripts/lib/whole-answers";

// A reader's answer leaves the instance in one piece, so an instance killed
// between two of Next's writes cannot leave a reader half a page: the answer
// either has not started (the balancer asks another instance) or is whole.

let server: http.Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

// A handler that writes its answer in parts, as Next streams a page, and
// records when the first bytes reached the socket.
async function serve(handle: (request: IncomingMessage, response: ServerResponse) => void) {
  server = http.createServer((request, response) => {
    if (isReaderRequest(request)) answerInOnePiece(response);
    handle(request, response);
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const inParts = (request: IncomingMessage, response: ServerResponse) => {
  response.setHeader("Content-Type", "text/html");
  // As Next does before the first part of a streamed page.
  response.flushHeaders();
  response.write("<h1>Verdict</h1>");
  setTimeout(() => {
    response.write(Buffer.from("<p>False</p>"), () => {});
    // Nothing has been sent yet for a reader: the socket holds no bytes.
    if (!response.headersSent) response.setHeader("X-Bytes-Sent-Before-End", String(request.socket.bytesWritten));
    response.end("<footer>End</footer>");
  }, 30);
};

describe("answers in one piece", () => {
  it("sends a reader's page whole, with its length, in one write at the end", async () => {
    const base = await serve(inParts);
    const response = await fetch(`${base}/claims/a`);
    expect(await response.text()).toBe("<h1>Verdict</h1><p>False</p><footer>End</footer>");
    expect(response.headers.get("content-length")).toBe(String("<h1>Verdict</h1><p>False</p><footer>End</footer>".length));
    expect(response.headers.get("transfer-encoding")).toBeNull();
    expect(response.headers.get("x-bytes-sent-before-end")).toBe("0");
  });

  it("leaves the desk's pages and every post streaming as Next writes them", async () => {
    const base = await serve(inParts);
    const desk = await fetch(`${base}/desk/claims/a`);
    expect(await desk.text()).toBe("<h1>Verdict</h1><p>False</p><footer>End</footer>");
    expect(desk.headers.get("transfer-encoding")).toBe("chunked");
    const post = await fetch(`${base}/claims/a`, { method: "POST", body: "x" });
    expect(post.headers.get("transfer-encoding")).toBe("chunked");
    await post.text();
  });

  it("answers a HEAD and an empty end as Node would", async () => {
    const base = await serve((_request, response) => {
      response.statusCode = 204;
      response.end();
    });
    expect((await fetch(`${base}/feed.xml`, { method: "HEAD" })).status).toBe(204);
    expect((await fetch(`${base}/feed.xml`)).status).toBe(204);
  });
});
