import { type APIRequestContext, expect, test } from "@playwright/test";
import fc from "fast-check";
import { withDatabase } from "./support/database";
import { findingsAfterBatch } from "./support/fuzz/after-batch";
import { everyPageShowingRows } from "./support/fuzz/pages";
import { addressOf, readSlugPools, routeCase, type SlugPools, sendRouteCase } from "./support/fuzz/route-call";
import { PAGE_DESCRIPTIONS, ROUTE_DESCRIPTIONS, routeFiles } from "./support/fuzz/route-descriptions";
import { findViolations, type Violation } from "./support/fuzz/rules";
import { type FuzzRole, fuzzBegan, ROLES, requestAs } from "./support/fuzz/sessions";
import { addToTally, describeFinding, type Finding, FUZZ, readTally, seedFor } from "./support/fuzz/settings";

// The fuzz of every route handler (issue 10, "Hardening"), and of the pages
// whose query strings reach the database: as nobody, a reporter, an editor
// and an admin, seeded random paths and query strings (NUL, huge, repeated
// and unknown parameters, direction characters, impossible dates, bad
// cursors, broken percent-encoding), methods the route does not answer, and
// CSV files with hostile cells for the import routes. No answer may be a
// server error; no row the imports write may break a rule; and at the end
// every page that could show a row the fuzz wrote still answers 200 or 404.
//
// Runs after fuzz-actions.spec.ts, in the "fuzz" project that runs after all
// other specs (playwright.config.ts); the last test checks the pages of
// both.

const described = { ...ROUTE_DESCRIPTIONS, ...PAGE_DESCRIPTIONS };
const targets = Object.keys(described).filter((key) => !FUZZ.only || key.includes(FUZZ.only));
const sessions = {} as Record<FuzzRole, APIRequestContext>;
let baseline: Violation[] = [];
let pools: SlugPools;

test.beforeAll(async ({ playwright, browser }) => {
  await fuzzBegan();
  for (const role of ROLES) sessions[role] = await requestAs(playwright, browser, role);
  baseline = await findViolations();
  pools = await readSlugPools();
});

test.afterAll(async () => {
  for (const session of Object.values(sessions)) await session.dispose();
});

test("every route handler has a fuzz description", () => {
  const files = routeFiles();
  expect(files.length, "the app has route handlers").toBeGreaterThan(10);
  expect(
    files.filter((file) => !(file in ROUTE_DESCRIPTIONS)),
    "describe these routes in tests/e2e/support/fuzz/route-descriptions.ts",
  ).toEqual([]);
  expect(
    Object.keys(ROUTE_DESCRIPTIONS).filter((file) => !files.includes(file)),
    "these described routes are gone",
  ).toEqual([]);
});

// A 5xx, or an answer that says the server failed inside a 200 (the import
// commit streams its outcome).
function problemWith(answer: { status: number; body: string }, protocolStatuses: number[] = []): string | null {
  if (answer.status >= 500 && !protocolStatuses.includes(answer.status)) return `HTTP ${answer.status}: ${answer.body.slice(0, 300)}`;
  if (/problem on our side/.test(answer.body)) return `HTTP ${answer.status} saying the server failed: ${answer.body.slice(0, 300)}`;
  return null;
}

for (const key of targets) {
  test(`fuzz ${key}`, async () => {
    const description = described[key]!;
    const findings: Finding[] = [];
    const started = Date.now();
    let requests = 0;
    const batchBegan = await withDatabase(async (db) => (await db.query<{ now: Date }>("SELECT now()")).rows[0]!.now);
    for (const role of ROLES) {
      const seed = seedFor(key, role);
      for (const [index, fuzzCase] of fc.sample(routeCase(description), { seed, numRuns: FUZZ.runs }).entries()) {
        const address = addressOf(description, fuzzCase, pools);
        const answer = await sendRouteCase(sessions[role], address, fuzzCase);
        requests++;
        const problem = problemWith(answer, description.protocolStatuses);
        const body = fuzzCase.body === undefined ? "" : `, body ${JSON.stringify(fuzzCase.body.slice(0, 300))}`;
        if (problem) findings.push({ what: key, role, seed, index, problem, input: `${fuzzCase.method} ${address.slice(0, 400)}${body}` });
      }
    }
    findings.push(...(await findingsAfterBatch(key, baseline, sessions, batchBegan)));
    addToTally("routes", requests, Date.now() - started);
    expect(findings.map(describeFinding), "server errors, rule-breaking rows or broken pages").toEqual([]);
  });
}

test("every page that could show a row the fuzz wrote still answers 200 or 404", async () => {
  const started = Date.now();
  const { asked, broken } = await everyPageShowingRows(sessions.editor, sessions.anonymous, await fuzzBegan());
  console.log(`[fuzz] pages asked again after the fuzz: ${asked} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  expect(broken).toEqual([]);
});

test("summary", () => {
  const tally = readTally("routes");
  console.log(
    `[fuzz] route handlers and pages: ${tally.items} routes × ${ROLES.length} roles × ${FUZZ.runs} cases: ${tally.requests} requests in ${(tally.milliseconds / 1000).toFixed(1)} s (seed ${FUZZ.seed})`,
  );
});
