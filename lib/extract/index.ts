// The claim extractor: paste an article, get the sentences worth checking,
// each with a proposed claim, its speaker, when it was said, whether it is a
// statement, prediction or promise, and a score with its reasons.
//
// Pure and deterministic: no clock, no network, no model. The same text and
// options always give the same candidates, so it runs on the server, in the
// browser or in a test alike.

import { findDocumentTiming, withoutWriterAside } from "./asides";
import { type Attribution, findAttribution } from "./attribution";
import { parseIsoDate } from "./calendar";
import { composeClaim, quoteIn } from "./claim";
import { findSpokenDate, readDateline } from "./dates";
import { findDeadlines } from "./deadlines";
import { classifyKind } from "./kind";
import { findQuantities } from "./quantities";
import { OPENING_QUOTES } from "./quotes";
import { DEFAULT_MIN_SCORE, scoreCandidate } from "./scoring";
import { splitSentences } from "./sentences";
import { SpeakerMemory } from "./speaker-memory";
import { noticeMentions, type SpeakerReading } from "./speakers";
import type { Candidate, CandidateSignal, ExtractOptions } from "./types";

export { DEFAULT_MIN_SCORE } from "./scoring";
export type { Candidate, CandidateKind, CandidateSignal, ExtractOptions, Speaker } from "./types";

// A date said in one sentence carries to the same speaker's next few
// sentences ("..., Ortiz said on Tuesday. She added ..."), not further.
const DATE_CARRY_SENTENCES = 3;

type Said = { index: number; reading: SpeakerReading; madeOn?: string; explicitDate: boolean };

const countWords = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word)).length;

function outside(body: string, attribution: Attribution): string {
  let text = "";
  let cursor = 0;
  for (const piece of attribution.content) {
    text += `${body.slice(cursor, piece.start)} `;
    cursor = piece.end;
  }
  return text + body.slice(cursor);
}

function claimLead(attribution: Attribution): string {
  const { reading } = attribution;
  const name = reading.speaker?.name;
  if (!name) return `${reading.phrase.charAt(0).toUpperCase()}${reading.phrase.slice(1)} ${attribution.verb}`;
  if (reading.person) return `${name} ${attribution.verb}`;
  // Keep "The" of "The Lowell Transit Authority expects ...".
  const article = /^the\s/i.test(reading.phrase) && reading.phrase.slice(4) === name ? "The " : "";
  return `${article}${name} ${attribution.verb}`;
}

