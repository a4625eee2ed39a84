// When something was said: "told reporters on Tuesday", "yesterday",
// "on March 3", and the date in a wire story's dateline. Weekdays and
// "yesterday" count back from the article's date, and a date after it is
// never the day something was said.

import { daysInMonth, isoDate, MONTH_NAMES, monthNumber, shiftDays, toDay, WEEKDAY_NAMES, yearOf } from "./calendar";

const WEEKDAYS = WEEKDAY_NAMES.join("|");

/** A day of a month; without a year, the latest one on or before `anchor` (a date already said). */
function pastMonthDay(month: number, day: number, yearText: string | undefined, anchor: string | undefined) {
  if (!month || day < 1) return undefined;
  if (yearText) {
    const year = Number(yearText);
    if (day > daysInMonth(year, month)) return undefined;
    const iso = isoDate(year, month, day);
    return anchor && iso > anchor ? undefined : iso;
  }
  if (!anchor) return undefined;
  for (const year of [yearOf(anchor), yearOf(anchor) - 1]) {
    if (day <= daysInMonth(year, month) && isoDate(year, month, day) <= anchor) return isoDate(year, month, day);
  }
  return undefined;
}

export type Dateline = { length: number; date?: string };

const DATELINE = new RegExp(
  `^\\p{Lu}[\\p{Lu} .'’-]{2,40}?(?:,\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2}(?=,|\\s*[(—–-]))?(?:,\\s*(?:(${MONTH_NAMES})\\.?\\s+(\\d{1,2})|(\\d{1,2})\\s+(${MONTH_NAMES})\\.?)(?:,?\\s+(\\d{4}))?)?\\s*(?:\\([^)\\n]{1,40}\\))?\\s*[—–-]{1,2}\\s*`,
  "u",
);

/**
 * "VIENNA, March 5 (OnWire) — ", "LAGOS, Nigeria, June 9 (Wire) - " or "WASHINGTON (Wire) — " at
 * the start of a story: where it ends, and its date if it gives one.
 */
export function readDateline(sentence: string, anchor: string | undefined): Dateline | undefined {
  const match = DATELINE.exec(sentence);
  if (!match || match[0].length >= sentence.length) return undefined;
  const monthWord = match[1] ?? match[4];
  const dayText = match[2] ?? match[3];
  const date = monthWord && dayText ? pastMonthDay(monthNumber(monthWord), Number(dayText), match[5], anchor) : undefined;
  return { length: match[0].length, date };
}

export type DatePhrase = { date: string; phrase: string };

const SPOKEN_PATTERNS: Array<{ pattern: RegExp; resolve: (match: RegExpMatchArray, anchor?: string) => string | undefined }> = [
  {
    pattern: new RegExp(`\\b(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, "g"),
    resolve: (match, anchor) => pastMonthDay(monthNumber(match[1]!), Number(match[2]), match[3], anchor),
  },
  {
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAMES})\\.?(?:,?\\s+(\\d{4}))?\\b`, "g"),
    resolve: (match, anchor) => pastMonthDay(monthNumber(match[2]!), Number(match[1]), match[3], anchor),
  },
  {
    pattern: /\b(yesterday|today|tonight|this morning|this afternoon|this evening|earlier today|last night)\b/gi,
    resolve: (match, anchor) => anchor && (/yesterday|last night/i.test(match[1]!) ? shiftDays(anchor, -1) : anchor),
  },
  {
    pattern: new RegExp(`\\b(?:(last)\\s+)?(${WEEKDAYS})\\b`, "g"),
    resolve: (match, anchor) => {
      if (!anchor) return undefined;
      const target = WEEKDAY_NAMES.indexOf(match[2]!);
      let back = (new Date(toDay(anchor)).getUTCDay() - target + 7) % 7;
      if (match[1] && back === 0) back = 7;
      return shiftDays(anchor, -back);
    },
  },
];

/**
 * The day something was said, from the words around the attribution
 * ("told reporters on Tuesday"). `anchor` is the article's date: weekdays and
 * "yesterday" count back from it, and a date after it is never returned.
 */
export function findSpokenDate(text: string, anchor: string | undefined): DatePhrase | undefined {
  const found: Array<{ index: number; date: string; phrase: string }> = [];
  for (const { pattern, resolve } of SPOKEN_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const date = resolve(match, anchor);
      if (date) found.push({ index: match.index!, date, phrase: match[0] });
    }
  }
  found.sort((a, b) => a.index - b.index);
  const first = found[0];
  return first && { date: first.date, phrase: first.phrase };
}
