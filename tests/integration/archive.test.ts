import { createHash } from "node:crypto";
import { lookup } from "node:dns/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ArchiveFailed, ArchiveRefused, type FetchOptions, fetchForArchive, type ResolvedAddress } from "@/lib/archive/fetch-page";
import { archiveSource, describeArchive } from "@/lib/archive/mutations";
import { prisma } from "@/lib/db";
import { makeClaim, makeUser } from "../support/factories";

// The archiver on real sockets: a local "newsroom source" server the tests
// allow by origin, and a canary server that must never receive a request,
// whatever spelling, name or redirect an attempt uses to reach it.

type Server = { origin: string; port: number; close: () => Promise<void> };

async function serve(handler: http.RequestListener): Promise<Server> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

let page = { status: 200, type: "text/html; charset=utf-8", body: "" };
const articleHtml = (paragraph: string) =>
  `<!doctype html><html><head><title>Readout of the talks</title></head><body><nav>Home</nav><article><h1>Readout of the talks</h1><p>${paragraph}</p><p>The delegations will consult their capitals before the next round, and no text was published by either side.</p></article></body></html>`;

let source: Server;
let canary: Server;
let canaryHits = 0;

beforeAll(async () => {
  source = await serve((request, response) => {
    if (request.url?.startsWith("/redirect-to/")) {
      response.writeHead(302, { location: decodeURIComponent(request.url.slice("/redirect-to/".length)) });
      return response.end();
    }
    if (request.url === "/loop") {
      response.writeHead(302, { location: "/loop" });
      return response.end();
    }
    if (request.url === "/huge") {
      response.writeHead(200, { "content-type": "text/plain" });
      const chunk = Buffer.alloc(1024 * 1024, "a");
      for (let i = 0; i < 6; i += 1) response.write(chunk);
      return response.end();
    }
    if (request.url === "/slow") return void setTimeout(() => response.end("late"), 3000);
    response.writeHead(page.status, { "content-type": page.type });
    response.end(page.body);
  });
  canary = await serve((_request, response) => {
    canaryHits += 1;
    response.end("canary");
  });
});

afterAll(async () => {
  await source.close();
  await canary.close();
});

// Test names resolve through this table instead of real DNS.
const names: Record<string, ResolvedAddress[]> = {
  "news.example": [{ address: "93.184.215.14", family: 4 }],
  "intranet.example": [{ address: "10.0.0.5", family: 4 }],
  "rebind.example": [{ address: "127.0.0.1", family: 4 }],
  "mixed.example": [
    { address: "93.184.215.14", family: 4 },
    { address: "127.0.0.1", family: 4 },
  ],
  "metadata.example": [{ address: "169.254.169.254", family: 4 }],
  "v6-loopback.example": [{ address: "::1", family: 6 }],
  "v6-private.example": [{ address: "fd12:3456::1", family: 6 }],
};
const options = (): FetchOptions => ({
  allowedOrigins: [source.origin],
  // The canary's port is allowed, as a newsroom might configure an extra port,
  // so that what refuses the attempts below is the address itself.
  allowedPorts: [canary.port],
  // "localhost" goes to the real resolver, as it would in production.
  resolve: async (hostname) =>
    hostname === "localhost"
      ? (await lookup(hostname, { all: true })).map((entry) => ({ address: entry.address, family: entry.family as 4 | 6 }))
      : (names[hostname] ?? []),
  timeoutMs: 1500,
});