export function extractClaims(text: string, options: ExtractOptions = {}): Candidate[] {
  const { publishedOn } = options;
  if (publishedOn !== undefined && !parseIsoDate(publishedOn)) {
    throw new RangeError(`publishedOn must be a date written YYYY-MM-DD, got "${publishedOn}"`);
  }
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const memory = new SpeakerMemory();
  const candidates: Candidate[] = [];
  let articleDate = publishedOn;
  let lastSaid: Said | undefined;

  splitSentences(text).forEach((sentence, index) => {
    let body = sentence.text;
    const dateline = readDateline(body, publishedOn);
    if (dateline) {
      body = body.slice(dateline.length);
      if (dateline.date && index < 5) articleDate = dateline.date;
    }
    // A headline or a byline in title case is not a place to learn names from.
    const isHeadline = !/[.!?…]["”’)]*$/.test(body);

    let attribution = findAttribution(body, memory);
    let continued = false;
    if (!attribution && lastSaid?.index === index - 1 && OPENING_QUOTES.has(body[0] ?? "") && lastSaid.reading.speaker) {
      // `"We will win," she said. "And we will do it fairly."` The second sentence is still hers.
      attribution = { reading: lastSaid.reading, verb: "", content: [{ start: 0, end: body.length }], joiner: " ", keepsVerb: false };
      continued = true;
    }
    const reading = attribution?.reading;
    const rememberSpeaker = () => {
      if (reading?.speaker && reading.person) memory.rememberPerson(reading.speaker.name, reading.speaker.title, reading.gender);
      else if (reading?.speaker && reading.named) memory.rememberOrganisation(reading.speaker.name);
    };
    // The speaker's title as this sentence gives it first; then everyone the sentence mentions;
    // then the speaker again, as the one "he" or "she" most likely means next.
    rememberSpeaker();
    if (!isHeadline) noticeMentions(body, memory);
    rememberSpeaker();

    // When it was said: a date next to the attribution, else the one this speaker was just quoted on, else the article's.
    let madeOn = articleDate;
    let explicitDate = false;
    if (attribution) {
      const spoken = continued ? undefined : findSpokenDate(outside(body, attribution), articleDate);
      const sameSpeaker =
        lastSaid?.explicitDate &&
        index - lastSaid.index <= DATE_CARRY_SENTENCES &&
        lastSaid.reading.speaker?.name !== undefined &&
        lastSaid.reading.speaker.name === reading?.speaker?.name;
      if (spoken) {
        madeOn = spoken.date;
        explicitDate = true;
      } else if (sameSpeaker) {
        madeOn = lastSaid!.madeOn;
        explicitDate = true;
      }
      lastSaid = { index, reading: attribution.reading, madeOn, explicitDate };
    }

    const pieces = withoutWriterAside(body, attribution?.content ?? [{ start: 0, end: body.length }]);
    const content = pieces.map((piece) => body.slice(piece.start, piece.end)).join(" ");
    // "The report, expected in August, will ...": the month dates the report, not a forecast.
    const documentTiming = findDocumentTiming(content);
    const reported = documentTiming?.rest ?? content;
    const deadlines = findDeadlines(reported, madeOn ?? articleDate);
    const figures = findQuantities(
      reported,
      deadlines.map((deadline) => deadline.phrase),
    );
    const explicitDeadline = deadlines.find((deadline) => deadline.explicit);
    const verb = continued ? undefined : attribution?.verb;
    const question = verb === "asked" || /\?["”’)]*$/.test(content.trim()) || /\?["”’)]*$/.test(body);
    const { kind, cue } = classifyKind({
      content: reported,
      sentence: body,
      verb,
      reading,
      deadline: explicitDeadline ?? deadlines[0],
      hasFigure: figures.length > 0,
      question,
      describesDocument: documentTiming !== undefined,
    });
    const deadline = kind === "STATEMENT" ? undefined : (explicitDeadline ?? deadlines[0]);

    const signals: CandidateSignal[] = [];
    if (attribution) signals.push("attributed");
    if (kind === "PREDICTION") signals.push("forecast");
    if (kind === "PROMISE") signals.push("promise");
    if (figures.length > 0) signals.push("quantitative");
    if (signals.length === 0) return;

    const speakerName = reading?.speaker?.name;
    const claim =
      composeClaim(body, pieces, attribution?.joiner ?? " ", {
        lead: attribution?.keepsVerb ? claimLead(attribution) : undefined,
        speakerName:
          speakerName && reading?.named && !attribution?.keepsVerb ? { name: speakerName, pronouns: reading.person ? /^(?:he|she)\b/i : /^it\b/i } : undefined,
      }) ?? composeClaim(body, [{ start: 0, end: body.length }], " ");
    if (!claim) return;

    const { score, reasons } = scoreCandidate({
      attribution: attribution && { named: attribution.reading.named, verb },
      figures,
      kind,
      cue,
      deadline: deadline?.phrase,
      documentTiming: documentTiming?.phrase,
      content,
      question,
      headline: isHeadline,
      claimWords: countWords(claim),
      sentenceWords: countWords(sentence.text),
    });
    if (score < minScore) return;

    const quote = quoteIn(body, pieces);
    candidates.push({
      id: `s${index}`,
      sentence: sentence.text,
      claim,
      ...(quote ? { quote } : {}),
      ...(reading?.speaker ? { speaker: { ...reading.speaker } } : {}),
      ...(madeOn ? { madeOn } : {}),
      kind,
      ...(deadline ? { settleBy: deadline.date } : {}),
      score,
      reasons,
      signals,
      start: sentence.start,
      end: sentence.end,
    });
  });
  return candidates;
}
