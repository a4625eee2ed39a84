import type { EvalArticle } from "../types";

// Trade news: a newsletter's odds, a past span that is no deadline, and a forecast with none.
export const article: EvalArticle = {
  name: "trade-talks-odds",
  style: "business news",
  publishedOn: "2026-07-02",
  text: `Grain talks stall as tariffs bite

LUNDMARK (Northwire) — Trade Minister Oskar Falk said on Tuesday that the tariffs had cut grain exports by a third within six months.

The trade newsletter Harvest Ledger is putting the odds of a deal this year at 30 percent.

Falk predicted that the talks would resume.

Betting exchange Tallyline gives a 1 in 4 chance that the tariffs are lifted before October.

The farmers' union said on Wednesday that 2,000 farms had closed since the tariffs began and that prices would keep falling through the harvest.

Combine harvesters stood idle in the fields around the capital.`,
  claims: [
    {
      in: "Trade Minister Oskar Falk said on Tuesday",
      says: "cut grain exports by a third within six months",
      speaker: "Oskar Falk",
      kind: "STATEMENT",
      madeOn: "2026-06-30",
    },
    { in: "Falk predicted that the talks would resume", says: "talks would resume", speaker: "Oskar Falk", kind: "PREDICTION", madeOn: "2026-06-30" },
    {
      in: "The farmers' union said on Wednesday",
      says: "2,000 farms had closed",
      not: "prices",
      speaker: "farmers' union",
      kind: "STATEMENT",
      madeOn: "2026-07-01",
    },
    {
      in: "The farmers' union said on Wednesday",
      says: "prices would keep falling",
      not: "2,000",
      speaker: "farmers' union",
      kind: "PREDICTION",
      madeOn: "2026-07-01",
    },
  ],
  odds: [
    { in: "The trade newsletter Harvest Ledger", percent: 30, by: "Harvest Ledger" },
    { in: "Betting exchange Tallyline", percent: 25, by: "Tallyline" },
  ],
  filler: ["Combine harvesters stood idle"],
};
