import { settings } from "@/lib/settings";

// Dates are shown in UTC with the month spelt out, so "5/6" never means two
// different days to two readers.
const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});

// A day in milliseconds, for counting whole days between two instants.
export const DAY_MS = 86_400_000;

// What a page shows for a stored date no formatter can read (a row written
// before the input rules, or by a future bug): that one item says so, and
// the page around it still renders.
export const UNREADABLE_DATE = "date unreadable";

export const isReadableDate = (date: unknown): date is Date =>
  date instanceof Date && !Number.isNaN(date.getTime()) && Math.abs(date.getUTCFullYear()) < 10_000;

// Logged, not thrown; once a minute at most, so a page read often does not
// flood the log with the same row.
let lastReport = 0;
function reportUnreadable(date: unknown) {
  const now = Date.now();
  if (now - lastReport < 60_000) return;
  lastReport = now;
  console.error(`[onrecord] a stored date cannot be shown (${String(date)}); run \`npm run db:check\` to list rows out of range`);
}

function readable<T>(date: Date, format: (date: Date) => T, fallback: T): T {
  if (isReadableDate(date)) return format(date);
  reportUnreadable(date);
  return fallback;
}

export const formatDate = (date: Date) => readable(date, (d) => dateFormat.format(d), UNREADABLE_DATE);
export const formatDateTime = (date: Date) => readable(date, (d) => dateTimeFormat.format(d), UNREADABLE_DATE);
// For machines (<time dateTime>, JSON, feeds): ISO 8601, or undefined.
export const isoInstant = (date: Date): string | undefined => readable(date, (d) => d.toISOString(), undefined);
export const isoDate = (date: Date) => readable(date, (d) => d.toISOString().slice(0, 10), "");

// Every zone this runtime knows, for pickers and for checking what was sent.
// UTC first: the runtime's list leaves it out, yet it is the default zone.
export const TIME_ZONES: readonly string[] = ["UTC", ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC")];
const knownZones = new Set(TIME_ZONES);
export const isTimeZone = (zone: string) => knownZones.has(zone);

// The newsroom's own zone: the default when a reporter gives a time of day.
export const newsroomTimeZone = (): string => settings().NEWSROOM_TIME_ZONE;

// Today's date on the newsroom's clock: the default "date it was said".
export const todayInNewsroom = () => wallClockIn(new Date(), newsroomTimeZone()).day;

// How far the zone's wall clock is ahead of UTC at that instant, in ms.
// Building a formatter is costly (an import converts thousands of times), so
// one is kept per zone.
const wallClocks = new Map<string, Intl.DateTimeFormat>();
function wallClock(zone: string) {
  let format = wallClocks.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    wallClocks.set(zone, format);
  }
  return format;
}

function zoneOffset(instant: number, zone: string): number {
  const parts = wallClock(zone).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const wall = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return wall - Math.floor(instant / 1000) * 1000;
}

// "2026-03-04" at "14:30" in "Asia/Tehran" → the UTC instant. A wall time
// that happens twice (clocks going back) is read as the first one.
export function zonedTimeToUtc(day: string, time: string, zone: string): Date {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, date, hour, minute);
  let guess = wall - zoneOffset(wall, zone);
  // The offset at the guess may differ (a DST change in between): one more step settles it.
  guess = wall - zoneOffset(guess, zone);
  return new Date(guess);
}

// The date and time of day as a person in that zone would read them.
export function wallClockIn(instant: Date, zone: string): { day: string; time: string } {
  if (!isReadableDate(instant)) return { day: isoDate(instant), time: "" };
  const shifted = new Date(instant.getTime() + zoneOffset(instant.getTime(), zone));
  const iso = shifted.toISOString();
  return { day: iso.slice(0, 10), time: iso.slice(11, 16) };
}

// The calendar day in a zone ("said on"), or the UTC day when none is known.
export function formatDateIn(instant: Date, timeZone: string | null): string {
  if (!timeZone || !isReadableDate(instant)) return formatDate(instant);
  return formatDate(new Date(`${wallClockIn(instant, timeZone).day}T00:00:00Z`));
}

// "4 March 2026, 14:30 (Asia/Tehran)", or just the date when no time was given.
export function formatSaidAt(madeAt: Date, timeZone: string | null): string {
  if (!timeZone || !isReadableDate(madeAt)) return formatDate(madeAt);
  const { day, time } = wallClockIn(madeAt, timeZone);
  return `${formatDate(new Date(`${day}T00:00:00Z`))}, ${time} (${timeZone.replaceAll("_", " ")})`;
}

// When it was said, as an instant, and the zone its time of day was given in
// (null when only the date is known).
export function saidAt(claim: { madeAt: Date; madeAtTime?: string; timeZone?: string }): { madeAt: Date; madeAtTimeZone: string | null } {
  if (!claim.madeAtTime) return { madeAt: claim.madeAt, madeAtTimeZone: null };
  const zone = claim.timeZone ?? newsroomTimeZone();
  return { madeAt: zonedTimeToUtc(claim.madeAt.toISOString().slice(0, 10), claim.madeAtTime, zone), madeAtTimeZone: zone };
}
