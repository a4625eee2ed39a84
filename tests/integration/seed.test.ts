import bcrypt from "bcryptjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "@/lib/database/migrate";
import { findStoredProblems } from "@/lib/database/stored-problems";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ClaimKind, ClaimStatus } from "@/lib/generated/prisma/enums";
import { DEFAULT_SCALE } from "@/lib/ratings/default-scale";
import { DEMO_ACCOUNTS, seedDemo } from "@/prisma/seed";
import { freshDatabase } from "../support/sql";

// The demo newsroom a first start creates. It runs in an empty database of its
// own, not the file's copy of the template: a first start finds no verdict
// scale, and the test counts every row.

let database: Awaited<ReturnType<typeof freshDatabase>>;
let prisma: PrismaClient;

beforeAll(async () => {
  database = await freshDatabase("onrecord_seed");
  await migrate(database.url);
  prisma = createPrismaClient(database.url);
});

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

async function counts() {
  const models = [
    "user",
    "loginAttempt",
    "speaker",
    "topic",
    "claim",
    "claimTopic",
    "appearance",
    "source",
    "archiveSnapshot",
    "evidence",
    "rating",
    "verdict",
    "revision",
    "correction",
    "auditEvent",
  ] as const;
  const entries = await Promise.all(
    models.map(async (model) => [model, await (prisma[model] as unknown as { count: () => Promise<number> }).count()] as const),
  );
  return Object.fromEntries(entries);
}

