import type { EvalArticle } from "../types";

// Health report: a study "according to", a forecast with a month, one with none.
export const article: EvalArticle = {
  name: "health-flu-study",
  style: "health report",
  publishedOn: "2026-01-22",
  text: `Flu admissions double as season peaks early

Hospital admissions for flu doubled in the first two weeks of January, according to figures from the National Health Institute.

The institute's chief epidemiologist, Dr Mirela Popescu, said on Monday that cases were expected to peak in February.

Vaccination rates among the over-65s fell to 61 percent this winter, the institute said.

A waiting room in the city hospital was decorated with paper snowflakes made by a local school.

Popescu warned that a second wave could hit the north.`,
  claims: [
    {
      in: "Hospital admissions for flu doubled",
      says: "admissions for flu doubled",
      speaker: "National Health Institute",
      kind: "STATEMENT",
      madeOn: "2026-01-22",
    },
    {
      in: "Dr Mirela Popescu, said on Monday",
      says: "peak in February",
      speaker: "Mirela Popescu",
      kind: "PREDICTION",
      madeOn: "2026-01-19",
      settleBy: "2026-02-28",
    },
    { in: "Vaccination rates among the over-65s", says: "fell to 61 percent", speaker: "National Health Institute", kind: "STATEMENT", madeOn: "2026-01-22" },
    { in: "Popescu warned that a second wave", says: "second wave could hit the north", speaker: "Mirela Popescu", kind: "PREDICTION", madeOn: "2026-01-19" },
  ],
  filler: ["A waiting room in the city hospital"],
};
