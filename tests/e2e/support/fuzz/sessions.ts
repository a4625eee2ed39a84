import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, Browser, PlaywrightWorkerArgs } from "@playwright/test";
import { ACCOUNTS, type Credentials, signIn } from "../accounts";
import { withDatabase } from "../database";
import { E2E } from "../env";
import { makeAccount } from "../factories";

// The people the fuzz acts as: nobody, and the three demo accounts (who own
// and are assigned the seeded claims, so their cases reach the mutations).
// Each signs in through the login form once per server run; the cookies are
// kept in the run's data folder, which every start empties. Signing in once
// matters: the fuzz of the sign-in form soon trips the per-address throttle,
// after which nobody could sign in from here for fifteen minutes.

export const ROLES = ["anonymous", "reporter", "editor", "admin"] as const;
export type FuzzRole = (typeof ROLES)[number];

export const actorEmails = () => [ACCOUNTS.reporter.email, ACCOUNTS.editor.email, ACCOUNTS.admin.email];

const stateFile = (name: string) => path.join(E2E.dataDir, "fuzz-sessions", name === "began" ? "began.txt" : `${name}.json`);

async function storedSession(browser: Browser, name: string, who: Credentials): Promise<string> {
  const file = stateFile(name);
  if (existsSync(file)) return file;
  mkdirSync(path.dirname(file), { recursive: true });
  const context = await browser.newContext({ baseURL: E2E.baseURL });
  await signIn(await context.newPage(), who);
  await context.storageState({ path: file });
  await context.close();
  return file;
}

// The signed-in cookies of a role, as a file for a browser context.
export const storageStateOf = (browser: Browser, role: Exclude<FuzzRole, "anonymous">) => storedSession(browser, role, ACCOUNTS[role]);

export async function requestAs(playwright: PlaywrightWorkerArgs["playwright"], browser: Browser, role: FuzzRole): Promise<APIRequestContext> {
  if (role === "anonymous") return playwright.request.newContext({ baseURL: E2E.baseURL });
  const storageState = await storedSession(browser, role, ACCOUNTS[role]);
  return playwright.request.newContext({ baseURL: E2E.baseURL, storageState });
}

// Signing out ends every session of the account, so the sign-out action is
// fuzzed as accounts of its own, one per role, made for the purpose.
export async function throwawayRequestAs(
  playwright: PlaywrightWorkerArgs["playwright"],
  browser: Browser,
  role: Exclude<FuzzRole, "anonymous">,
): Promise<APIRequestContext> {
  const account = await makeAccount(role.toUpperCase() as "REPORTER" | "EDITOR" | "ADMIN");
  const storageState = await storedSession(browser, `throwaway-${role}-${account.id}`, account);
  return playwright.request.newContext({ baseURL: E2E.baseURL, storageState });
}

// When the fuzz began in this server run (the database's clock), kept beside
// the sessions: the last check asks again the desk pages of every claim
// changed since.
export async function fuzzBegan(): Promise<Date> {
  const file = stateFile("began");
  if (existsSync(file)) return new Date(readFileSync(file, "utf8"));
  const now = await withDatabase(async (db) => (await db.query<{ now: Date }>("SELECT now()")).rows[0]!.now);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, now.toISOString());
  return now;
}
