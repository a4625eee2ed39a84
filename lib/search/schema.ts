import { z } from "zod";
import { EARLIEST_YEAR, isDay, LATEST_YEAR, tidyQuery } from "@/lib/input-rules";
import { slugParam } from "@/lib/slug-schema";

// Public search (/search) as it lives in the URL. Reading the URL never
// throws: a value that cannot be used is left out, and the reader is told
// why beside the form, so a mistyped date or an old link still shows
// results. Pure, so the page, the tests and the benchmark share it.

export const SEARCH_PATH = "/search";
export const SEARCH_PAGE_SIZE = 20;
// Offset pages cost more the deeper they go, and few readers go past the
// first pages: past page 25 (500 results) the reader is asked to narrow the
// search instead.
export const SEARCH_MAX_PAGE = 25;
// Matches beyond what the pages can show are counted but not ranked: a
// search for a word in a fifth of the archive ranks its 500 newest matches,
// which are every result a reader can page to. Ranking reads each match's
// document, so it is bounded by what can be shown (tests/bench/search.ts).
export const SEARCH_RANKED_MATCHES = SEARCH_MAX_PAGE * SEARCH_PAGE_SIZE;
// Longer than any question typed into a search box; a pasted article is cut.
export const MAX_QUERY_LENGTH = 200;

export type SearchFilters = {
  q: string | null;
  rating: string | null; // rating slug
  speaker: string | null; // speaker slug
  topic: string | null; // topic slug
  from: string | null; // YYYY-MM-DD, when said, inclusive
  to: string | null; // YYYY-MM-DD, when said, inclusive
  page: number;
};

export type SearchField = keyof SearchFilters;
export type SearchProblem = { field: SearchField; message: string };
export type ParsedSearch = { filters: SearchFilters; problems: SearchProblem[] };

export const EMPTY_SEARCH: SearchFilters = { q: null, rating: null, speaker: null, topic: null, from: null, to: null, page: 1 };

export type RawSearchParams = URLSearchParams | Record<string, string | string[] | undefined>;

const FIELD_NAMES = { rating: "rating", speaker: "speaker", topic: "topic" } as const;

const day = z.iso
  .date({ error: "Give dates as year-month-day, for example 2026-05-31.", abort: true })
  .refine(isDay, { error: `Give a date between ${EARLIEST_YEAR} and ${LATEST_YEAR}.` });
const page = z.coerce.number({ error: "The page must be a number." }).int({ error: "The page must be a whole number." }).min(1, { error: "Pages start at 1." });

// Only the first of repeated parameters counts (`?q=a&q=b` searches for "a").
function firstValue(input: RawSearchParams, key: string): string | undefined {
  if (input instanceof URLSearchParams) return input.get(key) ?? undefined;
  const value = input[key];
  return Array.isArray(value) ? value[0] : value;
}

// Spaces collapsed and the length cut by characters (not UTF-16 units), so
// that reading the written URL again gives the same text.
function cleanQuery(raw: string | undefined): { q: string | null; cut: boolean } {
  const { text, cut } = tidyQuery(raw ?? "", MAX_QUERY_LENGTH);
  return { q: text || null, cut };
}

const shown = (value: string) => (value.length > 40 ? `${Array.from(value).slice(0, 40).join("")}…` : value);

