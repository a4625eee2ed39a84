import "server-only";
import { archiveArticleLink } from "@/lib/articles/archive-link";
import type { ReadArticleInput } from "@/lib/articles/schema";
import type { ArticleRead, CandidateOnDesk } from "@/lib/articles/types";
import { decide } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import { ALIKE_SCORE, similarClaims } from "@/lib/claims/similar";
import { isoDate } from "@/lib/dates";
import { forbidden } from "@/lib/errors";
import { readArticle } from "@/lib/extract";
import { similarSpeakers } from "@/lib/speakers/similar";

// A long article can yield many sentences worth a look; beyond this the page
// stops being a shortlist.
const MAX_CANDIDATES = 60;

// Candidate claims in an article, each with the claims and speakers on the
// desk that read alike. Reads only, except for archiving a linked article.
export async function findCandidates(actor: Actor, input: ReadArticleInput): Promise<ArticleRead> {
  const decision = decide(actor, "claim.create");
  if (!decision.allowed) throw forbidden(decision.reason);
  // Pasted, or fetched and put on the record first (the one write here).
  const { text, title, sourceId } = input.articleText
    ? { text: input.articleText, title: undefined, sourceId: undefined }
    : await archiveArticleLink(actor, input.articleUrl!);
  const publishedOn = isoDate(input.publishedOn ?? new Date());
  const reading = readArticle(text, { publishedOn });
  const found = reading.candidates.slice(0, MAX_CANDIDATES);
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
    odds: reading.odds,
    words: text.split(/\s+/).filter(Boolean).length,
    articleUrl: input.articleUrl,
    articleTitle: title,
    articleSourceId: sourceId,
    publishedOn,
    // What was sent, so the form shows it again beside the candidates.
    submitted: { articleText: input.articleText ?? "", articleUrl: input.articleUrl ?? "", publishedOn: input.publishedOn ? isoDate(input.publishedOn) : "" },
  };
}
