import "server-only";
import { decide } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { DAY_MS } from "@/lib/dates";
import { prisma } from "@/lib/db";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";

export const WEEKS_SHOWN = 8;

export type NewsroomNumbers = {
  perState: Record<ClaimStatus, number>;
  // Median hours from logging a claim to publishing its verdict, and over how many.
  medianHoursToPublish: number | null;
  published: number;
  // Monday of each week shown (UTC, YYYY-MM-DD), oldest first.
  weeks: string[];
  // Publications approved by each editor in each of those weeks.
  perEditor: { name: string; counts: number[] }[];
};

// The desk's own numbers, in three queries whatever the size of the newsroom.
export async function newsroomNumbers(actor: Actor | null, now = new Date()): Promise<NewsroomNumbers | null> {
  if (!decide(actor, "desk.view").allowed) return null;
  const firstWeek = mondayOf(new Date(now.getTime() - (WEEKS_SHOWN - 1) * 7 * DAY_MS));
  const weeks = Array.from({ length: WEEKS_SHOWN }, (_, index) => new Date(firstWeek.getTime() + index * 7 * DAY_MS).toISOString().slice(0, 10));

  const [states, median, approvals] = await Promise.all([
    prisma.claim.groupBy({ by: ["status"], _count: { _all: true } }),
    prisma.$queryRaw<{ hours: number | null; published: bigint }[]>`
      SELECT (percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM ("publishedAt" - "createdAt"))) / 3600)::float8 AS hours,
             count(*) AS published
      FROM "Claim" WHERE status = 'PUBLISHED' AND "publishedAt" IS NOT NULL`,
    prisma.$queryRaw<{ name: string; week: string; count: bigint }[]>`
      SELECT u.name, to_char(date_trunc('week', v."approvedAt"), 'YYYY-MM-DD') AS week, count(*) AS count
      FROM "Verdict" v JOIN "User" u ON u.id = v."approvedById"
      WHERE v."approvedAt" >= ${firstWeek}
      GROUP BY u.name, week
      ORDER BY u.name`,
  ]);

  const perState = { DRAFT: 0, RESEARCHING: 0, IN_REVIEW: 0, PUBLISHED: 0, ARCHIVED: 0 } as Record<ClaimStatus, number>;
  for (const row of states) perState[row.status] = row._count._all;
  const editors = new Map<string, number[]>();
  for (const row of approvals) {
    const counts = editors.get(row.name) ?? weeks.map(() => 0);
    const index = weeks.indexOf(row.week);
    if (index >= 0) counts[index] = Number(row.count);
    editors.set(row.name, counts);
  }
  return {
    perState,
    medianHoursToPublish: median[0]?.hours ?? null,
    published: Number(median[0]?.published ?? 0),
    weeks,
    perEditor: [...editors].map(([name, counts]) => ({ name, counts })),
  };
}

function mondayOf(date: Date): Date {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * DAY_MS);
}
