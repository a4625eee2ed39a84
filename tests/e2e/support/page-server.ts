import http from "node:http";
import { test } from "@playwright/test";
import { E2E } from "./env";

// A web page on this machine for the archiver to fetch: the one origin the
// e2e server allows (ARCHIVE_ALLOWED_ORIGINS). Set `page.body` to change what
// it serves; it starts before the file's tests and stops after them.
export function servePageForArchiving() {
  const page = { body: "" };
  let server: http.Server;
  test.beforeAll(async () => {
    server = http.createServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(page.body);
    });
    await new Promise<void>((resolve) => server.listen(E2E.archivePort, "127.0.0.1", resolve));
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return page;
}
