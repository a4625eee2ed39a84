import type { RatingScope } from "@/lib/generated/prisma/enums";

// The scale a new newsroom starts with, as published on /methodology. Admins can edit it later;
// ClaimReview uses `value` as ratingValue with worstRating 1 and bestRating 5.
// Positions are one sequence across both scales, 1, 2, 3… as the scale page keeps them.
export type ScaleStep = {
  slug: string;
  label: string;
  description: string;
  value: number | null;
  colour: string;
  position: number;
  appliesTo: RatingScope;
};

export const DEFAULT_SCALE: ScaleStep[] = [
  { slug: "false", label: "False", description: "The record contradicts it.", value: 1, colour: "#b91c1c", position: 1, appliesTo: "STATEMENT" },
  {
    slug: "unsupported",
    label: "Unsupported",
    description: "Nothing in the record corroborates it.",
    value: 2,
    colour: "#c2410c",
    position: 2,
    appliesTo: "STATEMENT",
  },
  {
    slug: "misleading",
    label: "Misleading",
    description: "Parts are accurate, but the impression it leaves is wrong or lacks needed context.",
    value: 3,
    colour: "#a16207",
    position: 3,
    appliesTo: "STATEMENT",
  },
  {
    slug: "mostly-accurate",
    label: "Mostly accurate",
    description: "The record supports it, with caveats.",
    value: 4,
    colour: "#4d7c0f",
    position: 4,
    appliesTo: "STATEMENT",
  },
  { slug: "accurate", label: "Accurate", description: "The record supports it.", value: 5, colour: "#15803d", position: 5, appliesTo: "STATEMENT" },
  {
    slug: "pending",
    label: "Pending",
    description: "Not yet due: it can only be judged once its settle-by date has passed.",
    value: null,
    colour: "#475569",
    position: 6,
    appliesTo: "FORECAST",
  },
  {
    slug: "did-not-come-true",
    label: "Did not come true",
    description: "By the settle-by date, the record shows it did not happen.",
    value: 1,
    colour: "#b91c1c",
    position: 7,
    appliesTo: "FORECAST",
  },
  {
    slug: "partly-came-true",
    label: "Partly came true",
    description: "By the settle-by date, some of it happened and some did not.",
    value: 3,
    colour: "#a16207",
    position: 8,
    appliesTo: "FORECAST",
  },
  {
    slug: "came-true",
    label: "Came true",
    description: "By the settle-by date, the record shows it happened.",
    value: 5,
    colour: "#15803d",
    position: 9,
    appliesTo: "FORECAST",
  },
];
