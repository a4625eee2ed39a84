// What OnRecord accepts as a date, a web address and a piece of text, in one
// place. The zod fields in lib/form-fields.ts, the action door, CSV import,
// the read API's parameters and search all ask these rules, so the next field
// added is held to them too. Pure functions: no zod, no database.

// ── Dates ──────────────────────────────────────────────────────────────────

// The calendar OnRecord works in. Nothing a newsroom checks was said before
// 1800 or settles after 2199, and a year outside it is a typo ("12026-06-01"),
// which PostgreSQL would store and no page could then show.
export const EARLIEST_YEAR = 1800;
export const LATEST_YEAR = 2199;
export const EARLIEST_INSTANT = Date.UTC(EARLIEST_YEAR, 0, 1);
export const LATEST_INSTANT = Date.UTC(LATEST_YEAR + 1, 0, 1) - 1;

// A day's grace for "not in the future": today in Auckland is still
// tomorrow in UTC.
export const FUTURE_GRACE_MS = 24 * 60 * 60 * 1000;

// What <input type="date"> and "datetime-local" send, and ISO instants:
// "2026-06-01", "2026-06-01T14:30", "2026-06-01T14:30:00.000Z", "…+03:30".
// (Years of five or six digits are read, so that they can be refused as out
// of range rather than as unreadable.)
const ISO_DAY_OR_INSTANT = /^(\d{4,6})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

export type DateProblem = "format" | "calendar" | "range";

// Reads a date as typed. A time without an offset is UTC, as the desk stores
// it. Refuses days that do not exist (31 February) rather than rolling over.
export function readDate(text: string): { date: Date } | { problem: DateProblem } {
  const match = ISO_DAY_OR_INSTANT.exec(text);
  if (!match) return { problem: "format" };
  const [, year, month, day, hour = "00", minute = "00", second = "00", offset] = match;
  if (Number(year) < EARLIEST_YEAR || Number(year) > LATEST_YEAR) return { problem: "range" };
  const wall = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second));
  const check = new Date(wall);
  const sameWall =
    check.getUTCFullYear() === Number(year) &&
    check.getUTCMonth() === Number(month) - 1 &&
    check.getUTCDate() === Number(day) &&
    check.getUTCHours() === Number(hour) &&
    check.getUTCMinutes() === Number(minute) &&
    check.getUTCSeconds() === Number(second);
  if (!sameWall) return { problem: "calendar" };
  const offsetMinutes = !offset || offset === "Z" ? 0 : (offset[0] === "-" ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  const date = new Date(wall - offsetMinutes * 60_000);
  if (!isDateInRange(date)) return { problem: "range" };
  return { date };
}

export const isDateInRange = (date: Date) => {
  const time = date.getTime();
  return !Number.isNaN(time) && time >= EARLIEST_INSTANT && time <= LATEST_INSTANT;
};

// A calendar day as "YYYY-MM-DD" (CSV import, filters, the read API), within
// the calendar: midnight UTC of that day, or undefined. Days are written that
// way only: "5/6/2026" means May in one newsroom and June in the next, and
// JavaScript's own parser quietly turns 2026-02-30 into 2 March.
export function readDay(text: string): Date | undefined {
  const read = readDate(text);
  return text.length === 10 && "date" in read ? read.date : undefined;
}

export const isDay = (text: string) => readDay(text) !== undefined;

export const isInFuture = (date: Date, now = Date.now()) => date.getTime() > now + FUTURE_GRACE_MS;

export function describeDateProblem(problem: DateProblem, label: string): string {
  const what = `${label[0]!.toUpperCase()}${label.slice(1)}`;
  switch (problem) {
    case "format":
      return `${what} is not a date: write it as year-month-day, for example 2026-06-01.`;
    case "calendar":
      return `${what} is not a real day: check the month and the day.`;
    case "range":
      return `${what} must fall between the years ${EARLIEST_YEAR} and ${LATEST_YEAR}: check the year for a typo.`;
  }
}

// ── Text ───────────────────────────────────────────────────────────────────

