import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { takeSnapshot } from "@/lib/archive/mutations";
import { type RecheckRun, recheckDueSources } from "@/lib/archive/recheck";
import { recheckSourcesJob } from "@/lib/archive/recheck-job";
import { refreshPagesAfterRecheck } from "@/lib/archive/refresh-after-recheck";
import { deskSourceChanges, publicSourceChanges } from "@/lib/archive/source-changes";
import type { Actor } from "@/lib/auth/roles";
import { claimTag } from "@/lib/caching/cache-tags";
import { hearExpiries } from "@/lib/caching/expiry-channel.js";
import { freePort } from "@/lib/database/embedded";
import { prisma } from "@/lib/db";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import { createLogger } from "@/lib/observability/log";
import { startRedis } from "../../scripts/cluster/redis";
import { makeClaim, makeUser, unique } from "../support/factories";
import { articlePage, type RecheckSite, startRecheckSite } from "../support/recheck-site";

// The recheck-sources job against a local site of source pages on two
// loopback addresses (two hosts to the job), allowed by origin as the
// e2e suite allows its page server: the guarded fetcher is the one "Archive
// now" uses. Each test makes its own claims and sources; a run leaves every
// source it reached checked, so the next test's run sees only its own.

const DAY = 86_400_000;
let site: RecheckSite;

beforeAll(async () => {
  site = await startRecheckSite(2);
});
afterAll(async () => {
  await site.close();
});

const run = (overrides: Partial<RecheckRun> = {}): RecheckRun => ({
  days: 7,
  batch: 50,
  pacing: { perHost: 1, pauseMs: 0, hostsAtOnce: 8 },
  fetchOptions: { allowedOrigins: site.origins, timeoutMs: 3000 },
  timeBudgetMs: 60_000,
  now: () => new Date(),
  ...overrides,
});

const paragraphs = ["The ministry said talks would resume on Tuesday.", "No text of an agreement was published by either side."];

// A page on the site, a source for it, a claim citing it, and the copy the
// claim relied on, taken ten days ago (before the claim was published).
async function citedSource(options: { status?: ClaimStatus; host?: number; text?: string[] } = {}) {
  const reporter = await makeUser("REPORTER");
  const editor = await makeUser("EDITOR");
  const assignee = await makeUser("REPORTER");
  const status = options.status ?? "PUBLISHED";
  const claim = await makeClaim(reporter, { status, assigneeId: assignee.id });
  const published = status === "PUBLISHED";
  await prisma.claim.update({
    where: { id: claim.id },
    data: published ? { publishedAt: new Date(Date.now() - 9 * DAY), publishedById: editor.id } : {},
  });
  const path = `/${unique("readout")}`;
  const url = `${site.origins[(options.host ?? 1) - 1]}${path}`;
  site.pages.set(path, { body: articlePage("Readout of the talks", options.text ?? paragraphs) });
  const source = await prisma.source.create({ data: { type: "OFFICIAL_STATEMENT", title: unique("Readout"), url, createdById: reporter.id } });
  await prisma.evidence.create({
    data: { claimId: claim.id, sourceId: source.id, stance: "CONTRADICTS", addedById: reporter.id, createdAt: new Date(Date.now() - 11 * DAY) },
  });
  const copy = await takeSnapshot(url, { allowedOrigins: site.origins });
  expect(copy.httpStatus).toBe(200);
  await prisma.archiveSnapshot.create({ data: { sourceId: source.id, takenById: reporter.id, fetchedAt: new Date(Date.now() - 10 * DAY), ...copy } });
  // The copy's own request is not one the job made.
  site.hits.splice(0, site.hits.length, ...site.hits.filter((hit) => hit.path !== path));
  return { reporter, editor, assignee, claim, source, path };
}

const noticesOn = (claimId: string) => prisma.notification.findMany({ where: { claimId }, orderBy: { recipientId: "asc" } });
const snapshotsOf = (sourceId: string) => prisma.archiveSnapshot.count({ where: { sourceId } });
const hitsOn = (path: string) => site.hits.filter((hit) => hit.path === path);
const ids = (people: Actor[]) => people.map((person) => person.id).sort();

