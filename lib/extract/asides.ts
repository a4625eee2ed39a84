// Words inside the reported content that are the writer's, not the claim:
// a verdict tacked on at the end (", a forecast that analysts called
// optimistic") and when a document is due out ("The report, expected in
// August, will ..."), which dates a publication, not an outcome to check.

import type { Piece } from "./attribution";
import { MONTH_NAMES, WEEKDAY_NAMES } from "./calendar";
import { maskQuotes } from "./quotes";

// What the writer calls the reported words, then who judged them or how.
const VERDICT_NOUNS =
  "forecast|figure|estimate|claim|projection|prediction|assertion|pledge|promise|target|goal|timetable|timeline|assessment|number|argument|charge|accusation";
const JUDGED =
  "seen|called|described|dismissed|disputed|questioned|criticised|criticized|welcomed|doubted|rejected|challenged|considered|regarded|viewed|deemed|branded|labelled|labeled|echoed|greeted|met";
const WRITER_ASIDE = new RegExp(
  `,\\s+an?\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${VERDICT_NOUNS})\\s+(?:that|which|(?:widely\\s+)?(?:${JUDGED})\\b|(?:the\\s+|some\\s+|many\\s+|several\\s+)?[\\p{L}-]+(?:\\s+[\\p{L}-]+)?\\s+(?:${JUDGED}|said|say|says)\\b)`,
  "u",
);

/**
 * The reported content without a closing verdict from the writer: "..., a
 * forecast that analysts called optimistic" is someone else's view of the
 * claim, and its "forecast" must not make the claim one. Only the last piece
 * can end with it; quoted words are never cut.
 */
export function withoutWriterAside(body: string, pieces: Piece[]): Piece[] {
  const last = pieces.at(-1);
  if (!last) return pieces;
  const aside = WRITER_ASIDE.exec(maskQuotes(body.slice(last.start, last.end)));
  if (!aside || aside.index === 0) return pieces;
  return [...pieces.slice(0, -1), { start: last.start, end: last.start + aside.index }];
}

// Publications whose release date a story gives in passing.
const DOCUMENT =
  "report|study|review|audit|inquiry|survey|analysis|assessment|estimates?|figures|data|findings|results|budget|ruling|verdict|minutes|testimony|white\\s+paper|forecast|projections|outlook|census|statistics|accounts|document";
const DUE_OUT =
  "(?:expected|due|scheduled|slated|planned|set(?=\\s+(?:to|for)\\s))(?:\\s+(?:to\\s+(?:be\\s+)?(?:out|published|released|issued|delivered|presented|unveiled|made\\s+public|come\\s+out|appear)|for\\s+(?:release|publication)))?";
const SEASON = "spring|summer|autumn|fall|winter";
const WHEN = [
  "(?:(?:in|on|by|before|around|during|within|at|for|until)\\s+)?(?:the\\s+)?(?:(?:early|late|mid-?)\\s*)?",
  `(?:${MONTH_NAMES}|${WEEKDAY_NAMES.join("|")}|\\d{4}|${SEASON}|`,
  "(?:next|coming|following)\\s+(?:few\\s+)?(?:days?|weeks?|months?|year|quarter)|",
  `(?:next|this|later\\s+this|early\\s+next|later\\s+next)\\s+(?:week|month|year|quarter|${SEASON}))`,
  "(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?",
].join("");
// "The report, expected in August, will ..." and "The report is expected in August."
const APPOSITIVE_TIMING = new RegExp(`\\b(?:${DOCUMENT}),\\s*(?:which\\s+(?:is|are|was|were)\\s+)?(${DUE_OUT}\\s+${WHEN})\\b\\s*(?:,|(?=[.;]|$))`, "iu");
const PREDICATE_TIMING = new RegExp(
  `\\b(?:${DOCUMENT})(\\s+(?:is|are|was|were|remains?)\\s+(?:now\\s+|still\\s+|also\\s+|widely\\s+)?(${DUE_OUT}\\s+${WHEN}))\\b(?=\\s*(?:[,.;]|$))`,
  "iu",
);

export type DocumentTiming = {
  /** "expected in August": shown to the reporter as the reason the candidate scores low. */
  phrase: string;
  /** The content without it, where forecasts, deadlines and figures are looked for. */
  rest: string;
};

/** When the content says a report or other document is due out; that date settles nothing. */
export function findDocumentTiming(content: string): DocumentTiming | undefined {
  const appositive = APPOSITIVE_TIMING.exec(content);
  if (appositive) {
    // Keep the document: the match starts with its name and the comma right after it.
    const cut = appositive.index + appositive[0].indexOf(",");
    const rest = `${content.slice(0, cut)} ${content.slice(appositive.index + appositive[0].length)}`;
    return { phrase: appositive[1]!.trim(), rest: rest.replace(/\s+/g, " ").trim() };
  }
  const predicate = PREDICATE_TIMING.exec(content);
  if (predicate) {
    const cut = predicate.index + predicate[0].length - predicate[1]!.length;
    const rest = content.slice(0, cut) + content.slice(predicate.index + predicate[0].length);
    return { phrase: predicate[2]!.trim(), rest: rest.trim() };
  }
  return undefined;
}
