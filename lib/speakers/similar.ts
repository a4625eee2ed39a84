import "server-only";
import { decide } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db";

export type SimilarSpeaker = { id: string; name: string; title: string | null; score: number };

// Names this close are worth a "did you mean": a typo ("Araghchy"), the
// surname alone ("Araghchi"), or the name with a title ("Minister Abbas Araghchi").
const MIN_SCORE = 0.5;

// Speakers whose names read like the one typed (pg_trgm), so a reporter picks
// the existing speaker rather than creating a second one. Merged speakers are
// left out: their claims belong to the speaker they were merged into.
export async function similarSpeakers(actor: Actor | null, name: string, limit = 3): Promise<SimilarSpeaker[]> {
  const typed = name.trim().replace(/\s+/g, " ");
  if (!decide(actor, "desk.view").allowed || typed.length < 3) return [];
  const rows = await prisma.$queryRaw<SimilarSpeaker[]>`
    SELECT id, name, title, score::float8 AS score FROM (
      SELECT id, name, title,
             GREATEST(similarity(name, ${typed}), word_similarity(${typed}, name), word_similarity(name, ${typed})) AS score
      FROM "Speaker"
      WHERE "mergedIntoId" IS NULL
    ) scored
    WHERE score >= ${MIN_SCORE}::float8
    ORDER BY score DESC, name ASC
    LIMIT ${limit}`;
  return rows.map((row) => ({ ...row, score: Math.round(Number(row.score) * 100) / 100 }));
}
