import type { EvalArticle } from "../types";

// Sports business: a chairman's figures, bookmakers' odds, relative days.
export const article: EvalArticle = {
  name: "sport-club-finances",
  style: "sports business",
  publishedOn: "2026-08-27",
  text: `Rovers chairman: club is debt-free

Harbour Rovers chairman Neil Carden said on Tuesday that the club had paid off all of its 45 million pound debt.

Carden said the new stand would be finished by next August.

Bookmakers make Rovers 5/1 to win the league, a chance of about 17 percent.

The club's manager, Tess Okafor, said yesterday that the squad had the lowest wage bill in the division.

Fans queued in warm sunshine for the open training session.`,
  claims: [
    {
      in: "Harbour Rovers chairman Neil Carden",
      says: "paid off all of its 45 million pound debt",
      speaker: "Neil Carden",
      kind: "STATEMENT",
      madeOn: "2026-08-25",
    },
    {
      in: "Carden said the new stand",
      says: "new stand would be finished",
      speaker: "Neil Carden",
      kind: ["PROMISE", "PREDICTION"],
      madeOn: "2026-08-25",
      settleBy: "2027-08-31",
    },
    { in: "The club's manager, Tess Okafor", says: "lowest wage bill in the division", speaker: "Tess Okafor", kind: "STATEMENT", madeOn: "2026-08-26" },
  ],
  odds: [{ in: "Bookmakers make Rovers 5/1", percent: 17, by: "Bookmakers" }],
  filler: ["Fans queued in warm sunshine"],
};
