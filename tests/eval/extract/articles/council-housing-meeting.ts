import type { EvalArticle } from "../types";

// Local news from a council meeting: "also told the meeting", "Its spokesperson" and relative days.
export const article: EvalArticle = {
  name: "council-housing-meeting",
  style: "local news",
  publishedOn: "2026-02-19",
  text: `Council promises 600 homes as rents climb

Councillor Dana Whitlock, who leads on housing, told Wednesday's meeting that average rents in the borough had risen by 11 percent in a year.

Whitlock also told the meeting that the council would build 600 social homes by 2028.

The developer Greyfield Homes owns most of the land by the canal. Its spokesperson, Omar Haddad, said yesterday that work on the first 200 homes would start in the summer.

The public benches were half empty and the heating in the hall had failed again.

Tenants' organiser Beth Quinn said the waiting list had grown to 4,300 households.`,
  claims: [
    {
      in: "told Wednesday's meeting that average rents",
      says: "risen by 11 percent in a year",
      speaker: "Dana Whitlock",
      kind: "STATEMENT",
      madeOn: "2026-02-18",
    },
    {
      in: "Whitlock also told the meeting",
      says: "build 600 social homes by 2028",
      not: "meeting that",
      speaker: "Dana Whitlock",
      kind: "PROMISE",
      madeOn: "2026-02-18",
      settleBy: "2028-12-31",
    },
    {
      in: "Its spokesperson, Omar Haddad",
      says: "first 200 homes would start in the summer",
      speaker: "Omar Haddad",
      title: "Greyfield Homes",
      kind: ["PROMISE", "PREDICTION"],
      madeOn: "2026-02-18",
      settleBy: "2026-08-31",
    },
    { in: "Tenants' organiser Beth Quinn said", says: "grown to 4,300 households", speaker: "Beth Quinn", kind: "STATEMENT", madeOn: "2026-02-19" },
  ],
  filler: ["The public benches were half empty"],
};