export function parseSearchParams(input: RawSearchParams): ParsedSearch {
  const problems: SearchProblem[] = [];
  const filters: SearchFilters = { ...EMPTY_SEARCH };

  const query = cleanQuery(firstValue(input, "q"));
  filters.q = query.q;
  if (query.cut) problems.push({ field: "q", message: `Searches are limited to ${MAX_QUERY_LENGTH} characters, so yours was shortened.` });

  for (const field of ["rating", "speaker", "topic"] as const) {
    const value = firstValue(input, field)?.trim();
    if (!value) continue;
    if (slugParam.safeParse(value).success) filters[field] = value;
    else problems.push({ field, message: `“${shown(value)}” is not a ${FIELD_NAMES[field]} on this site, so that filter was left out.` });
  }

  for (const field of ["from", "to"] as const) {
    const value = firstValue(input, field)?.trim();
    if (!value) continue;
    const parsed = day.safeParse(value);
    if (parsed.success) filters[field] = parsed.data;
    else
      problems.push({
        field,
        message: `The “${field === "from" ? "Said from" : "Said until"}” date “${shown(value)}” could not be read. ${parsed.error.issues[0]!.message}`,
      });
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    [filters.from, filters.to] = [filters.to, filters.from];
    problems.push({ field: "to", message: "The dates were the wrong way round, so they were swapped." });
  }

  const pageValue = firstValue(input, "page")?.trim();
  if (pageValue) {
    const parsed = page.safeParse(pageValue);
    if (!parsed.success) problems.push({ field: "page", message: `“${shown(pageValue)}” is not a page number. ${parsed.error.issues[0]!.message}` });
    else if (parsed.data > SEARCH_MAX_PAGE) {
      filters.page = SEARCH_MAX_PAGE;
      problems.push({ field: "page", message: `Results stop at page ${SEARCH_MAX_PAGE}. Add a word or a filter to narrow the search.` });
    } else filters.page = parsed.data;
  }
  return { filters, problems };
}

// What the filters can be set to: the ratings on the scale and the speakers
// and topics with published verdicts.
export type SearchChoice = { slug: string; name: string };
export type SearchChoices = { ratings: SearchChoice[]; speakers: SearchChoice[]; topics: SearchChoice[] };
// Where to start when nothing is asked yet: the speakers and topics checked most.
export type SearchSuggestions = { speakers: SearchChoice[]; topics: SearchChoice[] };

// A well-formed slug that names nothing (a speaker with nothing published, a
// retired rating, a typo in a shared link) is dropped with a message rather
// than silently matching nothing.
export function checkChoices(parsed: ParsedSearch, choices: SearchChoices): ParsedSearch {
  const filters = { ...parsed.filters };
  const problems = [...parsed.problems];
  const lists = { rating: choices.ratings, speaker: choices.speakers, topic: choices.topics } as const;
  for (const field of ["rating", "speaker", "topic"] as const) {
    const slug = filters[field];
    if (slug && !lists[field].some((choice) => choice.slug === slug)) {
      filters[field] = null;
      problems.push({ field, message: `There is no ${FIELD_NAMES[field]} “${shown(slug)}” with published verdicts, so that filter was left out.` });
    }
  }
  return { filters, problems };
}

export const hasFilters = (filters: SearchFilters) => Boolean(filters.rating || filters.speaker || filters.topic || filters.from || filters.to);
export const isEmptySearch = (filters: SearchFilters) => !filters.q && !hasFilters(filters);

// The canonical address of a search: parameters in a fixed order, page 1 and
// empty values left out, so one search has one address.
export function searchHref(filters: SearchFilters, change: Partial<SearchFilters> = {}): string {
  // Any change but the page move itself starts again from the first page.
  const next = { ...filters, page: 1, ...change };
  const params = new URLSearchParams();
  for (const key of ["q", "rating", "speaker", "topic", "from", "to"] as const) {
    const value = next[key];
    if (value) params.set(key, value);
  }
  if (next.page > 1) params.set("page", String(next.page));
  const query = params.toString();
  return query ? `${SEARCH_PATH}?${query}` : SEARCH_PATH;
}

// Where to send a search written another way than its canonical address:
// the form sends every field, empty ones too ("?q=iran&rating=&speaker="),
// and links may carry parameters in another order. Null when the address is
// already canonical, or when something in it was refused (the reader must
// see what, beside the form).
export function canonicalRedirect(input: RawSearchParams, parsed: ParsedSearch): string | null {
  if (parsed.problems.length > 0) return null;
  const asked = new URLSearchParams(
    input instanceof URLSearchParams
      ? input
      : Object.entries(input).flatMap(([key, value]) => (value === undefined ? [] : Array.isArray(value) ? value : [value]).map((one) => [key, one])),
  ).toString();
  const canonical = searchHref(parsed.filters, { page: parsed.filters.page });
  return canonical === (asked ? `${SEARCH_PATH}?${asked}` : SEARCH_PATH) ? null : canonical;
}
