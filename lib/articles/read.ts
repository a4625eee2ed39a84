import "server-only";
import type { ArticleRead, CandidateOnDesk } from "@/lib/articles/types";
import type { ReadArticleInput } from "@/lib/articles/schema";
import { archiveSource, describeArchive } from "@/lib/archive/mutations";
import { decide } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { ALIKE_SCORE, similarClaims } from "@/lib/claims/similar";
import { isoDate } from "@/lib/dates";
import { prisma } from "@/lib/db";
import { forbidden, invalid } from "@/lib/errors";
import { extractClaims } from "@/lib/extract";
import { createSource } from "@/lib/sources/mutations";
import { newSourceSchema } from "@/lib/sources/schema";
import { similarSpeakers } from "@/lib/speakers/similar";

// A long article can yield many sentences worth a look; beyond this the page
// stops being a shortlist.
const MAX_CANDIDATES = 60;

// The article's text: pasted, or fetched through the archiver (which refuses
// private addresses and keeps a snapshot), so the source of the claims is on
// the record before any claim is logged from it.
async function articleText(actor: Actor, input: ReadArticleInput): Promise<{ text: string; title?: string; sourceId?: string }> {
  if (input.articleText) return { text: input.articleText };
  const url = input.articleUrl!;
  const known = await prisma.source.findFirst({ where: { url }, orderBy: { createdAt: "asc" }, select: { id: true, title: true } });
  const source = known ?? (await createSource(actor, newSourceSchema.parse({ type: "NEWS_ARTICLE", title: url.slice(0, 300), url })));
  const outcome = await archiveSource(actor, source.id);
  if (outcome.error || (outcome.status ?? 0) >= 400) {
    // A link that could not be read does not belong in the library: the
    // source made for it goes again (the audit log keeps the attempt).
    if (!known) await prisma.source.delete({ where: { id: source.id } });
    throw invalid(describeArchive(outcome), { articleUrl: ["This link could not be read. Paste the article's text instead."] });
  }
  const snapshot = await prisma.archiveSnapshot.findFirstOrThrow({ where: { sourceId: source.id }, orderBy: { fetchedAt: "desc" }, select: { title: true, text: true } });
  if (!snapshot.text?.trim()) {
    throw invalid("The page was archived but has no readable text.", { articleUrl: ["No readable text at this link. Paste the article's text instead."] });
  }
  // A source added from a bare link takes the page's own title.
  if (source.title === url && snapshot.title) await prisma.source.update({ where: { id: source.id }, data: { title: snapshot.title.slice(0, 300) } });
  return { text: snapshot.text, title: snapshot.title ?? undefined, sourceId: source.id };
}

export async function readArticle(actor: Actor, input: ReadArticleInput): Promise<ArticleRead> {
  const decision = decide(actor, "claim.create");
  if (!decision.allowed) throw forbidden(decision.reason);
  const { text, title, sourceId } = await articleText(actor, input);
  const publishedOn = isoDate(input.publishedOn ?? new Date());
  const found = extractClaims(text, { publishedOn }).slice(0, MAX_CANDIDATES);
  // One lookup per speaker name, however many of their sentences were found;
  // the candidates are then checked side by side.
  const speakersByName = new Map<string, ReturnType<typeof similarSpeakers>>();
  const speakersFor = (name: string) => {
    if (!speakersByName.has(name)) speakersByName.set(name, similarSpeakers(actor, name));
    return speakersByName.get(name)!;
  };
  const candidates: CandidateOnDesk[] = await Promise.all(
    found.map(async (candidate) => {
      const speakers = candidate.speaker ? await speakersFor(candidate.speaker.name) : [];
      const alike = await similarClaims(actor, { text: candidate.claim, quote: candidate.quote, speakerId: speakers[0]?.id });
      return {
        ...candidate,
        alikeClaims: alike.filter((claim) => claim.score >= ALIKE_SCORE),
        knownSpeakers: speakers.map(({ id, name, title: role }) => ({ id, name, title: role })),
      };
    }),
  );
  return {
    status: "read",
    candidates,
    words: text.split(/\s+/).filter(Boolean).length,
    articleUrl: input.articleUrl,
    articleTitle: title,
    articleSourceId: sourceId,
    publishedOn,
    // What was sent, so the form shows it again beside the candidates.
    submitted: { articleText: input.articleText ?? "", articleUrl: input.articleUrl ?? "", publishedOn: input.publishedOn ? isoDate(input.publishedOn) : "" },
  };
}