describe("re-archiving the record", () => {
  it("an unchanged page is checked, not copied again, and nobody is told", async () => {
    const { claim, source, path } = await citedSource();
    const summary = await recheckDueSources(run());
    expect(hitsOn(path)).toHaveLength(1);
    expect(summary.outcomes.unchanged).toBe(1);
    expect(await snapshotsOf(source.id)).toBe(1);
    expect(await noticesOn(claim.id)).toEqual([]);
    const recheck = await prisma.sourceRecheck.findUniqueOrThrow({ where: { sourceId: source.id } });
    expect(recheck).toMatchObject({ outcome: "unchanged", leaseUntil: null });
    expect(Date.now() - recheck.checkedAt!.getTime()).toBeLessThan(60_000);
    expect(await publicSourceChanges(claim, [{ sourceId: source.id, createdAt: new Date(Date.now() - 11 * DAY) }])).toEqual({});

    // Checked now: the next run within ARCHIVE_RECHECK_DAYS leaves it alone.
    await recheckDueSources(run());
    expect(hitsOn(path)).toHaveLength(1);
  });

  it("changed text: the claim's people are told, the desk gets the difference, readers a dated note", async () => {
    const { reporter, editor, assignee, claim, source, path } = await citedSource();
    site.pages.set(path, { body: articlePage("Readout of the talks", ["The ministry said talks would resume on Thursday.", paragraphs[1]!]) });
    const summary = await recheckDueSources(run());
    expect(summary.outcomes.changed).toBe(1);
    expect(summary.publishedSlugs).toEqual([claim.slug]);
    expect(await snapshotsOf(source.id)).toBe(2);

    const notices = await noticesOn(claim.id);
    expect(notices.map((notice) => notice.recipientId).sort()).toEqual(ids([reporter, editor, assignee]));
    expect(notices.every((notice) => notice.kind === "SOURCE_CHANGED" && notice.actorId === null)).toBe(true);
    expect(notices[0]!.message).toContain(source.title);
    expect(notices[0]!.message).toMatch(/changed after we relied on it/);

    const evidence = [{ sourceId: source.id, createdAt: new Date(Date.now() - 11 * DAY) }];
    const desk = await deskSourceChanges(editor, claim, evidence);
    expect(desk[source.id]?.kind).toBe("changed");
    expect(desk[source.id]?.difference).toEqual(
      expect.arrayContaining([
        { kind: "removed", text: "Tuesday" },
        { kind: "added", text: "Thursday" },
      ]),
    );
    const publicNote = (await publicSourceChanges(claim, evidence))[source.id];
    expect(publicNote?.kind).toBe("changed");
    expect(Date.now() - publicNote!.noticedAt.getTime()).toBeLessThan(60_000);
    // Readers are shown the copy we relied on, not the changed page.
    expect(Date.now() - publicNote!.reliedOn.fetchedAt.getTime()).toBeGreaterThan(9 * DAY);

    // The change is told once: a later check finding the same changed page stays quiet.
    await prisma.sourceRecheck.update({ where: { sourceId: source.id }, data: { checkedAt: new Date(Date.now() - 8 * DAY) } });
    await prisma.archiveSnapshot.updateMany({ where: { sourceId: source.id, takenById: null }, data: { fetchedAt: new Date(Date.now() - 8 * DAY) } });
    await recheckDueSources(run());
    expect(hitsOn(path)).toHaveLength(2);
    expect(await noticesOn(claim.id)).toHaveLength(3);
    expect(await snapshotsOf(source.id)).toBe(2);
  });

  it("a vanished page (404): notices and a note that it is gone; a slow or failing site is not a vanishing", async () => {
    const { claim, source, path } = await citedSource();
    const flaky = await citedSource();
    site.pages.delete(path);
    site.pages.set(flaky.path, { status: 503, body: "Service unavailable" });
    const summary = await recheckDueSources(run());
    expect(summary.outcomes).toMatchObject({ vanished: 1, unreachable: 1 });

    const notices = await noticesOn(claim.id);
    expect(notices).toHaveLength(3);
    expect(notices.every((notice) => notice.kind === "SOURCE_VANISHED")).toBe(true);
    expect(notices[0]!.message).toMatch(/no longer available.*HTTP 404/);
    const note = (await publicSourceChanges(claim, [{ sourceId: source.id, createdAt: new Date(Date.now() - 11 * DAY) }]))[source.id];
    expect(note?.kind).toBe("vanished");

    expect(await noticesOn(flaky.claim.id)).toEqual([]);
    expect(await snapshotsOf(flaky.source.id)).toBe(1);
    expect((await prisma.sourceRecheck.findUniqueOrThrow({ where: { sourceId: flaky.source.id } })).outcome).toMatch(
      /could not check: the page answered HTTP 503/,
    );
  });

  it("a site that refuses connections has vanished only when the next check finds it so too", async () => {
    const { claim, source } = await citedSource();
    // A port nothing listens on: the connection is refused.
    const closed = `http://127.0.0.1:${await freePort()}`;
    await prisma.source.update({ where: { id: source.id }, data: { url: `${closed}/readout` } });
    const refused = () => run({ fetchOptions: { allowedOrigins: [...site.origins, closed], timeoutMs: 3000 } });

    expect((await recheckDueSources(refused())).outcomes.unreachable).toBe(1);
    expect(await noticesOn(claim.id)).toEqual([]);
    expect(await snapshotsOf(source.id)).toBe(1);
    expect((await prisma.sourceRecheck.findUniqueOrThrow({ where: { sourceId: source.id } })).outcome).toBe(
      "could not reach the site: The site refused the connection.",
    );

    // A check later (ARCHIVE_RECHECK_DAYS on), still refused: gone.
    await prisma.sourceRecheck.update({ where: { sourceId: source.id }, data: { checkedAt: new Date(Date.now() - 8 * DAY) } });
    expect((await recheckDueSources(refused())).outcomes.vanished).toBe(1);
    const notices = await noticesOn(claim.id);
    expect(notices).toHaveLength(3);
    expect(notices[0]!.message).toMatch(/no longer available.*The site refused the connection; checked/);
    expect(await snapshotsOf(source.id)).toBe(2);
  });

  it("a claim whose own people have all left: the editors are told", async () => {
    const { reporter, editor, assignee, claim, path } = await citedSource();
    await prisma.user.updateMany({ where: { id: { in: [reporter.id, editor.id, assignee.id] } }, data: { disabledAt: new Date() } });
    const editors = await prisma.user.findMany({ where: { role: { in: ["EDITOR", "ADMIN"] }, disabledAt: null }, select: { id: true } });
    expect(editors.length).toBeGreaterThan(0);
    site.pages.set(path, { body: articlePage("Readout of the talks", ["An entirely different statement."]) });
    await recheckDueSources(run());
    const told = (await noticesOn(claim.id)).map((notice) => notice.recipientId).sort();
    expect(told).toEqual(editors.map((person) => person.id).sort());
  });

  it("only sources of published or in-progress claims, not checked recently, are fetched", async () => {
    const published = await citedSource({ status: "PUBLISHED" });
    const researching = await citedSource({ status: "RESEARCHING" });
    const archived = await citedSource({ status: "ARCHIVED" });
    const recent = await citedSource({ status: "PUBLISHED" });
    await prisma.archiveSnapshot.updateMany({ where: { sourceId: recent.source.id }, data: { fetchedAt: new Date(Date.now() - 2 * DAY) } });
    const reporter = await makeUser("REPORTER");
    const unattachedPath = `/${unique("unattached")}`;
    site.pages.set(unattachedPath, { body: articlePage("Unattached", ["Nobody cites this page."]) });
    await prisma.source.create({ data: { type: "NEWS_ARTICLE", title: "Unattached", url: `${site.origins[0]}${unattachedPath}`, createdById: reporter.id } });

    const summary = await recheckDueSources(run());
    expect(summary.checked).toBe(2);
    expect(hitsOn(published.path)).toHaveLength(1);
    expect(hitsOn(researching.path)).toHaveLength(1);
    expect(hitsOn(archived.path)).toHaveLength(0);
    expect(hitsOn(recent.path)).toHaveLength(0);
    expect(hitsOn(unattachedPath)).toHaveLength(0);
  });

  it("is polite: one request at a time to a host, with the pause between them, while another host proceeds", async () => {
    const first = await Promise.all([1, 2, 3, 4].map(() => citedSource({ host: 1 })));
    const second = await Promise.all([1, 2].map(() => citedSource({ host: 2 })));
    const pauseMs = 300;
    const began = performance.now();
    const summary = await recheckDueSources(run({ pacing: { perHost: 1, pauseMs, hostsAtOnce: 8 } }));
    expect(summary.checked).toBe(6);

    const arrivals = (sources: { path: string }[]) =>
      site.hits
        .filter((hit) => hit.at >= began && sources.some((source) => source.path === hit.path))
        .map((hit) => hit.at)
        .sort((a, b) => a - b);
    const hostOne = arrivals(first);
    const gaps = hostOne.slice(1).map((at, index) => at - hostOne[index]!);
    expect(gaps).toHaveLength(3);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(pauseMs - 5);
    // The second host did not wait for the first one's queue.
    expect(arrivals(second)[0]!).toBeLessThan(hostOne[1]!);
  });

  it("two runs at once fetch each source once and store one snapshot each", async () => {
    const cited = await Promise.all([1, 2, 3, 4, 5, 6].map((index) => citedSource({ host: (index % 2) + 1 })));
    for (const { path } of cited) site.pages.set(path, { body: articlePage("Readout of the talks", ["A statement rewritten since.", `Version ${path}.`]) });
    const [a, b] = await Promise.all([recheckDueSources(run({ pacing: { perHost: 1, pauseMs: 50, hostsAtOnce: 8 } })), recheckDueSources(run())]);
    expect(a.leased + b.leased).toBe(6);
    expect(a.checked + b.checked).toBe(6);
    for (const { path, source, claim } of cited) {
      expect(hitsOn(path)).toHaveLength(1);
      expect(await snapshotsOf(source.id)).toBe(2);
      expect(await noticesOn(claim.id)).toHaveLength(3);
    }
  });

  it("stops when the worker stops, and gives back what it did not reach", async () => {
    const cited = await Promise.all([1, 2, 3].map(() => citedSource({ host: 1 })));
    const stop = new AbortController();
    const running = recheckDueSources(run({ pacing: { perHost: 1, pauseMs: 2000, hostsAtOnce: 8 } }), { signal: stop.signal });
    // Stop once the first page has been asked for.
    while (!cited.some(({ path }) => hitsOn(path).length > 0)) await new Promise((resolve) => setTimeout(resolve, 10));
    stop.abort();
    const summary = await running;
    expect(summary.checked).toBe(1);
    expect(summary.notReached).toBe(2);
    const leases = await prisma.sourceRecheck.findMany({ where: { sourceId: { in: cited.map(({ source }) => source.id) } } });
    expect(leases.every((lease) => lease.leaseUntil === null)).toBe(true);
    // What it did not reach is due for the next run.
    const next = await recheckDueSources(run());
    expect(next.checked).toBe(2);
  });

  it("ARCHIVE_RECHECK_DAYS=0 turns it off; the job runs from the settings and reports what it did", async () => {
    const { path } = await citedSource();
    expect(await recheckDueSources(run({ days: 0 }))).toMatchObject({ enabled: false, leased: 0 });
    expect(hitsOn(path)).toHaveLength(0);

    process.env.ARCHIVE_ALLOWED_ORIGINS = site.origins.join(",");
    process.env.ARCHIVE_RECHECK_HOST_PAUSE_MS = "0";
    try {
      const output = await recheckSourcesJob.run({}, { log: createLogger({ level: "silent" }), signal: new AbortController().signal });
      expect(output).toMatchObject({ enabled: true, checked: 1 });
      expect(hitsOn(path)).toHaveLength(1);
    } finally {
      delete process.env.ARCHIVE_ALLOWED_ORIGINS;
      delete process.env.ARCHIVE_RECHECK_HOST_PAUSE_MS;
    }
  });
});

