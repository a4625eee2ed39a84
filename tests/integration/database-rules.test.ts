import { randomInt } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { makeClaim, makeUser, unique } from "../support/factories";
import { sqlError, sqlPool } from "../support/sql";

// Rules the database keeps by itself, so that no code path, script or hand
// edit in psql can break them.

const pool = sqlPool();
afterAll(() => pool.end());

// A made-up word no other test uses, so full-text matches are this test's own.
const nonsenseWord = () => Array.from({ length: 10 }, () => String.fromCharCode(97 + randomInt(26))).join("");

describe("history is never rewritten", () => {
  it("a revision cannot be edited or deleted, by SQL or through the client", async () => {
    const reporter = await makeUser("REPORTER");
    const claim = await makeClaim(reporter);
    const revision = await prisma.revision.create({
      data: { claimId: claim.id, authorId: reporter.id, action: "claim.created", changes: { text: { from: null, to: claim.text } } },
    });

    const update = await sqlError(pool, `UPDATE "Revision" SET "action" = 'claim.forged' WHERE "id" = $1`, [revision.id]);
    expect(update.code).toBe("42501");
    expect(update.message).toMatch(/Revision rows are append-only/);
    const remove = await sqlError(pool, `DELETE FROM "Revision" WHERE "id" = $1`, [revision.id]);
    expect(remove.code).toBe("42501");

    await expect(prisma.revision.update({ where: { id: revision.id }, data: { reason: "rewritten" } })).rejects.toThrow(/append-only/);
    await expect(prisma.revision.deleteMany({ where: { claimId: claim.id } })).rejects.toThrow(/append-only/);

    expect(await prisma.revision.findUnique({ where: { id: revision.id } })).toEqual(revision);
  });

  it("neither revisions nor audit events can be emptied with TRUNCATE", async () => {
    const reporter = await makeUser("REPORTER");
    const claim = await makeClaim(reporter);
    await prisma.revision.create({ data: { claimId: claim.id, authorId: reporter.id, action: "claim.created" } });
    const before = { revisions: await prisma.revision.count(), events: await prisma.auditEvent.count() };

    for (const table of ["Revision", "AuditEvent"]) {
      const error = await sqlError(pool, `TRUNCATE "${table}"`);
      expect(error.code).toBe("42501");
      expect(error.message).toMatch(new RegExp(`${table} rows are append-only`));
    }
    expect(await prisma.revision.count()).toBeGreaterThanOrEqual(before.revisions);
    expect(await prisma.auditEvent.count()).toBeGreaterThanOrEqual(before.events);
  });

  it("a claim with history cannot be deleted, taking its history with it", async () => {
    const reporter = await makeUser("REPORTER");
    const claim = await makeClaim(reporter);
    await prisma.revision.create({ data: { claimId: claim.id, authorId: reporter.id, action: "claim.created" } });
    const error = await sqlError(pool, `DELETE FROM "Claim" WHERE "id" = $1`, [claim.id]);
    expect(error.code).toBe("23001"); // restrict_violation (ON DELETE RESTRICT)
    expect(await prisma.claim.count({ where: { id: claim.id } })).toBe(1);
  });

  it("an audit event cannot be edited or deleted", async () => {
    const admin = await makeUser("ADMIN");
    const event = await prisma.auditEvent.create({ data: { actorId: admin.id, action: "user.role_changed", details: { to: "EDITOR" } } });

    const update = await sqlError(pool, `UPDATE "AuditEvent" SET "details" = '{}' WHERE "id" = $1`, [event.id]);
    expect(update.code).toBe("42501");
    expect(update.message).toMatch(/AuditEvent rows are append-only/);
    const remove = await sqlError(pool, `DELETE FROM "AuditEvent" WHERE "actorId" = $1`, [admin.id]);
    expect(remove.code).toBe("42501");
    await expect(prisma.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);

    expect(await prisma.auditEvent.findUnique({ where: { id: event.id } })).toEqual(event);
  });

  it("the person an audit event names cannot be deleted from under it", async () => {
    const admin = await makeUser("ADMIN");
    await prisma.auditEvent.create({ data: { actorId: admin.id, action: "auth.signin" } });
    const error = await sqlError(pool, `DELETE FROM "User" WHERE "id" = $1`, [admin.id]);
    expect(error.code).toBe("23001");
    expect(await prisma.user.count({ where: { id: admin.id } })).toBe(1);
  });
});

