import fc from "fast-check";
import type { z } from "zod";
import {
  acceptInvitationSchema,
  confirmEmailSchema,
  emailChangeSchema,
  passwordChangeSchema,
  renameSchema,
  resetPasswordSchema,
  resetRequestSchema,
  userIdField,
} from "@/lib/accounts/schema";
import { appearanceRefSchema, newAppearanceSchema } from "@/lib/appearances/schema";
import { archiveSourceSchema } from "@/lib/archive/schema";
import { readArticleSchema } from "@/lib/articles/schema";
import { editClaimSchema, newClaimSchema } from "@/lib/claims/schema";
import { CORRECTION_KINDS, correctionSchema } from "@/lib/corrections/schema";
import { restoreSchema } from "@/lib/history/restore-schema";
import { NOTICE_EMAIL_CHOICES, noticeEmailsSchema } from "@/lib/mail/notice-schema";
import { sendAgainSchema } from "@/lib/mail/schema";
import { editRatingSchema, moveRatingSchema, newRatingSchema, ratingRefSchema } from "@/lib/ratings/schema";
import { changeEvidenceSchema, evidenceSchema, newSourceSchema, removeEvidenceSchema } from "@/lib/sources/schema";
import { changeRoleSchema, invitationSchema, setDisabledSchema } from "@/lib/users/schema";
import { publishSchema, verdictSchema } from "@/lib/verdicts/schema";
import { archiveSchema, assignSchema, reopenSchema, sendBackSchema, takeSchema, unpublishSchema } from "@/lib/workflow/schema";
import { FIELD_VALUES, schemaFieldNames } from "./field-values";
import { type FieldValue, hostileText, values } from "./values";

// How to fuzz each server action, keyed as the build's manifest names it
// ("<file>#<export>"). A form action lists its fields (from its schema,
// where the schema is importable, or by hand), each fuzzed with the shared
// vocabulary unless overridden; an action called with plain values gives
// its arguments. The suite fails when the build has an action this list does
// not describe, or a schema field the vocabulary has no values for.

export type FormDescription = {
  call: "form";
  // The schema whose shape names the fields; `fields` adds to it or replaces
  // a field's values.
  schema?: z.ZodType;
  fields?: Record<string, fc.Arbitrary<FieldValue>>;
  // Fields named at random (the ticked candidates of an article).
  dynamicFields?: fc.Arbitrary<[string, FieldValue][]>;
};
export type ArgsDescription = { call: "args"; args: fc.Arbitrary<unknown[]> };
export type ActionDescription = FormDescription | ArgsDescription;

const publishedClaim = { claimId: values.id("publishedClaim") };

// Plain values for actions called with them: text of every sort, and what
// no form sends (numbers, objects, lists, null, a reference string).
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileText.map((value) => ("text" in value ? value.text : "x")) },
  { weight: 1, arbitrary: fc.constantFrom(null, true, 0, -1, 1e308, [], {}, { toString: "x" }, ["Abbas"], "$K1", "$@0") },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);
const argsOf = (plausible: fc.Arbitrary<string>) =>
  fc.oneof({ weight: 2, arbitrary: plausible.map((value) => [value]) }, { weight: 3, arbitrary: fc.array(anyValue, { minLength: 0, maxLength: 3 }) });

// An article's ticked candidates: `pick` names each, and their fields are
// named after it ("text.s4").
const CANDIDATE_FIELDS = ["text", "quote", "speakerId", "speaker", "speakerTitle", "madeAt", "kind", "settleBy", "settleCriteria"] as const;
const candidateValues: Record<(typeof CANDIDATE_FIELDS)[number], fc.Arbitrary<FieldValue>> = {
  text: FIELD_VALUES.text!,
  quote: FIELD_VALUES.quote!,
  speakerId: FIELD_VALUES.speakerId!,
  speaker: FIELD_VALUES.newSpeakerName!,
  speakerTitle: FIELD_VALUES.newSpeakerTitle!,
  madeAt: FIELD_VALUES.madeAt!,
  kind: FIELD_VALUES.kind!,
  settleBy: FIELD_VALUES.settleBy!,
  settleCriteria: FIELD_VALUES.settleCriteria!,
};
const tickedCandidates: fc.Arbitrary<[string, FieldValue][]> = fc
  .uniqueArray(fc.constantFrom("s1", "s2", "s3", "bad id!", "", "x".repeat(50), "s1\u0000"), { minLength: 0, maxLength: 3 })
  .chain((ids) =>
    fc
      .tuple(
        ...ids.map((id) =>
          fc.tuple(...CANDIDATE_FIELDS.map((name) => fc.option(candidateValues[name], { freq: 4 }).map((value) => [`${name}.${id}`, value] as const))),
        ),
      )
      .map((perCandidate) => [
        ...ids.map((id): [string, FieldValue] => ["pick", { text: id }]),
        ...perCandidate.flat().flatMap(([name, value]): [string, FieldValue][] => (value === null ? [] : [[name, value]])),
      ]),
  );

