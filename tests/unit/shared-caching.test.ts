import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { limitSharedCaching, SHARED_CACHE_POLICY } from "@/scripts/lib/shared-caching";

// A CDN in front must not keep a verdict page (or a "not found" from before
// publication) for the year Next announces.

let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function answerWith(cacheControl: string) {
  server = http.createServer((_request, response) => {
    limitSharedCaching(response);
    response.setHeader("Cache-Control", cacheControl);
    response.end("page");
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  return response.headers.get("cache-control");
}

describe("limitSharedCaching", () => {
  it("turns Next's year-long shared lifetime into a minute", async () => {
    expect(await answerWith("s-maxage=31536000")).toBe(SHARED_CACHE_POLICY);
  });

  it("leaves short lifetimes and private answers as they are", async () => {
    expect(await answerWith("public, max-age=60, stale-while-revalidate=60")).toBe("public, max-age=60, stale-while-revalidate=60");
    expect(await answerWith("private, no-cache, no-store, max-age=0, must-revalidate")).toBe("private, no-cache, no-store, max-age=0, must-revalidate");
  });
});
