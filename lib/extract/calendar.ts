// Calendar arithmetic on YYYY-MM-DD strings, in UTC. Dates in the
// extractor are always worked out from the article's own date, never from
// the clock, so the same article always gives the same dates.

import { DAY_MS } from "@/lib/dates";

export const MONTH_NAMES =
  "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
export const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTH_NUMBERS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

const COUNT_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  eighteen: 18,
  twenty: 20,
  thirty: 30,
};

type Day = { year: number; month: number; day: number };

export function parseIsoDate(value: string): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (value: number) => String(value).padStart(2, "0");
export const isoDate = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
export const endOfMonth = (year: number, month: number) => isoDate(year, month, daysInMonth(year, month));
export const endOfYear = (year: number) => `${year}-12-31`;
export const yearOf = (iso: string) => Number(iso.slice(0, 4));
export const monthOf = (iso: string) => Number(iso.slice(5, 7));
export const monthNumber = (word: string) => MONTH_NUMBERS[word.replace(".", "").toLowerCase()] ?? 0;
export const countOf = (word: string) => COUNT_WORDS[word.toLowerCase()] ?? Number(word);

export function toDay(iso: string): number {
  const day = parseIsoDate(iso)!;
  return Date.UTC(day.year, day.month - 1, day.day);
}

export function shiftDays(iso: string, days: number): string {
  return new Date(toDay(iso) + days * DAY_MS).toISOString().slice(0, 10);
}

export function shiftMonths(iso: string, months: number): string {
  const day = parseIsoDate(iso)!;
  const index = day.year * 12 + (day.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return isoDate(year, month, Math.min(day.day, daysInMonth(year, month)));
}
