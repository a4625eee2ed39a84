// Double quotation marks, straight and curly. Single quotes are left alone:
// in news copy they are far more often apostrophes ("Morland's") than quotes.

export const OPENING_QUOTES = new Set(['"', "“"]);
export const CLOSING_QUOTES = new Set(['"', "”"]);
export const QUOTE_CHARACTERS = /["“”]/;

/** A quotation: `close` is missing when the quote runs on past the end of its paragraph (wire style). */
export type QuoteSpan = { open: number; close?: number };

/** Pairs quotation marks paragraph by paragraph: a quote never closes on another line. */
export function pairQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let pending: number | undefined;
  for (let i = 0; i < text.length; i += 1) {
    const character = text[i];
    if (character === "\n") {
      if (pending !== undefined) spans.push({ open: pending });
      pending = undefined;
    } else if (character === '"') {
      if (pending === undefined) pending = i;
      else {
        spans.push({ open: pending, close: i });
        pending = undefined;
      }
    } else if (character === "“") {
      if (pending !== undefined) spans.push({ open: pending });
      pending = i;
    } else if (character === "”" && pending !== undefined) {
      spans.push({ open: pending, close: i });
      pending = undefined;
    }
  }
  if (pending !== undefined) spans.push({ open: pending });
  return spans;
}

/**
 * The text with every quoted word replaced by "_", same length, so that
 * "said" inside a quotation is never taken for the attribution and commas
 * inside it never split the sentence into clauses.
 */
export function maskQuotes(text: string): string {
  const characters = text.split("");
  for (const span of pairQuotes(text)) {
    let end = span.close;
    if (end === undefined) {
      const lineEnd = text.indexOf("\n", span.open);
      end = lineEnd === -1 ? text.length : lineEnd;
    }
    for (let i = span.open + 1; i < end; i += 1) characters[i] = "_";
  }
  return characters.join("");
}
