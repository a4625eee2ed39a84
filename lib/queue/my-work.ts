import "server-only";
import { decide } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { prisma, type Transaction } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { CLAIM_ROW_COLUMNS, CLAIM_ROW_JOINS, INNER_CLAIM_COLUMNS, type QueueClaim, type QueueRow, toQueueClaim } from "@/lib/queue/rows";

// "My work" on /desk: what is on one person's plate, and what waits for the
// desk as a whole, in four lists of at most MY_WORK_LIMIT claims, each with
// how many there are in all. Four queries, whatever the lists hold.

export const MY_WORK_LIMIT = 25;
// Predictions and promises show up this long before they are due to be settled.
export const DUE_WITHIN_DAYS = 30;

// The revision the review step writes when an editor returns a proposal (lib/workflow/mutations.ts).
export const SENT_BACK = "verdict.sent_back";

export type SentBackClaim = QueueClaim & { sentBack: { at: Date; by: string | null; reason: string | null } };
export type WorkList<T> = { claims: T[]; total: number };
export type MyWork = { assigned: WorkList<QueueClaim>; sentBack: WorkList<SentBackClaim>; comingDue: WorkList<QueueClaim>; inReview: WorkList<QueueClaim> };

const nothing = () => ({ claims: [], total: 0 });
const emptyWork = (): MyWork => ({ assigned: nothing(), sentBack: nothing(), comingDue: nothing(), inReview: nothing() });

type Row = QueueRow & { total: number };
type SentBackRow = Row & { sentBackAt: Date; sentBackBy: string | null; sentBackReason: string | null };

// One list of claims: the first `limit` matching `where` in the given order
// (a claim column and a direction, both constants of this file), with how
// many match in all, and each claim joined to its speaker, assignee and rating.
function claimList(db: Transaction, where: Prisma.Sql, column: "updatedAt" | "settleBy", direction: "ASC" | "DESC", limit: number) {
  const order = (table: string) => Prisma.raw(`${table}."${column}" ${direction}, ${table}."id" ${direction}`);
  return db.$queryRaw<Row[]>`
    SELECT ${CLAIM_ROW_COLUMNS}, page."total"
    FROM (
      SELECT ${INNER_CLAIM_COLUMNS}, count(*) OVER () AS "total"
      FROM "Claim" c
      WHERE ${where}
      ORDER BY ${order("c")}
      LIMIT ${limit}
    ) page
    ${CLAIM_ROW_JOINS}
    ORDER BY ${order("page")}`;
}

const list = <T extends { total: number }, U>(rows: T[], map: (row: T) => U): WorkList<U> => ({
  claims: rows.map(map),
  total: rows.length ? Number(rows[0]!.total) : 0,
});

export async function myWork(actor: Actor | null, options: { db?: Transaction; now?: Date; limit?: number } = {}): Promise<MyWork> {
  if (!actor || !decide(actor, "desk.view").allowed) return emptyWork();
  const db = options.db ?? prisma;
  const limit = options.limit ?? MY_WORK_LIMIT;
  const dueBy = new Date((options.now ?? new Date()).getTime() + DUE_WITHIN_DAYS * 24 * 60 * 60 * 1000);

  const [assigned, sentBack, comingDue, inReview] = await Promise.all([
    // Open claims assigned to me, the most recently touched first.
    claimList(db, Prisma.sql`c."assigneeId" = ${actor.id} AND c."status" IN ('DRAFT', 'RESEARCHING', 'IN_REVIEW')`, "updatedAt", "DESC", limit),

    // Came back from review: the claim's latest revision is a send-back, and
    // it is mine to fix (assigned to me, or I proposed the verdict). A later
    // edit or a new proposal takes it off the list. Every change to a claim
    // writes a revision, so a claim whose latest one is the send-back is still
    // in the state the send-back left it in: research. The candidates are
    // found without reading the claim table; only the page's claims are joined.
    db.$queryRaw<SentBackRow[]>`
      SELECT ${CLAIM_ROW_COLUMNS}, page."total", page."sentBackAt", page."sentBackBy", page."sentBackReason"
      FROM (
        SELECT ${INNER_CLAIM_COLUMNS}, back."createdAt" AS "sentBackAt", author."name" AS "sentBackBy", back."reason" AS "sentBackReason", back."total"
        FROM (
          SELECT mine."id" AS "claimId", latest."createdAt", latest."reason", latest."authorId", count(*) OVER () AS "total"
          FROM (
            SELECT assigned."id" FROM "Claim" assigned WHERE assigned."assigneeId" = ${actor.id} AND assigned."status" = 'RESEARCHING'
            UNION
            SELECT proposed."claimId" FROM "Verdict" proposed WHERE proposed."proposedById" = ${actor.id}
          ) mine
          CROSS JOIN LATERAL (
            SELECT rv."action", rv."createdAt", rv."reason", rv."authorId" FROM "Revision" rv
            WHERE rv."claimId" = mine."id" ORDER BY rv."createdAt" DESC, rv."id" DESC LIMIT 1
          ) latest
          WHERE latest."action" = ${SENT_BACK}
          ORDER BY latest."createdAt" DESC, mine."id" DESC
          LIMIT ${limit}
        ) back
        JOIN "Claim" c ON c."id" = back."claimId"
        LEFT JOIN "User" author ON author."id" = back."authorId"
      ) page
      ${CLAIM_ROW_JOINS}
      ORDER BY page."sentBackAt" DESC, page."id" DESC`,

    // Predictions and promises to settle within DUE_WITHIN_DAYS, or already
    // overdue, that have no published verdict yet: the whole desk's, since
    // settling them on time is everyone's concern, the most overdue first.
    claimList(
      db,
      Prisma.sql`c."kind" IN ('PREDICTION', 'PROMISE') AND c."settleBy" <= ${dueBy.toISOString()}::timestamp(3)
        AND c."status" IN ('DRAFT', 'RESEARCHING', 'IN_REVIEW')`,
      "settleBy",
      "ASC",
      limit,
    ),

    // Proposals waiting for an editor, the most recently proposed first.
    claimList(db, Prisma.sql`c."status" = 'IN_REVIEW'`, "updatedAt", "DESC", limit),
  ]);

  return {
    assigned: list(assigned, toQueueClaim),
    sentBack: list(sentBack, (row) => ({ ...toQueueClaim(row), sentBack: { at: row.sentBackAt, by: row.sentBackBy, reason: row.sentBackReason } })),
    comingDue: list(comingDue, toQueueClaim),
    inReview: list(inReview, toQueueClaim),
  };
}
