import { SOURCE_TYPE_LABELS } from "@/lib/claims/labels";
import { CORRECTION_KIND_LABELS } from "@/lib/corrections/schema";
import { formatDate, UNREADABLE_DATE } from "@/lib/dates";
import { describeMarketOdds } from "@/lib/sources/market-odds";
import type { TimelineEventKind, TimelineSource } from "@/lib/timeline/events";

// How a timeline reads, on the verdict page and the topic page alike: one
// title per kind of event, one label per kind, one way to say how far an
// event is from the claim.

export const saidTitle = (speaker: string) => `${speaker} made the claim`;
export const publishedTitle = (rating: string) => `Verdict published: ${rating}`;
export const correctionTitle = (kind: keyof typeof CORRECTION_KIND_LABELS) => `${CORRECTION_KIND_LABELS[kind]} published`;
export const EVENT_TITLES = { repeated: "Claim repeated", deadline: "Can be settled from this date" } as const;

// What kind of moment each event is, shown before its title.
export const EVENT_KIND_LABELS: Record<TimelineEventKind, string> = {
  said: "Claim",
  repeated: "Claim",
  record: "Record",
  market: "Record: market odds",
  snapshot: "Record: archive check",
  published: "Our verdict",
  correction: "Our verdict",
  deadline: "Deadline",
};

// A record item's line under its title: market odds in the one wording of
// lib/sources/market-odds.ts, anything else as its type and outlet.
export function describeSource(source: TimelineSource): string {
  const outlet = `${SOURCE_TYPE_LABELS[source.type]}${source.publisher ? ` · ${source.publisher}` : ""}`;
  return describeMarketOdds(source) ?? outlet;
}

// "the same day", "1 day after the claim", "3 days before the claim"
// (calendar days, from calendarDaysBetween), or null when a date cannot be
// read. Readers see at once whether the record came before the claim was
// made (it could have been known) or after.
export function relativeToClaim(days: number | null): string | null {
  if (days === null || Number.isNaN(days)) return null;
  if (days === 0) return "the same day";
  const amount = Math.abs(days) === 1 ? "1 day" : `${Math.abs(days)} days`;
  return `${amount} ${days > 0 ? "after" : "before"} the claim`;
}

// A calendar day (YYYY-MM-DD, as events carry it) in words; "" is a stored
// date no formatter could read.
export const formatDay = (day: string) => (day ? formatDate(new Date(`${day}T00:00:00Z`)) : UNREADABLE_DATE);
