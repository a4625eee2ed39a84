import type { ClaimKind, Stance } from "@/lib/claims/labels";
import { isoDate, UNREADABLE_DATE } from "@/lib/dates";
import { independentCount } from "@/lib/sources/independence";
import {
  calendarDaysBetween,
  claimDay,
  claimEvents,
  compareEvents,
  sourceDate,
  type TimelineClaim,
  type TimelineEvent,
  type TimelineSource,
} from "@/lib/timeline/events";

// A topic's timeline: what officials claimed and what the record shows, on
// one time axis, oldest first and grouped by month, with the claims the
// record contradicts marked. The events themselves, their dates and their
// wording are the one model of lib/timeline/events.ts; this module merges the
// claims' events and marks divergence. Pure, so it is tested without a
// database.

// A record item "around" a claim is dated within this many days of it. A
// month either side keeps the wire reports and readouts of the same news
// cycle, not a later development that answers a different question.
export const DIVERGENCE_WINDOW_DAYS = 30;
// ClaimReview values run from 1 (worst) to 5 (best): below the middle the
// verdict itself says the record does not bear the claim out.
const MIDDLE_VALUE = 3;

export type TopicSource = TimelineSource & { derivedFromId: string | null; marketProbability: number | null };

export type TopicClaim = Omit<TimelineClaim, "speaker" | "verdict" | "evidence"> & {
  text: string;
  kind: ClaimKind;
  speaker: { name: string; slug: string };
  verdict: { summary: string; rating: { label: string; colour: string; value: number | null } } | null;
  evidence: { stance: Stance; passage: string | null; source: TopicSource }[];
};

export type StanceNote = { stance: Stance; claimSlug: string; claimText: string };
export type ContradictingSource = { id: string; title: string; publisher: string | null; url: string | null; day: string | null; daysFromClaim: number | null };
export type Divergence = { reason: "verdict" | "record"; contradicting: ContradictingSource[]; independent: number };

// The page shows the claims and their record; a topic reads no appearances,
// publication dates or deadlines, so those events never arise here.
export type TopicClaimEvent = TimelineEvent & { kind: "said"; claim: TopicClaim; divergence: Divergence | null };
export type TopicRecordEvent = Omit<TimelineEvent, "kind" | "stance"> & {
  kind: "record" | "market" | "snapshot" | "correction";
  // How the item stands towards each claim of the topic that cites it.
  stances: StanceNote[];
  // A correction belongs to one claim's verdict.
  correctionOf: { slug: string; text: string } | null;
};
export type TopicEvent = TopicClaimEvent | TopicRecordEvent;
export type TimelineMonth = { month: string; label: string; events: TopicEvent[] };

const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
// An item whose stored date cannot be read (its day is "") sorts first, under
// a heading that says so, rather than taking the topic page down.
const monthLabel = (month: string) => (month ? monthFormat.format(new Date(`${month}-01T00:00:00Z`)) : UNREADABLE_DATE);

export function divergenceOf(claim: TopicClaim): Divergence | null {
  const day = claimDay(claim);
  const contradicting = claim.evidence
    .filter((item) => item.stance === "CONTRADICTS")
    .map(({ source }): ContradictingSource & { derivedFromId: string | null } => {
      const dated = sourceDate(source);
      const sourceDay = dated ? isoDate(dated) || null : null;
      return {
        id: source.id,
        title: source.title,
        publisher: source.publisher,
        url: source.url,
        day: sourceDay,
        daysFromClaim: sourceDay ? calendarDaysBetween(day, sourceDay) : null,
        derivedFromId: source.derivedFromId,
      };
    })
    .sort((a, b) => Math.abs(a.daysFromClaim ?? Infinity) - Math.abs(b.daysFromClaim ?? Infinity));
  const value = claim.verdict?.rating.value ?? null;
  const strip = (list: typeof contradicting) => ({ contradicting: list.map(({ derivedFromId: _d, ...rest }) => rest), independent: independentCount(list) });
  if (value !== null && value < MIDDLE_VALUE) return { reason: "verdict", ...strip(contradicting) };
  // Rated in the middle, or not yet settled: the marking comes from the
  // record itself, and only from sources of the same news cycle. A verdict
  // on the true side stands; its contradicting items still show on the axis.
  if (value !== null && value > MIDDLE_VALUE) return null;
  const around = contradicting.filter((item) => item.daysFromClaim !== null && Math.abs(item.daysFromClaim) <= DIVERGENCE_WINDOW_DAYS);
  return around.length ? { reason: "record", ...strip(around) } : null;
}

export function buildTimeline(claims: TopicClaim[]) {
  const claimsSaid: TopicClaimEvent[] = [];
  // A source cited by several claims is one item of the record, keyed by
  // the source, carrying its stance towards each of them.
  const record = new Map<string, TopicRecordEvent>();
  for (const claim of claims) {
    for (const { stance, ...event } of claimEvents(claim)) {
      if (event.kind === "said") {
        claimsSaid.push({ ...event, stance, kind: "said", claim, divergence: divergenceOf(claim) });
      } else if (event.kind === "record" || event.kind === "market" || event.kind === "snapshot" || event.kind === "correction") {
        const entry = record.get(event.key) ?? {
          ...event,
          kind: event.kind,
          stances: [],
          correctionOf: event.kind === "correction" ? { slug: claim.slug, text: claim.text } : null,
        };
        // An archive check carries the stances of the source it copied.
        if (stance) entry.stances.push({ stance, claimSlug: claim.slug, claimText: claim.text });
        record.set(event.key, entry);
      }
    }
  }
  const events: TopicEvent[] = [...claimsSaid, ...record.values()].sort(compareEvents);
  const months: TimelineMonth[] = [];
  for (const event of events) {
    const month = event.day.slice(0, 7);
    if (months.at(-1)?.month !== month) months.push({ month, label: monthLabel(month), events: [] });
    months.at(-1)!.events.push(event);
  }
  const sources = new Map(claims.flatMap((claim) => claim.evidence.map((item) => [item.source.id, item.source] as const)));
  return {
    events,
    months,
    claims: claimsSaid.length,
    recordItems: record.size,
    undatedSources: [...sources.values()].filter((source) => !sourceDate(source)).length,
    divergent: claimsSaid.filter((entry) => entry.divergence).length,
  };
}
export type Timeline = ReturnType<typeof buildTimeline>;
