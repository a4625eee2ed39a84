import { describe, expect, it } from "vitest";
import { hashToken, issueToken, lookUpToken, TOKEN_LIFETIME_MS } from "@/lib/accounts/tokens";
import { prisma } from "@/lib/db";
import { makeUser } from "../support/factories";
import { sqlPool } from "../support/sql";

// The single-use links behind invitations, resets and email changes: what the
// database holds of them, how long they live, and that a newer link voids an
// older one of the same kind.

describe("account links", () => {
  it("the database holds only the token's SHA-256, nowhere the token itself", async () => {
    const reporter = await makeUser("REPORTER");
    const token = await prisma.$transaction((tx) => issueToken(tx, "PASSWORD_RESET", reporter.id));

    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await prisma.accountToken.findMany({ where: { userId: reporter.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(hashToken(token));
    expect(rows[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    // Every column of every row, as text: the token appears in none of them.
    const pool = sqlPool();
    try {
      const { rows: dump } = await pool.query(`SELECT row_to_json(t)::text AS row FROM "AccountToken" t`);
      expect(dump.length).toBeGreaterThan(0);
      for (const { row } of dump) expect(row).not.toContain(token);
    } finally {
      await pool.end();
    }
  });

  it("each kind lives as long as it should: invitation 7 days, reset 1 hour, email change 24 hours", async () => {
    const editor = await makeUser("EDITOR");
    const now = new Date("2026-12-05T04:00:00.000Z");
    for (const kind of ["INVITATION", "PASSWORD_RESET", "EMAIL_CHANGE"] as const) {
      await prisma.$transaction((tx) => issueToken(tx, kind, editor.id, { now, newEmail: kind === "EMAIL_CHANGE" ? "new@test.onrecord" : undefined }));
      const row = await prisma.accountToken.findFirstOrThrow({ where: { userId: editor.id, kind } });
      expect(row.expiresAt.getTime() - now.getTime()).toBe(TOKEN_LIFETIME_MS[kind]);
    }
    expect(TOKEN_LIFETIME_MS).toEqual({ INVITATION: 604_800_000, PASSWORD_RESET: 3_600_000, EMAIL_CHANGE: 86_400_000 });
  });

  it("a link is usable until its time, then expired; a newer link of the same kind voids the older", async () => {
    const reporter = await makeUser("REPORTER");
    const first = await prisma.$transaction((tx) => issueToken(tx, "PASSWORD_RESET", reporter.id));
    const issuedAt =
      (await prisma.accountToken.findFirstOrThrow({ where: { tokenHash: hashToken(first) } })).expiresAt.getTime() - TOKEN_LIFETIME_MS.PASSWORD_RESET;

    expect(await lookUpToken(prisma, "PASSWORD_RESET", first, new Date(issuedAt + 59 * 60_000))).toMatchObject({ state: "usable", userId: reporter.id });
    expect(await lookUpToken(prisma, "PASSWORD_RESET", first, new Date(issuedAt + 60 * 60_000))).toMatchObject({ state: "expired" });
    // The same token asked for as another kind of link is not one.
    expect(await lookUpToken(prisma, "INVITATION", first)).toEqual({ state: "unknown" });

    const second = await prisma.$transaction((tx) => issueToken(tx, "PASSWORD_RESET", reporter.id));
    expect(await lookUpToken(prisma, "PASSWORD_RESET", first)).toEqual({ state: "unknown" });
    expect(await lookUpToken(prisma, "PASSWORD_RESET", second)).toMatchObject({ state: "usable" });
    expect(await prisma.accountToken.count({ where: { userId: reporter.id } })).toBe(1);
  });

  it("a malformed or made-up token is unknown, without a lookup that could match anything", async () => {
    for (const token of ["", "short", `${"a".repeat(43)}'`, "x".repeat(500)]) {
      expect(await lookUpToken(prisma, "PASSWORD_RESET", token)).toEqual({ state: "unknown" });
    }
    expect(await lookUpToken(prisma, "PASSWORD_RESET", "A".repeat(43))).toEqual({ state: "unknown" });
  });
});
