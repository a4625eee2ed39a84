import { describeSnapshot } from "@/lib/archive/describe-snapshot";
import type { SourceType, Stance } from "@/lib/claims/labels";
import { DAY_MS, isoDate, wallClockIn } from "@/lib/dates";
import { correctionTitle, describeSource, EVENT_TITLES, publishedTitle, saidTitle } from "@/lib/timeline/wording";

// The one model of a claim's story in time, shared by the verdict page (one
// claim) and the topic page (many claims on one axis): each moment of the
// claim and of its record becomes a dated event with one title and one
// detail, worded in lib/timeline/wording.ts. Pure, so the dating, the order
// and the wording are unit-tested without a database.

export type TimelineEventKind = "said" | "repeated" | "record" | "market" | "snapshot" | "published" | "correction" | "deadline";

export type TimelineEvent = {
  // Stable across pages and renders: a source's events are keyed by the
  // source, so the topic page can show a source cited by two claims once.
  key: string;
  kind: TimelineEventKind;
  at: Date;
  // The calendar day the event is dated on (YYYY-MM-DD), or "" when its
  // stored date cannot be read.
  day: string;
  title: string;
  detail: string | null;
  url: string | null;
  // How a record item stands towards the claim it was built from.
  stance: Stance | null;
};

export type TimelineSource = {
  id: string;
  type: SourceType;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedAt: Date | null;
  marketName: string | null;
  marketOutcome: string | null;
  marketProbability: unknown; // a Prisma Decimal, or a number once cached as JSON
  marketObservedAt: Date | null;
  snapshots?: { id: string; fetchedAt: Date; httpStatus: number | null; sha256: string | null; error: string | null }[];
};

// What the events are built from. The topic page reads no appearances,
// publication date, venue or deadline: those events are the verdict page's.
export type TimelineClaim = {
  slug: string;
  madeAt: Date;
  madeAtTimeZone: string | null;
  speaker: { name: string };
  venue?: string | null;
  appearances?: { id: string; url: string; title: string | null; venue: string | null; seenAt: Date; isFirst: boolean }[];
  evidence: { stance: Stance; source: TimelineSource }[];
  verdict: { rating: { label: string } } | null;
  publishedAt?: Date | null;
  corrections: { id: string; kind: "CORRECTION" | "UPDATE" | "CLARIFICATION"; note: string; publishedAt: Date }[];
  settleBy?: Date | null;
};

// The dating rule. The day a claim was said is the day on the speaker's
// clock when the zone it was said in is known (said at 23:30 in Tehran is
// that day in Tehran, whatever UTC says); every other event is dated by its
// own stored date in UTC, as the record items themselves are written.
export const claimDay = (claim: Pick<TimelineClaim, "madeAt" | "madeAtTimeZone">) =>
  claim.madeAtTimeZone ? wallClockIn(claim.madeAt, claim.madeAtTimeZone).day : isoDate(claim.madeAt);

// Whole calendar days from one day to another, or null when either cannot be
// read. Days, not 24-hour spans: a verdict published the evening of the day
// the claim was made that morning is the same day.
export function calendarDaysBetween(from: string, to: string): number | null {
  if (!from || !to) return null;
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

// When a source entered the record: market odds when they were observed,
// anything else when it was published. An undated source is not on a timeline.
export const sourceDate = (source: TimelineSource) => (isMarket(source) ? source.marketObservedAt : source.publishedAt);
const isMarket = (source: TimelineSource) => source.type === "MARKET_ODDS" && source.marketObservedAt !== null;

type Dated = Omit<TimelineEvent, "day" | "detail" | "url" | "stance"> & Partial<Pick<TimelineEvent, "detail" | "url" | "stance">>;
const dated = (event: Dated): TimelineEvent => ({ detail: null, url: null, stance: null, ...event, day: isoDate(event.at) });

function sourceEvents(stance: Stance, source: TimelineSource): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const at = sourceDate(source);
  if (at) {
    const kind = isMarket(source) ? "market" : "record";
    events.push(
      dated({
        key: `${kind === "market" ? "market" : "source"}:${source.id}`,
        kind,
        at,
        stance,
        title: source.title,
        detail: describeSource(source),
        url: source.url,
      }),
    );
  }
  for (const snapshot of source.snapshots ?? []) {
    events.push(
      dated({
        key: `snapshot:${snapshot.id}`,
        kind: "snapshot",
        at: snapshot.fetchedAt,
        stance,
        title: source.title,
        detail: describeSnapshot(snapshot),
        url: source.url,
      }),
    );
  }
  return events;
}

// Every event of one claim and its record, in no particular order.
export function claimEvents(claim: TimelineClaim): TimelineEvent[] {
  const events: TimelineEvent[] = [
    {
      key: `claim:${claim.slug}`,
      kind: "said",
      at: claim.madeAt,
      day: claimDay(claim),
      title: saidTitle(claim.speaker.name),
      detail: claim.venue ?? null,
      url: null,
      stance: null,
    },
  ];
  for (const appearance of claim.appearances ?? []) {
    // The first appearance is where the claim itself was made.
    if (appearance.isFirst) continue;
    events.push(
      dated({
        key: `repeated:${appearance.id}`,
        kind: "repeated",
        at: appearance.seenAt,
        title: EVENT_TITLES.repeated,
        detail: appearance.title ?? appearance.venue,
        url: appearance.url,
      }),
    );
  }
  for (const { stance, source } of claim.evidence) events.push(...sourceEvents(stance, source));
  if (claim.publishedAt && claim.verdict) {
    events.push(dated({ key: `published:${claim.slug}`, kind: "published", at: claim.publishedAt, title: publishedTitle(claim.verdict.rating.label) }));
  }
  for (const correction of claim.corrections) {
    events.push(
      dated({
        key: `correction:${correction.id}`,
        kind: "correction",
        at: correction.publishedAt,
        title: correctionTitle(correction.kind),
        detail: correction.note,
      }),
    );
  }
  if (claim.settleBy) events.push(dated({ key: `deadline:${claim.slug}`, kind: "deadline", at: claim.settleBy, title: EVENT_TITLES.deadline }));
  return events;
}

// Events of the same day keep a fixed order: the claim before what answers
// it (a date alone cannot say which came first, and reading the claim first
// is what a timeline is for), our own publication after the record it rests
// on, the deadline last.
const ORDER: Record<TimelineEventKind, number> = { said: 0, repeated: 1, record: 2, market: 3, snapshot: 4, published: 5, correction: 6, deadline: 7 };

// Oldest day first; an event whose date cannot be read sorts before them all.
export function compareEvents(a: Pick<TimelineEvent, "day" | "kind" | "at" | "key">, b: Pick<TimelineEvent, "day" | "kind" | "at" | "key">): number {
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  if (a.kind !== b.kind) return ORDER[a.kind] - ORDER[b.kind];
  const apart = a.at.getTime() - b.at.getTime();
  if (apart) return apart;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

// The verdict page's timeline: one claim's events in order. Archive checks
// stay off it: the record columns beside it say how each copy fared.
export const claimTimeline = (claim: TimelineClaim) =>
  claimEvents(claim)
    .filter((event) => event.kind !== "snapshot")
    .sort(compareEvents);
