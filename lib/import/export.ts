import "server-only";
import { decide } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { CLAIM_OWN_SELECT } from "@/lib/claims/fields";
import { prisma, type Transaction } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import { claimRows, csvText, type ExportClaim } from "@/lib/import/serialize";

// The queue as a CSV file in the import format, written a page of claims at a
// time: a desk of 100,000 claims with their whole record never sits in memory
// at once. Pages follow the claim id, so a claim changed while the export
// runs is neither skipped nor written twice.

const PAGE = 500;

// One claim as the file needs it: its fields, speaker, topics, first link and record.
export const EXPORT_SELECT = {
  id: true,
  slug: true,
  ...CLAIM_OWN_SELECT,
  speaker: { select: { name: true, title: true } },
  topics: { select: { topic: { select: { name: true } } } },
  appearances: { orderBy: [{ isFirst: "desc" as const }, { seenAt: "asc" as const }, { id: "asc" as const }], take: 1, select: { url: true } },
  evidence: {
    orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }],
    select: {
      stance: true,
      passage: true,
      note: true,
      source: { select: { type: true, title: true, publisher: true, url: true, publishedAt: true } },
    },
  },
};

export type ExportFilter = { status?: ClaimStatus };

export async function* exportClaimsCsv(actor: Actor | null, filter: ExportFilter = {}, db: Transaction = prisma): AsyncGenerator<string> {
  const decision = decide(actor, "desk.view");
  if (!decision.allowed) throw forbidden(decision.reason);
  // The queue's own rule: one state when chosen, otherwise everything still open.
  const where = filter.status ? { status: filter.status } : { status: { not: "ARCHIVED" as const } };
  // The header goes out with the first page, so a failure reading it is
  // still reported before anything is sent.
  let header = csvText([], { header: true });
  let after: string | undefined;
  for (;;) {
    const claims = await db.claim.findMany({
      where: after ? { ...where, id: { gt: after } } : where,
      orderBy: { id: "asc" },
      take: PAGE,
      select: EXPORT_SELECT,
    });
    if (claims.length === 0) {
      if (header) yield header;
      return;
    }
    yield header + csvText(claims.flatMap((claim) => claimRows(toExportClaim(claim))));
    header = "";
    after = claims.at(-1)!.id;
    if (claims.length < PAGE) return;
  }
}

type ClaimForExport = Omit<ExportClaim, "topics" | "appearanceUrl"> & {
  topics: { topic: { name: string } }[];
  appearances: { url: string }[];
};

export function toExportClaim(claim: ClaimForExport): ExportClaim {
  return {
    ...claim,
    topics: claim.topics.map((row) => row.topic.name).sort((a, b) => a.localeCompare(b)),
    appearanceUrl: claim.appearances[0]?.url ?? null,
  };
}

// onrecord-claims-2026-05-31.csv
export const exportFileName = (now = new Date()) => `onrecord-claims-${now.toISOString().slice(0, 10)}.csv`;
