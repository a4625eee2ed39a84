import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

// Which sources the recheck-sources job fetches in a run, and the lease that
// makes each one this run's alone. A source is due when it is on a claim that
// is published or still in progress (not archived), has a web address, and
// was last fetched (by the job or by "Archive now") ARCHIVE_RECHECK_DAYS ago
// or more. Market odds are left out: their pages change by the minute, and
// the source records the figure observed at a time, not the page.
//
// Two runs at once (a scheduled one and one asked for by hand, or two
// workers) never fetch the same source twice: the lease is taken by one
// INSERT … ON CONFLICT DO UPDATE … WHERE, and PostgreSQL re-checks the WHERE
// against a row another run has just leased or checked, so only one of them
// gets it back.

export type DueQuery = {
  now: Date;
  days: number;
  batch: number;
  // How long the lease holds; a run that dies leaves its sources to the next
  // run once the lease has passed.
  leaseMs: number;
};

const at = (date: Date) => Prisma.sql`${date.toISOString()}::timestamp(3)`;

export async function leaseDueSources(query: DueQuery): Promise<{ id: string; url: string }[]> {
  const cutoff = new Date(query.now.getTime() - query.days * 86_400_000);
  const leaseUntil = new Date(query.now.getTime() + query.leaseMs);
  return prisma.$queryRaw<{ id: string; url: string }[]>`
    WITH due AS (
      SELECT s."id", s."url",
        GREATEST(r."checkedAt", (SELECT max(a."fetchedAt") FROM "ArchiveSnapshot" a WHERE a."sourceId" = s."id")) AS "lastChecked"
      FROM "Source" s
      LEFT JOIN "SourceRecheck" r ON r."sourceId" = s."id"
      WHERE s."url" IS NOT NULL
        AND s."type" <> 'MARKET_ODDS'
        AND EXISTS (
          SELECT 1 FROM "Evidence" e JOIN "Claim" c ON c."id" = e."claimId"
          WHERE e."sourceId" = s."id" AND c."status" <> 'ARCHIVED'
        )
        AND (r."leaseUntil" IS NULL OR r."leaseUntil" < ${at(query.now)})
    ),
    chosen AS (
      SELECT "id", "url" FROM due
      WHERE "lastChecked" IS NULL OR "lastChecked" < ${at(cutoff)}
      ORDER BY "lastChecked" ASC NULLS FIRST, "id"
      LIMIT ${query.batch}
    ),
    leased AS (
      INSERT INTO "SourceRecheck" ("sourceId", "leaseUntil")
      SELECT "id", ${at(leaseUntil)} FROM chosen
      ON CONFLICT ("sourceId") DO UPDATE SET "leaseUntil" = EXCLUDED."leaseUntil"
      WHERE ("SourceRecheck"."leaseUntil" IS NULL OR "SourceRecheck"."leaseUntil" < ${at(query.now)})
        AND ("SourceRecheck"."checkedAt" IS NULL OR "SourceRecheck"."checkedAt" < ${at(cutoff)})
      RETURNING "sourceId"
    )
    SELECT chosen."id", chosen."url" FROM chosen JOIN leased ON leased."sourceId" = chosen."id"`;
}

// A source this run did not reach (stopped, or out of time) goes back to the
// pool at once rather than waiting out its lease.
export async function releaseSources(sourceIds: string[]) {
  if (sourceIds.length === 0) return;
  await prisma.sourceRecheck.updateMany({ where: { sourceId: { in: sourceIds } }, data: { leaseUntil: null } });
}
