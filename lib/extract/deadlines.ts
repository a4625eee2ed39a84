// By when a forecast or promise can be settled: "by 2030", "by the end of
// March", "within six months", "before 2032", "in the third quarter".

import {
  countOf,
  daysInMonth,
  endOfMonth,
  endOfYear,
  isoDate,
  MONTH_NAMES,
  monthNumber,
  monthOf,
  shiftDays,
  shiftMonths,
  WEEKDAY_NAMES,
  yearOf,
} from "./calendar";

import type { DatePhrase } from "./dates";

/** The end of a month; without a year, the first such month ending on or after `reference`. */
function comingMonthEnd(month: number, yearText: string | undefined, reference: string | undefined) {
  if (!month) return undefined;
  if (yearText) return endOfMonth(Number(yearText), month);
  if (!reference) return undefined;
  const thisYear = endOfMonth(yearOf(reference), month);
  return thisYear >= reference ? thisYear : endOfMonth(yearOf(reference) + 1, month);
}

function comingDay(month: number, day: number, yearText: string | undefined, reference: string | undefined) {
  if (!month) return undefined;
  const valid = (year: number) => (day >= 1 && day <= daysInMonth(year, month) ? isoDate(year, month, day) : undefined);
  if (yearText) return valid(Number(yearText));
  if (!reference) return undefined;
  const thisYear = valid(yearOf(reference));
  return thisYear && thisYear >= reference ? thisYear : valid(yearOf(reference) + 1);
}

export type Deadline = DatePhrase & {
  index: number;
  /** "by 2030", "within six months": a deadline on its own. "in 2027" or "this year" only dates a forecast made some other way. */
  explicit: boolean;
};

type DeadlineRule = {
  pattern: RegExp;
  explicit: (match: RegExpMatchArray) => boolean;
  resolve: (match: RegExpMatchArray, reference: string | undefined) => string | undefined;
};

const COUNT = "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty|\\d{1,3})";
const always = () => true;
const never = () => false;
const reasonableYear = (year: number) => year >= 1900 && year < 2200;

function yearDeadline(lead: string, year: number): string | undefined {
  if (!reasonableYear(year)) return undefined;
  const words = lead.toLowerCase().replace(/\s+/g, " ");
  if (words === "before" || /start|beginning/.test(words)) return endOfYear(year - 1);
  if (/early/.test(words)) return `${year}-03-31`;
  if (/mid|middle/.test(words)) return `${year}-06-30`;
  return endOfYear(year);
}

function quarterEnd(quarter: string, yearText: string | undefined, reference: string | undefined) {
  const month = 3 * (["first", "second", "third", "fourth"].indexOf(quarter.toLowerCase()) + 1);
  return comingMonthEnd(month, yearText, reference);
}

function later(reference: string | undefined, count: string, unit: string): string | undefined {
  if (!reference) return undefined;
  const n = countOf(count);
  if (!Number.isFinite(n) || n <= 0) return undefined;
  const singular = unit.toLowerCase().replace(/s$/, "");
  if (singular === "day") return shiftDays(reference, n);
  if (singular === "week") return shiftDays(reference, 7 * n);
  if (singular === "month") return shiftMonths(reference, n);
  return shiftMonths(reference, 12 * n);
}

// The last day of each season, as the meteorological calendar counts it: month, day.
const SEASON_ENDS: Record<string, [number, number]> = { spring: [5, 31], summer: [8, 31], autumn: [11, 30], fall: [11, 30], winter: [2, 28] };

function seasonEnd(season: string, yearText: string | undefined, reference: string | undefined) {
  const [month] = SEASON_ENDS[season.toLowerCase()]!;
  return comingMonthEnd(month, yearText, reference);
}

const WEEKDAY_PATTERN = WEEKDAY_NAMES.join("|");

/** The next such weekday after `reference`: "will begin on Monday", said on a Thursday. */
function comingWeekday(name: string, reference: string | undefined) {
  if (!reference) return undefined;
  const target = WEEKDAY_NAMES.findIndex((day) => day.toLowerCase() === name.toLowerCase());
  const today = new Date(`${reference}T00:00:00Z`).getUTCDay();
  const ahead = (target - today + 7) % 7 || 7;
  return shiftDays(reference, ahead);
}