// Characters no stored text may hold:
// - C0 controls other than tab and line breaks (NUL, which PostgreSQL refuses
//   outright; BEL; ESC...), DEL and the C1 controls;
// - bidirectional embeddings, overrides and isolates (U+202A–U+202E,
//   U+2066–U+2069), which make a sentence read differently from how it is
//   stored; the plain direction marks (U+200E, U+200F, U+061C) that Arabic
//   and Hebrew names need are allowed;
// - noncharacters U+FFFE/U+FFFF and halves of a surrogate pair, which no
//   text encoding can carry.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDFFF]/u;

// The same class for PostgreSQL's regular expressions (the report of rows
// stored before these rules, and the fuzz suite's check of the database).
// NUL cannot be stored, so it is not listed.
export const FORBIDDEN_CHARACTERS_SQL = "[\\x01-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069\\uFFFE\\uFFFF]";

const NAMES: Record<number, string> = {
  0x0000: "a null character",
  0x0007: "a bell character",
  0x001b: "an escape character",
  0x202a: "a left-to-right embedding",
  0x202b: "a right-to-left embedding",
  0x202c: "a direction pop",
  0x202d: "a left-to-right override",
  0x202e: "a right-to-left override",
  0x2066: "a left-to-right isolate",
  0x2067: "a right-to-left isolate",
  0x2068: "a first-strong isolate",
  0x2069: "a direction isolate pop",
};

export type ForbiddenCharacter = { codePoint: number; index: number; name: string };

export function findForbiddenCharacter(text: string): ForbiddenCharacter | null {
  const match = FORBIDDEN.exec(text);
  if (!match) return null;
  const codePoint = match[0].codePointAt(0)!;
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
  const isBidi = (codePoint >= 0x202a && codePoint <= 0x202e) || (codePoint >= 0x2066 && codePoint <= 0x2069);
  const name =
    NAMES[codePoint] ??
    (codePoint >= 0xd800 && codePoint <= 0xdfff ? "half of a broken character" : isBidi ? "a direction control" : "an invisible control character");
  return { codePoint, index: match.index, name: `${name} (${hex})` };
}

export const hasForbiddenCharacter = (text: string) => FORBIDDEN.test(text);

export function describeForbiddenCharacter(found: ForbiddenCharacter, label: string): string {
  return `${label} contains ${found.name} at character ${found.index + 1}, which cannot be stored: it often comes with pasted text. Delete it (or retype the text around it) and save again.`;
}

// Line and paragraph separators (U+2028, U+2029) and carriage returns become
// plain line breaks; Unicode text is stored composed (NFC), so "é" typed two
// ways is one spelling for search and for duplicates.
export function normaliseLongText(text: string): string {
  return text.normalize("NFC").replace(/\r\n?|[\u2028\u2029]/g, "\n");
}

// One line: any run of whitespace (a tab, a pasted line break) is one space.
export function normaliseShortText(text: string): string {
  return text.normalize("NFC").replace(/[\t\n\r\u2028\u2029]+/g, " ");
}

// Text that is never stored (a search box, a filter): forbidden characters are
// dropped rather than refused, so a stray NUL in an address searches for the
// rest instead of failing.
const FORBIDDEN_GLOBAL = new RegExp(FORBIDDEN.source, "gu");

// Someone else's text (a pasted article, a fetched page): kept, less the
// characters no stored text may hold.
export const removeForbiddenCharacters = (text: string) => normaliseLongText(text).replace(FORBIDDEN_GLOBAL, "");

export const cleanQueryText = (text: string) => removeForbiddenCharacters(normaliseShortText(text));

// A search box's text as it goes into the address: cleaned, spaces collapsed,
// cut at `max` characters (not UTF-16 units) and tidied after the cut, so that
// reading the written address again gives the same text.
export function tidyQuery(raw: string, max: number): { text: string; cut: boolean } {
  const characters = Array.from(cleanQueryText(raw).replace(/\s+/g, " ").trim());
  if (characters.length <= max) return { text: characters.join(""), cut: false };
  return { text: characters.slice(0, max).join("").trim(), cut: true };
}

// ── Web addresses ──────────────────────────────────────────────────────────

export const MAX_URL_LENGTH = 2000;

// An http(s) address with a host, no spaces and no credentials.
export function isWebAddress(text: string): boolean {
  if (text.length > MAX_URL_LENGTH || /\s/.test(text) || hasForbiddenCharacter(text)) return false;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0 && !url.username && !url.password;
}