describe("seedDemo", () => {
  it("fills an empty newsroom once, and a second run changes nothing", async () => {
    const started = performance.now();
    expect(await seedDemo(prisma)).toBe(true);
    const took = performance.now() - started;
    console.info(`seedDemo: first run ${Math.round(took)} ms`);
    // It runs on every first start and in every end-to-end run.
    expect(took).toBeLessThan(5_000);
    const first = await counts();
    expect(first.claim).toBeGreaterThan(0);

    expect(await seedDemo(prisma)).toBe(false);
    expect(await counts()).toEqual(first);
  });

  it("has the whole default verdict scale", async () => {
    const ratings = await prisma.rating.findMany({ orderBy: { position: "asc" } });
    expect(ratings.map((rating) => rating.slug)).toEqual(DEFAULT_SCALE.map((step) => step.slug));
  });

  it("never overwrites an admin's edits to the scale", async () => {
    await prisma.rating.update({ where: { slug: "misleading" }, data: { label: "Missing context" } });
    await seedDemo(prisma);
    expect((await prisma.rating.findUniqueOrThrow({ where: { slug: "misleading" } })).label).toBe("Missing context");
  });

  it("has a demo account per role, each able to sign in with its documented password", async () => {
    const users = await prisma.user.findMany({ orderBy: { email: "asc" } });
    expect(users.map((user) => user.role).sort()).toEqual(["ADMIN", "EDITOR", "REPORTER"]);
    for (const account of DEMO_ACCOUNTS) {
      const user = users.find((row) => row.email === account.email)!;
      expect(user.role).toBe(account.role);
      expect(await bcrypt.compare(account.password, user.passwordHash)).toBe(true);
    }
  });

  it("shows every workflow state and every kind of claim", async () => {
    const claims = await prisma.claim.findMany();
    expect(new Set(claims.map((claim) => claim.status))).toEqual(new Set(Object.values(ClaimStatus)));
    expect(new Set(claims.map((claim) => claim.kind))).toEqual(new Set(Object.values(ClaimKind)));
  });

  it("has predictions and promises with a settle-by date and criteria", async () => {
    const forecasts = await prisma.claim.findMany({ where: { kind: { in: ["PREDICTION", "PROMISE"] } } });
    expect(forecasts.some((claim) => claim.kind === "PREDICTION" && claim.settleBy)).toBe(true);
    for (const claim of forecasts) {
      expect(claim.settleBy, claim.slug).toBeInstanceOf(Date);
      expect(claim.settleCriteria, claim.slug).toBeTruthy();
    }
  });

  it("cites market odds with the market, outcome, probability and when they were observed", async () => {
    const odds = await prisma.source.findFirstOrThrow({ where: { type: "MARKET_ODDS" } });
    expect(odds.marketName).toBeTruthy();
    expect(odds.marketOutcome).toBeTruthy();
    expect(Number(odds.marketProbability)).toBeGreaterThan(0);
    expect(Number(odds.marketProbability)).toBeLessThan(1);
    expect(odds.marketObservedAt).toBeInstanceOf(Date);
    expect(await prisma.evidence.count({ where: { sourceId: odds.id } })).toBeGreaterThan(0);
  });

  it("is a newsroom worth a first look: about 25 claims, 12 published, each approved by someone other than its proposer and its wording's author", async () => {
    expect(await prisma.claim.count()).toBeGreaterThanOrEqual(24);
    const published = await prisma.claim.findMany({ where: { status: "PUBLISHED" }, include: { verdict: { include: { rating: true } } } });
    expect(published).toHaveLength(12);
    for (const claim of published) {
      expect(claim.publishedAt, claim.slug).toBeInstanceOf(Date);
      expect(claim.verdict, claim.slug).not.toBeNull();
      expect(claim.verdict!.approvedById).toBeTruthy();
      expect(claim.verdict!.approvedById).not.toBe(claim.verdict!.proposedById);
      // The two-person rule on the sentence: whoever published it did not write it.
      expect(claim.publishedById, claim.slug).toBeTruthy();
      expect(claim.publishedById, claim.slug).not.toBe(claim.wordingById);
      expect(claim.verdict!.approvedById, claim.slug).not.toBe(claim.wordingById);
      // The verdict's rating is on the scale for the kind of claim.
      expect([claim.kind === "STATEMENT" ? "STATEMENT" : "FORECAST", "ALL"]).toContain(claim.verdict!.rating.appliesTo);
    }
    // Publication spread over weeks, so timelines and charts have a shape.
    const days = new Set(published.map((claim) => claim.publishedAt!.toISOString().slice(0, 10)));
    expect(days.size).toBeGreaterThanOrEqual(8);
    const months = new Set(published.map((claim) => claim.publishedAt!.toISOString().slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(3);
    // More than one rating, on both sides of the scale.
    expect(new Set(published.map((claim) => claim.verdict!.rating.slug)).size).toBeGreaterThanOrEqual(6);
    // Nothing unpublished carries an approval.
    expect(await prisma.verdict.count({ where: { approvedById: { not: null }, claim: { status: { not: "PUBLISHED" } } } })).toBe(0);
  });

  it("keeps the input rules: the stored-problems check finds nothing", async () => {
    expect(await findStoredProblems(database.url)).toEqual([]);
  });

  it("gives several claims to every speaker and topic, and published verdicts to most", async () => {
    const speakers = await prisma.speaker.findMany({ include: { claims: { select: { status: true } } } });
    for (const speaker of speakers) expect(speaker.claims.length, speaker.slug).toBeGreaterThanOrEqual(3);
    const withPublished = speakers.filter((speaker) => speaker.claims.some((claim) => claim.status === "PUBLISHED"));
    expect(withPublished.length).toBeGreaterThanOrEqual(5);
    const topics = await prisma.topic.findMany({ include: { claims: { select: { claim: { select: { status: true } } } } } });
    for (const topic of topics) expect(topic.claims.length, topic.slug).toBeGreaterThanOrEqual(2);
    const publishedPerTopic = topics.map((topic) => topic.claims.filter(({ claim }) => claim.status === "PUBLISHED").length);
    expect(publishedPerTopic.filter((count) => count >= 2).length).toBeGreaterThanOrEqual(4);
    // A track record: the president has several published verdicts with different ratings.
    const trump = await prisma.verdict.findMany({
      where: { claim: { status: "PUBLISHED", speaker: { slug: "donald-trump" } } },
      include: { rating: true },
    });
    expect(new Set(trump.map((verdict) => verdict.rating.slug)).size).toBeGreaterThanOrEqual(3);
  });

  it("has two published verdicts corrected the way the desk corrects them: the note, a revision and an audit row", async () => {
    const corrections = await prisma.correction.findMany({
      where: { kind: { not: "UPDATE" } },
      include: { claim: { include: { verdict: true, revisions: true } } },
    });
    expect(corrections).toHaveLength(2);
    expect(new Set(corrections.map((correction) => correction.kind))).toEqual(new Set(["CORRECTION", "CLARIFICATION"]));
    for (const correction of corrections) {
      expect(correction.claim.status).toBe("PUBLISHED");
      expect(correction.publishedAt.getTime()).toBeGreaterThan(correction.claim.publishedAt!.getTime());
      const revision = correction.claim.revisions.find((row) => row.action === "claim.corrected");
      expect(revision?.authorId).toBe(correction.authorId);
      expect(revision?.reason).toBe(correction.note);
      const audit = await prisma.auditEvent.findFirst({ where: { action: "claim.corrected", targetId: correction.claimId } });
      expect(audit?.details).toMatchObject({ kind: correction.kind, correctionId: correction.id });
    }
    // The correction that changed the summary keeps what it replaced, and the verdict shows the new one.
    const changed = corrections.find((correction) => correction.kind === "CORRECTION")!;
    const revision = changed.claim.revisions.find((row) => row.action === "claim.corrected")!;
    expect(revision.changes).toMatchObject({ summary: { to: changed.claim.verdict!.summary } });
  });

  it("has one forecast settled as a real settlement leaves it: the outcome, its update note, and two people", async () => {
    const settled = await prisma.claim.findMany({
      where: { revisions: { some: { action: "settlement.published" } } },
      include: { verdict: { include: { rating: true } }, corrections: true, revisions: { orderBy: { createdAt: "asc" } } },
    });
    expect(settled).toHaveLength(1);
    const [forecast] = settled;
    expect(forecast!.kind).toBe("PREDICTION");
    expect(forecast!.status).toBe("PUBLISHED");
    expect(forecast!.settleBy!.getTime()).toBeLessThan(Date.now());
    const verdict = forecast!.verdict!;
    expect(verdict.rating.appliesTo).toBe("FORECAST");
    expect(verdict.rating.value).not.toBeNull();
    expect(verdict.settlementRatingId).toBeNull();
    expect(verdict.approvedById).not.toBe(verdict.proposedById);
    expect(forecast!.corrections.map((note) => [note.kind, note.note])).toEqual([["UPDATE", `Settled: ${verdict.rating.label}. ${verdict.summary}`]]);
    const actions = forecast!.revisions.map((row) => row.action);
    expect(actions.indexOf("settlement.proposed")).toBeGreaterThan(actions.indexOf("verdict.published"));
    expect(actions.indexOf("settlement.published")).toBeGreaterThan(actions.indexOf("settlement.proposed"));
    expect(await prisma.auditEvent.count({ where: { targetId: forecast!.id, action: { startsWith: "settlement." } } })).toBe(2);
  });

  it("every claim has history, and the archived duplicate points at its original", async () => {
    const claims = await prisma.claim.findMany({ include: { _count: { select: { revisions: true } } } });
    for (const claim of claims) expect(claim._count.revisions, claim.slug).toBeGreaterThan(0);
    const duplicate = claims.find((claim) => claim.status === "ARCHIVED")!;
    expect(duplicate.duplicateOfId).toBeTruthy();
  });

  it("counts a syndicated wire copy as derived from its original", async () => {
    const derived = await prisma.source.findMany({ where: { derivedFromId: { not: null } } });
    expect(derived.length).toBeGreaterThan(0);
  });
});
