// Turns the reported words of a sentence into the claim a reporter would log:
// one sentence, attribution stripped, first letter capitalised, ending with a
// full stop, between 10 and 300 characters.

import type { Piece } from "./attribution";
import { OPENING_QUOTES, pairQuotes } from "./quotes";

export const CLAIM_MIN_LENGTH = 10;
export const CLAIM_MAX_LENGTH = 300;

// "But inflation rose" claims that inflation rose. "So far" and "Still higher" keep their first word.
const CONNECTORS =
  /^(?:(?:and|but)\s+|(?:yet|so|still|meanwhile|however|separately|also|instead|indeed|moreover)\s*,\s*|(?:meanwhile|however|separately|moreover)\s+)/i;

export type ClaimParts = {
  /** Words the claim starts with when the reported content cannot stand alone: "Dana Hale pledged". */
  lead?: string;
  /** Replaces a leading "he", "she" or "it" that stands for the speaker. */
  speakerName?: { name: string; pronouns: RegExp };
};

/** The words inside quotation marks within the given pieces of `body`, joined as one passage. */
export function quoteIn(body: string, pieces: Piece[]): string | undefined {
  const passages: string[] = [];
  for (const piece of pieces) {
    const text = body.slice(piece.start, piece.end);
    for (const span of pairQuotes(text)) {
      const inner = text.slice(span.open + 1, span.close ?? text.length).trim();
      if (inner) passages.push(inner);
    }
  }
  if (passages.length === 0) return undefined;
  return passages.join(" ").replace(/[,;:\s]+$/, "");
}

/** Whether a piece is one whole quotation, perhaps followed by punctuation: `"We will win,"`. */
function wholeQuote(text: string): string | undefined {
  const trimmed = text.trim().replace(/[,;:\s]+$/, "");
  if (!OPENING_QUOTES.has(trimmed[0] ?? "")) return undefined;
  const spans = pairQuotes(trimmed);
  const only = spans[0];
  if (spans.length !== 1 || !only) return undefined;
  const close = only.close ?? trimmed.length;
  if (trimmed.slice(close + 1).replace(/[.,!?;:\s]/g, "")) return undefined;
  return trimmed.slice(1, close).trim();
}

function shorten(text: string): string {
  if (text.length <= CLAIM_MAX_LENGTH) return text;
  const room = text.slice(0, CLAIM_MAX_LENGTH - 1);
  // Cut at the last clause break when it keeps most of the claim, else at a word.
  const clause = Math.max(room.lastIndexOf(", "), room.lastIndexOf("; "));
  const cut = clause >= 120 ? clause : room.lastIndexOf(" ");
  return `${room.slice(0, cut > 0 ? cut : room.length).replace(/[\s,;:—–-]+$/, "")}.`;
}

/** Capitalised, one full stop at the end (after a closing quote, not inside it), within the length limits. */
export function finishClaim(raw: string): string | undefined {
  let text = raw.replace(/\s+/g, " ").trim();
  while (CONNECTORS.test(text)) text = text.replace(CONNECTORS, "");
  text = text.replace(/[\s,;:—–-]+$/, "");
  if (!text) return undefined;
  const terminal = /([.!?…]+)(["”’)]*)$/.exec(text);
  if (terminal) {
    text = `${text.slice(0, terminal.index)}${terminal[2]}.`;
  } else {
    text = `${text}.`;
  }
  text = text.replace(/\.{2,}$/, ".");
  const firstLetter = text.search(/\p{L}/u);
  if (firstLetter !== -1 && firstLetter <= 2) {
    text = text.slice(0, firstLetter) + text.charAt(firstLetter).toUpperCase() + text.slice(firstLetter + 1);
  }
  text = shorten(text);
  return text.length >= CLAIM_MIN_LENGTH ? text : undefined;
}

/** The claim made by the reported words in `pieces` of `body`. */
export function composeClaim(body: string, pieces: Piece[], joiner: string, parts: ClaimParts = {}): string | undefined {
  const texts = pieces.map((piece) => body.slice(piece.start, piece.end).trim());
  const quotes = texts.map(wholeQuote);
  let text: string;
  if (quotes.every((quote) => quote !== undefined)) {
    // `"We are ready," she said, "but not at any price."` -> We are ready, but not at any price.
    text = quotes.join(" ");
  } else {
    text = texts.map((piece) => piece.replace(/[\s,;:]+$/, "")).join(joiner);
    // "... were invented and that exports had risen" reads as "... and exports had risen".
    text = text.replace(/,?\s+and\s+that\s+/g, " and ");
  }
  while (CONNECTORS.test(text)) text = text.replace(CONNECTORS, "");
  if (parts.speakerName) text = text.replace(parts.speakerName.pronouns, parts.speakerName.name);
  if (parts.lead) text = `${parts.lead} ${text}`;
  return finishClaim(text);
}
