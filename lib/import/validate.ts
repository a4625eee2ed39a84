import type { ClaimOwnValuesByName } from "@/lib/claims/fields";
import type { SourceType, Stance } from "@/lib/claims/labels";
import { newClaimSchema, parseTopicNames } from "@/lib/claims/schema";
import { isTimeZone, zonedTimeToUtc } from "@/lib/dates";
import { isTimeOfDay, readKind, readSourceType, readStance, SOURCE_TYPE_NAMES } from "@/lib/import/cells";
import type { ClaimColumn, Column, ImportError, SourceColumn } from "@/lib/import/columns";
import { evidenceRowSchema } from "@/lib/import/schema";
import { EARLIEST_YEAR, LATEST_YEAR, readDay } from "@/lib/input-rules";

// The rules for one claim and one item of its record. The field rules and
// limits are the logging form's own (newClaimSchema, the source and evidence
// schemas): an imported claim meets exactly what a typed one does. What is
// checked here first is only what a file does differently from a form:
// dates written as text, a kind or stance typed by hand, a time zone by name.

export type ClaimFields = ClaimOwnValuesByName & {
  speakerName: string;
  speakerTitle: string | null;
  topics: string[];
  appearanceUrl: string | null;
};

export type SourceFields = {
  type: SourceType;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedAt: Date | null;
};

export type EvidenceFields = { source: SourceFields; stance: Stance; passage: string | null; note: string | null };

const DATE_EXAMPLE = "such as 2026-05-31";

// Which column of the file each form field comes from, to put the form's
// messages on the right cell.
const CLAIM_FIELD_COLUMNS: Record<string, ClaimColumn> = {
  text: "claim",
  quote: "quote",
  context: "context",
  madeAt: "said_on",
  madeAtTime: "said_at",
  timeZone: "time_zone",
  venue: "venue",
  kind: "kind",
  settleBy: "settle_by",
  settleCriteria: "settle_criteria",
  topics: "topics",
  topicIds: "topics",
  speakerId: "speaker",
  newSpeakerName: "speaker",
  newSpeakerTitle: "speaker_title",
  appearanceUrl: "appearance_url",
};

const SOURCE_FIELD_COLUMNS: Record<string, SourceColumn> = {
  type: "source_type",
  title: "source_title",
  publisher: "source_outlet",
  url: "source_url",
  publishedAt: "source_published_on",
  stance: "stance",
  passage: "passage",
  note: "note",
};

// The form's messages, on the cell they are about; a cell that already has a
// problem (found by the file's own checks, or by an earlier rule) keeps that
// one, so no cell is reported twice.
function issuesToErrors(
  error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] },
  columns: Record<string, Column>,
  rowOf: (column: Column | undefined) => number,
  already: ImportError[],
): ImportError[] {
  const seen = new Set<Column | undefined>(already.map((problem) => problem.column));
  const errors: ImportError[] = [];
  for (const issue of error.issues) {
    const column = columns[String(issue.path[0])];
    if (seen.has(column)) continue;
    seen.add(column);
    errors.push({ row: rowOf(column), ...(column ? { column } : {}), message: issue.message });
  }
  return errors;
}

const notADate = (value: string) => `“${value}” is not a date written YYYY-MM-DD between the years ${EARLIEST_YEAR} and ${LATEST_YEAR}, ${DATE_EXAMPLE}.`;

// Topics are separated by semicolons; commas separate them in the logging
// form, so they do here too, and the form's rules then apply to the names.
function readTopics(cell: string): { names: string[]; problem?: string } {
  const pieces = new Set(
    cell
      .split(/[;,]/)
      .map((name) => name.trim().replace(/\s+/g, " ").toLowerCase())
      .filter(Boolean),
  );
  const names = parseTopicNames(cell.replaceAll(";", ","));
  // parseTopicNames quietly drops what it cannot keep; a file says so instead.
  if (names.length < pieces.size) {
    return { names, problem: "Give at most 10 topics, each at most 60 characters, separated by semicolons." };
  }
  return { names };
}

