import fc from "fast-check";
import type { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { CLAIM_KINDS, SOURCE_TYPES, STANCES } from "@/lib/claims/labels";
import { RESTORABLE_FIELDS } from "@/lib/history/restore-schema";
import { RATING_SCOPES } from "@/lib/ratings/schema";
import { type FieldValue, values } from "./values";

// What the fuzz types into a field, by the field's name. Form fields are named
// alike across OnRecord's forms (claimId, madeAt, stance…), so one vocabulary
// serves every action; an action whose schema has a field not named here
// fails the suite's completeness test until the field is added.

export const FIELD_VALUES: Record<string, fc.Arbitrary<FieldValue>> = {
  claimId: values.id("claim"),
  version: values.version,
  speakerId: values.id("speaker"),
  sourceId: values.id("source"),
  derivedFromId: values.id("source"),
  articleSourceId: values.id("source"),
  evidenceId: values.id("evidence"),
  appearanceId: values.id("appearance"),
  revisionId: values.id("revision"),
  notificationId: values.id("notification"),
  ratingId: values.id("rating"),
  userId: values.id("user"),
  assigneeId: values.id("user"),
  topicIds: values.id("topic"),
  duplicateOf: values.id("claim"),

  madeAt: values.date,
  settleBy: values.date,
  sourcePublishedAt: values.date,
  publishedAt: values.date,
  publishedOn: values.date,
  marketObservedAt: values.date,
  madeAtTime: values.time,
  timeZone: values.timeZone,

  appearanceUrl: values.url,
  sourceUrl: values.url,
  articleUrl: values.url,
  url: values.url,

  assignToMe: values.checkbox,
  confirmedNew: values.checkbox,
  markFirst: values.checkbox,

  type: values.choice(SOURCE_TYPES),
  sourceType: values.choice(SOURCE_TYPES),
  stance: values.choice(STANCES),
  kind: values.choice(CLAIM_KINDS),
  role: values.choice(ROLES),
  appliesTo: values.choice(RATING_SCOPES),
  direction: values.choice(["up", "down"]),
  field: values.choice(RESTORABLE_FIELDS),
  disabled: values.choice(["true", "false"]),
  value: fc.oneof(values.choice(["1", "2", "3", "4", "5"]), values.number),
  colour: values.colour,
  marketProbability: values.probability,
  email: values.email,
  password: values.password,
  // Account self-service: a link's token, the password typed twice or to
  // confirm, the address an email change moves to.
  token: values.choice(["A".repeat(43), "not-a-token", "x".repeat(44), "%00", "../../etc/passwd"]),
  repeatPassword: values.password,
  currentPassword: values.password,
  newEmail: values.email,
  next: values.choice(["/desk", "/desk/claims", "//evil.example", "https://evil.example/", "/desk?x=\u0000"]),
};

for (const name of [
  "text",
  "quote",
  "context",
  "venue",
  "settleCriteria",
  "topics",
  "newSpeakerName",
  "newSpeakerTitle",
  "sourceTitle",
  "sourcePublisher",
  "passage",
  "reason",
  "title",
  "publisher",
  "excerpt",
  "marketName",
  "marketOutcome",
  "note",
  "summary",
  "reasoning",
  "comments",
  "label",
  "description",
  "name",
  "appearanceTitle",
  "articleText",
]) {
  FIELD_VALUES[name] = values.text;
}

// The field names of a form's zod schema: the object's shape, through any
// refinements and transforms wrapped around it. A schema that is not an
// object (the ticked candidates of an article, named by candidate) has none.
export function schemaFieldNames(schema: z.ZodType): string[] {
  let def = (schema as unknown as { _zod: { def: { type: string; shape?: object; in?: { _zod: { def: unknown } } } } })._zod.def;
  while (def.type === "pipe" && def.in) def = def.in._zod.def as typeof def;
  return def.type === "object" && def.shape ? Object.keys(def.shape) : [];
}
