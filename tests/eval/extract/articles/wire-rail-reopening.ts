import type { EvalArticle } from "../types";

// Wire report: apposition after a role, two claims joined by "and", "also
// told the meeting that", "Their spokesperson, X," and weekdays.
export const article: EvalArticle = {
  name: "wire-rail-reopening",
  style: "wire report",
  publishedOn: "2026-03-05",
  text: `Brekke line to reopen by 2029, operator says

HALDEN, March 5 (Northwire) — Velo Rail has already hired the maintenance crews and will reopen the Brekke line by 2029, its chief executive, Mara Lind, said on Wednesday.

A ministry spokesperson, Jonas Berg, insisted on Tuesday that the government had set aside 400 million crowns for the repairs.

Snow lay thick on the platforms at Halden station as the first inspection train pulled out.

Lind also told the meeting that ticket sales on the coastal line had doubled since 2024.

The passengers' group Rail Forward has campaigned for the line since the landslide. Their spokesperson, Sam Kerr, said on Monday that the closure had added 40 minutes to the average commute.

Commuters stood in small groups, reading the timetables pinned to the fence.`,
  claims: [
    {
      in: "has already hired the maintenance crews",
      says: "hired the maintenance crews",
      not: "reopen",
      speaker: "Mara Lind",
      kind: "STATEMENT",
      madeOn: "2026-03-04",
    },
    {
      in: "has already hired the maintenance crews",
      says: "reopen the Brekke line by 2029",
      not: "hired",
      speaker: "Mara Lind",
      kind: "PROMISE",
      madeOn: "2026-03-04",
      settleBy: "2029-12-31",
    },
    {
      in: "A ministry spokesperson, Jonas Berg",
      says: "set aside 400 million crowns",
      speaker: "Jonas Berg",
      title: "ministry spokesperson",
      kind: "STATEMENT",
      madeOn: "2026-03-03",
    },
    {
      in: "Lind also told the meeting",
      says: "ticket sales on the coastal line had doubled",
      not: "meeting that",
      speaker: "Mara Lind",
      kind: "STATEMENT",
      madeOn: "2026-03-05",
    },
    { in: "Their spokesperson, Sam Kerr", says: "added 40 minutes", speaker: "Sam Kerr", title: "Rail Forward", kind: "STATEMENT", madeOn: "2026-03-02" },
  ],
  filler: ["Snow lay thick on the platforms", "Commuters stood in small groups"],
};
