import type { ClaimKind } from "@/lib/claims/labels";

// A claim's own fields: what was said, by whom, when and where, and what
// would settle it; not its workflow, its people or its record. One list for
// every place that copies a claim whole: restoring an earlier value from the
// history, the CSV export and its rows, the CSV import's checked claims.
// Importable from client code.
export const CLAIM_OWN_FIELDS = ["text", "quote", "context", "madeAt", "madeAtTimeZone", "venue", "kind", "settleBy", "settleCriteria", "speakerId"] as const;

export type ClaimOwnField = (typeof CLAIM_OWN_FIELDS)[number];

// As the database holds them.
export type ClaimOwnValues = {
  text: string;
  quote: string | null;
  context: string | null;
  madeAt: Date;
  madeAtTimeZone: string | null;
  venue: string | null;
  kind: ClaimKind;
  settleBy: Date | null;
  settleCriteria: string | null;
  speakerId: string;
};

// A Prisma `select` of exactly those fields.
export const CLAIM_OWN_SELECT = Object.fromEntries(CLAIM_OWN_FIELDS.map((field) => [field, true])) as { [Field in ClaimOwnField]: true };

// The same fields with the speaker named rather than pointed at, as a file
// carries them (the export writes them, the import reads them back).
export type ClaimOwnValuesByName = Omit<ClaimOwnValues, "speakerId">;
