// Is the claim a statement about what is, a forecast of what will be, or a
// promise by the speaker? Predictions and promises are checked later, against
// what happens; statements are checked now, against the record.

import type { SpeakerReading } from "./speakers";
import type { CandidateKind } from "./types";

export type KindReading = { kind: CandidateKind; cue?: string };

const PROMISE_VERBS = new Set(["pledged", "pledges", "vowed", "vows", "promised", "promises", "committed", "guaranteed", "swore"]);
const FORECAST_VERBS = new Set(["predicted", "predicts", "forecast", "forecasts", "projected", "expect", "expects", "expected"]);
const PAST_EXPECTATION = /\bhad\s+(?:been\s+)?(?:\p{L}+ly\s+)?(?:expected|predicted|forecast|projected|anticipated)\b/iu;

const FORECAST_CUES =
  /\b(?:(?:will|would)\s+(?:likely|probably|almost\s+certainly)|(?:is|are|was|were)\s+(?:widely\s+)?(?:expected|forecast|projected|predicted|likely|set|poised)\s+to|on\s+track\s+to|likely\s+to|expects?|expected|predicts?|predicted|forecasts?|projected|projects\s+that|anticipates?|anticipated|could\s+(?:reach|rise|fall|hit|top|exceed|double|triple|climb|drop|surge|soar|grow|shrink|increase|decrease|cost|trigger)|(?:may|might)\s+(?:reach|rise|fall|hit|top|exceed|double|climb|drop)|(?:will|would)\s+(?:keep|continue)\s+(?:to\s+)?(?:rising|falling|growing|shrinking|climbing|dropping|increasing|decreasing|rise|fall|grow|shrink|climb|drop|increase|decrease))\b/i;

// Commitments in the speaker's own voice, or reported of them.
const FIRST_PERSON_PROMISE =
  /\b(?:(?:we|I)\s+(?:will|shall)|(?:we|I)['’]ll|(?:we|I)\s+(?:are|am)\s+going\s+to|(?:we|I)['’](?:re|m)\s+going\s+to|(?:we|I)\s+(?:hereby\s+)?(?:promise|pledge|vow|commit|guarantee|swear)|(?:we|I)\s+(?:are|am)\s+(?:fully\s+|firmly\s+)?committed\s+to|and\s+(?:also\s+)?(?:pledged|promised|vowed|committed))\b/i;
// "Morland remains committed to the treaty": a commitment whoever's voice it is in.
const COMMITMENT =
  /\b(?:(?:is|are|am|remains?|remained|was|were)\s+(?:fully\s+|firmly\s+|still\s+)?committed\s+to|commits\s+to|pledges\s+to|vows\s+to|(?:pledged|promised|vowed)\s+to)\b/i;
const OWN_SIDE_PROMISE =
  /\b(?:his|her|their|its|our|my)\s+(?:government|administration|ministry|city|department|team|party|company|council|office|agency|bank)\s+(?:would|will)\b/i;
const REPORTED_PERSON = /(?:^|\band\s+(?:that\s+)?)((?:he|she)\s+(?:would|will))\b/i;
const REPORTED_ORGANISATION = /(?:^|\band\s+(?:that\s+)?)(it\s+(?:would|will))\b/i;
const GOVERNING_SUBJECT =
  /\bthe\s+(government|administration|city|ministry|council|state|country|company|firm|union|club|authority|board|port|utility|group)\s+(?:would|will|won['’]t|wouldn['’]t)\b/i;
const GOVERNING_TITLE = /minister|president|premier|chancellor|secretary|mayor|governor|spokes|chief|chair|director|manager|councillor/i;
// "Velo Rail will reopen the line", said by Velo Rail's chief executive: their own undertaking.
const NAMED_SUBJECT = /^(\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,3})\s+(?:would|will)\b/u;
const SUBJECT_WILL = /\bthe\s+([\p{L}-]+)\s+(?:would|will)\b/giu;
const FUTURE = /\b(?:will|won['’]t|(?:is|are)\s+going\s+to)\b|['’]ll\b/i;
const REPORTED_FUTURE = /\b(?:would|wouldn['’]t)\b/i;

function ownPromise(content: string, reading: SpeakerReading | undefined): string | undefined {
  const firstPerson = FIRST_PERSON_PROMISE.exec(content) ?? COMMITMENT.exec(content);
  if (firstPerson) return firstPerson[0];
  if (!reading?.named) return undefined;
  const ownSide = OWN_SIDE_PROMISE.exec(content);
  if (ownSide) return ownSide[0];
  // "she would", "it would" at the head of the reported words, or of a clause joined to them, is the speaker.
  const pronoun = (reading.person ? REPORTED_PERSON : REPORTED_ORGANISATION).exec(content.trim());
  if (pronoun) return pronoun[1];
  // A minister speaking of "the government", or the bank's governor of "the bank".
  const title = reading.speaker?.title ?? "";
  const governing = GOVERNING_SUBJECT.exec(content);
  if (governing && GOVERNING_TITLE.test(title)) return governing[0];
  const ownWords = `${title} ${reading.speaker?.name ?? ""}`.toLowerCase().split(/[\s'’-]+/);
  const named = NAMED_SUBJECT.exec(content.trim());
  if (
    named?.[1] &&
    GOVERNING_TITLE.test(title) &&
    named[1]
      .toLowerCase()
      .split(/[\s'’-]+/)
      .every((word) => ownWords.includes(word))
  )
    return named[0];
  for (const match of content.matchAll(SUBJECT_WILL)) {
    if (ownWords.includes(match[1]!.toLowerCase())) return match[0];
  }
  return undefined;
}

/**
 * `content` is the reported content (the claim before tidying), `verb` the
 * attributing verb. Deadlines and figures turn a plain "will" into a forecast
 * worth checking later; an explicit deadline ("by 2030") is one by itself.
 */
export function classifyKind(input: {
  content: string;
  /** The whole sentence: "had expected" there means an expectation already overtaken by events. */
  sentence: string;
  verb?: string;
  reading?: SpeakerReading;
  deadline?: { phrase: string; explicit: boolean };
  hasFigure: boolean;
  question: boolean;
  /** The content says when a report is due out; its "will show" describes the report, it forecasts nothing. */
  describesDocument?: boolean;
}): KindReading {
  const { content, verb, reading, deadline, hasFigure } = input;
  // A question predicts and promises nothing.
  if (input.question) return { kind: "STATEMENT" };
  if (verb && PROMISE_VERBS.has(verb)) return { kind: "PROMISE", cue: verb };
  const hindsight = PAST_EXPECTATION.test(input.sentence);
  if (verb && FORECAST_VERBS.has(verb) && !hindsight) return { kind: "PREDICTION", cue: verb };
  const forecast = FORECAST_CUES.exec(content);
  if (forecast && !hindsight) return { kind: "PREDICTION", cue: forecast[0].toLowerCase() };
  const promise = ownPromise(content, reading);
  if (promise) return { kind: "PROMISE", cue: promise.toLowerCase() };
  const future = FUTURE.exec(content) ?? (reading ? REPORTED_FUTURE.exec(content) : null);
  if (future && (deadline || hasFigure) && !input.describesDocument) return { kind: "PREDICTION", cue: future[0].toLowerCase().replace(/^['’]/, "") };
  if (deadline?.explicit) return { kind: "PREDICTION", cue: deadline.phrase };
  return { kind: "STATEMENT" };
}
