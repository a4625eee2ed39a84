import type { EvalArticle } from "../types";

// Press release: the company announces in its own name, then quotes its chief.
export const article: EvalArticle = {
  name: "press-release-wind-farm",
  style: "press release",
  publishedOn: "2026-10-08",
  text: `FOR IMMEDIATE RELEASE

Kestrel Energy to build Skarv offshore wind farm

BERGHAVN, October 8, 2026 — Kestrel Energy today announced that it will build the 900-megawatt Skarv wind farm and connect it to the grid by the end of 2029.

The project will create 1,500 jobs during construction, the company said.

"Skarv will power half a million homes," said Lise Tandberg, Kestrel's chief executive. "We have already signed turbine contracts worth 2 billion euros."

Kestrel Energy is a renewable energy company headquartered in Berghavn.

For media enquiries, contact the press office.`,
  claims: [
    {
      in: "Kestrel Energy today announced",
      says: "build the 900-megawatt Skarv wind farm",
      speaker: "Kestrel Energy",
      kind: "PROMISE",
      madeOn: "2026-10-08",
      settleBy: "2029-12-31",
    },
    { in: "The project will create 1,500 jobs", says: "create 1,500 jobs", speaker: "Kestrel Energy", kind: ["PROMISE", "PREDICTION"], madeOn: "2026-10-08" },
    { in: "Skarv will power half a million homes", says: "power half a million homes", speaker: "Lise Tandberg", kind: "PREDICTION", madeOn: "2026-10-08" },
    {
      in: "We have already signed turbine contracts",
      says: "turbine contracts worth 2 billion euros",
      speaker: "Lise Tandberg",
      kind: "STATEMENT",
      madeOn: "2026-10-08",
    },
  ],
  filler: ["For media enquiries", "Kestrel Energy is a renewable energy company"],
};