const DEADLINE_RULES: DeadlineRule[] = [
  {
    // "would open in the spring", "by the summer of 2027": the season's last day.
    pattern: /\b([Bb]y|[Bb]efore|[Ii]n|[Dd]uring|[Tt]his|[Nn]ext)\s+(?:the\s+)?(spring|summer|autumn|fall|winter)(?:\s+of\s+(\d{4}))?\b/g,
    explicit: (match) => /^(?:by|before)$/i.test(match[1]!),
    resolve: (match, reference) => {
      const end = seasonEnd(match[2]!, match[3], reference);
      return end && /next/i.test(match[1]!) && reference && !match[3] && end.slice(0, 4) === reference.slice(0, 4) ? `${yearOf(end) + 1}${end.slice(4)}` : end;
    },
  },
  {
    // "by next August": the coming August after this one's.
    pattern: new RegExp(`\\b([Bb]y|[Bb]efore|[Uu]ntil)\\s+next\\s+(${MONTH_NAMES})\\b`, "g"),
    explicit: always,
    resolve: (match, reference) => {
      if (!reference) return undefined;
      const month = monthNumber(match[2]!);
      const year = month <= monthOf(reference) ? yearOf(reference) + 1 : yearOf(reference);
      return endOfMonth(year, month);
    },
  },
  {
    // "the stoppage would begin on Monday": the coming Monday. Not a deadline by itself.
    pattern: new RegExp(`\\b[Oo]n\\s+(${WEEKDAY_PATTERN})\\b`, "g"),
    explicit: never,
    resolve: (match, reference) => comingWeekday(match[1]!, reference),
  },
  {
    pattern: /\b(?:[Bb]y|[Bb]efore|[Nn]o later than)\s+(?:the\s+)?(?:end\s+of\s+(this|the|next)\s+(year|month|decade)|(year)[- ]end)\b/g,
    explicit: always,
    resolve: (match, reference) => {
      if (!reference) return undefined;
      const which = match[1] ?? "this";
      const unit = match[2] ?? match[3];
      if (unit === "decade") return endOfYear(Math.floor(yearOf(reference) / 10) * 10 + 9);
      if (unit === "month") {
        const month = shiftMonths(`${reference.slice(0, 8)}01`, which === "next" ? 1 : 0);
        return endOfMonth(yearOf(month), monthOf(month));
      }
      return endOfYear(yearOf(reference) + (which === "next" ? 1 : 0));
    },
  },
  {
    pattern:
      /\b((?:[Bb]y|[Bb]efore)\s+the\s+end\s+of|[Bb]y\s+the\s+(?:start|beginning|middle)\s+of|[Bb]y\s+(?:early|late)|[Bb]y\s+mid-?|[Nn]o\s+later\s+than|[Bb]y|[Bb]efore)\s*(\d{4})\b(?![,.]?\d)/g,
    explicit: always,
    resolve: (match) => yearDeadline(match[1]!, Number(match[2])),
  },
  {
    pattern: new RegExp(
      `\\b((?:[Bb]y|[Bb]efore)\\s+the\\s+end\\s+of|[Bb]y|[Bb]efore|[Nn]o\\s+later\\s+than|[Uu]ntil)\\s+(${MONTH_NAMES})\\.?(?:\\s+(\\d{4}))?\\b(?!\\.?\\s*\\d)`,
      "g",
    ),
    explicit: (match) => !/until/i.test(match[1]!),
    resolve: (match, reference) => {
      const end = comingMonthEnd(monthNumber(match[2]!), match[3], reference);
      // "before June" ends with May; "before the end of June" with June.
      if (!end || !/^before$/i.test(match[1]!)) return end;
      return shiftDays(`${end.slice(0, 8)}01`, -1);
    },
  },
  {
    pattern: new RegExp(
      `\\b([Bb]y|[Bb]efore|[Nn]o\\s+later\\s+than|[Oo]n\\s+or\\s+before)\\s+(?:(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?!\\d)|(\\d{1,2})\\s+(${MONTH_NAMES})\\.?)(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?`,
      "g",
    ),
    explicit: always,
    resolve: (match, reference) => {
      const day = comingDay(monthNumber(match[2] ?? match[5]!), Number(match[3] ?? match[4]), match[6], reference);
      return day && /^before$/i.test(match[1]!) ? shiftDays(day, -1) : day;
    },
  },
  {
    // "within 30 days of a signed deal" counts from an event, not from a date: no deadline.
    pattern: new RegExp(
      `\\b(?:[Ww]ithin(?:\\s+the\\s+next)?|[Ii]n\\s+the\\s+next|[Oo]ver\\s+the\\s+next)\\s+${COUNT}\\s+(days?|weeks?|months?|years?)\\b(?!\\s+(?:of|after|from|since)\\b)`,
      "g",
    ),
    explicit: always,
    resolve: (match, reference) => later(reference, match[1]!, match[2]!),
  },
  {
    pattern: new RegExp(`\\b[Ii]n\\s+${COUNT}\\s+(days?|weeks?|months?|years?)['’]?\\s+time\\b`, "g"),
    explicit: always,
    resolve: (match, reference) => later(reference, match[1]!, match[2]!),
  },
  {
    pattern: /\b([Bb]y|[Bb]efore|[Ii]n|[Dd]uring)\s+(?:the\s+end\s+of\s+)?the\s+(first|second|third|fourth)\s+quarter(?:\s+of\s+(\d{4}))?/g,
    explicit: (match) => /by|before/i.test(match[1]!),
    resolve: (match, reference) => quarterEnd(match[2]!, match[3], reference),
  },
  {
    pattern: /\b([Bb]y\s+)?next\s+(year|month)\b/g,
    explicit: (match) => match[1] !== undefined,
    resolve: (match, reference) => {
      if (!reference) return undefined;
      if (match[2] === "year") return endOfYear(yearOf(reference) + 1);
      const month = shiftMonths(`${reference.slice(0, 8)}01`, 1);
      return endOfMonth(yearOf(month), monthOf(month));
    },
  },
  {
    pattern: /\bthis\s+year\b/g,
    explicit: never,
    resolve: (_match, reference) => reference && endOfYear(yearOf(reference)),
  },
  {
    pattern: /\b(?:[Ii]n|[Dd]uring)\s+(\d{4})\b(?![,.]?\d)/g,
    explicit: never,
    resolve: (match, reference) => {
      const year = Number(match[1]);
      return reasonableYear(year) && (!reference || year > yearOf(reference)) ? endOfYear(year) : undefined;
    },
  },
  {
    pattern: new RegExp(`\\b(?:[Ii]n|[Ff]rom|[Ss]tarting\\s+in|[Bb]eginning\\s+in)\\s+(${MONTH_NAMES})(?:\\s+(\\d{4}))?\\b(?!\\.?\\s*\\d)`, "g"),
    explicit: never,
    resolve: (match, reference) => comingMonthEnd(monthNumber(match[1]!), match[2], reference),
  },
];

/**
 * Deadlines named in `text`, in reading order, that fall on or after
 * `reference` (the day the words were said): "by 2020 the rate had doubled"
 * is history, not a deadline. Relative ones ("by the end of the year",
 * "within six months") need a reference and are skipped without one.
 */
export function findDeadlines(text: string, reference: string | undefined): Deadline[] {
  const found: Deadline[] = [];
  for (const rule of DEADLINE_RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      const date = rule.resolve(match, reference);
      if (!date || (reference && date < reference)) continue;
      found.push({ date, phrase: match[0].trim(), index: match.index!, explicit: rule.explicit(match) });
    }
  }
  found.sort((a, b) => a.index - b.index || b.phrase.length - a.phrase.length);
  const kept: Deadline[] = [];
  let coveredUntil = -1;
  for (const deadline of found) {
    if (deadline.index < coveredUntil) continue;
    kept.push(deadline);
    coveredUntil = deadline.index + deadline.phrase.length;
  }
  return kept;
}
