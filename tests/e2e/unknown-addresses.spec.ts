import { existsSync, readdirSync, readFileSync, readlinkSync, statSync } from "node:fs";
import path from "node:path";
import { type APIRequestContext, expect, test } from "@playwright/test";
import { ACCOUNTS } from "./support/accounts";
import { withDatabase } from "./support/database";
import { E2E } from "./support/env";
import { makeAccount, makeClaim, newId, unique, userId } from "./support/factories";

// An anonymous visitor making up addresses on every public route with a path
// parameter gets a 404 each time, and leaves nothing behind: no page or read
// kept on disk (before the fix, about five files and 23 KB per address under
// the build folder, until restart) and no steady growth of the server's
// memory. A real page is still written to the cache and served from it.

const WARM_UP = 1_500;
const FLOOD = 2_000;
const CONCURRENCY = 4;
// A first request may promote Next's built not-found page into its cache;
// anything more is a page or read kept per address.
const DISK_ALLOWANCE = { files: 20, bytes: 512 * 1024 };
// Resident memory is a coarse signal: it moved by 50 to 250 MB per 2,000
// requests while V8 sized its heap, even with nothing kept (heap snapshots
// showed +7 MB of live objects per 4,000 made-up addresses), and levels off
// at ~700 MB. The disk figures above are the precise check; this bound
// catches what would keep a copy of each answer (a 404 page is ~30 KB, so
// 2,000 copies kept for good would add ~60 MB per flood, without limit).
const MEMORY_ALLOWANCE_MB = 250;

// Every public route with a path parameter (app/(public), app/(embed),
// app/(api)), given an address that names nothing.
const ROUTES: ((slug: string, n: number) => string)[] = [
  (slug) => `/claims/${slug}`,
  (slug) => `/claims/${slug}/opengraph-image`,
  (slug) => `/embed/claims/${slug}`,
  (slug) => `/speakers/${slug}`,
  (slug, n) => `/speakers/${slug}/claims/${n + 2}`,
  (slug) => `/speakers/${slug}/feed.xml`,
  (slug) => `/speakers/${slug}/feed.json`,
  (slug) => `/topics/${slug}`,
  (slug) => `/topics/${slug}/feed.xml`,
  (slug) => `/topics/${slug}/feed.json`,
];

// Files and bytes Next has written under the build folder: its data cache
// (<distDir>/cache/fetch-cache) and its rendered pages (<distDir>/server,
// route-cache/ at run time).
function buildFolderUsage() {
  let files = 0;
  let bytes = 0;
  for (const folder of ["cache", "server"].map((name) => path.join(E2E.distDir, name))) {
    if (!existsSync(folder)) continue;
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      files += 1;
      bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    }
  }
  return { files, bytes };
}

// The process listening on the e2e port: its socket's inode from
// /proc/net/tcp, then the process holding that socket open.
function serverPid(): number {
  const hexPort = E2E.port.toString(16).toUpperCase().padStart(4, "0");
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"].filter(existsSync)) {
    for (const line of readFileSync(table, "utf8").trim().split("\n").slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields[1]?.endsWith(`:${hexPort}`) && fields[3] === "0A") inodes.add(fields[9]!);
    }
  }
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    let descriptors: string[];
    try {
      descriptors = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue; // gone, or not ours to read
    }
    for (const descriptor of descriptors) {
      try {
        const target = readlinkSync(`/proc/${pid}/fd/${descriptor}`);
        if (inodes.has(target.slice("socket:[".length, -1))) return Number(pid);
      } catch {
        // closed while we looked
      }
    }
  }
  throw new Error(`no process listens on port ${E2E.port}`);
}

const residentMegabytes = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024;

// Sends every address with a few requests in flight at once; answers each
// status seen, with an example address.
async function requestAll(request: APIRequestContext, addresses: string[]) {
  const statuses = new Map<number, string>();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < addresses.length) {
        const address = addresses[next++]!;
        const response = await request.get(address, { maxRedirects: 0 });
        if (!statuses.has(response.status())) statuses.set(response.status(), address);
        await response.dispose();
      }
    }),
  );
  return Object.fromEntries(statuses);
}

