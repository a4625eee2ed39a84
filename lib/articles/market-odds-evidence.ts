import "server-only";
import type { Actor } from "@/lib/auth/roles";
import type { Transaction } from "@/lib/db";
import { insertSource } from "@/lib/sources/mutations";
import { newSourceSchema } from "@/lib/sources/schema";
import { addContext } from "./article-context";

// Odds an article quotes ("Harvest Ledger puts the odds of a deal this year
// at 30 percent") go on the claim they concern as market-odds evidence: a
// market-odds source in the library, observed on the article's date, and
// the claim's evidence pointing at it, each in the caller's transaction.

export type OddsToAttach = { percent: number; by: string; sentence: string; observedOn: Date };

export async function attachMarketOdds(tx: Transaction, actor: Actor, claimId: string, odds: OddsToAttach) {
  const source = await insertSource(
    tx,
    actor,
    newSourceSchema.parse({
      type: "MARKET_ODDS",
      title: `${odds.by}: ${odds.percent}%, as quoted in the article`.slice(0, 300),
      publisher: odds.by.slice(0, 200),
      marketName: odds.by.slice(0, 200),
      marketOutcome: odds.sentence.slice(0, 200),
      marketProbability: `${odds.percent}%`,
      marketObservedAt: odds.observedOn.toISOString().slice(0, 10),
    }),
  );
  await addContext(tx, actor, claimId, source, "Odds quoted in the article the claim was found in.");
}
