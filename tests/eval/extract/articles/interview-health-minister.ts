import type { EvalArticle } from "../types";

// Interview transcript: speakers named by their line labels, recorded a day before it ran.
export const article: EvalArticle = {
  name: "interview-health-minister",
  style: "interview transcript",
  publishedOn: "2026-09-24",
  text: `"We will halve the waiting lists": an interview with Health Minister Erik Halvorsen

The interview was recorded on Wednesday in the minister's office, which overlooks the harbour.

HANNA LIE: Minister, waiting lists are at a record. What went wrong?

ERIK HALVORSEN: Waiting lists have fallen for six months in a row. We have hired 1,200 nurses since January.

HANNA LIE: Your critics say the hospitals are still short of staff.

ERIK HALVORSEN: We will halve the waiting lists within two years. I promise that.

HANNA LIE: Thank you, Minister.`,
  claims: [
    {
      in: "Waiting lists have fallen for six months",
      says: "fallen for six months in a row",
      speaker: "Erik Halvorsen",
      kind: "STATEMENT",
      madeOn: "2026-09-23",
    },
    { in: "We have hired 1,200 nurses", says: "hired 1,200 nurses since January", speaker: "Erik Halvorsen", kind: "STATEMENT", madeOn: "2026-09-23" },
    {
      in: "We will halve the waiting lists within two years",
      says: "halve the waiting lists",
      speaker: "Erik Halvorsen",
      kind: "PROMISE",
      madeOn: "2026-09-23",
      settleBy: "2028-09-23",
    },
  ],
  filler: ["The interview was recorded on Wednesday", "Thank you, Minister"],
};
