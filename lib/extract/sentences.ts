// Splits a pasted article into sentences, keeping each one's offsets in the
// original text so the desk can highlight it where the reporter pasted it.

import { CLOSING_QUOTES, pairQuotes } from "./quotes";

export type Sentence = {
  text: string;
  start: number;
  end: number;
  /** Counts line breaks: sentences on the same line share it. */
  paragraph: number;
};

const TERMINALS = new Set([".", "!", "?", "…"]);
const CLOSERS = new Set([...CLOSING_QUOTES, "’", "'", ")", "]"]);
const SPACES = new Set([" ", "\t", "\u00a0"]);

// A title is always followed by a name, so a full stop after one never ends a sentence.
const TITLE_ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "mx",
  "dr",
  "prof",
  "gen",
  "sen",
  "rep",
  "gov",
  "lt",
  "col",
  "capt",
  "cmdr",
  "adm",
  "maj",
  "sgt",
  "cpl",
  "pvt",
  "rev",
  "hon",
  "pres",
  "supt",
  "insp",
  "det",
  "messrs",
  "mt",
  "ft",
  "fr",
]);

// These usually continue the sentence ("the U.S. envoy", "Feb. 12", "9 a.m. on
// Monday") but can end one ("sanctions on the U.S. The ministry ..."): they end
// it only when the next word is one that typically opens a sentence.
const OTHER_ABBREVIATIONS = new Set([
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "inc",
  "corp",
  "co",
  "ltd",
  "plc",
  "llc",
  "jr",
  "sr",
  "st",
  "vs",
  "etc",
  "approx",
  "est",
  "no",
  "nos",
  "dept",
  "govt",
  "al",
  "ave",
  "blvd",
  "rd",
  "fig",
]);

const SENTENCE_OPENERS = new Set([
  "the",
  "a",
  "an",
  "he",
  "she",
  "it",
  "they",
  "we",
  "i",
  "you",
  "his",
  "her",
  "its",
  "their",
  "our",
  "this",
  "that",
  "these",
  "those",
  "there",
  "but",
  "and",
  "or",
  "so",
  "yet",
  "in",
  "on",
  "at",
  "for",
  "with",
  "after",
  "before",
  "when",
  "while",
  "if",
  "as",
  "however",
  "meanwhile",
  "still",
  "also",
  "both",
  "officials",
  "some",
  "many",
  "most",
  "asked",
  "according",
  "separately",
  "earlier",
  "later",
  "then",
  "what",
  "why",
  "how",
  "who",
  "one",
  "no",
]);

// `"Who will pay for it?" Osei asked.` is one sentence: a short attribution
// right after a closing quote belongs to the quote.
const ATTRIBUTION_TAIL =
  /^\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,4}?\s+(?:said|says|asked|added|told|insisted|argued|warned|wrote|replied|continued|explained|noted|declared|shouted|countered|recalled)(?:\s+(?:on|in|at|to|during|late|earlier|later|yesterday|today|last|this|reporters|journalists|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^.!?"“”\n]{0,40})?\s*[.!?]/u;

export function splitSentences(text: string): Sentence[] {
  const protectedSpans = pairQuotes(text).filter(
    // A quote that never closes, or runs on for pages, is more likely a stray mark than a quotation.
    (span): span is { open: number; close: number } => span.close !== undefined && span.close - span.open < 1500,
  );
  const sentences: Sentence[] = [];
  let sentenceStart = 0;
  let paragraph = 0;

  const closeSentence = (end: number) => {
    let start = sentenceStart;
    let stop = end;
    while (start < stop && /\s/.test(text[start]!)) start += 1;
    while (stop > start && /\s/.test(text[stop - 1]!)) stop -= 1;
    if (stop > start) sentences.push({ text: text.slice(start, stop), start, end: stop, paragraph });
  };

  for (let i = 0; i < text.length; i += 1) {
    const character = text[i]!;
    if (character === "\n") {
      let next = i + 1;
      let lineBreaks = 1;
      while (next < text.length && /\s/.test(text[next]!)) {
        if (text[next] === "\n") lineBreaks += 1;
        next += 1;
      }
      if (next >= text.length) break;
      // A single line break before a lowercase word is a hard-wrapped line, not a new paragraph.
      if (lineBreaks === 1 && /\p{Ll}/u.test(text[next]!)) {
        i = next - 1;
        continue;
      }
      closeSentence(i);
      paragraph += 1;
      sentenceStart = next;
      i = next - 1;
      continue;
    }
    if (!TERMINALS.has(character)) continue;

    const dot = i;
    let last = i;
    while (last + 1 < text.length && TERMINALS.has(text[last + 1]!)) last += 1;
    let end = last + 1;
    let closedQuote = false;
    while (end < text.length && CLOSERS.has(text[end]!)) {
      if (CLOSING_QUOTES.has(text[end]!)) closedQuote = true;
      end += 1;
    }
    i = last;
    // "3.5", "U.S.-led", "example.com": no space after the mark, no boundary.
    // A line break after it is handled above.
    if (end >= text.length || !SPACES.has(text[end]!)) continue;
    let next = end;
    while (next < text.length && SPACES.has(text[next]!)) next += 1;
    if (next >= text.length || text[next] === "\n") continue;
    if (!/[\p{Lu}\d"“‘([]/u.test(text[next]!)) continue;
    if (character === "." && last === dot && isAbbreviation(text, dot, next)) continue;
    if (protectedSpans.some((span) => span.open < dot && dot < span.close && end <= span.close)) continue;
    if (closedQuote && ATTRIBUTION_TAIL.test(text.slice(next, next + 120))) continue;
    closeSentence(end);
    sentenceStart = next;
    i = next - 1;
  }
  closeSentence(text.length);
  return sentences;
}

function isAbbreviation(text: string, dot: number, next: number): boolean {
  let start = dot;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1]!)) start -= 1;
  const word = text.slice(start, dot);
  if (!word) return false;
  const lower = word.toLowerCase();
  if (TITLE_ABBREVIATIONS.has(lower)) return true;
  const usuallyContinues =
    OTHER_ABBREVIATIONS.has(lower) ||
    /^(?:\p{L}\.)+\p{L}$/u.test(word) || // U.S, U.N, a.m, e.g
    /^\p{Lu}$/u.test(word); // an initial: "John F. Kennedy"
  if (!usuallyContinues) return false;
  const nextWord = /^[\p{L}']+/u.exec(text.slice(next, next + 30))?.[0]?.toLowerCase();
  const opensSentence = nextWord === undefined ? /["“]/.test(text[next]!) : SENTENCE_OPENERS.has(nextWord);
  return !opensSentence;
}
