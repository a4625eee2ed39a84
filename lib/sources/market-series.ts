import type { Stance } from "@/lib/claims/labels";

// Market odds on a claim's record, gathered into one series per market and
// outcome ("Will a deal be signed by June: Yes") so a reader sees how the
// price moved over time rather than a list of separate sources.

type OddsSource = {
  type: string;
  title: string;
  url: string | null;
  marketName: string | null;
  marketOutcome: string | null;
  marketProbability: unknown; // Prisma Decimal, or a number
  marketObservedAt: Date | null;
};

export type OddsObservation = { observedAt: Date; probability: number; stance: Stance; sourceTitle: string; url: string | null };
export type OddsSeries = { market: string; outcome: string; observations: OddsObservation[] };

export function marketSeries(evidence: { stance: Stance; source: OddsSource }[]): OddsSeries[] {
  const series = new Map<string, OddsSeries>();
  for (const { stance, source } of evidence) {
    if (source.type !== "MARKET_ODDS" || source.marketProbability === null || !source.marketObservedAt) continue;
    const market = source.marketName ?? source.title;
    const outcome = source.marketOutcome ?? "Outcome";
    const key = `${market}\u0000${outcome}`;
    if (!series.has(key)) series.set(key, { market, outcome, observations: [] });
    series.get(key)!.observations.push({
      observedAt: source.marketObservedAt,
      probability: Number(source.marketProbability),
      stance,
      sourceTitle: source.title,
      url: source.url,
    });
  }
  for (const entry of series.values()) entry.observations.sort((a, b) => a.observedAt.getTime() - b.observedAt.getTime());
  return [...series.values()];
}
