import { describeSnapshot } from "@/lib/archive/describe-snapshot";
import { SOURCE_TYPE_LABELS, type ClaimKind, type SourceType, type Stance } from "@/lib/claims/labels";
import { DAY_MS, isoDate, UNREADABLE_DATE, wallClockIn } from "@/lib/dates";
import { independentCount } from "@/lib/sources/independence";
import { describeMarketOdds } from "@/lib/sources/market-odds";

// A topic's timeline: what officials claimed and what the record shows, on
// one time axis, oldest first and grouped by month, with the claims the
// record contradicts marked. Pure, so the ordering and the marking are tested
// without a database.

// A record item "around" a claim is dated within this many days of it. A
// month either side keeps the wire reports and readouts of the same news
// cycle, not a later development that answers a different question.
export const DIVERGENCE_WINDOW_DAYS = 30;
// ClaimReview values run from 1 (worst) to 5 (best): below the middle the
// verdict itself says the record does not bear the claim out.
const MIDDLE_VALUE = 3;

export type TimelineSource = {
  id: string;
  type: SourceType;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedAt: Date | null;
  derivedFromId: string | null;
  marketName: string | null;
  marketOutcome: string | null;
  marketProbability: number | null;
  marketObservedAt: Date | null;
  snapshots: { id: string; fetchedAt: Date; httpStatus: number | null; sha256: string | null; error: string | null }[];
};

export type TimelineClaim = {
  slug: string;
  text: string;
  kind: ClaimKind;
  madeAt: Date;
  madeAtTimeZone: string | null;
  speaker: { name: string; slug: string };
  verdict: { summary: string; rating: { label: string; colour: string; value: number | null } } | null;
  evidence: { stance: Stance; passage: string | null; source: TimelineSource }[];
  corrections: { id: string; kind: string; note: string; publishedAt: Date }[];
};

export type StanceNote = { stance: Stance; claimSlug: string; claimText: string };
export type ContradictingSource = { id: string; title: string; publisher: string | null; url: string | null; day: string | null; daysFromClaim: number | null };
export type Divergence = { reason: "verdict" | "record"; contradicting: ContradictingSource[]; independent: number };

export type ClaimEvent = { kind: "claim"; key: string; day: string; at: Date; claim: TimelineClaim; divergence: Divergence | null };
export type RecordEvent = {
  kind: "record";
  key: string;
  day: string;
  at: Date;
  what: "source" | "market" | "snapshot" | "correction";
  title: string;
  detail: string | null;
  url: string | null;
  stances: StanceNote[];
  // A correction belongs to one claim's verdict.
  correctionOf: { slug: string; text: string } | null;
};
export type TimelineEvent = ClaimEvent | RecordEvent;
export type TimelineMonth = { month: string; label: string; events: TimelineEvent[] };

const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
// An item whose stored date cannot be read (its day is "") sorts first, under
// a heading that says so, rather than taking the topic page down.
const monthLabel = (month: string) => (month ? monthFormat.format(new Date(`${month}-01T00:00:00Z`)) : UNREADABLE_DATE);
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;

// The calendar day a claim was said on, in the zone it was said in when known.
const claimDay = (claim: TimelineClaim) => (claim.madeAtTimeZone ? wallClockIn(claim.madeAt, claim.madeAtTimeZone).day : isoDate(claim.madeAt));

// When a source entered the record: market odds when they were observed,
// anything else when it was published. Undated sources stay off the axis.
const sourceDate = (source: TimelineSource) => (source.type === "MARKET_ODDS" && source.marketObservedAt ? source.marketObservedAt : source.publishedAt);

export function divergenceOf(claim: TimelineClaim): Divergence | null {
  const day = claimDay(claim);
  const contradicting = claim.evidence
    .filter((item) => item.stance === "CONTRADICTS")
    .map(({ source }): ContradictingSource & { derivedFromId: string | null } => {
      const dated = sourceDate(source);
      const sourceDay = dated ? isoDate(dated) : null;
      return {
        id: source.id,
        title: source.title,
        publisher: source.publisher,
        url: source.url,
        day: sourceDay,
        daysFromClaim: sourceDay ? dayNumber(sourceDay) - dayNumber(day) : null,
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

function recordEvents(claims: TimelineClaim[]): { events: RecordEvent[]; undated: number } {
  const bySource = new Map<string, { source: TimelineSource; stances: StanceNote[] }>();
  const events: RecordEvent[] = [];
  for (const claim of claims) {
    for (const item of claim.evidence) {
      const entry = bySource.get(item.source.id) ?? { source: item.source, stances: [] };
      entry.stances.push({ stance: item.stance, claimSlug: claim.slug, claimText: claim.text });
      bySource.set(item.source.id, entry);
    }
    for (const correction of claim.corrections) {
      const label = correction.kind.charAt(0) + correction.kind.slice(1).toLowerCase();
      events.push({
        kind: "record",
        key: `correction:${correction.id}`,
        day: isoDate(correction.publishedAt),
        at: correction.publishedAt,
        what: "correction",
        title: `${label} to our verdict`,
        detail: correction.note,
        url: null,
        stances: [],
        correctionOf: { slug: claim.slug, text: claim.text },
      });
    }
  }
  let undated = 0;
  for (const { source, stances } of bySource.values()) {
    const dated = sourceDate(source);
    const common = { kind: "record" as const, title: source.title, url: source.url, stances, correctionOf: null };
    if (dated) {
      const market = source.type === "MARKET_ODDS" && source.marketObservedAt !== null;
      const outlet = `${SOURCE_TYPE_LABELS[source.type]}${source.publisher ? ` · ${source.publisher}` : ""}`;
      events.push({
        ...common,
        key: `${market ? "market" : "source"}:${source.id}`,
        day: isoDate(dated),
        at: dated,
        what: market ? "market" : "source",
        detail: market ? (describeMarketOdds(source) ?? outlet) : outlet,
      });
    } else undated += 1;
    for (const snapshot of source.snapshots) {
      events.push({ ...common, key: `snapshot:${snapshot.id}`, day: isoDate(snapshot.fetchedAt), at: snapshot.fetchedAt, what: "snapshot", detail: describeSnapshot(snapshot) });
    }
  }
  return { events, undated };
}

// Oldest first. On the same day the claim comes before the record items of
// that day: a date alone cannot say which came first, and reading the claim
// first is what the page is for.
function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  if (a.kind !== b.kind) return a.kind === "claim" ? -1 : 1;
  if (a.at.getTime() !== b.at.getTime()) return a.at.getTime() - b.at.getTime();
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

export function buildTimeline(claims: TimelineClaim[]) {
  const claimEvents: ClaimEvent[] = claims.map((claim) => ({
    kind: "claim",
    key: `claim:${claim.slug}`,
    day: claimDay(claim),
    at: claim.madeAt,
    claim,
    divergence: divergenceOf(claim),
  }));
  const record = recordEvents(claims);
  const events: TimelineEvent[] = [...claimEvents, ...record.events].sort(compareEvents);
  const months: TimelineMonth[] = [];
  for (const event of events) {
    const month = event.day.slice(0, 7);
    if (months.at(-1)?.month !== month) months.push({ month, label: monthLabel(month), events: [] });
    months.at(-1)!.events.push(event);
  }
  return {
    events,
    months,
    claims: claimEvents.length,
    recordItems: record.events.length,
    undatedSources: record.undated,
    divergent: claimEvents.filter((event) => event.divergence).length,
  };
}
export type Timeline = ReturnType<typeof buildTimeline>;
