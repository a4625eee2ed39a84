import "server-only";
import { decide } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { prisma, type Transaction } from "@/lib/db";
import { invalid } from "@/lib/errors";
import { recordRevision } from "@/lib/history/record";

// The article a claim was read in, put on the claim's record as context:
// whether the reporter ticked the claim in the reader or typed it by hand
// while reading, the record keeps where it came from.

export type ArticleOnRecord = { id: string; title: string };

// The archived article, inside the caller's transaction; gone means the
// reporter must read it again rather than log a claim pointing at nothing.
export async function findArticle(tx: Transaction, sourceId: string): Promise<ArticleOnRecord> {
  const article = await tx.source.findUnique({ where: { id: sourceId }, select: { id: true, title: true } });
  if (!article) throw invalid("The article is no longer in the source library. Read it again.");
  return article;
}

export function addArticleAsContext(tx: Transaction, actor: Actor, claimId: string, article: ArticleOnRecord) {
  return addContext(tx, actor, claimId, article, "The article the claim was found in.");
}

// A source on the claim's record as context, with its revision: the article
// itself, or odds it quoted (market-odds-evidence.ts).
export async function addContext(tx: Transaction, actor: Actor, claimId: string, source: ArticleOnRecord, note: string) {
  await tx.evidence.create({ data: { claimId, sourceId: source.id, stance: "CONTEXT", note, addedById: actor.id } });
  await recordRevision(tx, {
    claimId,
    authorId: actor.id,
    action: "evidence.added",
    changes: { evidence: { from: null, to: { source: source.title, stance: "CONTEXT" } } },
  });
}

// The article the log form was opened from (/desk/claims/new?article=…), to
// name it on the form and fill in its link; null when it is not (or no
// longer) in the library, or the person may not log claims.
export async function articleForLogForm(actor: Actor, sourceId: string | undefined): Promise<(ArticleOnRecord & { url: string | null }) | null> {
  if (!sourceId || !/^[\w-]{1,40}$/.test(sourceId) || !decide(actor, "claim.create").allowed) return null;
  return prisma.source.findUnique({ where: { id: sourceId }, select: { id: true, title: true, url: true } });
}
