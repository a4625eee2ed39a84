import { type APIRequestContext, expect, test } from "@playwright/test";
import fc from "fast-check";
import { withDatabase } from "./support/database";
import { E2E } from "./support/env";
import { claimBy, unique } from "./support/factories";
import { type ActionAnswer, callAction, encodeArguments, FORM_DATA_REFERENCE, formFieldPart, multipartBody } from "./support/fuzz/action-call";
import { ACTION_DESCRIPTIONS, type ActionDescription, fieldValues } from "./support/fuzz/action-descriptions";
import { findingsAfterBatch } from "./support/fuzz/after-batch";
import { describeFields, formCase } from "./support/fuzz/form-case";
import { readIdPool, resolveFields } from "./support/fuzz/id-pool";
import { actionKey, type BuiltAction, builtActions, pageAddressFor } from "./support/fuzz/manifest";
import { findViolations, type Violation } from "./support/fuzz/rules";
import { actorEmails, type FuzzRole, fuzzBegan, ROLES, requestAs, storageStateOf, throwawayRequestAs } from "./support/fuzz/sessions";
import { addToTally, describeFinding, type Finding, FUZZ, readTally, seedFor } from "./support/fuzz/settings";

// The fuzz of every server action (issue 10, "Hardening"): for each action
// the build has, and as nobody, a reporter, an editor and an admin, seeded
// random submissions, plausible and hostile (huge, empty, wrong type, out of
// range, NUL, control and direction characters, invalid dates, repeated and
// unknown fields), sent the way the browser sends them. After each action:
// no answer was a server error (a 500, or a form state saying "a problem on
// our side", which is a server error the door caught and logged), no row
// breaks a rule of lib/input-rules.ts, and the desk and public pages of
// every claim the action touched still answer 200 or 404.
//
// It runs after every other spec (the "fuzz" project in playwright.config.ts
// depends on the others): it leaves junk claims, retired ratings, disabled
// accounts and unpublished verdicts behind, which no other spec expects.

// Tests are declared from the descriptions (the build may not exist yet when
// Playwright collects them: the web server builds it); the first test checks
// that they and the build's manifest name the same actions.
const actionKeys = Object.keys(ACTION_DESCRIPTIONS).filter((key) => !FUZZ.only || key.includes(FUZZ.only));
const sessions = {} as Record<FuzzRole, APIRequestContext>;
let baseline: Violation[] = [];
// A seeded claim, for actions only claim pages carry when a case names none.
let anyClaimId = "";
let requests = 0;

test.beforeAll(async ({ playwright, browser }) => {
  await fuzzBegan();
  anyClaimId = (await claimBy("slug", "talks-breakthrough-demo")).id;
  for (const role of ROLES) sessions[role] = await requestAs(playwright, browser, role);
  baseline = await findViolations();
});

test.afterAll(async () => {
  for (const session of Object.values(sessions)) await session.dispose();
});

test("every server action of the build has a fuzz description, with values for every field", () => {
  const all = builtActions();
  expect(all.length, "the build's manifest lists the server actions").toBeGreaterThan(30);
  const undescribed = all.map(actionKey).filter((key) => !(key in ACTION_DESCRIPTIONS));
  expect(undescribed, "describe these actions in tests/e2e/support/fuzz/action-descriptions.ts").toEqual([]);
  const stale = Object.keys(ACTION_DESCRIPTIONS).filter((key) => !all.some((action) => actionKey(action) === key));
  expect(stale, "these described actions are no longer in the build").toEqual([]);
  const unvalued = Object.entries(ACTION_DESCRIPTIONS).flatMap(([key, description]) =>
    description.call === "form" ? fieldValues(description).missing.map((field) => `${key}: ${field}`) : [],
  );
  expect(unvalued, "give these fields values in tests/e2e/support/fuzz/field-values.ts").toEqual([]);
});

// The fuzz is only as good as its imitation of the browser: a form submitted
// in Chromium is sent as the encoder sends it, and a submission made by the
// encoder is accepted and written like the browser's.
test("the fuzz sends an action the way the browser does, and a valid one is written", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: E2E.baseURL, storageState: await storageStateOf(browser, "reporter") });
  const page = await context.newPage();
  await page.goto("/desk/sources");
  const sent = page.waitForRequest((request) => request.method() === "POST" && Boolean(request.headers()["next-action"]));
  const byBrowser = `Ministry readout, as sent by the browser (${unique("fuzz")})`;
  await page.getByLabel("Kind of source").first().selectOption("OFFICIAL_STATEMENT");
  await page.getByLabel("Title").first().fill(byBrowser);
  await page.getByRole("button", { name: "Add source" }).click();
  const request = await sent;
  const body = request.postData() ?? "";
  expect(request.headers()["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
  expect(body).toContain(`name="${formFieldPart("title")}"\r\n\r\n${byBrowser}\r\n`);
  expect(body).toMatch(new RegExp(`name="0"\\r\\n\\r\\n\\[\\{"status":"idle"\\},"\\${FORM_DATA_REFERENCE}"\\]\\r\\n`));
  await expect(page.getByText(`Added “${byBrowser}” to the source library.`)).toBeVisible();
  await context.close();

  const addSource = builtActions().find((action) => actionKey(action) === "lib/sources/actions.ts#addSource")!;
  const byFuzz = `Ministry readout, as sent by the fuzz (${unique("fuzz")})`;
  const answer = await callAction(sessions.reporter, pageAddressFor(addSource, undefined, anyClaimId), addSource.id, {
    multipart: multipartBody(
      [
        ["type", { text: "OFFICIAL_STATEMENT" }],
        ["title", { text: byFuzz }],
      ],
      { status: "idle" },
    ),
  });
  expect(answer).toMatchObject({ status: 200, outcome: "success" });
  const stored = await withDatabase(
    async (db) => (await db.query(`SELECT count(*)::int AS n FROM "Source" WHERE title = ANY($1)`, [[byBrowser, byFuzz]])).rows[0].n,
  );
  expect(stored).toBe(2);
});

