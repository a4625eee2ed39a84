import type { APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { withDatabase } from "../database";
import { E2E } from "../env";
import { pathSlug, queryValue, type RouteDescription, type SlugPool } from "./route-descriptions";

// One fuzzed request to a route handler or page: its path (a real slug or a
// hostile one), its query string (each known parameter left out, given once
// or repeated, plus parameters nobody reads, values encoded or raw percent
// garbage), sometimes a method the route does not answer, and for the
// import routes a CSV body with a hostile file name.

export type RouteCase = {
  slug: { pick: number } | { text: string } | { raw: string } | string;
  query: [string, { raw: string } | { text: string }][];
  method: string;
  body?: string;
  fileName: string;
};

const occurrences = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant<T[]>([]) },
    { weight: 6, arbitrary: arbitrary.map((value) => [value]) },
    { weight: 1, arbitrary: fc.array(arbitrary, { minLength: 2, maxLength: 4 }) },
  );

export function routeCase(description: RouteDescription): fc.Arbitrary<RouteCase> {
  const known = Object.entries(description.params).map(([name, values]) =>
    occurrences(fc.oneof({ weight: 3, arbitrary: values.map((text) => ({ text })) }, { weight: 1, arbitrary: queryValue })).map((list) =>
      list.map((value) => [name, value] as [string, RouteCase["query"][number][1]]),
    ),
  );
  const unknown = fc.array(fc.tuple(fc.constantFrom("x", "__proto__", "callback", "q[]", "a\u202eb", "page", "limit"), queryValue), { maxLength: 2 });
  const declared = description.method ?? "GET";
  const method = fc.oneof(
    { weight: 9, arbitrary: fc.constant(declared) },
    { weight: 1, arbitrary: fc.constantFrom("POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD").filter((other) => other !== declared) },
  );
  return fc.record({
    slug: pathSlug(description.slugs),
    query: fc.tuple(fc.tuple(...known), unknown).map(([lists, extra]) => [...lists.flat(), ...extra]),
    method,
    body: description.body ?? fc.constant(undefined),
    fileName: fc.oneof(fc.constant("claims.csv"), fc.constantFrom("../../etc/passwd", "a\u0000b.csv", "\u202ecsv.exe", "x".repeat(500), "%E0%A4%A")),
  });
}

export type SlugPools = Record<Exclude<SlugPool, "none">, string[]>;

export async function readSlugPools(): Promise<SlugPools> {
  return withDatabase(async (db) => ({
    publishedClaim: (await db.query(`SELECT slug FROM "Claim" WHERE status = 'PUBLISHED' ORDER BY "updatedAt" DESC LIMIT 100`)).rows.map((row) => row.slug),
    speaker: (await db.query(`SELECT slug FROM "Speaker" ORDER BY "createdAt" DESC LIMIT 100`)).rows.map((row) => row.slug),
    topic: (await db.query(`SELECT slug FROM "Topic" ORDER BY "createdAt" DESC LIMIT 100`)).rows.map((row) => row.slug),
  }));
}

// Lone surrogates cannot be percent-encoded; they go as U+FFFD.
const encode = (text: string) => encodeURIComponent(text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD"));

export function addressOf(description: RouteDescription, fuzzCase: RouteCase, pools: SlugPools): string {
  const anySlug = pools.publishedClaim[0] ?? "none";
  let slug: string;
  if (typeof fuzzCase.slug === "string") slug = fuzzCase.slug;
  else if ("pick" in fuzzCase.slug) {
    const pool = description.slugs === "none" ? [] : pools[description.slugs];
    slug = pool.length ? encode(pool[fuzzCase.slug.pick % pool.length]!) : "none";
  } else slug = "raw" in fuzzCase.slug ? fuzzCase.slug.raw : encode(fuzzCase.slug.text);
  const value = (entry: { raw: string } | { text: string }) =>
    "raw" in entry ? entry.raw : encode(entry.text.replace("{site}", E2E.baseURL).replace("{slug}", anySlug));
  const query = fuzzCase.query.map(([name, entry]) => `${encode(name)}=${value(entry)}`).join("&");
  return `${description.path.replace("{slug}", slug)}${query ? `?${query}` : ""}`;
}

export async function sendRouteCase(request: APIRequestContext, address: string, fuzzCase: RouteCase): Promise<{ status: number; body: string }> {
  const response = await request.fetch(address, {
    method: fuzzCase.method,
    data: fuzzCase.method === "GET" || fuzzCase.method === "HEAD" ? undefined : (fuzzCase.body ?? "email=x%40e2e.onrecord.test&password=x&csrfToken=x"),
    headers: {
      Origin: E2E.baseURL,
      ...(fuzzCase.body !== undefined
        ? { "Content-Type": "text/csv; charset=utf-8", "X-File-Name": encode(fuzzCase.fileName) }
        : { "Content-Type": "application/x-www-form-urlencoded" }),
    },
    maxRedirects: 0,
    timeout: 30_000,
  });
  // The import commit answers a stream of JSON lines: read to its end, so an
  // error line reported inside a 200 is seen.
  return { status: response.status(), body: fuzzCase.method === "HEAD" ? "" : await response.text() };
}