function madeUpAddresses(prefix: string, count: number, knownSpeaker: string) {
  const addresses: string[] = [];
  for (let n = 0; addresses.length < count; n += 1) {
    for (const route of ROUTES) addresses.push(route(`${prefix}-${n}`, n));
    // A real speaker's pages past the last one are made up too.
    addresses.push(`/speakers/${knownSpeaker}/claims/${n + 2}`);
  }
  return addresses.slice(0, count);
}

test("made-up addresses are answered 404 and leave neither files nor memory behind", async ({ request }) => {
  test.skip(!existsSync("/proc/net/tcp"), "reads the server's memory from Linux's /proc");
  test.setTimeout(240_000);

  // A speaker of this test's own with one published verdict: a real page
  // that must still be written to the cache and served from it.
  const reporter = await makeAccount("REPORTER");
  const claim = await makeClaim({ createdById: await userId(ACCOUNTS.editor.email), status: "IN_REVIEW", proposedById: reporter.id });
  const speakerSlug = unique("e2e-flood-speaker");
  await withDatabase(async (db) => {
    const speakerId = newId();
    await db.query(`INSERT INTO "Speaker" (id, slug, name, "updatedAt") VALUES ($1, $2, $3, now())`, [speakerId, speakerSlug, `Speaker ${speakerSlug}`]);
    await db.query(`UPDATE "Claim" SET "speakerId" = $1, status = 'PUBLISHED', "publishedAt" = now() WHERE id = $2`, [speakerId, claim.id]);
  });

  const pid = serverPid();
  const run = unique("made-up");

  await test.step("a real page is still written to the cache and served from it", async () => {
    const before = buildFolderUsage();
    expect((await request.get(`/claims/${claim.slug}`)).status()).toBe(200);
    expect(buildFolderUsage().files, "the verdict page is kept on disk").toBeGreaterThan(before.files);
    expect((await request.get(`/claims/${claim.slug}`)).headers()["x-nextjs-cache"]).toBe("HIT");
    expect((await request.get(`/speakers/${speakerSlug}`)).status()).toBe(200);
  });

  // Loads every route's code and lets the heap grow to its working size, so
  // what is measured next is the flood's, not the first requests'.
  expect(await requestAll(request, madeUpAddresses(`${run}-warm`, WARM_UP, speakerSlug))).toEqual({ 404: expect.any(String) });

  const disk = buildFolderUsage();
  const memory = residentMegabytes(pid);
  const flood = madeUpAddresses(run, FLOOD, speakerSlug);
  expect(await requestAll(request, flood), "every made-up address is not found").toEqual({ 404: expect.any(String) });

  // The read API's records too (never cached: they read the database per
  // request), within its per-address limit, counted afresh for this test.
  await withDatabase((db) => db.query(`DELETE FROM "ApiRateLimit" WHERE key LIKE '%127.0.0.1'`));
  const api = Array.from({ length: 40 }, (_, n) => [`/api/v1/claims/${run}-${n}`, `/api/v1/speakers/${run}-${n}`]).flat();
  expect(await requestAll(request, api)).toEqual({ 404: expect.any(String) });

  // The not-found answer is still the site's not-found page, not a bare status.
  const notFound = await request.get(`/claims/${run}-0`);
  expect(notFound.status()).toBe(404);
  expect(await notFound.text()).toContain("There is nothing published at this address.");

  const after = buildFolderUsage();
  const grown = { files: after.files - disk.files, bytes: after.bytes - disk.bytes, memoryMB: residentMegabytes(pid) - memory };
  console.log(`after ${flood.length + api.length} made-up addresses: ${grown.files} files, ${grown.bytes} bytes, ${grown.memoryMB.toFixed(0)} MB resident`);
  expect(grown.files, "files written under the build folder").toBeLessThanOrEqual(DISK_ALLOWANCE.files);
  expect(grown.bytes, "bytes written under the build folder").toBeLessThanOrEqual(DISK_ALLOWANCE.bytes);
  expect(grown.memoryMB, "growth of the server's resident memory, MB").toBeLessThanOrEqual(MEMORY_ALLOWANCE_MB);
});
