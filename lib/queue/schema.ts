import { z } from "zod";
import type { QueryValues } from "@/lib/auth/route-input";
import { CLAIM_KINDS, CLAIM_STATUSES, type ClaimKind, type ClaimStatus } from "@/lib/claims/labels";
import { isDay, tidyQuery } from "@/lib/input-rules";
import { decodeKeysetCursor, encodeKeysetCursor, isIsoInstant } from "@/lib/keyset-cursor";

// The desk queue's view, as it lives in the URL: what a shared link means.
// Parsing never throws. A value that cannot be read falls back to its
// default, so an old bookmark or a hand-edited link still shows a queue
// rather than an error page. Pure: the page, the CSV export, the tests and the
// benchmark all read the URL through this one module.

export const QUEUE_PATH = "/desk/claims";
export const QUEUE_PAGE_SIZE = 25;
// The largest page the query hands out, whatever a caller asks for.
export const QUEUE_MAX_PAGE_SIZE = 100;

export const QUEUE_SORTS = ["updated", "said-newest", "said-oldest", "speaker"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];
export const QUEUE_SORT_LABELS: Record<QueueSort, string> = {
  updated: "Newest updated",
  "said-newest": "Newest said",
  "said-oldest": "Oldest said",
  speaker: "Speaker A–Z",
};
export const DEFAULT_QUEUE_SORT: QueueSort = "updated";

// Assignee: anyone (no filter), nobody, the person looking ("me", so a shared
// link means "mine" for whoever opens it), or one person by id.
export type AssigneeFilter = "none" | "me" | { userId: string };

// Where a page starts: after the last claim of the page before, or before the
// first claim of the page after. `key` is the sort key of that claim (an ISO
// instant, or the speaker's name as the database folds its case), `id` breaks ties.
export type QueueCursor = { direction: "after" | "before"; key: string; id: string };

export type QueueFilters = {
  q: string | null;
  // Empty: every open claim (everything but ARCHIVED).
  statuses: ClaimStatus[];
  assignee: AssigneeFilter | null;
  speaker: string | null; // speaker slug
  topic: string | null; // topic slug
  kind: ClaimKind | null;
  rating: string | null; // rating slug, or "none" for claims without a verdict
  from: string | null; // YYYY-MM-DD, when said, inclusive
  to: string | null; // YYYY-MM-DD, when said, inclusive
  sort: QueueSort;
  cursor: QueueCursor | null;
};

export const DEFAULT_QUEUE_FILTERS: QueueFilters = {
  q: null,
  statuses: [],
  assignee: null,
  speaker: null,
  topic: null,
  kind: null,
  rating: null,
  from: null,
  to: null,
  sort: DEFAULT_QUEUE_SORT,
  cursor: null,
};

export type RawSearchParams = URLSearchParams | Record<string, string | string[] | undefined>;

// Longer than any sentence a person types into a search box; a cap keeps a
// pasted article from becoming a query.
const MAX_QUERY_LENGTH = 200;
const SLUG = /^[a-z0-9][a-z0-9_-]{0,199}$/i;
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const list = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

const isRealDay = (day: string) => DAY.test(day) && isDay(day);

// One optional text value that must match `pattern`; anything else is "not set".
const optional = (pattern: RegExp) => z.preprocess(first, z.string().trim().regex(pattern).optional()).catch(undefined);

const rawSchema = z.object({
  q: z
    .preprocess(first, z.string().optional())
    .catch(undefined)
    .transform((value) => tidyQuery(value ?? "", MAX_QUERY_LENGTH).text || undefined),
  status: z
    .preprocess(list, z.array(z.unknown()))
    .catch([])
    .transform((values) => {
      const wanted = new Set(values.filter((value): value is string => typeof value === "string").map((value) => value.trim().toUpperCase()));
      // Canonical order, so the same choice always makes the same URL.
      return CLAIM_STATUSES.filter((status) => wanted.has(status));
    }),
  assignee: z
    .preprocess(first, z.string().trim().optional())
    .catch(undefined)
    .transform((value): AssigneeFilter | undefined => {
      if (!value) return undefined;
      const lower = value.toLowerCase();
      if (lower === "none" || lower === "me") return lower;
      return ID.test(value) ? { userId: value } : undefined;
    }),
  speaker: optional(SLUG),
  topic: optional(SLUG),
  kind: z
    .preprocess((value) => (typeof first(value) === "string" ? (first(value) as string).trim().toUpperCase() : undefined), z.enum(CLAIM_KINDS).optional())
    .catch(undefined),
  rating: optional(SLUG),
  from: z.preprocess(first, z.string().trim().refine(isRealDay).optional()).catch(undefined),
  to: z.preprocess(first, z.string().trim().refine(isRealDay).optional()).catch(undefined),
  sort: z.preprocess(first, z.enum(QUEUE_SORTS)).catch(DEFAULT_QUEUE_SORT),
  after: z.preprocess(first, z.string().max(600).optional()).catch(undefined),
  before: z.preprocess(first, z.string().max(600).optional()).catch(undefined),
});

function toRecord(input: RawSearchParams): Record<string, string | string[]> {
  if (!(input instanceof URLSearchParams)) {
    return Object.fromEntries(Object.entries(input).filter((entry): entry is [string, string | string[]] => entry[1] !== undefined));
  }
  const record: Record<string, string[]> = {};
  for (const [key, value] of input) (record[key] ??= []).push(value);
  return record;
}

