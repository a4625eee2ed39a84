import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { findCandidates } from "@/lib/articles/find-candidates";
import { readArticleSchema } from "@/lib/articles/schema";
import { prisma } from "@/lib/db";
import { makeUser, unique } from "../support/factories";

// Reading an article from its link puts it on the record first: the page is
// fetched, then the source and its snapshot are written together with their
// audit rows. A link that cannot be read writes nothing at all (it used to
// leave an audit trail of a source created and deleted again).

let origin = "";
let closedOrigin = "";
let server: http.Server;
beforeAll(async () => {
  server = http.createServer((request, response) => {
    if (request.url?.startsWith("/empty")) return void response.writeHead(200, { "content-type": "text/html" }).end("<html><body></body></html>");
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(
      `<!doctype html><html><head><title>Harbour talks end</title></head><body><article><h1>Harbour talks end</h1><p>The port minister said cargo traffic had tripled since 2024, and that the new terminal will open by March.</p><p>Officials said the figures would be published next week.</p></article></body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A port that was just free: nothing listens there.
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  closedOrigin = `http://127.0.0.1:${(probe.address() as AddressInfo).port}`;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  vi.stubEnv("ARCHIVE_ALLOWED_ORIGINS", `${origin},${closedOrigin}`);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const footprint = async (url: string) => {
  const sources = await prisma.source.findMany({ where: { url }, include: { snapshots: true } });
  const audit = await prisma.auditEvent.findMany({
    where: { targetType: "Source", targetId: { in: sources.map((source) => source.id) } },
    orderBy: { createdAt: "asc" },
  });
  return { sources, audit };
};

describe("an article read from its link", () => {
  it("adds the source with the page's title and its snapshot, with their audit rows, and finds candidates in the text", async () => {
    const reporter = await makeUser("REPORTER");
    const url = `${origin}/${unique("harbour")}`;
    const read = await findCandidates(reporter, readArticleSchema.parse({ articleUrl: url, publishedOn: "2026-06-10" }));
    expect(read.candidates.length).toBeGreaterThan(0);
    expect(read.articleTitle).toBe("Harbour talks end");
    const { sources, audit } = await footprint(url);
    expect(sources).toEqual([
      expect.objectContaining({ id: read.articleSourceId, type: "NEWS_ARTICLE", title: "Harbour talks end", createdById: reporter.id }),
    ]);
    expect(sources[0]!.snapshots).toEqual([expect.objectContaining({ httpStatus: 200, title: "Harbour talks end", error: null, takenById: reporter.id })]);
    expect(audit.map((event) => event.action)).toEqual(["source.created", "source.archived"]);
  });

  it("a link already in the library gets a new snapshot, not a second source", async () => {
    const reporter = await makeUser("REPORTER");
    const url = `${origin}/${unique("again")}`;
    await findCandidates(reporter, readArticleSchema.parse({ articleUrl: url }));
    await findCandidates(reporter, readArticleSchema.parse({ articleUrl: url }));
    const { sources } = await footprint(url);
    expect(sources).toHaveLength(1);
    expect(sources[0]!.snapshots).toHaveLength(2);
  });

  it.each([
    ["nothing answers", () => `${closedOrigin}/${unique("closed")}`, /refused the connection/],
    ["the page has no text", () => `${origin}/empty?${unique("e")}`, /no readable text/],
  ])("when %s, the reporter is told why and nothing is written", async (_case, link, message) => {
    const reporter = await makeUser("REPORTER");
    const url = link();
    await expect(findCandidates(reporter, readArticleSchema.parse({ articleUrl: url }))).rejects.toMatchObject({
      code: "invalid",
      message: expect.stringMatching(message),
    });
    expect(await footprint(url)).toEqual({ sources: [], audit: [] });
    expect(await prisma.auditEvent.count({ where: { actorId: reporter.id } })).toBe(0);
  });
});
