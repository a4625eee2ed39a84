import type { EvalArticle } from "../types";

// Court report: abbreviations, initials and decimals that a sentence splitter must not break on.
export const article: EvalArticle = {
  name: "court-fraud-trial",
  style: "court report",
  publishedOn: "2026-03-12",
  text: `Former bank chief denies 3.4 million fraud

The trial of J. R. Mills, the former chief executive of St. Clair Savings Ltd., opened at 10 a.m. on Wednesday at No. 2 Court.

Prosecutor Dr. Helen Achebe told the jury on Wednesday that Mills had moved 3.4 million euros from customer accounts between 2019 and 2021.

Mills's lawyer, Mr. Paul Okoye, said his client had repaid every cent by Jan. 2022 and would be cleared.

Rain streamed down the tall windows of the old courtroom.

The U.S. Securities Commission said on Tuesday that it had opened its own inquiry into St. Clair's sales of bonds in the U.S.`,
  claims: [
    {
      in: "Prosecutor Dr. Helen Achebe told the jury",
      says: "moved 3.4 million euros from customer accounts",
      speaker: "Helen Achebe",
      kind: "STATEMENT",
      madeOn: "2026-03-11",
    },
    { in: "Mills's lawyer, Mr. Paul Okoye", says: "repaid every cent", not: "cleared", speaker: "Paul Okoye", kind: "STATEMENT", madeOn: "2026-03-12" },
    { in: "Mills's lawyer, Mr. Paul Okoye", says: "would be cleared", not: "repaid", speaker: "Paul Okoye", kind: "PREDICTION", madeOn: "2026-03-12" },
    {
      in: "The U.S. Securities Commission said on Tuesday",
      says: "opened its own inquiry",
      speaker: "U.S. Securities Commission",
      kind: "STATEMENT",
      madeOn: "2026-03-10",
    },
  ],
  filler: ["Rain streamed down the tall windows"],
};