export function parseQueueFilters(input: RawSearchParams): QueueFilters {
  // Every field catches its own failure, so this cannot throw; the guard is
  // for input that is not an object at all.
  const parsed = rawSchema.safeParse(toRecord(input));
  if (!parsed.success) return { ...DEFAULT_QUEUE_FILTERS };
  const raw = parsed.data;
  // A range typed the wrong way round means the same days the right way round.
  const [from, to] = raw.from && raw.to && raw.from > raw.to ? [raw.to, raw.from] : [raw.from, raw.to];
  const cursor = raw.after ? decodeCursor(raw.after, "after", raw.sort) : raw.before ? decodeCursor(raw.before, "before", raw.sort) : null;
  return {
    q: raw.q ?? null,
    statuses: raw.status,
    assignee: raw.assignee ?? null,
    speaker: raw.speaker ?? null,
    topic: raw.topic ?? null,
    kind: raw.kind ?? null,
    rating: raw.rating ?? null,
    from: from ?? null,
    to: to ?? null,
    sort: raw.sort,
    cursor,
  };
}

// --- Cursors ---------------------------------------------------------------

// A cursor is opaque in the URL (lib/keyset-cursor.ts) so nobody is tempted
// to edit it, and it names the sort it belongs to: a cursor carried over to
// another sort would start the page in a meaningless place, so it is dropped
// instead.
export function encodeCursor(sort: QueueSort, key: string, id: string): string {
  return encodeKeysetCursor(sort, { key, id });
}

function decodeCursor(token: string, direction: QueueCursor["direction"], sort: QueueSort): QueueCursor | null {
  const position = decodeKeysetCursor(token, sort);
  if (!position) return null;
  const fits = sort === "speaker" ? position.key.length > 0 && position.key.length <= 400 : isIsoInstant(position.key);
  return fits ? { direction, ...position } : null;
}

// --- Back to the URL -------------------------------------------------------

// The canonical query string of a view: parameters in a fixed order, defaults
// left out, so one view has one address. parseQueueFilters(queueSearchParams(f))
// gives f back.
export function queueSearchParams(filters: QueueFilters, options: { cursor?: boolean } = {}): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  for (const status of filters.statuses) params.append("status", status);
  if (filters.assignee) params.set("assignee", typeof filters.assignee === "string" ? filters.assignee : filters.assignee.userId);
  if (filters.speaker) params.set("speaker", filters.speaker);
  if (filters.topic) params.set("topic", filters.topic);
  if (filters.kind) params.set("kind", filters.kind);
  if (filters.rating) params.set("rating", filters.rating);
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (filters.sort !== DEFAULT_QUEUE_SORT) params.set("sort", filters.sort);
  if (options.cursor !== false && filters.cursor) {
    params.set(filters.cursor.direction, encodeCursor(filters.sort, filters.cursor.key, filters.cursor.id));
  }
  return params;
}

const withQuery = (path: string, params: URLSearchParams) => {
  const query = params.toString();
  return query ? `${path}?${query}` : path;
};

export function queueHref(filters: QueueFilters, change: Partial<QueueFilters> = {}): string {
  // Any change of view starts again from the first page, unless it is the page move itself.
  const next = { ...filters, cursor: null, ...change };
  return withQuery(QUEUE_PATH, queueSearchParams(next));
}

// The CSV export takes the same filters; order and page do not apply to a file.
export function queueExportHref(filters: QueueFilters): string {
  return withQuery(`${QUEUE_PATH}/export`, queueSearchParams({ ...filters, sort: DEFAULT_QUEUE_SORT, cursor: null }));
}

// Whether anything but the order narrows the view (the default "all open" does not).
export function hasActiveFilters(filters: QueueFilters): boolean {
  return Boolean(
    filters.q ||
      filters.statuses.length ||
      filters.assignee ||
      filters.speaker ||
      filters.topic ||
      filters.kind ||
      filters.rating ||
      filters.from ||
      filters.to,
  );
}

// The first instant after the day `to` (its end, exclusive) and the start of `from`, in UTC:
// the desk shows when a claim was said as a UTC date (lib/dates.ts), so the
// range means the same days the table shows.
export const startOfDay = (day: string) => new Date(`${day}T00:00:00.000Z`);
export const endOfDay = (day: string) => new Date(startOfDay(day).getTime() + 24 * 60 * 60 * 1000);

// The queue's CSV export reads its filters with the queue's own lenient
// parser, from the query as the route door hands it over.
export const queueExportQuery = z.custom<QueryValues>().transform(parseQueueFilters);

// The claims just logged from an article, by id (logged=…&logged=…), so the
// queue can name and link exactly those, whatever the filters show. Ids that
// cannot be claim ids are dropped; the page looks the rest up.
export const MAX_LOGGED_IN_NOTICE = 100;
export const loggedNotice = z
  .preprocess(list, z.array(z.unknown()))
  .catch([])
  .transform((values) => [...new Set(values.filter((value): value is string => typeof value === "string" && ID.test(value)))].slice(0, MAX_LOGGED_IN_NOTICE));

export function loggedHref(ids: string[]): string {
  const params = new URLSearchParams();
  for (const id of ids.slice(0, MAX_LOGGED_IN_NOTICE)) params.append("logged", id);
  return withQuery(QUEUE_PATH, params);
}
