import { readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { CLAIM_COLUMNS, COLUMNS, SOURCE_COLUMNS } from "@/lib/import/columns";
import { DATES, hostileCharacter, hostileText } from "./values";

// How to fuzz each route handler (the `route.ts` files under app/, found by
// walking the folder, so a new one fails the completeness test until it is
// described here) and the pages whose query strings reach the database. A
// request is a path with `{slug}` where a row's slug goes, a query string,
// and for the import routes a CSV body.

export type SlugPool = "publishedClaim" | "speaker" | "topic" | "none";
export type RouteDescription = {
  path: string;
  slugs: SlugPool;
  // Query parameter names the route reads; others are added at random.
  params: Record<string, fc.Arbitrary<string>>;
  method?: "GET" | "POST";
  // A POST body: the import routes' CSV.
  body?: fc.Arbitrary<string>;
  // A 5xx the route answers by its protocol, not by failing.
  protocolStatuses?: number[];
};

// Query values as they are written in an address: encoded text of every
// sort, or percent sequences that decode to nothing valid.
const RAW_PERCENT = ["%", "%zz", "%E0%A4%A", "%00", "%C0%80", "%ED%A0%80", "%FF%FE", "%25%32%35", "%u202e", "%0d%0aSet-Cookie:%20x=1"];
const textValue = hostileText.map((value) => ("text" in value ? value.text.slice(0, 3000) : "x"));
export const queryValue: fc.Arbitrary<{ raw: string } | { text: string }> = fc.oneof(
  { weight: 4, arbitrary: textValue.map((text) => ({ text })) },
  { weight: 1, arbitrary: fc.constantFrom(...RAW_PERCENT).map((raw) => ({ raw })) },
);

const choices = (...values: string[]) => fc.oneof(fc.constantFrom(...values, ""), textValue);
const day = fc.oneof(fc.constantFrom(...DATES), textValue);
const number = fc.oneof(fc.constantFrom("1", "2", "20", "100", "101", "0", "-1", "1.5", "1e3", "99999999999999999999", "NaN"), textValue);
const slugLike = fc.oneof(fc.constantFrom("iran", "white-house-press-office", "misleading", "false", "UPPER", "a--b", "x".repeat(300)), textValue);
const cursor = fc.oneof(fc.constantFrom("eyJ4IjoxfQ", "AAAA", "!!!", "x".repeat(5000), "e30", "bnVsbA"), textValue);
const queueFilters = {
  q: textValue,
  status: choices("DRAFT", "RESEARCHING", "IN_REVIEW", "PUBLISHED", "ARCHIVED", "draft"),
  assignee: choices("me", "none", "cmx0000000000000000000000"),
  speaker: slugLike,
  topic: slugLike,
  kind: choices("STATEMENT", "PREDICTION", "PROMISE"),
  rating: slugLike,
  from: day,
  to: day,
  sort: choices("recent", "oldest", "made", "updated", "status"),
  after: cursor,
  before: cursor,
  // The claims just logged from an article, named above the queue.
  logged: choices("cmx0000000000000000000000", "x".repeat(64), "../x"),
};

// A CSV as a spreadsheet might save it, with hostile cells: every column
// of the import format (lib/import/columns.ts), some rows, some cells
// holding NUL, control or direction characters, impossible dates, quotes
// and line breaks; sometimes a header that is not the format's.
const cell = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "The ministry said the crossing reopened on schedule.",
      "White House press office",
      "2026-05-01",
      "statement",
      "supports",
      "official statement",
      "https://example.org/a",
      "Iran; Talks",
    ),
  },
  { weight: 2, arbitrary: textValue },
  { weight: 1, arbitrary: fc.constantFrom(...DATES) },
  { weight: 1, arbitrary: hostileCharacter.map((character) => `a${character}b`) },
);
const csvCell = (value: string) => (/[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value);
const header = fc.oneof(
  { weight: 4, arbitrary: fc.constant<string[]>([...COLUMNS]) },
  { weight: 1, arbitrary: fc.shuffledSubarray([...CLAIM_COLUMNS, ...SOURCE_COLUMNS, "extra", "claim"], { minLength: 1 }) },
);
const csv = header.chain((columns) =>
  fc
    .array(fc.array(cell, { minLength: columns.length, maxLength: columns.length }), { minLength: 0, maxLength: 6 })
    .chain((rows) => fc.constantFrom("\r\n", "\n", "\r").map((newline) => [columns, ...rows].map((row) => row.map(csvCell).join(",")).join(newline))),
);
const csvBody = fc.oneof(
  { weight: 6, arbitrary: csv },
  {
    weight: 1,
    arbitrary: fc.constantFrom("", "\u0000", "\ufeffclaim,speaker,said_on\n", `claim,speaker,said_on\n${"x".repeat(400_000)},a,2026-01-01`, 'a,b\n"unclosed'),
  },
);

export const ROUTE_DESCRIPTIONS: Record<string, RouteDescription> = {
  "app/(api)/api/v1/claims/route.ts": {
    path: "/api/v1/claims",
    slugs: "none",
    params: {
      speaker: slugLike,
      topic: slugLike,
      rating: slugLike,
      kind: choices("statement", "prediction", "promise"),
      from: day,
      to: day,
      publishedSince: day,
      limit: number,
      cursor,
    },
  },
  "app/(api)/api/v1/claims/[slug]/route.ts": { path: "/api/v1/claims/{slug}", slugs: "publishedClaim", params: {} },
  "app/(api)/api/v1/speakers/route.ts": { path: "/api/v1/speakers", slugs: "none", params: { limit: number, cursor } },
  "app/(api)/api/v1/speakers/[slug]/route.ts": { path: "/api/v1/speakers/{slug}", slugs: "speaker", params: {} },
  "app/(api)/api/v1/openapi.json/route.ts": { path: "/api/v1/openapi.json", slugs: "none", params: {} },
  "app/(api)/api/oembed/route.ts": {
    path: "/api/oembed",
    slugs: "none",
    params: {
      url: fc.oneof(
        fc.constantFrom("{site}/claims/{slug}", "{site}/embed/claims/{slug}", "https://evil.example/claims/x", "{site}/claims/", "javascript:alert(1)"),
        textValue,
      ),
      maxwidth: number,
      maxheight: number,
      format: choices("json", "xml"),
    },
    // oEmbed's own answer to a format the provider does not offer.
    protocolStatuses: [501],
  },
  "app/(api)/api/health/route.ts": { path: "/api/health", slugs: "none", params: {} },
  "app/(api)/api/health/live/route.ts": { path: "/api/health/live", slugs: "none", params: {} },
  "app/(api)/api/health/ready/route.ts": { path: "/api/health/ready", slugs: "none", params: {} },
  // Auth.js's own endpoints: session, CSRF token, providers, errors, and the
  // credentials callback (posted with junk; no real account's address).
  "app/(api)/api/auth/[...nextauth]/route.ts": {
    path: "/api/auth/{slug}",
    slugs: "none",
    params: { error: textValue, callbackUrl: fc.oneof(fc.constantFrom("/desk", "//evil.example", "https://evil.example/"), textValue) },
  },
  "app/(public)/feed.xml/route.ts": { path: "/feed.xml", slugs: "none", params: {} },
  "app/(public)/feed.json/route.ts": { path: "/feed.json", slugs: "none", params: {} },
  "app/(public)/speakers/[slug]/feed.xml/route.ts": { path: "/speakers/{slug}/feed.xml", slugs: "speaker", params: {} },
  "app/(public)/speakers/[slug]/feed.json/route.ts": { path: "/speakers/{slug}/feed.json", slugs: "speaker", params: {} },
  "app/(public)/topics/[slug]/feed.xml/route.ts": { path: "/topics/{slug}/feed.xml", slugs: "topic", params: {} },
  "app/(public)/topics/[slug]/feed.json/route.ts": { path: "/topics/{slug}/feed.json", slugs: "topic", params: {} },
  "app/(desk)/desk/claims/export/route.ts": { path: "/desk/claims/export", slugs: "none", params: queueFilters },
  "app/(desk)/desk/import/template/route.ts": { path: "/desk/import/template", slugs: "none", params: {} },
  "app/(desk)/desk/import/preview/route.ts": { path: "/desk/import/preview", slugs: "none", params: {}, method: "POST", body: csvBody },
  "app/(desk)/desk/import/commit/route.ts": { path: "/desk/import/commit", slugs: "none", params: {}, method: "POST", body: csvBody },
};

// Pages (not route handlers) whose query strings reach the database.
export const PAGE_DESCRIPTIONS: Record<string, RouteDescription> = {
  "page /search": {
    path: "/search",
    slugs: "none",
    params: { q: textValue, rating: slugLike, speaker: slugLike, topic: slugLike, from: day, to: day, page: number },
  },
  "page /desk/claims": { path: "/desk/claims", slugs: "none", params: queueFilters },
  // Opened from the article reader: the archived article is looked up.
  "page /desk/claims/new": {
    path: "/desk/claims/new",
    slugs: "none",
    params: { article: choices("cmx0000000000000000000000", "../x"), link: textValue, on: day },
  },
  "page /speakers": { path: "/speakers", slugs: "none", params: { sort: choices("recent", "name"), page: number } },
  "page /speakers/[slug]/claims/[page]": { path: "/speakers/{slug}/claims/2", slugs: "speaker", params: {} },
  "page /claims/[slug]": { path: "/claims/{slug}", slugs: "publishedClaim", params: {} },
  // The pages behind the desk's emailed links look their token up.
  "page /welcome": { path: "/welcome", slugs: "none", params: { token: textValue } },
  "page /reset-password": { path: "/reset-password", slugs: "none", params: { token: textValue } },
  "page /confirm-email": { path: "/confirm-email", slugs: "none", params: { token: textValue } },
  "page /desk/audit": {
    path: "/desk/audit",
    slugs: "none",
    params: { action: textValue, person: textValue, from: day, to: day, claim: textValue, before: cursor, after: cursor },
  },
};

// Every route.ts under app/, as paths from the repository root.
export function routeFiles(root = "app"): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") found.push(full.split(path.sep).join("/"));
    }
  };
  walk(root);
  return found.sort();
}

// Slugs in a path: a real one from the database, or a hostile one, encoded
// or raw. Auth.js's catch-all gets its own endpoint names.
export const pathSlug = (pool: SlugPool) =>
  pool === "none"
    ? fc.constantFrom("session", "csrf", "providers", "signin", "signout", "error", "callback/credentials", "nope", "..%2F..%2Fetc", "%00")
    : fc.oneof(
        { weight: 4, arbitrary: fc.nat().map((pick) => ({ pick })) },
        { weight: 2, arbitrary: textValue.map((text) => ({ text })) },
        { weight: 1, arbitrary: fc.constantFrom(...RAW_PERCENT, "..%2F..%2F", "x".repeat(5000)).map((raw) => ({ raw })) },
      );