export const ACTION_DESCRIPTIONS: Record<string, ActionDescription> = {
  "lib/appearances/actions.ts#addAppearanceAction": { call: "form", schema: newAppearanceSchema },
  "lib/appearances/actions.ts#markFirstAppearanceAction": { call: "form", schema: appearanceRefSchema },
  "lib/appearances/actions.ts#removeAppearanceAction": { call: "form", schema: appearanceRefSchema },
  "lib/archive/actions.ts#archiveNow": { call: "form", schema: archiveSourceSchema },
  "lib/articles/actions.ts#findClaimsInArticle": { call: "form", schema: readArticleSchema },
  "lib/articles/actions.ts#logTickedClaims": {
    call: "form",
    fields: { articleUrl: values.url, articleSourceId: FIELD_VALUES.articleSourceId!, assignToMe: values.checkbox },
    dynamicFields: tickedCandidates,
  },
  // The sign-in schema lives in a server-only module; its fields are few.
  // No case uses a real account's address, so no case signs in, and the
  // accounts the fuzz acts as are never locked out.
  "lib/auth/actions.ts#logIn": { call: "form", fields: { email: values.email, password: values.password, next: FIELD_VALUES.next! } },
  "lib/auth/actions.ts#logOut": { call: "args", args: fc.array(anyValue, { maxLength: 2 }) },
  "lib/claims/actions.ts#logClaim": { call: "form", schema: newClaimSchema },
  "lib/claims/actions.ts#saveClaim": { call: "form", schema: editClaimSchema },
  "lib/corrections/actions.ts#correctAction": { call: "form", schema: correctionSchema, fields: { ...publishedClaim, kind: values.choice(CORRECTION_KINDS) } },
  "lib/history/actions.ts#restoreEarlierValueAction": { call: "form", schema: restoreSchema },
  // Its schema is declared inside the action module.
  // The jobs page's buttons. Their schema lives beside the job catalogue,
  // which loads every job's code; the fields are few. The backup job is left
  // out of the names: the fuzz would fill the suite's backup folder.
  "lib/jobs/actions.ts#runJob": { call: "form", fields: { name: values.choice(["clean-up", "deliver-mail", "coming-due", "no-such-job"]) } },
  "lib/jobs/actions.ts#retryJob": { call: "form", fields: { id: values.choice(["00000000-0000-4000-8000-000000000000", "not-a-job-id"]) } },
  "lib/jobs/actions.ts#dismissJob": { call: "form", fields: { id: values.choice(["00000000-0000-4000-8000-000000000000", "not-a-job-id"]) } },
  "lib/mail/actions.ts#chooseNoticeEmails": { call: "form", schema: noticeEmailsSchema, fields: { noticeEmails: values.choice(NOTICE_EMAIL_CHOICES) } },
  "lib/mail/actions.ts#sendMailAgain": {
    call: "form",
    schema: sendAgainSchema,
    fields: { mailId: values.choice(["cm0000000000000000000000", "../outbox", "x".repeat(65)]) },
  },
  "lib/notifications/actions.ts#markNotificationsRead": { call: "form", fields: { notificationId: FIELD_VALUES.notificationId! } },
  "lib/ratings/actions.ts#addRating": { call: "form", schema: newRatingSchema },
  "lib/ratings/actions.ts#saveRating": { call: "form", schema: editRatingSchema },
  "lib/ratings/actions.ts#moveRatingOnScale": { call: "form", schema: moveRatingSchema },
  "lib/ratings/actions.ts#retireRatingFromScale": { call: "form", schema: ratingRefSchema },
  "lib/ratings/actions.ts#restoreRatingToScale": { call: "form", schema: ratingRefSchema },
  "lib/ratings/actions.ts#deleteRatingFromScale": { call: "form", schema: ratingRefSchema },
  "lib/sources/actions.ts#addSource": { call: "form", schema: newSourceSchema },
  "lib/sources/actions.ts#addEvidence": { call: "form", schema: evidenceSchema },
  "lib/sources/actions.ts#changeEvidenceAction": { call: "form", schema: changeEvidenceSchema },
  "lib/sources/actions.ts#removeEvidenceAction": { call: "form", schema: removeEvidenceSchema },
  "lib/speakers/actions.ts#speakerHints": { call: "args", args: argsOf(fc.constantFrom("Abbas Araghchi", "White House", "ab", "Zoë")) },
  "lib/accounts/invitation-actions.ts#inviteAccount": { call: "form", schema: invitationSchema },
  "lib/accounts/invitation-actions.ts#resendInvite": { call: "form", schema: userIdField },
  "lib/accounts/invitation-actions.ts#revokeInvite": { call: "form", schema: userIdField },
  "lib/accounts/invitation-actions.ts#acceptInvite": { call: "form", schema: acceptInvitationSchema },
  "lib/accounts/recovery-actions.ts#askForReset": { call: "form", schema: resetRequestSchema },
  "lib/accounts/recovery-actions.ts#chooseNewPassword": { call: "form", schema: resetPasswordSchema },
  "lib/accounts/recovery-actions.ts#confirmNewEmail": { call: "form", schema: confirmEmailSchema },
  "lib/accounts/account-actions.ts#renameMe": { call: "form", schema: renameSchema },
  "lib/accounts/account-actions.ts#changeMyEmail": { call: "form", schema: emailChangeSchema },
  "lib/accounts/account-actions.ts#changeMyPassword": { call: "form", schema: passwordChangeSchema },
  "lib/users/actions.ts#updateRole": { call: "form", schema: changeRoleSchema },
  "lib/users/actions.ts#updateAccess": { call: "form", schema: setDisabledSchema },
  "lib/verdicts/actions.ts#submitVerdictForReview": { call: "form", schema: verdictSchema },
  "lib/verdicts/actions.ts#approveAndPublish": { call: "form", schema: publishSchema },
  "lib/verdicts/actions.ts#proposeSettlementAction": { call: "form", schema: verdictSchema, fields: publishedClaim },
  "lib/verdicts/actions.ts#approveSettlementAction": { call: "form", schema: publishSchema, fields: publishedClaim },
  "lib/verdicts/actions.ts#sendBackSettlementAction": { call: "form", schema: sendBackSchema, fields: publishedClaim },
  "lib/verdicts/actions.ts#previewReasoning": {
    call: "args",
    args: argsOf(fc.constantFrom("**bold** and [a link](https://example.org)", "<img src=x onerror=alert(1)>", "# Heading\n\n- item")),
  },
  "lib/workflow/actions.ts#assignAction": { call: "form", schema: assignSchema },
  "lib/workflow/actions.ts#takeAction": { call: "form", schema: takeSchema },
  "lib/workflow/actions.ts#sendBackAction": { call: "form", schema: sendBackSchema },
  "lib/workflow/actions.ts#unpublishAction": { call: "form", schema: unpublishSchema, fields: publishedClaim },
  "lib/workflow/actions.ts#archiveAction": { call: "form", schema: archiveSchema },
  "lib/workflow/actions.ts#reopenAction": { call: "form", schema: reopenSchema },
};

// Each field's values: the description's own, else the vocabulary's.
export function fieldValues(description: FormDescription): { values: Record<string, fc.Arbitrary<FieldValue>>; missing: string[] } {
  const names = [...new Set([...(description.schema ? schemaFieldNames(description.schema) : []), ...Object.keys(description.fields ?? {})])];
  const found: Record<string, fc.Arbitrary<FieldValue>> = {};
  const missing: string[] = [];
  for (const name of names) {
    const arbitrary = description.fields?.[name] ?? FIELD_VALUES[name];
    if (arbitrary) found[name] = arbitrary;
    else missing.push(name);
  }
  return { values: found, missing };
}
