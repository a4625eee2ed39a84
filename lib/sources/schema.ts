import { z } from "zod";
import { SOURCE_TYPES, STANCES } from "@/lib/claims/labels";
import { claimId, optionalDate, optionalText, optionalUrl, queryText, requiredText } from "@/lib/form-fields";

// An item of the record. Market odds also say which market, which outcome,
// the implied probability (0 to 1) and when it was observed.
const sourceFields = {
  type: z.enum(SOURCE_TYPES, { error: "Choose the kind of source." }),
  title: requiredText(3, 300, "The title", "Give the source a title."),
  publisher: optionalText(200, "The publisher"),
  url: optionalUrl("The source link"),
  publishedAt: optionalDate("The publication date", { notInFuture: true }),
  excerpt: optionalText(4000, "The excerpt"),
  marketName: optionalText(200, "The market"),
  marketOutcome: optionalText(200, "The outcome"),
  marketProbability: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value.replace(/%$/, "") : undefined))
    .refine((value) => value === undefined || /^\d+(\.\d+)?$/.test(value), { error: "Give the probability as a number, like 0.38 or 38%." })
    .transform((value) => (value === undefined ? undefined : Number(value) > 1 ? Number(value) / 100 : Number(value)))
    .refine((value) => value === undefined || (value >= 0 && value <= 1), { error: "A probability lies between 0 and 1 (or 0% and 100%)." }),
  marketObservedAt: optionalDate("When the odds were observed", { notInFuture: true }),
  derivedFromId: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined),
};

type SourceDraft = { type: string; marketName?: string; marketOutcome?: string; marketProbability?: number; marketObservedAt?: Date };

function marketOddsComplete(source: SourceDraft, context: z.RefinementCtx, prefix = "") {
  if (source.type !== "MARKET_ODDS") return;
  if (!source.marketName) context.addIssue({ code: "custom", path: [`${prefix}marketName`], message: "Name the market the odds come from." });
  if (!source.marketOutcome) context.addIssue({ code: "custom", path: [`${prefix}marketOutcome`], message: "Say which outcome the odds are for." });
  if (source.marketProbability === undefined) {
    context.addIssue({ code: "custom", path: [`${prefix}marketProbability`], message: "Give the implied probability." });
  }
  if (!source.marketObservedAt) {
    context.addIssue({ code: "custom", path: [`${prefix}marketObservedAt`], message: "Say when the odds were observed: they move." });
  }
}

export const newSourceSchema = z.object(sourceFields).superRefine((source, context) => marketOddsComplete(source, context));
export type NewSourceInput = z.output<typeof newSourceSchema>;

// Attaching evidence to a claim: an existing source from the library, or a
// new one described in the same form, with the stance it takes.
export const evidenceSchema = z
  .object({
    claimId,
    sourceId: z
      .string()
      .trim()
      .optional()
      .transform((value) => value || undefined),
    stance: z.enum(STANCES, { error: "Say whether the source supports, contradicts or gives context." }),
    passage: optionalText(4000, "The passage"),
    note: optionalText(2000, "The note"),
  })
  // A new source, when no existing one is chosen.
  .extend(z.object(sourceFields).partial().shape)
  .superRefine((evidence, context) => {
    if (evidence.sourceId) return;
    if (!evidence.title) context.addIssue({ code: "custom", path: ["title"], message: "Choose a source from the library, or give the new source a title." });
    if (!evidence.type) context.addIssue({ code: "custom", path: ["type"], message: "Choose the kind of source." });
    if (evidence.type) marketOddsComplete(evidence as SourceDraft, context);
  });
export type EvidenceInput = z.output<typeof evidenceSchema>;

// Fixing an item of the record: its stance, the passage relied on, the note.
const evidenceRef = {
  claimId,
  evidenceId: z.string({ error: "No item of the record given." }).trim().min(1, { error: "No item of the record given." }),
};

export const changeEvidenceSchema = z.object({
  ...evidenceRef,
  stance: z.enum(STANCES, { error: "Say whether the source supports, contradicts or gives context." }),
  passage: optionalText(4000, "The passage"),
  note: optionalText(2000, "The note"),
});
export type ChangeEvidenceInput = z.output<typeof changeEvidenceSchema>;

export const removeEvidenceSchema = z.object(evidenceRef);
export type RemoveEvidenceInput = z.output<typeof removeEvidenceSchema>;

// The source library's address: a search and a page.
export const libraryQuery = z.object({
  q: queryText(200)
    .transform((value) => value || undefined)
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
