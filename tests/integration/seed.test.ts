import bcrypt from "bcryptjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "@/lib/database/migrate";
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
    expect(await seedDemo(prisma)).toBe(true);
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

  it("has two or three published verdicts, each approved by someone other than its proposer", async () => {
    const published = await prisma.claim.findMany({ where: { status: "PUBLISHED" }, include: { verdict: { include: { rating: true } } } });
    expect(published.length).toBeGreaterThanOrEqual(2);
    expect(published.length).toBeLessThanOrEqual(3);
    for (const claim of published) {
      expect(claim.publishedAt, claim.slug).toBeInstanceOf(Date);
      expect(claim.verdict, claim.slug).not.toBeNull();
      expect(claim.verdict!.approvedById).toBeTruthy();
      expect(claim.verdict!.approvedById).not.toBe(claim.verdict!.proposedById);
      // The verdict's rating is on the scale for the kind of claim.
      expect([claim.kind === "STATEMENT" ? "STATEMENT" : "FORECAST", "ALL"]).toContain(claim.verdict!.rating.appliesTo);
    }
    // Nothing unpublished carries an approval.
    expect(await prisma.verdict.count({ where: { approvedById: { not: null }, claim: { status: { not: "PUBLISHED" } } } })).toBe(0);
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
