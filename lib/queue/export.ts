import "server-only";
import { decide } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { prisma, type Transaction } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { EXPORT_SELECT, toExportClaim } from "@/lib/import/export";
import { claimRows, csvText } from "@/lib/import/serialize";
import type { QueueFilters } from "@/lib/queue/schema";
import { filterConditions, statusCondition, whereAll } from "@/lib/queue/sql";

// "Download as CSV" on the queue: the claims the queue shows under the same
// filters (lib/queue/sql.ts), in the import format, a batch at a time so a
// desk of 100,000 claims never sits in memory at once. Batches follow the
// claim id rather than the queue's order, so a claim changed while the file
// is written is neither skipped nor written twice. Each batch is two
// queries: the ids the filters pick, then those claims with their record.

const BATCH = 500;

export async function* exportQueueCsv(actor: Actor | null, filters: QueueFilters, db: Transaction = prisma): AsyncGenerator<string> {
  const decision = decide(actor, "desk.view");
  if (!actor || !decision.allowed) throw forbidden(decision.allowed ? "Sign in to do this." : decision.reason);
  const conditions = [statusCondition(filters), ...filterConditions(filters, actor.id)];
  // The header goes out with the first batch, so a failure reading it is
  // still reported before anything is sent.
  let header = csvText([], { header: true });
  let after = "";
  for (;;) {
    const picked = await db.$queryRaw<{ id: string }[]>`
      SELECT c."id" FROM "Claim" c
      ${whereAll(after ? [...conditions, Prisma.sql`c."id" > ${after}`] : conditions)}
      ORDER BY c."id" LIMIT ${BATCH}`;
    if (picked.length === 0) {
      if (header) yield header;
      return;
    }
    const claims = await db.claim.findMany({ where: { id: { in: picked.map((row) => row.id) } }, orderBy: { id: "asc" }, select: EXPORT_SELECT });
    yield header + csvText(claims.flatMap((claim) => claimRows(toExportClaim(claim))));
    header = "";
    after = picked.at(-1)!.id;
    if (picked.length < BATCH) return;
  }
}
