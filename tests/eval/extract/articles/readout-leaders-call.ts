import type { EvalArticle } from "../types";

// Official readout: the office speaks of its principal in the third person.
export const article: EvalArticle = {
  name: "readout-leaders-call",
  style: "official readout",
  publishedOn: "2026-04-16",
  text: `Readout of Prime Minister Ana Costa's call with President Viktor Salo

Prime Minister Ana Costa spoke with President Viktor Salo of Nordmark on Tuesday.

The Prime Minister confirmed that her government will double its contribution to the regional climate fund by 2028.

President Salo said that Nordmark had already cut coal use by 30 percent since 2020 and pledged to close its last coal plant by 2030.

The two leaders agreed to speak again before the summit in June.

Costa said on Wednesday that trade between the two countries had reached a record 12 billion euros last year.

The call lasted forty minutes and was described as warm.`,
  claims: [
    {
      in: "The Prime Minister confirmed",
      says: "double its contribution to the regional climate fund",
      speaker: "Ana Costa",
      kind: "PROMISE",
      madeOn: "2026-04-16",
      settleBy: "2028-12-31",
    },
    {
      in: "President Salo said that Nordmark",
      says: "cut coal use by 30 percent since 2020",
      not: "last coal plant",
      speaker: "Viktor Salo",
      kind: "STATEMENT",
      madeOn: "2026-04-16",
    },
    {
      in: "President Salo said that Nordmark",
      says: "close its last coal plant by 2030",
      not: "30 percent",
      speaker: "Viktor Salo",
      kind: "PROMISE",
      madeOn: "2026-04-16",
      settleBy: "2030-12-31",
    },
    { in: "Costa said on Wednesday", says: "record 12 billion euros", speaker: "Ana Costa", kind: "STATEMENT", madeOn: "2026-04-15" },
  ],
  filler: ["The call lasted forty minutes", "The two leaders agreed to speak again"],
};