describe("refreshing the verdict pages from the job worker, outside Next", () => {
  it("announces the claim's page tags to every web server's own cache listening on the database", async () => {
    const heard: string[][] = [];
    let told: () => void = () => {};
    const arrived = new Promise<void>((resolve) => {
      told = resolve;
    });
    hearExpiries(
      (tags) => {
        heard.push(tags);
        told();
      },
      { databaseUrl: process.env.DATABASE_URL },
    );
    // The listener connects in the background: announce until it is heard.
    const { claim } = await citedSource();
    const announcing = setInterval(() => void refreshPagesAfterRecheck([claim.slug]), 200);
    try {
      await arrived;
    } finally {
      clearInterval(announcing);
    }
    expect(heard[0]).toEqual(expect.arrayContaining([claimTag(claim.slug), `_N_T_/claims/${claim.slug}`, "published-verdicts"]));
  });

  it("expires the claim's pages in the shared cache on Redis, which every instance reads", async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), "onrecord-recheck-redis-"));
    const redis = await startRedis({ port: await freePort(), dir: work });
    process.env.REDIS_URL = redis.url;
    process.env.REDIS_KEY_PREFIX = "onrecord-recheck-test:";
    const spy = createClient({ url: redis.url });
    try {
      const { claim } = await citedSource();
      // The worker's link to Redis, up: an expiry sent while it is still
      // connecting is made good once it is (the link drops the cache then),
      // which is the shared cache's own test's subject, not this one's.
      const { redisLink } = await import("@/lib/caching/redis-link.js");
      expect(await redisLink()?.whenReady(10_000)).toBe(true);
      const before = Date.now();
      await refreshPagesAfterRecheck([claim.slug]);
      await spy.connect();
      const expired = await spy.hGetAll("onrecord-recheck-test:expired-tags");
      for (const tag of [claimTag(claim.slug), `_N_T_/claims/${claim.slug}`]) expect(Number(expired[tag])).toBeGreaterThanOrEqual(before);
    } finally {
      delete process.env.REDIS_URL;
      delete process.env.REDIS_KEY_PREFIX;
      await spy.quit().catch(() => undefined);
      await redis.stop();
      await rm(work, { recursive: true, force: true });
    }
  });
});
