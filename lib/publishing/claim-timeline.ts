import { SOURCE_TYPE_LABELS, type SourceType, type Stance } from "@/lib/claims/labels";
import { impliedPercent } from "@/lib/sources/market-odds";

// One claim's story on a single time line: when it was said and repeated,
// when each item on its record appeared (with the side it takes), when the
// market priced it, when we published and corrected, and when it can be
// settled. Pure, so the order and wording are unit-tested.

export type TimelineEventKind = "said" | "repeated" | "record" | "market" | "published" | "correction" | "deadline";

export type TimelineEvent = {
  at: Date;
  kind: TimelineEventKind;
  title: string;
  detail?: string;
  stance?: Stance;
  url?: string;
};

type TimelineInput = {
  madeAt: Date;
  venue: string | null;
  settleBy: Date | null;
  publishedAt: Date | null;
  speaker: { name: string };
  appearances: { id: string; url: string; title: string | null; venue: string | null; seenAt: Date; isFirst: boolean }[];
  evidence: {
    stance: Stance;
    source: {
      type: SourceType;
      title: string;
      publisher: string | null;
      url: string | null;
      publishedAt: Date | null;
      marketProbability: unknown;
      marketObservedAt: Date | null;
      marketOutcome: string | null;
    };
  }[];
  verdict: { rating: { label: string } } | null;
  corrections: { kind: "CORRECTION" | "UPDATE" | "CLARIFICATION"; publishedAt: Date; note: string }[];
};

const CORRECTION_TITLES = { CORRECTION: "Correction published", UPDATE: "Update published", CLARIFICATION: "Clarification published" } as const;

// Events of the same moment keep a fixed order: the claim before what
// answers it, and our own publication after the record it rests on.
const ORDER: Record<TimelineEventKind, number> = { said: 0, repeated: 1, record: 2, market: 3, published: 4, correction: 5, deadline: 6 };

export function claimTimeline(claim: TimelineInput): TimelineEvent[] {
  const events: TimelineEvent[] = [
    { at: claim.madeAt, kind: "said", title: `${claim.speaker.name} made the claim`, detail: claim.venue ?? undefined },
  ];
  for (const appearance of claim.appearances) {
    if (appearance.isFirst) continue;
    events.push({ at: appearance.seenAt, kind: "repeated", title: "Claim repeated", detail: appearance.title ?? appearance.venue ?? undefined, url: appearance.url });
  }
  for (const { stance, source } of claim.evidence) {
    if (source.type === "MARKET_ODDS" && source.marketObservedAt && source.marketProbability !== null) {
      events.push({ at: source.marketObservedAt, kind: "market", stance, title: `Market put ${source.marketOutcome ?? "the outcome"} at ${impliedPercent(source.marketProbability)}%`, detail: source.title, url: source.url ?? undefined });
    } else if (source.publishedAt) {
      const outlet = source.publisher ? ` · ${source.publisher}` : "";
      events.push({ at: source.publishedAt, kind: "record", stance, title: source.title, detail: `${SOURCE_TYPE_LABELS[source.type]}${outlet}`, url: source.url ?? undefined });
    }
  }
  if (claim.publishedAt && claim.verdict) {
    events.push({ at: claim.publishedAt, kind: "published", title: `Verdict published: ${claim.verdict.rating.label}` });
  }
  for (const correction of claim.corrections) {
    events.push({ at: correction.publishedAt, kind: "correction", title: CORRECTION_TITLES[correction.kind], detail: correction.note });
  }
  if (claim.settleBy) events.push({ at: claim.settleBy, kind: "deadline", title: "Can be settled from this date" });
  return events.sort((a, b) => a.at.getTime() - b.at.getTime() || ORDER[a.kind] - ORDER[b.kind]);
}
