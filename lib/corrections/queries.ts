import "server-only";
import { publicReads } from "@/lib/database/replicas";

const PAGE = 25;

// Every correction, update and clarification on verdicts the public can
// read, newest first. Unpublished or archived claims keep theirs private.
export async function publicCorrections(page: number) {
  const where = { claim: { status: "PUBLISHED" as const } };
  const [total, corrections] = await Promise.all([
    publicReads.correction.count({ where }),
    publicReads.correction.findMany({
      where,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * PAGE,
      take: PAGE,
      select: { id: true, kind: true, note: true, publishedAt: true, claim: { select: { slug: true, text: true, speaker: { select: { name: true } } } } },
    }),
  ]);
  return { corrections, total, page, pages: Math.max(1, Math.ceil(total / PAGE)) };
}
