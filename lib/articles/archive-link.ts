import "server-only";
import { isGone, recordSnapshot, takeSnapshot } from "@/lib/archive/mutations";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db";
import { invalid } from "@/lib/errors";
import { insertSource } from "@/lib/sources/mutations";
import { newSourceSchema } from "@/lib/sources/schema";

// An article given by its link is put on the record before any claim is
// logged from it: the page is fetched through the archiver (which refuses
// private addresses), then, in one transaction, the source is found or added
// to the library with the page's title and its snapshot stored, each with its
// audit row. A link that cannot be read changes nothing.
export async function archiveArticleLink(actor: Actor, url: string): Promise<{ text: string; title?: string; sourceId: string }> {
  const snapshot = await takeSnapshot(url);
  if (isGone(snapshot)) {
    const why = snapshot.error ?? `the page answers HTTP ${snapshot.httpStatus}`;
    throw invalid(`Not archived: ${why}`, { articleUrl: ["This link could not be read. Paste the article's text instead."] });
  }
  const text = snapshot.text?.trim();
  if (!text) throw invalid("The page has no readable text.", { articleUrl: ["No readable text at this link. Paste the article's text instead."] });
  const sourceId = await prisma.$transaction(async (tx) => {
    const known = await tx.source.findFirst({ where: { url }, orderBy: { createdAt: "asc" }, select: { id: true } });
    const source = known ?? (await insertSource(tx, actor, newSourceSchema.parse({ type: "NEWS_ARTICLE", title: (snapshot.title || url).slice(0, 300), url })));
    await recordSnapshot(tx, actor, source.id, snapshot);
    return source.id;
  });
  return { text, title: snapshot.title ?? undefined, sourceId };
}
