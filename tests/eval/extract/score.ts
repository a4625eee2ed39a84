// Scores the article reader against the corpus: which expected claims it
// offered (recall), how many of its offers were expected (precision), and of
// the claims found, how many have the right speaker, kind and dates; odds
// must come back as market odds, and no filler sentence may outrank a claim.

import type { Candidate, ExtractOptions } from "@/lib/extract";
import * as extract from "@/lib/extract";
import type { EvalArticle, ExpectedClaim } from "./types";

type Odds = { sentence: string; percent: number; by?: string };
type Reading = { candidates: Candidate[]; odds: Odds[] };
export type Reader = (text: string, options: ExtractOptions) => Reading;

// The reader as the desk uses it; before market odds existed, candidates only.
export const deskReader: Reader = (text, options) => {
  const read = (extract as { readArticle?: (text: string, options: ExtractOptions) => Reading }).readArticle;
  return read ? read(text, options) : { candidates: extract.extractClaims(text, options), odds: [] };
};

export const normalise = (text: string) => text.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim();
const nameOf = (text: string) => normalise(text).replace(/^the /, "");

export type ClaimOutcome = {
  expected: ExpectedClaim;
  found?: Candidate;
  speakerRight: boolean;
  kindRight: boolean;
  datesRight: boolean;
};

export type ArticleScore = {
  name: string;
  style: string;
  claims: ClaimOutcome[];
  offered: number;
  /** Offers matching no expected claim, by their sentence. */
  extra: Candidate[];
  oddsExpected: number;
  oddsFound: number;
  /** Filler sentences scoring above the lowest-scoring real claim found. */
  fillerAbove: Candidate[];
};

function matches(expected: ExpectedClaim, candidate: Candidate) {
  const sentence = normalise(candidate.sentence);
  const claim = normalise(candidate.claim);
  return sentence.includes(normalise(expected.in)) && claim.includes(normalise(expected.says)) && !(expected.not && claim.includes(normalise(expected.not)));
}

export function scoreArticle(article: EvalArticle, reader: Reader = deskReader): ArticleScore {
  const { candidates, odds } = reader(article.text, { publishedOn: article.publishedOn });
  const used = new Set<Candidate>();
  const claims = article.claims.map((expected): ClaimOutcome => {
    const found = candidates.find((candidate) => !used.has(candidate) && matches(expected, candidate));
    if (!found) return { expected, speakerRight: false, kindRight: false, datesRight: false };
    used.add(found);
    const speakerRight =
      (expected.speaker === null ? !found.speaker : found.speaker !== undefined && nameOf(found.speaker.name) === nameOf(expected.speaker)) &&
      (!expected.title || normalise(found.speaker?.title ?? "").includes(normalise(expected.title)));
    const kinds = [expected.kind].flat();
    return {
      expected,
      found,
      speakerRight,
      kindRight: kinds.includes(found.kind),
      datesRight: found.madeOn === expected.madeOn && found.settleBy === expected.settleBy,
    };
  });
  const extra = candidates.filter((candidate) => !used.has(candidate));
  const oddsFound = (article.odds ?? []).filter((expected) =>
    odds.some(
      (item) =>
        normalise(item.sentence).includes(normalise(expected.in)) &&
        Math.abs(item.percent - expected.percent) <= 1 &&
        nameOf(item.by ?? "") === nameOf(expected.by),
    ),
  ).length;
  const realScores = claims.flatMap((outcome) => (outcome.found ? [outcome.found.score] : []));
  const lowestReal = Math.min(...realScores);
  const fillerAbove = candidates.filter(
    (candidate) => article.filler.some((words) => normalise(candidate.sentence).includes(normalise(words))) && candidate.score > lowestReal,
  );
  return {
    name: article.name,
    style: article.style,
    claims,
    offered: candidates.length,
    extra,
    oddsExpected: article.odds?.length ?? 0,
    oddsFound,
    fillerAbove,
  };
}

export type Totals = { recall: number; precision: number; speaker: number; kind: number; dates: number; odds: number; fillerAbove: number };

const share = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

/** Speaker, kind and dates are counted over the claims found: recall counts the missing ones. */
export function totals(scores: ArticleScore[]): Totals {
  const outcomes = scores.flatMap((score) => score.claims);
  const found = outcomes.filter((outcome) => outcome.found);
  const offered = scores.reduce((sum, score) => sum + score.offered, 0);
  return {
    recall: share(found.length, outcomes.length),
    precision: share(found.length, offered),
    speaker: share(found.filter((outcome) => outcome.speakerRight).length, found.length),
    kind: share(found.filter((outcome) => outcome.kindRight).length, found.length),
    dates: share(found.filter((outcome) => outcome.datesRight).length, found.length),
    odds: share(
      scores.reduce((sum, score) => sum + score.oddsFound, 0),
      scores.reduce((sum, score) => sum + score.oddsExpected, 0),
    ),
    fillerAbove: scores.reduce((sum, score) => sum + score.fillerAbove.length, 0),
  };
}

export const TARGETS = { recall: 0.9, speaker: 0.9, kind: 0.9, dates: 0.85 } as const;
