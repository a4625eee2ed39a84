import "server-only";
import type { ClaimKind, ClaimStatus } from "@/lib/claims/labels";
import { Prisma } from "@/lib/generated/prisma/client";

// A claim as every desk list shows it (the queue and "my work"): read with its
// speaker, assignee and rating in the same statement as the list itself.

const sql = Prisma.sql;

export type QueueClaim = {
  id: string;
  slug: string;
  text: string;
  status: ClaimStatus;
  kind: ClaimKind;
  madeAt: Date;
  // The zone its time of day was given in; the list shows the day there.
  madeAtTimeZone: string | null;
  updatedAt: Date;
  settleBy: Date | null;
  speaker: { name: string; slug: string };
  assignee: { id: string; name: string } | null;
  rating: { label: string; colour: string } | null;
};

export type QueueRow = Omit<QueueClaim, "speaker" | "assignee" | "rating"> & {
  speakerName: string;
  speakerSlug: string;
  assigneeId: string | null;
  assigneeName: string | null;
  ratingLabel: string | null;
  ratingColour: string | null;
};

// The claim columns and joins every desk list shows (queue and "my work").
// `page` is an already limited sub-select of claims, so the joins touch only
// the rows on the page.
export const CLAIM_ROW_COLUMNS = sql`
  page."id", page."slug", page."text", page."status"::text AS "status", page."kind"::text AS "kind",
  page."madeAt", page."madeAtTimeZone", page."updatedAt", page."settleBy",
  s."name" AS "speakerName", s."slug" AS "speakerSlug",
  a."id" AS "assigneeId", a."name" AS "assigneeName",
  r."label" AS "ratingLabel", r."colour" AS "ratingColour"`;

export const CLAIM_ROW_JOINS = sql`
  JOIN "Speaker" s ON s."id" = page."speakerId"
  LEFT JOIN "User" a ON a."id" = page."assigneeId"
  LEFT JOIN "Verdict" v ON v."claimId" = page."id"
  LEFT JOIN "Rating" r ON r."id" = v."ratingId"`;

export const INNER_CLAIM_COLUMNS = sql`c."id", c."slug", c."text", c."status", c."kind", c."madeAt", c."madeAtTimeZone", c."updatedAt", c."settleBy", c."speakerId", c."assigneeId"`;

export function toQueueClaim(row: QueueRow): QueueClaim {
  return {
    id: row.id,
    slug: row.slug,
    text: row.text,
    status: row.status,
    kind: row.kind,
    madeAt: row.madeAt,
    madeAtTimeZone: row.madeAtTimeZone,
    updatedAt: row.updatedAt,
    settleBy: row.settleBy,
    speaker: { name: row.speakerName, slug: row.speakerSlug },
    assignee: row.assigneeId ? { id: row.assigneeId, name: row.assigneeName ?? "" } : null,
    rating: row.ratingLabel ? { label: row.ratingLabel, colour: row.ratingColour ?? "#475569" } : null,
  };
}
