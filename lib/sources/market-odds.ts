import { formatDate } from "@/lib/dates";

type MarketOdds = {
  type: string;
  marketName: string | null;
  marketOutcome: string | null;
  marketProbability: unknown; // Prisma Decimal, or a number
  marketObservedAt: Date | null;
};

// A market's implied probability (0..1, a Prisma Decimal or a number) as the
// whole percentage every page shows.
export const impliedPercent = (probability: unknown) => Math.round(Number(probability) * 100);

// "President visits Israel in 2026: Yes at 38% implied probability, observed
// 31 May 2026", or null for a source that is not market odds. One wording for
// the desk and the public page.
export function describeMarketOdds(source: MarketOdds): string | null {
  if (source.type !== "MARKET_ODDS" || source.marketProbability === null) return null;
  const percent = impliedPercent(source.marketProbability);
  const market = source.marketName ? `${source.marketName}: ` : "";
  const observed = source.marketObservedAt ? `, observed ${formatDate(source.marketObservedAt)}` : "";
  return `${market}${source.marketOutcome ?? "outcome"} at ${percent}% implied probability${observed}`;
}