describe("two-person rule in the database", () => {
  it("refuses a verdict approved by the person who proposed it", async () => {
    const editor = await makeUser("EDITOR");
    const claim = await makeClaim(editor, { status: "IN_REVIEW" });
    const rating = await prisma.rating.findUniqueOrThrow({ where: { slug: "false" } });
    const verdict = await prisma.verdict.create({
      data: { claimId: claim.id, ratingId: rating.id, summary: "The record contradicts it.", proposedById: editor.id },
    });

    const error = await sqlError(pool, `UPDATE "Verdict" SET "approvedById" = "proposedById", "approvedAt" = now() WHERE "id" = $1`, [verdict.id]);
    expect(error.code).toBe("23514"); // check_violation
    expect(error.constraint).toBe("Verdict_two_person_rule");
    await expect(prisma.verdict.update({ where: { id: verdict.id }, data: { approvedById: editor.id } })).rejects.toThrow(/two_person_rule/);

    const insert = await sqlError(
      pool,
      `INSERT INTO "Verdict" ("id", "claimId", "ratingId", "summary", "proposedById", "approvedById", "updatedAt")
       VALUES ($1, $2, $3, 'self-approved', $4, $4, now())`,
      [unique("verdict"), (await makeClaim(editor)).id, rating.id, editor.id],
    );
    expect(insert.code).toBe("23514");

    expect((await prisma.verdict.findUniqueOrThrow({ where: { id: verdict.id } })).approvedById).toBeNull();
  });

  it("accepts approval by a second person", async () => {
    const reporter = await makeUser("REPORTER");
    const editor = await makeUser("EDITOR");
    const claim = await makeClaim(reporter, { status: "IN_REVIEW" });
    const rating = await prisma.rating.findUniqueOrThrow({ where: { slug: "accurate" } });
    const verdict = await prisma.verdict.create({
      data: { claimId: claim.id, ratingId: rating.id, summary: "The record supports it.", proposedById: reporter.id },
    });
    const approved = await prisma.verdict.update({ where: { id: verdict.id }, data: { approvedById: editor.id, approvedAt: new Date() } });
    expect(approved.approvedById).toBe(editor.id);
  });
});

describe("appearances", () => {
  it("a claim has at most one first appearance", async () => {
    const reporter = await makeUser("REPORTER");
    const claim = await makeClaim(reporter);
    const seenAt = new Date("2026-05-31T12:00:00Z");
    await prisma.appearance.create({ data: { claimId: claim.id, url: "https://example.org/first", seenAt, isFirst: true } });

    const error = await sqlError(
      pool,
      `INSERT INTO "Appearance" ("id", "claimId", "url", "seenAt", "isFirst") VALUES ($1, $2, 'https://example.org/also-first', now(), true)`,
      [unique("appearance"), claim.id],
    );
    expect(error.code).toBe("23505"); // unique_violation
    expect(error.constraint).toBe("Appearance_one_first_per_claim");

    // Repeats are fine, and another claim has its own first appearance.
    await prisma.appearance.create({ data: { claimId: claim.id, url: "https://example.org/repeat-1", seenAt } });
    await prisma.appearance.create({ data: { claimId: claim.id, url: "https://example.org/repeat-2", seenAt } });
    const other = await makeClaim(reporter);
    await prisma.appearance.create({ data: { claimId: other.id, url: "https://example.org/first", seenAt, isFirst: true } });

    expect(await prisma.appearance.count({ where: { claimId: claim.id } })).toBe(3);
    expect(await prisma.appearance.count({ where: { claimId: claim.id, isFirst: true } })).toBe(1);
  });
});

describe("market odds", () => {
  it("a probability outside 0..1 is refused", async () => {
    const reporter = await makeUser("REPORTER");
    const error = await sqlError(
      pool,
      `INSERT INTO "Source" ("id", "type", "title", "marketProbability", "createdById", "updatedAt") VALUES ($1, 'MARKET_ODDS', 'Odds', 1.5, $2, now())`,
      [unique("source"), reporter.id],
    );
    expect(error.code).toBe("23514");
  });
});

