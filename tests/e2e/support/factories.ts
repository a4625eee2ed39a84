import { randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import type { Credentials } from "./accounts";
import { withDatabase } from "./database";

// Records a test needs before it starts, written straight into the e2e
// database, so a test does not depend on what another test did in the
// browser. Ids only need to be unique strings; Prisma's cuid() is generated in
// the client, not by the database.

export const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}`;
export const newId = () => `e2e${randomBytes(10).toString("hex")}`;

export type Role = "REPORTER" | "EDITOR" | "ADMIN";
export type TestAccount = Credentials & { id: string; role: Role };

export async function makeAccount(role: Role): Promise<TestAccount> {
  const password = `e2e password ${randomBytes(4).toString("hex")}`;
  const label = role.charAt(0) + role.slice(1).toLowerCase();
  const account = { id: newId(), email: `${unique(role.toLowerCase())}@e2e.onrecord.test`, name: unique(label), role, password };
  // Cost 4: these accounts only exist for the run, so the hash only has to verify.
  const passwordHash = await bcrypt.hash(password, 4);
  await withDatabase((db) =>
    db.query(`INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`, [
      account.id,
      account.email,
      account.name,
      passwordHash,
      role,
    ]),
  );
  return account;
}

export async function userId(email: string): Promise<string> {
  return withDatabase(async (db) => {
    const { rows } = await db.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
    if (!rows[0]) throw new Error(`no user ${email}`);
    return rows[0].id;
  });
}

export type ClaimRow = {
  id: string;
  slug: string;
  text: string;
  status: string;
  version: number;
  publishedAt: Date | null;
  assigneeId: string | null;
};

export async function claimBy(column: "id" | "slug", value: string): Promise<ClaimRow> {
  return withDatabase(async (db) => {
    const { rows } = await db.query<ClaimRow>(
      `SELECT id, slug, text, status, version, "publishedAt", "assigneeId" FROM "Claim" WHERE ${column === "id" ? "id" : "slug"} = $1`,
      [value],
    );
    if (!rows[0]) throw new Error(`no claim with ${column} ${value}`);
    return rows[0];
  });
}

export type VerdictRow = { ratingId: string; summary: string; proposedById: string; approvedById: string | null; approvedAt: Date | null };

export async function verdictFor(claimId: string): Promise<VerdictRow | null> {
  return withDatabase(async (db) => {
    const { rows } = await db.query<VerdictRow>(
      `SELECT "ratingId", summary, "proposedById", "approvedById", "approvedAt" FROM "Verdict" WHERE "claimId" = $1`,
      [claimId],
    );
    return rows[0] ?? null;
  });
}

export async function countRows(table: "Claim" | "User" | "Verdict" | "Revision" | "AuditEvent" | "Speaker" | "Source" | "Evidence") {
  return withDatabase(async (db) => Number((await db.query(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n));
}

export async function ratingId(slug: string): Promise<string> {
  return withDatabase(async (db) => (await db.query<{ id: string }>(`SELECT id FROM "Rating" WHERE slug = $1`, [slug])).rows[0]!.id);
}

// A statement claim of the test's own, by a seeded speaker. With `proposedBy`
// it carries a proposed "Misleading" verdict (as a reporter's submission for
// review would leave it); with `assigneeId` someone is on it.
export async function makeClaim(options: {
  createdById: string;
  status: "DRAFT" | "RESEARCHING" | "IN_REVIEW";
  assigneeId?: string | null;
  proposedById?: string;
}): Promise<ClaimRow> {
  const id = newId();
  const slug = unique("e2e-claim");
  const text = `The ministry said the crossing reopened on schedule (${slug}).`;
  await withDatabase(async (db) => {
    await db.query("BEGIN");
    const speaker = await db.query<{ id: string }>(`SELECT id FROM "Speaker" WHERE slug = 'white-house-press-office'`);
    await db.query(
      `INSERT INTO "Claim" (id, slug, text, "madeAt", kind, status, "speakerId", "createdById", "assigneeId", "updatedAt")
       VALUES ($1, $2, $3, now() - interval '2 days', 'STATEMENT', $4, $5, $6, $7, now())`,
      [id, slug, text, options.status, speaker.rows[0]!.id, options.createdById, options.assigneeId ?? null],
    );
    if (options.proposedById) {
      const rating = await db.query<{ id: string }>(`SELECT id FROM "Rating" WHERE slug = 'misleading'`);
      await db.query(
        `INSERT INTO "Verdict" (id, "claimId", "ratingId", summary, reasoning, "proposedById", "updatedAt")
         VALUES ($1, $2, $3, $4, '', $5, now())`,
        [newId(), id, rating.rows[0]!.id, "The crossing reopened two weeks late, according to the border agency.", options.proposedById],
      );
    }
    await db.query("COMMIT");
  });
  return claimBy("id", id);
}

// A source attached to a claim as evidence.
export async function attachSource(options: {
  claimId: string;
  addedById: string;
  url: string;
  title: string;
  stance?: "SUPPORTS" | "CONTRADICTS" | "CONTEXT";
}) {
  const sourceId = newId();
  await withDatabase(async (db) => {
    await db.query(`INSERT INTO "Source" (id, type, title, url, "createdById", "updatedAt") VALUES ($1, 'OFFICIAL_STATEMENT', $2, $3, $4, now())`, [
      sourceId,
      options.title,
      options.url,
      options.addedById,
    ]);
    await db.query(`INSERT INTO "Evidence" (id, "claimId", "sourceId", stance, "addedById", "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`, [
      newId(),
      options.claimId,
      sourceId,
      options.stance ?? "CONTRADICTS",
      options.addedById,
    ]);
  });
  return sourceId;
}

// A reporter's claim with its proposed verdict, waiting for an editor to publish.
export async function claimAwaitingEditor(): Promise<ClaimRow> {
  const reporter = await makeAccount("REPORTER");
  return makeClaim({ createdById: reporter.id, status: "IN_REVIEW", proposedById: reporter.id });
}

// A prediction the reporter logged and an editor published "Pending" a month
// ago, due since yesterday: ready to be settled.
export async function dueForecast(options: { reporterId: string; editorId: string }): Promise<ClaimRow> {
  const claim = await makeClaim({ createdById: options.reporterId, status: "IN_REVIEW", assigneeId: options.reporterId, proposedById: options.reporterId });
  const pending = await ratingId("pending");
  await withDatabase(async (db) => {
    await db.query(
      `UPDATE "Claim" SET kind = 'PREDICTION', "settleBy" = now() - interval '1 day', "settleCriteria" = 'The crossing reopens.', status = 'PUBLISHED', "publishedAt" = now() - interval '30 days' WHERE id = $1`,
      [claim.id],
    );
    await db.query(`UPDATE "Verdict" SET "ratingId" = $2, "approvedById" = $3, "approvedAt" = now() - interval '30 days' WHERE "claimId" = $1`, [
      claim.id,
      pending,
      options.editorId,
    ]);
  });
  return claim;
}
