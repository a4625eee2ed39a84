// What the "paste an article" page shows for each candidate claim.
// Importable from client code.

import type { AlikeClaim, AlikeSpeaker } from "@/lib/claims/alike";
import type { MarketOdds } from "@/lib/extract/odds";
import type { Candidate } from "@/lib/extract/types";
import type { FormState } from "@/lib/form-state";

export type CandidateOnDesk = Candidate & {
  // Claims already on the desk that read like this candidate.
  alikeClaims: AlikeClaim[];
  // Speakers on the desk whose names read like the guessed speaker; the first is preselected.
  knownSpeakers: AlikeSpeaker[];
};

export type ArticleRead = {
  status: "read";
  candidates: CandidateOnDesk[];
  // Odds from markets, newsletters or bookmakers in the article: evidence to attach, not claims.
  odds: MarketOdds[];
  words: number;
  articleUrl?: string;
  articleTitle?: string;
  // The article in the source library, when it was read from its link.
  articleSourceId?: string;
  publishedOn: string;
  submitted: { articleText: string; articleUrl: string; publishedOn: string };
};

export type ReadArticleState = FormState | ArticleRead;
