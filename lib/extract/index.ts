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
import { splitConjoined } from "./conjoined";
import { findSpokenDate, readDateline } from "./dates";
import { type Deadline, findDeadlines } from "./deadlines";
import { ownerTitle } from "./groups";
import { classifyKind } from "./kind";
import { forecastConcerned, type MarketOdds, readOdds } from "./odds";
import { findQuantities } from "./quantities";
import { OPENING_QUOTES } from "./quotes";
import { DEFAULT_MIN_SCORE, scoreCandidate } from "./scoring";
import { splitSentences } from "./sentences";
import { SpeakerMemory } from "./speaker-memory";
import { noticeMentions, type SpeakerReading } from "./speakers";
import type { Candidate, CandidateSignal, ExtractOptions } from "./types";
import { describesRecording, opinionAuthor, speakerLabel, timeStampLength } from "./voice";

export type { MarketOdds } from "./odds";
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

// "cut exports by a third within six months" tells of the past; only words
// looking forward make such a span a deadline.
const SPAN = /^(?:within|in|over)\b/i;
const LOOKS_FORWARD =
  /\b(?:will|would|won['’]t|wouldn['’]t|shall|could|may|might|going\s+to|expects?|expected\s+to|plans?|aims?|set\s+to|likely|hopes?|intends?|pledged|promised|vowed|must)\b|['’]ll\b/i;

const withoutPastSpans = (deadlines: Deadline[], reported: string) =>
  LOOKS_FORWARD.test(reported) ? deadlines : deadlines.filter((deadline) => !SPAN.test(deadline.phrase));

/** The candidates worth checking in an article, and the market odds it quotes, to attach as evidence. */
export type ArticleReading = { candidates: Candidate[]; odds: MarketOdds[] };

export function extractClaims(text: string, options: ExtractOptions = {}): Candidate[] {
  return readArticle(text, options).candidates;
}

export function readArticle(text: string, options: ExtractOptions = {}): ArticleReading {
  const { publishedOn } = options;
  if (publishedOn !== undefined && !parseIsoDate(publishedOn)) {
    throw new RangeError(`publishedOn must be a date written YYYY-MM-DD, got "${publishedOn}"`);
  }
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const memory = new SpeakerMemory();
  const candidates: Candidate[] = [];
  const odds: MarketOdds[] = [];
  let articleDate = publishedOn;
  let lastSaid: Said | undefined;
  // An opinion piece's unattributed assertions are its author's.
  const author = opinionAuthor(text);
  // A transcript's speaker label holds until the next label or paragraph.
  let label: { name: string } | undefined;
  let previousBody = "";
  let previousEnd = 0;

  const sentences = options.tools?.sentences ?? splitSentences;
  sentences(text).forEach((sentence, index) => {
    let body = sentence.text;
    if (/\n/.test(text.slice(previousEnd, sentence.start))) label = undefined;
    previousEnd = sentence.end;
    body = body.slice(timeStampLength(body));
    const dateline = readDateline(body, publishedOn);
    if (dateline) {
      body = body.slice(dateline.length);
      // A roundup's second dateline dates its own part.
      if (dateline.date) articleDate = dateline.date;
    }
    const labelled = speakerLabel(body);
    if (labelled) {
      body = body.slice(labelled.length);
      label = labelled;
    }
    const before = previousBody;
    previousBody = body;
    if (describesRecording(body)) {
      // "The interview was recorded on Wednesday": every answer was given that day.
      const recorded = findSpokenDate(body, articleDate);
      if (recorded) articleDate = recorded.date;
    }
    const marketOdds = readOdds(body);
    if (marketOdds) {
      odds.push({ id: `o${index}`, sentence: sentence.text, ...marketOdds, start: sentence.start, end: sentence.end });
      return;
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
    if (!attribution && label) {
      // "ERIK HALVORSEN: We will ..." in a transcript: the label is the speaker.
      const known = memory.recallPerson(label.name);
      const speaker = { name: known?.name ?? label.name, ...(known?.title ? { title: known.title } : {}) };
      attribution = {
        reading: { speaker, named: true, person: true, phrase: label.name },
        verb: "",
        content: [{ start: 0, end: body.length }],
        joiner: " ",
        keepsVerb: false,
      };
      continued = true;
    }
    // "Kestrel Energy announced that it will ...": a name spoken of as "it" is an organisation.
    if (attribution?.reading.person && !attribution.reading.speaker?.title && !continued) {
      const first = attribution.content[0];
      if (first && /^(?:it|its)\b/i.test(body.slice(first.start, first.end).trim())) {
        attribution = { ...attribution, reading: { ...attribution.reading, person: false } };
      }
    }
    const judged =
      attribution?.reading.speaker && !attribution.reading.speaker.title ? options.tools?.isPersonName?.(attribution.reading.speaker.name) : undefined;
    if (attribution && judged !== undefined && judged !== attribution.reading.person) {
      attribution = { ...attribution, reading: { ...attribution.reading, person: judged } };
    }
    // "Their spokesperson, Sam Kerr": the group named just before.
    const ownTitle = attribution?.reading.speaker?.title;
    if (attribution?.reading.speaker && ownTitle && /^(?:its|their)\s/i.test(ownTitle)) {
      const phraseAt = body.indexOf(attribution.reading.phrase);
      const title = ownerTitle(ownTitle, `${before} ${body.slice(0, Math.max(0, phraseAt))}`, (name) => memory.recallPerson(name) !== undefined);
      attribution = { ...attribution, reading: { ...attribution.reading, speaker: { ...attribution.reading.speaker, title } } };
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

    const allPieces = withoutWriterAside(body, attribution?.content ?? [{ start: 0, end: body.length }]);
    // Two claims joined by "and" are offered one by one.
    const only = allPieces.length === 1 && !attribution?.keepsVerb ? allPieces[0]! : undefined;
    const conjoined = only ? splitConjoined(body.slice(only.start, only.end)) : undefined;
    const parts =
      only && conjoined
        ? [
            { id: `s${index}`, pieces: [{ start: only.start, end: only.start + conjoined.firstEnd }], subject: undefined },
            { id: `s${index}-2`, pieces: [{ start: only.start + conjoined.secondStart, end: only.end }], subject: conjoined.subject },
          ]
        : [{ id: `s${index}`, pieces: allPieces, subject: undefined as string | undefined }];

    for (const part of parts) {
      const { pieces } = part;
      const speakerName = reading?.speaker?.name;
      // "it" or "he" carried over as the second claim's subject is the speaker.
      const subject = part.subject && speakerName && reading?.named && /^(?:it|he|she)$/i.test(part.subject) ? speakerName : part.subject;
      const content = `${subject ? `${subject} ` : ""}${pieces.map((piece) => body.slice(piece.start, piece.end)).join(" ")}`;
      // "The report, expected in August, will ...": the month dates the report, not a forecast.
      const documentTiming = findDocumentTiming(content);
      const reported = documentTiming?.rest ?? content;
      const deadlines = withoutPastSpans(findDeadlines(reported, madeOn ?? articleDate), reported);
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
      if (signals.length === 0) continue;

      const claim =
        composeClaim(body, pieces, attribution?.joiner ?? " ", {
          lead: attribution?.keepsVerb ? claimLead(attribution) : subject,
          speakerName:
            speakerName && reading?.named && !attribution?.keepsVerb
              ? { name: speakerName, pronouns: reading.person ? /^(?:he|she)\b/i : /^it\b/i }
              : undefined,
        }) ?? composeClaim(body, [{ start: 0, end: body.length }], " ");
      if (!claim) continue;

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
      if (score < minScore) continue;

      const quote = quoteIn(body, pieces);
      // An opinion piece's own assertions are its author's.
      const speaker = reading?.speaker ?? (author && !isHeadline ? { name: author } : undefined);
      candidates.push({
        id: part.id,
        sentence: sentence.text,
        claim,
        ...(quote ? { quote } : {}),
        ...(speaker ? { speaker: { ...speaker } } : {}),
        ...(madeOn ? { madeOn } : {}),
        kind,
        ...(deadline ? { settleBy: deadline.date } : {}),
        score,
        reasons,
        signals,
        start: sentence.start,
        end: sentence.end,
      });
    }
  });
  // Odds attach to the forecast they concern, when one reads alike.
  const forecasts = candidates.filter((candidate) => candidate.kind !== "STATEMENT");
  for (const item of odds) {
    const concerns = forecastConcerned(item.sentence, forecasts);
    if (concerns) item.concerns = concerns;
  }
  return { candidates, odds };
}
