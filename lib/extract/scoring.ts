// How worth checking a candidate is, 0-100, with every point explained in
// words a reporter can weigh: who said it, whether it states a figure,
// whether it can be settled by a date, and what makes it hard to check.

import type { CandidateKind } from "./types";

export const DEFAULT_MIN_SCORE = 30;

// Weights: a sentence with only one good signal (a named speaker, or a
// figure) reaches the default threshold; hedges, feelings and questions
// pull a lone signal back under it.
const BASE = 15;
const NAMED_SPEAKER = 30;
const UNNAMED_SOURCE = 10;
const FIRST_FIGURE = 20;
const EXTRA_FIGURE = 5;
const MAX_EXTRA_FIGURES = 2;
const FORECAST = 15;
const PROMISE = 20;
const DEADLINE = 15;
const HEDGE = -20;
const QUESTION = -25;
const FEELING = -20;
const HEADLINE = -15;
const DOCUMENT_TIMING = -20;
const SHORT = -10;
const LONG = -10;
const SHORT_WORDS = 4;
const LONG_WORDS = 55;

const HEDGES =
  /\b(?:I|we)\s+(?:think|believe|feel|hope|suspect|guess|reckon|suppose|imagine|doubt|wonder)\b|\b(?:I|we)['’](?:m|re)\s+hoping\b|\bin\s+(?:my|our)\s+(?:view|opinion)\b|\b(?:perhaps|maybe|arguably|hopefully|it\s+seems|it\s+appears|seemingly)\b/i;
const FEELINGS =
  /\b(?:I|we)(?:\s+(?:am|are|was|were|feel|felt)|['’](?:m|re))\s+(?:so\s+|very\s+|deeply\s+|truly\s+|really\s+|extremely\s+|absolutely\s+|incredibly\s+)?(happy|delighted|pleased|proud|sad|saddened|disappointed|angry|furious|frustrated|thrilled|excited|grateful|honou?red|heartbroken|shocked|worried|upset|tired|sorry|glad|relieved|devastated|outraged|appalled|humbled)\b/i;

export type ScoreInput = {
  attribution?: { named: boolean; verb?: string };
  figures: string[];
  kind: CandidateKind;
  cue?: string;
  /** Only for forecasts and promises: the phrase that names the date. */
  deadline?: string;
  /** "expected in August" of a report: when a document comes out, which settles nothing. */
  documentTiming?: string;
  /** The claim's own words, where hedges and feelings are looked for. */
  content: string;
  question: boolean;
  /** No closing full stop: a headline, a caption or a standfirst, usually repeating the story below. */
  headline: boolean;
  claimWords: number;
  sentenceWords: number;
};

export function scoreCandidate(input: ScoreInput): { score: number; reasons: string[] } {
  const reasons: string[] = [];
  let score = BASE;
  const add = (points: number, reason: string) => {
    score += points;
    reasons.push(reason);
  };

  const { attribution } = input;
  if (attribution) {
    const how = attribution.verb ? `"${attribution.verb}"` : "continues their quote";
    if (attribution.named) add(NAMED_SPEAKER, `Attributed to a named speaker (${how})`);
    else add(UNNAMED_SOURCE, `Attributed to an unnamed source (${how})`);
  }
  if (input.figures.length > 0) {
    const shown = input.figures.slice(0, 3).join(", ");
    const extra = Math.min(MAX_EXTRA_FIGURES, input.figures.length - 1);
    add(FIRST_FIGURE + extra * EXTRA_FIGURE, input.figures.length === 1 ? `States a figure: ${shown}` : `States figures: ${shown}`);
  }
  if (input.kind === "PREDICTION") add(FORECAST, `Forecast: "${input.cue ?? "will"}"`);
  if (input.kind === "PROMISE") add(PROMISE, `Promise: "${input.cue ?? "will"}"`);
  if (input.deadline) add(DEADLINE, `Names a deadline: ${input.deadline}`);

  const hedge = HEDGES.exec(input.content);
  if (hedge) add(HEDGE, `Hedged opinion, hard to check ("${hedge[0]}")`);
  if (input.question) add(QUESTION, "A question, not an assertion");
  if (input.documentTiming) add(DOCUMENT_TIMING, `Says when a document comes out ("${input.documentTiming}"), not a checkable outcome`);
  const feeling = FEELINGS.exec(input.content);
  if (feeling && input.figures.length === 0) add(FEELING, `Expresses a feeling, not a checkable fact ("${feeling[1]}")`);
  if (input.headline) add(HEADLINE, "Looks like a headline, not a sentence of the story");
  if (input.claimWords < SHORT_WORDS) add(SHORT, "Very short, little to check");
  if (input.sentenceWords > LONG_WORDS) add(LONG, "Very long sentence, may hold several claims");

  return { score: Math.max(0, Math.min(100, Math.round(score))), reasons };
}
