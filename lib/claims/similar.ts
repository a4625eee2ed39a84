import "server-only";
import { decide } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db";
import type { ClaimStatus } from "@/lib/generated/prisma/enums";

export type SimilarClaim = { id: string; slug: string; text: string; status: ClaimStatus; speaker: string; score: number };

// A claim by the same speaker that reads alike is much more likely to be the
// same claim made again, so it is weighted up.
const SAME_SPEAKER_BONUS = 0.15;
// pg_trgm's own default threshold for "similar".
const MIN_SIMILARITY = 0.3;
// Worth stopping a reporter for, before saving a claim or beside a candidate
// from an article. Below it, "reads alike" is mostly shared words ("the
// minister said the talks…").
export const ALIKE_SCORE = 0.4;

// Claims whose sentence reads like this one (pg_trgm similarity, through the
// trigram index on the claim text), scored by the better of sentence and quote
// similarity. Desk-only: it reaches unpublished claims.
export async function similarClaims(
  actor: Actor | null,
  draft: { text: string; quote?: string | null; speakerId?: string | null; excludeId?: string },
  limit = 5,
): Promise<SimilarClaim[]> {
  if (!decide(actor, "desk.view").allowed) return [];
  // The inner query takes the nearest sentences through the GiST trigram
  // index; the outer one scores those few with the quote and the speaker.
  const rows = await prisma.$queryRaw<SimilarClaim[]>`
    SELECT near.id, near.slug, near.text, near.status, s.name AS speaker,
           (GREATEST(near.text_similarity,
                     CASE WHEN ${draft.quote ?? ""} <> '' AND near.quote IS NOT NULL THEN similarity(near.quote, ${draft.quote ?? ""}) ELSE 0 END)
            + CASE WHEN near."speakerId" = ${draft.speakerId ?? ""} THEN ${SAME_SPEAKER_BONUS}::float8 ELSE 0 END)::float8 AS score
    FROM (
      SELECT c.id, c.slug, c.text, c.quote, c.status, c."speakerId", c."createdAt", similarity(c.text, ${draft.text}) AS text_similarity
      FROM "Claim" c
      WHERE c.id <> ${draft.excludeId ?? ""} AND c.status <> 'ARCHIVED'
      ORDER BY c.text <-> ${draft.text}
      LIMIT ${limit * 4}
    ) near
    JOIN "Speaker" s ON s.id = near."speakerId"
    WHERE near.text_similarity >= ${MIN_SIMILARITY}::float8
    ORDER BY score DESC, near."createdAt" DESC
    LIMIT ${limit}`;
  return rows.map((row) => ({ ...row, score: Math.round(Number(row.score) * 100) / 100 }));
}
