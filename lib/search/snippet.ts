// Highlighted snippets, made safe. PostgreSQL's ts_headline marks the matched
// words with whatever start and stop strings it is given, and copies the rest
// of the stored text as it is, markup included. Asking it for "<mark>" would
// mix its tags with whatever a claim or summary holds ("<img src=x
// onerror=…>", "AT&T"), and the page could no longer tell them apart.
//
// So ts_headline marks matches with characters from Unicode's private use
// area instead, which are removed from the stored text before it is read
// (queries.ts), so they cannot occur in it. Here the marked text is split into
// plain runs and marked runs; components/search/highlighted-text.tsx renders
// each run as a React text node, which React escapes, inside <mark> for the
// marked ones. No stored character is ever parsed as HTML.

export const MARK_START = "\uE000";
export const MARK_END = "\uE001";
// ts_headline's parser also treats "<…>" as an HTML tag and replaces it with a
// space, which would silently change a claim's wording on the results page.
// Each "<" therefore stands in as this character while PostgreSQL reads the
// text, and is given back here.
export const LESS_THAN = "\uE002";

// Every character a stored text must not carry into ts_headline.
export const SENTINELS = MARK_START + MARK_END + LESS_THAN;

// ts_headline options: the marks, plus how much of the text to show. Whole
// short fields (claim, summary) are shown in full; long ones are cut around
// the best match.
export const WHOLE_TEXT = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;
export const EXCERPT = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=40, MinWords=20, MaxFragments=2, FragmentDelimiter=" … "`;

export type SnippetPart = { text: string; marked: boolean };

// Splits ts_headline's output into runs. Robust to anything: a stop without a
// start, or a start never closed, still gives text, never markup.
export function snippetParts(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let marked = false;
  let run = "";
  const flush = () => {
    if (!run) return;
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += run;
    else parts.push({ text: run, marked });
    run = "";
  };
  for (const character of headline) {
    if (character === MARK_START || character === MARK_END) {
      flush();
      marked = character === MARK_START;
    } else run += character === LESS_THAN ? "<" : character;
  }
  flush();
  return parts;
}

export const hasMatch = (parts: SnippetPart[]) => parts.some((part) => part.marked);

// The same text without marks (for titles and labels).
export const plainText = (parts: SnippetPart[]) => parts.map((part) => part.text).join("");
