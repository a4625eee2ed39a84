import type { ClaimDetailJson, ClaimSummaryJson, RatingJson } from "@/lib/api/claim-schema";
import { isoDate, isoInstant, isReadableDate, wallClockIn } from "@/lib/dates";
import { site } from "@/lib/site";
import { independentCount } from "@/lib/sources/independence";

// Database rows to the public JSON shapes (lib/api/claim-schema.ts). Only
// fields named here leave the server; the reply is parsed with the shape
// again on the way out.

const lower = <T extends string>(value: T) => value.toLowerCase() as Lowercase<T>;

type RatingRow = { slug: string; label: string; value: number | null; colour: string };
type SpeakerRow = { slug: string; name: string; title: string | null; affiliation: string | null };
type TopicRow = { slug: string; name: string };

export const ratingJson = (rating: RatingRow): RatingJson => ({ slug: rating.slug, label: rating.label, value: rating.value, colour: rating.colour });

export const speakerRefJson = (speaker: SpeakerRow) => ({
  slug: speaker.slug,
  name: speaker.name,
  title: speaker.title,
  affiliation: speaker.affiliation,
  url: `${site.url}/speakers/${speaker.slug}`,
});

const topicJson = (topic: TopicRow) => ({ slug: topic.slug, name: topic.name, url: `${site.url}/topics/${topic.slug}` });

export type ClaimSummaryRow = {
  slug: string;
  text: string;
  quote: string | null;
  kind: "STATEMENT" | "PREDICTION" | "PROMISE";
  madeAt: Date;
  madeAtTimeZone: string | null;
  venue: string | null;
  settleBy: Date | null;
  publishedAt: Date;
  speaker: SpeakerRow;
  topics: { topic: TopicRow }[];
  verdict: { summary: string; rating: RatingRow };
};

export function claimSummaryJson(claim: ClaimSummaryRow): ClaimSummaryJson {
  // Without a time of day, madeAt is the day at midnight UTC: the day is
  // known, the moment is not, so saidAt stays null rather than invent one.
  const zone = claim.madeAtTimeZone;
  return {
    slug: claim.slug,
    url: `${site.url}/claims/${claim.slug}`,
    text: claim.text,
    quote: claim.quote,
    kind: lower(claim.kind),
    saidOn: zone ? wallClockIn(claim.madeAt, zone).day : isoDate(claim.madeAt),
    saidAt: zone ? (isoInstant(claim.madeAt) ?? null) : null,
    timeZone: zone,
    venue: claim.venue,
    speaker: speakerRefJson(claim.speaker),
    topics: claim.topics.map(({ topic }) => topicJson(topic)).sort((a, b) => a.name.localeCompare(b.name)),
    verdict: { rating: ratingJson(claim.verdict.rating), summary: claim.verdict.summary },
    publishedAt: claim.publishedAt.toISOString(),
    // A stored date no formatter can read (lib/dates.ts) is given as null, or
    // its item left out where the field cannot be null: one item degrades,
    // not the whole answer.
    settleBy: claim.settleBy && isReadableDate(claim.settleBy) ? isoDate(claim.settleBy) : null,
  };
}

type SourceRow = {
  id: string;
  derivedFromId: string | null;
  type: Uppercase<ClaimDetailJson["record"][number]["source"]["type"]>;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedAt: Date | null;
  marketName: string | null;
  marketOutcome: string | null;
  marketProbability: unknown; // Prisma Decimal
  marketObservedAt: Date | null;
  snapshots: { fetchedAt: Date; httpStatus: number | null; sha256: string | null }[];
};

export type ClaimDetailRow = ClaimSummaryRow & {
  context: string | null;
  settleCriteria: string | null;
  verdict: ClaimSummaryRow["verdict"] & { reasoning: string };
  appearances: { url: string; title: string | null; venue: string | null; seenAt: Date; isFirst: boolean }[];
  evidence: { stance: "SUPPORTS" | "CONTRADICTS" | "CONTEXT"; passage: string | null; note: string | null; source: SourceRow }[];
  corrections: { kind: "CORRECTION" | "UPDATE" | "CLARIFICATION"; note: string; publishedAt: Date }[];
};

export function claimDetailJson(claim: ClaimDetailRow): ClaimDetailJson {
  const onSide = (stance: ClaimDetailRow["evidence"][number]["stance"]) =>
    independentCount(claim.evidence.filter((item) => item.stance === stance).map((item) => item.source));
  return {
    ...claimSummaryJson(claim),
    context: claim.context,
    settleCriteria: claim.settleCriteria,
    verdict: {
      rating: ratingJson(claim.verdict.rating),
      summary: claim.verdict.summary,
      reasoning: claim.verdict.reasoning,
      publishedAt: claim.publishedAt.toISOString(),
    },
    appearances: claim.appearances
      .filter((appearance) => isReadableDate(appearance.seenAt))
      .map((appearance) => ({
        url: appearance.url,
        title: appearance.title,
        venue: appearance.venue,
        seenAt: isoInstant(appearance.seenAt)!,
        isFirst: appearance.isFirst,
      })),
    record: claim.evidence.map((item) => ({ stance: lower(item.stance), passage: item.passage, note: item.note, source: sourceJson(item.source) })),
    independentSources: { supports: onSide("SUPPORTS"), contradicts: onSide("CONTRADICTS"), context: onSide("CONTEXT") },
    corrections: claim.corrections.map((correction) => ({
      kind: lower(correction.kind),
      note: correction.note,
      publishedAt: correction.publishedAt.toISOString(),
    })),
  };
}

function sourceJson(source: SourceRow): ClaimDetailJson["record"][number]["source"] {
  const snapshot = source.snapshots[0];
  return {
    type: lower(source.type),
    title: source.title,
    publisher: source.publisher,
    url: source.url,
    publishedAt: (source.publishedAt && isoInstant(source.publishedAt)) ?? null,
    market:
      source.type === "MARKET_ODDS"
        ? {
            name: source.marketName,
            outcome: source.marketOutcome,
            probability: source.marketProbability === null ? null : Number(source.marketProbability),
            observedAt: (source.marketObservedAt && isoInstant(source.marketObservedAt)) ?? null,
          }
        : null,
    archive: snapshot ? { fetchedAt: snapshot.fetchedAt.toISOString(), httpStatus: snapshot.httpStatus, sha256: snapshot.sha256 } : null,
  };
}
