import type { EvalArticle } from "../types";

// Op-ed: the author's own assertions, signed with a byline; the claims are hers.
export const article: EvalArticle = {
  name: "oped-water-prices",
  style: "op-ed",
  publishedOn: "2026-05-20",
  text: `Opinion: The water companies have had their chance

By Priya Nair

Every spring I walk the river path below the weir, and every spring it smells a little worse.

Household water bills have risen by 48 percent since 2019, while the companies paid out 2.3 billion pounds in dividends over the same years.

Leaks still lose a fifth of all treated water before it reaches a tap.

The regulator's own chairman, Colin Marsh, admitted on Monday that fines had recovered less than a tenth of the money owed.

If nothing changes, bills will rise by another 20 percent by 2030.

Priya Nair is a former member of the river authority.`,
  claims: [
    { in: "Household water bills have risen", says: "risen by 48 percent since 2019", speaker: "Priya Nair", kind: "STATEMENT", madeOn: "2026-05-20" },
    { in: "Leaks still lose a fifth", says: "lose a fifth of all treated water", speaker: "Priya Nair", kind: "STATEMENT", madeOn: "2026-05-20" },
    { in: "Colin Marsh, admitted on Monday", says: "less than a tenth of the money owed", speaker: "Colin Marsh", kind: "STATEMENT", madeOn: "2026-05-18" },
    {
      in: "If nothing changes, bills will rise",
      says: "another 20 percent by 2030",
      speaker: "Priya Nair",
      kind: "PREDICTION",
      madeOn: "2026-05-20",
      settleBy: "2030-12-31",
    },
  ],
  filler: ["Every spring I walk the river path"],
};