describe("search", () => {
  it("finds a claim by words from its text, quote or context, with stemming", async () => {
    const reporter = await makeUser("REPORTER");
    const [inText, inQuote, inContext] = [nonsenseWord(), nonsenseWord(), nonsenseWord()];
    const claim = await makeClaim(reporter);
    await prisma.claim.update({
      where: { id: claim.id },
      data: {
        text: `Iran has agreed to ${inText} restraint.`,
        quote: `We ${inQuote} nothing`,
        context: `Posted as the ${inContext} talks were ending.`,
      },
    });

    const search = async (query: string) =>
      (await pool.query<{ id: string }>(`SELECT "id" FROM "Claim" WHERE "searchVector" @@ websearch_to_tsquery('english', $1)`, [query])).rows.map(
        (row) => row.id,
      );

    expect(await search(inText)).toEqual([claim.id]);
    expect(await search(inQuote)).toEqual([claim.id]);
    expect(await search(inContext)).toEqual([claim.id]);
    expect(await search(`agreeing ${inText}`)).toEqual([claim.id]); // "agreed" and "agreeing" share a stem
    expect(await search(`"${inText} restraint"`)).toEqual([claim.id]); // phrase
    expect(await search(`${inText} -restraint`)).toEqual([]); // excluded word
    expect(await search(`${inText} ${nonsenseWord()}`)).toEqual([]); // every word must match
  });

  it("ranks a match in the claim itself above one in its context", async () => {
    const reporter = await makeUser("REPORTER");
    const word = nonsenseWord();
    const inText = await makeClaim(reporter);
    const inContext = await makeClaim(reporter);
    await prisma.claim.update({ where: { id: inText.id }, data: { text: `The ${word} was closed.` } });
    await prisma.claim.update({ where: { id: inContext.id }, data: { context: `Said near the ${word}.` } });
    const { rows } = await pool.query<{ id: string }>(
      `SELECT "id" FROM "Claim" WHERE "searchVector" @@ websearch_to_tsquery('english', $1)
        ORDER BY ts_rank("searchVector", websearch_to_tsquery('english', $1)) DESC`,
      [word],
    );
    expect(rows.map((row) => row.id)).toEqual([inText.id, inContext.id]);
  });

  it("keeps the search document up to date when the claim is edited, and it cannot be written directly", async () => {
    const reporter = await makeUser("REPORTER");
    const [before, after] = [nonsenseWord(), nonsenseWord()];
    const claim = await makeClaim(reporter);
    await prisma.claim.update({ where: { id: claim.id }, data: { text: `The ${before} claim.` } });
    await prisma.claim.update({ where: { id: claim.id }, data: { text: `The ${after} claim.` } });
    const matches = async (word: string) =>
      (await pool.query(`SELECT 1 FROM "Claim" WHERE "id" = $1 AND "searchVector" @@ websearch_to_tsquery('english', $2)`, [claim.id, word])).rowCount;
    expect(await matches(before)).toBe(0);
    expect(await matches(after)).toBe(1);

    const error = await sqlError(pool, `UPDATE "Claim" SET "searchVector" = to_tsvector('english', 'forged') WHERE "id" = $1`, [claim.id]);
    expect(error.code).toBe("428C9"); // generated_always
  });

  it("the search uses the GIN index rather than reading every claim", async () => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("SET LOCAL enable_seqscan = off");
      const { rows } = await client.query<{ "QUERY PLAN": string }>(
        `EXPLAIN SELECT "id" FROM "Claim" WHERE "searchVector" @@ websearch_to_tsquery('english', 'nuclear')`,
      );
      expect(rows.map((row) => row["QUERY PLAN"]).join("\n")).toContain("Claim_searchVector_idx");
      await client.query("ROLLBACK");
    } finally {
      client.release();
    }
  });
});

describe("near-duplicate claims", () => {
  it("pg_trgm similarity scores a rewording well above an unrelated claim", async () => {
    const { rows } = await pool.query<{ close: number; far: number }>(
      `SELECT similarity('Iran has agreed to nuclear restraint.', 'Iran has agreed to nuclear restraint, he said.') AS close,
              similarity('Iran has agreed to nuclear restraint.', 'The border has been closed since March.') AS far`,
    );
    expect(rows[0]!.close).toBeGreaterThan(0.6);
    expect(rows[0]!.far).toBeLessThan(0.2);
  });

  it("finds a logged claim similar to a new one through the trigram index", async () => {
    const reporter = await makeUser("REPORTER");
    const word = nonsenseWord();
    const claim = await makeClaim(reporter);
    await prisma.claim.update({ where: { id: claim.id }, data: { text: `Tehran ${word} has agreed to limit its nuclear programme.` } });
    const { rows } = await pool.query<{ id: string; score: number }>(
      `SELECT "id", similarity("text", $1) AS score FROM "Claim" WHERE "text" % $1 ORDER BY score DESC LIMIT 5`,
      [`Tehran ${word} agreed to limit its nuclear program`],
    );
    expect(rows[0]?.id).toBe(claim.id);

    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("SET LOCAL enable_seqscan = off");
      const plan = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN SELECT "id" FROM "Claim" WHERE "text" % 'nuclear restraint'`);
      expect(plan.rows.map((row) => row["QUERY PLAN"]).join("\n")).toMatch(/Claim_text_trgm(_gist)?_idx/);
      await client.query("ROLLBACK");
    } finally {
      client.release();
    }
  });
});