describe("fetching a page for the archive", () => {
  it("fetches an allowed page with its status, type and body", async () => {
    page = { status: 200, type: "text/html; charset=utf-8", body: articleHtml("Negotiators left without an agreement.") };
    const fetched = await fetchForArchive(`${source.origin}/readout`, options());
    expect(fetched.status).toBe(200);
    expect(fetched.contentType).toContain("text/html");
    expect(fetched.body.toString()).toContain("Negotiators left without an agreement.");
  });

  it("refuses bodies over the size limit and servers slower than the time limit", async () => {
    await expect(fetchForArchive(`${source.origin}/huge`, options())).rejects.toThrow(/larger than 5 MB/);
    await expect(fetchForArchive(`${source.origin}/slow`, options())).rejects.toThrow(/took longer than 1.5 seconds/);
  });

  it("refuses a redirect loop after three redirects", async () => {
    await expect(fetchForArchive(`${source.origin}/loop`, options())).rejects.toBeInstanceOf(ArchiveRefused);
  });

  describe("attempts to reach this machine or a private network are refused, and the canary hears nothing", () => {
    const c = () => canary.port;
    const attempts: [string, () => string, RegExp][] = [
      ["loopback by number", () => `http://127.0.0.1:${c()}/`, /loopback/],
      ["localhost by name", () => `http://localhost:${c()}/`, /loopback/],
      ["decimal IPv4", () => `http://2130706433:${c()}/`, /loopback/],
      ["hex IPv4", () => `http://0x7f000001:${c()}/`, /loopback/],
      ["octal IPv4", () => `http://0177.0.0.1:${c()}/`, /loopback/],
      ["short IPv4", () => `http://127.1:${c()}/`, /loopback/],
      ["IPv4-mapped IPv6", () => `http://[::ffff:127.0.0.1]:${c()}/`, /loopback/],
      ["IPv4-mapped IPv6 in hex", () => `http://[::ffff:7f00:1]:${c()}/`, /loopback/],
      ["IPv6 loopback", () => `http://[::1]:${c()}/`, /loopback/],
      ["unspecified address", () => `http://0.0.0.0:${c()}/`, /unspecified/],
      ["cloud metadata address", () => "http://169.254.169.254/latest/meta-data/", /metadata/],
      ["cloud metadata over IPv6", () => "http://[fd00:ec2::254]/latest/meta-data/", /unique-local/],
      ["private network", () => "http://10.0.0.1/", /private network/],
      ["home router", () => "http://192.168.0.1/", /private network/],
      ["carrier-grade NAT", () => "http://100.100.100.200/", /shared carrier/],
      ["a name that resolves to a private address", () => "http://intranet.example/", /private network/],
      ["a name that resolves to loopback", () => `http://rebind.example:${c()}/`, /loopback/],
      ["a name with one public and one loopback answer", () => "http://mixed.example/", /loopback/],
      ["a name that resolves to the metadata address", () => "http://metadata.example/", /metadata/],
      ["a name that resolves to IPv6 loopback", () => "http://v6-loopback.example/", /loopback/],
      ["a name that resolves to an IPv6 private address", () => "http://v6-private.example/", /unique-local/],
      ["a redirect to loopback", () => `${source.origin}/redirect-to/${encodeURIComponent(`http://127.0.0.1:${c()}/`)}`, /loopback/],
      ["a redirect to decimal loopback", () => `${source.origin}/redirect-to/${encodeURIComponent(`http://2130706433:${c()}/`)}`, /loopback/],
      ["a redirect to a name resolving to loopback", () => `${source.origin}/redirect-to/${encodeURIComponent(`http://rebind.example:${c()}/`)}`, /loopback/],
      ["a redirect to the metadata address", () => `${source.origin}/redirect-to/${encodeURIComponent("http://169.254.169.254/")}`, /metadata/],
      ["a public name on a non-web port", () => "http://news.example:8080/", /Port 8080 is not allowed/],
      ["a file URL", () => "file:///etc/passwd", /not file/],
      ["an ftp URL", () => `ftp://127.0.0.1:${c()}/`, /not ftp/],
      ["a URL with credentials", () => "http://user:secret@news.example/", /user name or password/],
    ];

    it.each(attempts)("%s", async (_name, url, reason) => {
      const before = canaryHits;
      const attempt = fetchForArchive(url(), options());
      await expect(attempt).rejects.toBeInstanceOf(ArchiveRefused);
      await expect(fetchForArchive(url(), options())).rejects.toThrow(reason);
      expect(canaryHits).toBe(before);
    });

    it("and after all of them the canary has still received no request", () => {
      expect(attempts.length).toBeGreaterThanOrEqual(20);
      expect(canaryHits).toBe(0);
    });
  });

  it("a name that cannot be resolved is a failure, not a refusal", async () => {
    await expect(fetchForArchive("http://nowhere.example/", options())).rejects.toBeInstanceOf(ArchiveFailed);
  });
});

describe("archiving a source", () => {
  it("stores a snapshot, then tells whether the page changed or disappeared on the next archive", async () => {
    const reporter = await makeUser("REPORTER");
    const claim = await makeClaim(reporter);
    const first = articleHtml("Negotiators left without an agreement on Sunday.");
    page = { status: 200, type: "text/html; charset=utf-8", body: first };
    const saved = await prisma.source.create({
      data: { type: "OFFICIAL_STATEMENT", title: "Readout", url: `${source.origin}/readout`, createdById: reporter.id },
    });
    await prisma.evidence.create({ data: { claimId: claim.id, sourceId: saved.id, stance: "CONTRADICTS", addedById: reporter.id } });

    const archived = await archiveSource(reporter, saved.id, options());
    expect(archived).toMatchObject({ comparison: "first", status: 200, error: null, claimIds: [claim.id] });
    const snapshot = await prisma.archiveSnapshot.findFirstOrThrow({ where: { sourceId: saved.id } });
    expect(snapshot).toMatchObject({
      httpStatus: 200,
      title: "Readout of the talks",
      byteLength: Buffer.byteLength(first),
      sha256: createHash("sha256").update(first).digest("hex"),
      takenById: reporter.id,
    });
    expect(snapshot.contentType).toContain("text/html");
    expect(snapshot.text).toContain("Negotiators left without an agreement on Sunday.");
    expect(snapshot.text).not.toContain("Home");

    expect((await archiveSource(reporter, saved.id, options())).comparison).toBe("unchanged");

    page = { ...page, body: articleHtml("Negotiators reached a partial agreement on Sunday.") };
    const changed = await archiveSource(reporter, saved.id, options());
    expect(changed.comparison).toBe("changed");
    expect(describeArchive(changed)).toMatch(/CHANGED/);

    page = { status: 404, type: "text/html", body: "<html><body>Not found</body></html>" };
    const gone = await archiveSource(reporter, saved.id, options());
    expect(gone).toMatchObject({ comparison: "gone", status: 404 });
    expect(describeArchive(gone)).toMatch(/HTTP 404/);

    expect(await prisma.archiveSnapshot.count({ where: { sourceId: saved.id } })).toBe(4);
    expect(await prisma.auditEvent.count({ where: { action: "source.archived", targetId: saved.id } })).toBe(4);
  });

  it("a refused address is recorded as a failed snapshot, and the canary hears nothing", async () => {
    const reporter = await makeUser("REPORTER");
    const saved = await prisma.source.create({
      data: { type: "OTHER", title: "Sneaky", url: `http://127.0.0.1:${canary.port}/admin`, createdById: reporter.id },
    });
    const outcome = await archiveSource(reporter, saved.id, options());
    expect(outcome.comparison).toBe("gone");
    expect(outcome.error).toMatch(/loopback/);
    expect(await prisma.archiveSnapshot.findFirstOrThrow({ where: { sourceId: saved.id } })).toMatchObject({ httpStatus: null, sha256: null });
    expect(canaryHits).toBe(0);
  });

  it("a page whose server refuses the connection is stored with a plain reason, not the socket error", async () => {
    // A port that was just free: nothing listens there, so connecting is refused.
    const closed = await serve(() => undefined);
    await closed.close();
    const reporter = await makeUser("REPORTER");
    const saved = await prisma.source.create({
      data: { type: "OTHER", title: "Closed site", url: `${closed.origin}/readout`, createdById: reporter.id },
    });
    const outcome = await archiveSource(reporter, saved.id, { ...options(), allowedOrigins: [closed.origin] });
    expect(outcome).toMatchObject({ comparison: "gone", error: "The site refused the connection." });
    expect(describeArchive(outcome)).toBe("Not archived: The site refused the connection.");
    const snapshot = await prisma.archiveSnapshot.findFirstOrThrow({ where: { sourceId: saved.id } });
    expect(snapshot.error).toBe("The site refused the connection.");
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "source.archived", targetId: saved.id } });
    for (const stored of [snapshot.error, JSON.stringify(audit.details)]) {
      expect(stored).not.toMatch(/ECONN|127\.0\.0\.1|connect /);
    }
  });

  it("a name that cannot be found is stored as such, without the resolver's message", async () => {
    const reporter = await makeUser("REPORTER");
    const saved = await prisma.source.create({ data: { type: "OTHER", title: "Nowhere", url: "http://nowhere.example/", createdById: reporter.id } });
    const outcome = await archiveSource(reporter, saved.id, {
      ...options(),
      resolve: async () => {
        throw Object.assign(new Error("getaddrinfo ENOTFOUND nowhere.example"), { code: "ENOTFOUND" });
      },
    });
    expect(outcome.error).toBe("The site's name could not be found.");
    expect((await prisma.archiveSnapshot.findFirstOrThrow({ where: { sourceId: saved.id } })).error).not.toMatch(/ENOTFOUND|getaddrinfo/);
  });

  it("a source without a web address cannot be archived", async () => {
    const reporter = await makeUser("REPORTER");
    const saved = await prisma.source.create({ data: { type: "DOCUMENT", title: "Printed handout", createdById: reporter.id } });
    await expect(archiveSource(reporter, saved.id, options())).rejects.toMatchObject({ code: "invalid" });
    expect(await prisma.archiveSnapshot.count({ where: { sourceId: saved.id } })).toBe(0);
  });
});
