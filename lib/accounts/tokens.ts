import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Transaction } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import type { AccountTokenKind } from "@/lib/generated/prisma/enums";
import { TOKEN_PATTERN } from "./tokens-format";

// The single-use links of account self-service. The token (32 random bytes,
// base64url) exists only in the email; the table keeps its SHA-256, so a copy
// of the database or a backup holds no link that works. SHA-256 rather than
// bcrypt: the token has 256 bits of randomness, so there is nothing to guess
// offline, and a lookup by hash must be an index hit.

// How long each link stays good. An invitation waits for someone who may be
// on leave for a week; a reset link is used within minutes or it has leaked
// into something (a forwarded mail, a shared screen); an email change waits
// for a mailbox the person may check the next day.
export const TOKEN_LIFETIME_MS: Record<AccountTokenKind, number> = {
  INVITATION: 7 * 24 * 60 * 60_000,
  PASSWORD_RESET: 60 * 60_000,
  EMAIL_CHANGE: 24 * 60 * 60_000,
};

export const hashToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

// A new link of this kind for this person, replacing any earlier one of the
// same kind still waiting: the newest mail is the only one that works, so a
// resent invitation or a second reset request voids the first.
export async function issueToken(tx: Transaction, kind: AccountTokenKind, userId: string, options: { newEmail?: string; now?: Date } = {}): Promise<string> {
  const now = options.now ?? new Date();
  const token = randomBytes(32).toString("base64url");
  await tx.accountToken.deleteMany({ where: { userId, kind, usedAt: null } });
  await tx.accountToken.create({
    data: {
      kind,
      userId,
      tokenHash: hashToken(token),
      newEmail: options.newEmail ?? null,
      expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[kind]),
    },
  });
  return token;
}

export type TokenState = "usable" | "unknown" | "used" | "expired";

export type TokenLookup = { state: TokenState; userId?: string; newEmail?: string | null };

// What a link is worth, without using it: the pages show the form only for a
// usable link, and otherwise say plainly what happened to it.
export async function lookUpToken(db: Pick<Transaction, "accountToken">, kind: AccountTokenKind, token: string, now = new Date()): Promise<TokenLookup> {
  if (!TOKEN_PATTERN.test(token)) return { state: "unknown" };
  const row = await db.accountToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || row.kind !== kind) return { state: "unknown" };
  if (row.usedAt) return { state: "used", userId: row.userId };
  if (row.expiresAt <= now) return { state: "expired", userId: row.userId };
  return { state: "usable", userId: row.userId, newEmail: row.newEmail };
}

// Uses a link, once. The update is conditional on the row still being unused
// and unexpired, so of two clicks racing each other PostgreSQL lets exactly
// one through: the second waits on the first's row lock, then finds usedAt
// set and matches nothing. Everything the link does must happen in the same
// transaction, so a failure after this leaves the link usable.
export async function useToken(
  tx: Transaction,
  kind: AccountTokenKind,
  token: string,
  explain: Record<Exclude<TokenState, "usable">, string>,
  now = new Date(),
): Promise<{ userId: string; newEmail: string | null }> {
  if (TOKEN_PATTERN.test(token)) {
    const tokenHash = hashToken(token);
    const used = await tx.accountToken.updateMany({ where: { tokenHash, kind, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (used.count === 1) {
      const row = await tx.accountToken.findUniqueOrThrow({ where: { tokenHash } });
      return { userId: row.userId, newEmail: row.newEmail };
    }
  }
  const { state } = await lookUpToken(tx, kind, token, now);
  throw forbidden(explain[state === "usable" ? "used" : state]);
}
