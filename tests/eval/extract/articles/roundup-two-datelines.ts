import type { EvalArticle } from "../types";

// A roundup with two datelines: each part's weekdays count back from the issue date.
export const article: EvalArticle = {
  name: "roundup-two-datelines",
  style: "roundup with two datelines",
  publishedOn: "2026-11-12",
  text: `World briefing: ports, power and a strike

PORTALEGRE, November 12 (Northwire) — The port authority handled 14 percent more containers in October than a year earlier, its director, Rui Matos, said on Wednesday.

Matos added that the new quay would open in the spring.

Fog closed the harbour mouth for most of the morning.

NAIROBI, November 11 (Northwire) — Kenya Power's managing director, Grace Wanjiru, said on Tuesday that the utility had connected 300,000 homes to the grid this year.

Wanjiru said the company expects power cuts to end by March.

Traffic crawled along Uhuru Highway in the evening rain.`,
  claims: [
    { in: "The port authority handled 14 percent more", says: "14 percent more containers", speaker: "Rui Matos", kind: "STATEMENT", madeOn: "2026-11-11" },
    {
      in: "Matos added that the new quay",
      says: "new quay would open in the spring",
      speaker: "Rui Matos",
      kind: ["PROMISE", "PREDICTION"],
      madeOn: "2026-11-11",
      settleBy: "2027-05-31",
    },
    {
      in: "Kenya Power's managing director, Grace Wanjiru",
      says: "connected 300,000 homes",
      speaker: "Grace Wanjiru",
      title: "Kenya Power",
      kind: "STATEMENT",
      madeOn: "2026-11-10",
    },
    {
      in: "Wanjiru said the company expects power cuts",
      says: "power cuts to end by March",
      speaker: "Grace Wanjiru",
      kind: "PREDICTION",
      madeOn: "2026-11-10",
      settleBy: "2027-03-31",
    },
  ],
  filler: ["Fog closed the harbour mouth", "Traffic crawled along Uhuru Highway"],
};