// An answer is a finding when it is a server error, or a form state that
// says the server failed (the door logs those as "mutation failed").
function problemWith(answer: ActionAnswer): string | null {
  if (answer.status >= 500) return `HTTP ${answer.status}: ${answer.body.slice(0, 300)}`;
  if (answer.outcome === "failed") return `the action answered "a problem on our side" (HTTP ${answer.status})`;
  if (answer.outcome === "threw") return `the action threw (HTTP ${answer.status}): ${answer.body.slice(0, 300)}`;
  return null;
}

async function fuzzAction(action: BuiltAction, description: ActionDescription, role: FuzzRole, session: APIRequestContext, findings: Finding[]) {
  const seed = seedFor(actionKey(action), role);
  const what = actionKey(action);
  if (description.call === "args") {
    const cases = fc.sample(fc.tuple(description.args, fc.boolean()), { seed, numRuns: FUZZ.runs });
    for (const [index, [args, escaped]] of cases.entries()) {
      // Mostly as React escapes them; sometimes raw, so a "$…" string is
      // read as a reference to something that is not there.
      const json = escaped ? encodeArguments(args) : JSON.stringify(args);
      const answer = await callAction(session, pageAddressFor(action, undefined, anyClaimId), action.id, { json });
      requests++;
      const problem = problemWith(answer);
      if (problem) findings.push({ what, role, seed, index, problem, input: json });
    }
    return;
  }
  const { values } = fieldValues(description);
  const cases = fc.sample(formCase(values, description.dynamicFields), { seed, numRuns: FUZZ.runs });
  const pool = await readIdPool(actorEmails());
  for (const [index, fuzzCase] of cases.entries()) {
    const fields = await resolveFields(fuzzCase.fields, pool);
    const claimId = fields.find(([name, value]) => name === "claimId" && "text" in value)?.[1] as { text: string } | undefined;
    const answer = await callAction(session, pageAddressFor(action, claimId?.text, anyClaimId), action.id, {
      multipart: multipartBody(fields, fuzzCase.previousState),
    });
    requests++;
    const problem = problemWith(answer);
    if (problem)
      findings.push({ what, role, seed, index, problem, input: `${describeFields(fields)}, previous state ${JSON.stringify(fuzzCase.previousState)}` });
  }
}

for (const key of actionKeys) {
  test(`fuzz ${key}`, async ({ playwright, browser }) => {
    const description = ACTION_DESCRIPTIONS[key]!;
    const action = builtActions().find((built) => actionKey(built) === key);
    expect(action, `${key} is in the build`).toBeDefined();
    const findings: Finding[] = [];
    const started = Date.now();
    requests = 0;
    const batchBegan = await withDatabase(async (db) => (await db.query<{ now: Date }>("SELECT now()")).rows[0]!.now);

    for (const role of ROLES) {
      // Signing out ends the account's sessions, and the account page's forms
      // change the account itself (its name in the header the other specs
      // look for): done as accounts of their own.
      const ownAccount = key.endsWith("#logOut") || key.startsWith("lib/accounts/account-actions.ts#");
      const session = ownAccount && role !== "anonymous" ? await throwawayRequestAs(playwright, browser, role) : sessions[role];
      await fuzzAction(action!, description, role, session, findings);
      if (session !== sessions[role]) await session.dispose();
    }

    // A body over the 1 MB limit for action bodies is refused as too large.
    const oversized = await callAction(sessions.editor, pageAddressFor(action!, undefined, anyClaimId), action!.id, {
      multipart: multipartBody([["title", { text: "x".repeat(1_100_000) }]], { status: "idle" }),
    });
    requests++;
    if (oversized.status !== 413)
      findings.push({
        what: key,
        role: "editor",
        seed: 0,
        index: -1,
        problem: `a 1.1 MB body answered ${oversized.status}, not 413`,
        input: "title = 'x' × 1,100,000",
      });

    findings.push(...(await findingsAfterBatch(key, baseline, sessions, batchBegan)));
    addToTally("actions", requests, Date.now() - started);
    expect(findings.map(describeFinding), "server errors, rule-breaking rows or broken pages").toEqual([]);
  });
}

test("summary", () => {
  const tally = readTally("actions");
  console.log(
    `[fuzz] server actions: ${tally.items} actions × ${ROLES.length} roles × ${FUZZ.runs} cases, plus one oversized body each: ${tally.requests} requests in ${(tally.milliseconds / 1000).toFixed(1)} s (seed ${FUZZ.seed})`,
  );
});
