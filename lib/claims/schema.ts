import { z } from "zod";
import { CLAIM_KINDS, SOURCE_TYPES, STANCES } from "@/lib/claims/labels";
import { saidAt } from "@/lib/dates";
import {
  checkbox,
  claimRef,
  dateInput,
  idList,
  optionalChoice,
  optionalDate,
  optionalText,
  optionalUrl,
  readableSaidAt,
  requiredText,
  timeOfDay,
  timeZone,
} from "@/lib/form-fields";

// One schema per form, used by the server action and by the form for hints.

// What is said and when: shared by logging a claim and editing it.
const statementFields = {
  text: requiredText(10, 300, "The claim", "Write the claim in one short sentence (at least 10 characters)."),
  quote: optionalText(2000, "The quote"),
  context: optionalText(4000, "The context"),
  madeAt: dateInput("when the claim was made"),
  // Optional time of day, read in the given zone (the newsroom's by default).
  madeAtTime: timeOfDay,
  timeZone,
  venue: optionalText(200, "Where it was made"),
  kind: z.enum(CLAIM_KINDS, { error: "Choose statement, prediction or promise." }).default("STATEMENT"),
  settleBy: optionalDate("The settle-by date"),
  settleCriteria: optionalText(1000, "What would settle it"),
  // Existing topics ticked in the list, and new ones typed, comma-separated.
  topicIds: idList(20, "topics"),
  topics: optionalText(500, "Topics"),
};

// zod skips an object's own checks once a field has failed; run them anyway,
// so the reporter sees every problem in one go rather than one per attempt.
// The checks must therefore cope with fields still in their raw form.
const everyProblemAtOnce = { when: () => true };

type Statement = { madeAt: Date; madeAtTime?: string; timeZone?: string; kind: string; settleBy?: Date; settleCriteria?: string };

function checkStatement(claim: Statement, context: z.RefinementCtx) {
  // zod runs this even when a field failed above: an unreadable date, time
  // or zone is then still the raw string, already reported, and must not
  // crash here.
  if (readableSaidAt(claim)) {
    const { madeAt } = saidAt(claim);
    // A day's grace: "today" in Auckland is still tomorrow in UTC.
    if (madeAt.getTime() > Date.now() + 24 * 60 * 60 * 1000) {
      context.addIssue({ code: "custom", path: ["madeAt"], message: "The claim cannot have been made in the future." });
    }
  }
  if (claim.kind !== "STATEMENT") {
    if (!claim.settleBy) {
      context.addIssue({ code: "custom", path: ["settleBy"], message: "Predictions and promises need a date by which they can be checked." });
    }
    if (!claim.settleCriteria) {
      context.addIssue({ code: "custom", path: ["settleCriteria"], message: "Say what would settle this prediction or promise." });
    }
  }
}

export const newClaimSchema = z
  .object({
    ...statementFields,
    speakerId: z
      .string()
      .trim()
      .optional()
      .transform((value) => value || undefined),
    newSpeakerName: optionalText(200, "The speaker's name"),
    newSpeakerTitle: optionalText(200, "The speaker's title"),
    appearanceUrl: optionalUrl("The link to where it was said"),
    // The archived article the claim was read in (the log form opened from
    // the article reader); it goes on the claim's record as context.
    articleSourceId: z.preprocess(
      (value) => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined),
      z
        .string()
        .regex(/^[\w-]{1,40}$/, { error: "The article could not be found. Open it again from the article reader." })
        .optional(),
    ),
    assignToMe: checkbox,
    // Set when the reporter has seen the claims and speakers that read alike
    // and says this is a new claim all the same.
    confirmedNew: checkbox,
    // The first item of the record, optional at logging time.
    sourceTitle: optionalText(300, "The source title"),
    sourceType: optionalChoice(SOURCE_TYPES, "Choose the kind of source."),
    sourcePublisher: optionalText(200, "The publisher"),
    sourceUrl: optionalUrl("The source link"),
    sourcePublishedAt: optionalDate("The source's publication date", { notInFuture: true }),
    stance: optionalChoice(STANCES, "Say whether the source supports, contradicts or gives context."),
    passage: optionalText(4000, "The passage"),
  })
  .superRefine((claim, context) => {
    if (!claim.speakerId && !claim.newSpeakerName) {
      context.addIssue({ code: "custom", path: ["speakerId"], message: "Choose who made the claim, or add a new speaker." });
    }
    if (claim.speakerId && claim.newSpeakerName) {
      context.addIssue({
        code: "custom",
        path: ["newSpeakerName"],
        message: "A speaker is chosen in the list: clear this name, or set the list back to “Choose a speaker…” to add a new one.",
      });
    }
    checkStatement(claim, context);
    const hasSource = Boolean(claim.sourceTitle || claim.sourceUrl);
    if (hasSource) {
      if (!claim.sourceTitle) context.addIssue({ code: "custom", path: ["sourceTitle"], message: "Give the source a title." });
      if (!claim.sourceType) context.addIssue({ code: "custom", path: ["sourceType"], message: "Choose the kind of source." });
      if (!claim.stance) {
        context.addIssue({ code: "custom", path: ["stance"], message: "Say whether the source supports, contradicts or gives context." });
      }
    }
  }, everyProblemAtOnce);

export type NewClaimInput = z.output<typeof newClaimSchema>;

// Editing a claim before publication. The version is the one the editing
// person started from: a save over someone else's change is refused.
export const editClaimSchema = z
  .object({
    ...claimRef,
    ...statementFields,
    speakerId: z.string({ error: "Choose who made the claim." }).trim().min(1, { error: "Choose who made the claim." }),
    reason: optionalText(500, "The reason"),
  })
  .superRefine(checkStatement, everyProblemAtOnce);

export type EditClaimInput = z.output<typeof editClaimSchema>;

export function parseTopicNames(topics: string | undefined): string[] {
  if (!topics) return [];
  const names = topics
    .split(",")
    .map((name) => name.trim().replace(/\s+/g, " "))
    .filter((name) => name.length > 0 && name.length <= 60);
  return [...new Map(names.map((name) => [name.toLowerCase(), name])).values()].slice(0, 10);
}
