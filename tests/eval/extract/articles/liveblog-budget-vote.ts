import type { EvalArticle } from "../types";

// Live blog: short timestamped entries, a bookmaker's price and a market's chance among them.
export const article: EvalArticle = {
  name: "liveblog-budget-vote",
  style: "live blog",
  publishedOn: "2026-06-11",
  text: `Budget vote: live

09:05 The chamber is filling up, and the public gallery is already full.

09:12 Finance Minister Tomas Reyes told parliament that the deficit fell to 2.1 percent of GDP last year.

09:30 Opposition leader Ida Holm said the government would miss its own debt target by 2027.

09:41 Bookmaker Castle Bet has cut the odds on the budget passing to 1/4, an 80 percent chance.

09:55 The prediction market Foresight puts the chance of a snap election before Christmas at 18 percent.

10:10 Reyes said earlier today that pensions will rise by 4 percent in January.

10:20 Outside, a brass band is playing for the small crowd of protesters.`,
  claims: [
    {
      in: "Finance Minister Tomas Reyes told parliament",
      says: "deficit fell to 2.1 percent of GDP",
      speaker: "Tomas Reyes",
      kind: "STATEMENT",
      madeOn: "2026-06-11",
    },
    {
      in: "Opposition leader Ida Holm said",
      says: "miss its own debt target",
      speaker: "Ida Holm",
      kind: "PREDICTION",
      madeOn: "2026-06-11",
      settleBy: "2027-12-31",
    },
    {
      in: "Reyes said earlier today",
      says: "pensions will rise by 4 percent",
      speaker: "Tomas Reyes",
      kind: ["PROMISE", "PREDICTION"],
      madeOn: "2026-06-11",
      settleBy: "2027-01-31",
    },
  ],
  odds: [
    { in: "Bookmaker Castle Bet", percent: 80, by: "Castle Bet" },
    { in: "The prediction market Foresight", percent: 18, by: "Foresight" },
  ],
  filler: ["The chamber is filling up", "a brass band is playing"],
};
