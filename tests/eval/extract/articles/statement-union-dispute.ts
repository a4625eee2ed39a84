import type { EvalArticle } from "../types";

// A dispute told through two statements: a union's and a company's, each through a named spokesperson.
export const article: EvalArticle = {
  name: "statement-union-dispute",
  style: "labour news",
  publishedOn: "2026-12-03",
  text: `Dock strike to go ahead, union says

The Harbour Workers' Union said on Tuesday that 92 percent of its members had voted to strike.

The union's general secretary, Ruth Amadi, said the stoppage would begin on Monday and last ten days.

Nordhavn Ports has offered a 3 percent rise. Its spokesperson, Leo Varga, said on Wednesday that the company had raised pay by 14 percent over three years and would not improve the offer.

Gulls wheeled over the empty cranes as the afternoon shift ended.

Varga said the strike would cost the port 5 million euros a day.`,
  claims: [
    {
      in: "The Harbour Workers' Union said on Tuesday",
      says: "92 percent of its members had voted to strike",
      speaker: "Harbour Workers' Union",
      kind: "STATEMENT",
      madeOn: "2026-12-01",
    },
    {
      in: "The union's general secretary, Ruth Amadi",
      says: "stoppage would begin on Monday",
      speaker: "Ruth Amadi",
      title: "general secretary",
      kind: ["PROMISE", "PREDICTION"],
      madeOn: "2026-12-03",
      settleBy: "2026-12-07",
    },
    {
      in: "Its spokesperson, Leo Varga",
      says: "raised pay by 14 percent over three years",
      not: "improve the offer",
      speaker: "Leo Varga",
      title: "Nordhavn Ports",
      kind: "STATEMENT",
      madeOn: "2026-12-02",
    },
    {
      in: "Its spokesperson, Leo Varga",
      says: "not improve the offer",
      not: "14 percent",
      speaker: "Leo Varga",
      title: "Nordhavn Ports",
      kind: ["PROMISE", "PREDICTION"],
      madeOn: "2026-12-02",
    },
    { in: "Varga said the strike would cost", says: "cost the port 5 million euros a day", speaker: "Leo Varga", kind: "PREDICTION", madeOn: "2026-12-02" },
  ],
  filler: ["Gulls wheeled over the empty cranes"],
};