// One claim, from the values of its claim columns (gathered from its rows).
// `rowOf` says which row of the file gave each column, for the error.
export function validateClaim(
  values: Partial<Record<ClaimColumn, string>>,
  rowOf: (column: Column | undefined) => number,
): { claim?: ClaimFields; errors: ImportError[] } {
  const errors: ImportError[] = [];
  const fail = (column: ClaimColumn, message: string) => errors.push({ row: rowOf(column), column, message });
  const value = (column: ClaimColumn) => values[column] ?? "";

  const day = readDay(value("said_on"));
  if (!value("said_on")) fail("said_on", `Give the date it was said, as YYYY-MM-DD, ${DATE_EXAMPLE}.`);
  else if (!day) fail("said_on", notADate(value("said_on")));

  const time = value("said_at");
  const zone = value("time_zone");
  const timeOk = time !== "" && isTimeOfDay(time);
  const zoneOk = zone !== "" && isTimeZone(zone);
  if (time && !timeOk) fail("said_at", `“${time}” is not a time of day. Write it as HH:MM on a 24-hour clock, such as 14:30.`);
  if (zone && !zoneOk) fail("time_zone", `“${zone}” is not a time zone name. Use a name such as Asia/Tehran, Europe/London or America/New_York.`);
  if (time && !zone) fail("time_zone", "Give the time zone said_at is in, such as Asia/Tehran or Europe/London.");
  if (zone && !time) fail("time_zone", "A time zone goes with a time of day: fill in said_at, or leave time_zone empty.");

  const kind = value("kind") ? readKind(value("kind")) : "STATEMENT";
  if (!kind) fail("kind", `“${value("kind")}” is not a kind of claim. Write statement, prediction or promise.`);
  const settleBy = readDay(value("settle_by"));
  if (value("settle_by") && !settleBy) fail("settle_by", notADate(value("settle_by")));
  if (kind === "STATEMENT" && (value("settle_by") || value("settle_criteria"))) {
    const column = value("settle_by") ? "settle_by" : "settle_criteria";
    fail(column, "A statement has nothing to settle. Set kind to prediction or promise, or leave settle_by and settle_criteria empty.");
  }
  if (!value("speaker")) fail("speaker", "Name who made the claim.");
  const topics = readTopics(value("topics"));
  if (topics.problem) fail("topics", topics.problem);

  // The logging form's rules; a cell already found wrong above is left out
  // so it is not reported twice.
  const parsed = newClaimSchema.safeParse({
    text: value("claim"),
    quote: value("quote"),
    context: value("context"),
    madeAt: day ? value("said_on") : undefined,
    madeAtTime: timeOk && zoneOk ? time : undefined,
    timeZone: timeOk && zoneOk ? zone : undefined,
    venue: value("venue"),
    kind: kind ?? "STATEMENT",
    settleBy: settleBy ? value("settle_by") : undefined,
    settleCriteria: kind === "STATEMENT" ? undefined : value("settle_criteria"),
    topics: value("topics"),
    newSpeakerName: value("speaker") || undefined,
    newSpeakerTitle: value("speaker_title"),
    appearanceUrl: value("appearance_url"),
  });
  if (!parsed.success) errors.push(...issuesToErrors(parsed.error, CLAIM_FIELD_COLUMNS, rowOf, errors));
  if (errors.length || !parsed.success || !day || !kind) return { errors };

  const input = parsed.data;
  return {
    errors,
    claim: {
      text: input.text,
      quote: input.quote ?? null,
      context: input.context ?? null,
      speakerName: input.newSpeakerName!,
      speakerTitle: input.newSpeakerTitle ?? null,
      madeAt: timeOk && zoneOk ? zonedTimeToUtc(value("said_on"), time, zone) : day,
      madeAtTimeZone: timeOk && zoneOk ? zone : null,
      venue: input.venue ?? null,
      kind,
      settleBy: kind === "STATEMENT" ? null : (settleBy ?? null),
      settleCriteria: kind === "STATEMENT" ? null : (input.settleCriteria ?? null),
      topics: topics.names,
      appearanceUrl: input.appearanceUrl ?? null,
    },
  };
}

export const hasSourceValues = (values: Partial<Record<SourceColumn, string>>) => Object.values(values).some((value) => value !== "" && value !== undefined);

// One item of the record and its stance, from one row's source columns.
export function validateEvidence(values: Partial<Record<SourceColumn, string>>, row: number): { evidence?: EvidenceFields; errors: ImportError[] } {
  const errors: ImportError[] = [];
  const fail = (column: SourceColumn, message: string) => errors.push({ row, column, message });
  const value = (column: SourceColumn) => values[column] ?? "";

  const type = value("source_type") ? readSourceType(value("source_type")) : undefined;
  if (!value("source_type")) fail("source_type", `Give the kind of source: ${SOURCE_TYPE_NAMES.join(", ")}.`);
  else if (!type) fail("source_type", `“${value("source_type")}” is not a kind of source. Use one of: ${SOURCE_TYPE_NAMES.join(", ")}.`);
  const stance = value("stance") ? readStance(value("stance")) : undefined;
  if (!value("stance")) fail("stance", "Say what the source does for the claim: write supports, contradicts or context.");
  else if (!stance) fail("stance", `“${value("stance")}” is not a stance. Write supports, contradicts or context.`);
  const publishedOn = readDay(value("source_published_on"));
  if (value("source_published_on") && !publishedOn) fail("source_published_on", notADate(value("source_published_on")));

  const parsed = evidenceRowSchema.safeParse({
    type,
    title: value("source_title") || undefined,
    publisher: value("source_outlet"),
    url: value("source_url"),
    publishedAt: publishedOn ? value("source_published_on") : undefined,
    stance,
    passage: value("passage"),
    note: value("note"),
  });
  if (!parsed.success) errors.push(...issuesToErrors(parsed.error, SOURCE_FIELD_COLUMNS, () => row, errors));
  if (errors.length || !parsed.success) return { errors };

  const input = parsed.data;
  return {
    errors,
    evidence: {
      source: { type: input.type, title: input.title, publisher: input.publisher ?? null, url: input.url ?? null, publishedAt: input.publishedAt ?? null },
      stance: input.stance,
      passage: input.passage ?? null,
      note: input.note ?? null,
    },
  };
}
