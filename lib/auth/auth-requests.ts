import "server-only";
import type { NextRequest } from "next/server";
import { NO_STORE, plainJsonAnswers } from "@/lib/auth/route-answers";
import { DomainError } from "@/lib/errors";
import { site } from "@/lib/site";

// Auth.js answers some client mistakes with a 500 and "There is a problem with
// the server configuration" (found by the fuzz suite): a callbackUrl it will
// not follow, or an action it does not have. These are refused here with a
// 400 or 404 that says what is wrong, before Auth.js reads them. The route
// door passes Auth.js's catch-all through this guard instead of a zod schema
// (lib/auth/route-door.ts says why); its refusals are written as the door
// writes them, with the status of the one table in lib/errors.ts.

// What the site's own pages ask of Auth.js: reading the session, the CSRF
// token and the providers, and signing in and out with a password.
const ACTIONS: Record<string, ReadonlySet<string>> = {
  GET: new Set(["session", "csrf", "providers", "signin", "signout", "error"]),
  POST: new Set(["session", "signin/credentials", "callback/credentials", "signout"]),
};

const CALLBACK_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.callback-url=([^;]*)/;

// Where a sign-in may send the person afterwards: a path on this site, or an
// address on this site's own origin.
export function isOwnCallbackUrl(value: string, origins: readonly string[]): boolean {
  if (value.startsWith("/")) return !value.startsWith("//") && !value.startsWith("/\\");
  try {
    return origins.includes(new URL(value).origin);
  } catch {
    return false;
  }
}

// The site's public address, and the one this request reached (by its Host
// header: Next's own URL writes 127.0.0.1 as localhost).
function ownOrigins(request: NextRequest): string[] {
  const host = request.headers.get("host");
  return [new URL(site.url).origin, request.nextUrl.origin, ...(host ? [`${request.nextUrl.protocol}//${host}`] : [])];
}

export const authAnswers = plainJsonAnswers({ name: "sign-in", headers: NO_STORE, failure: "Signing in failed because of a problem on our side." });

const refuse = (code: "invalid" | "not_found", message: string) => authAnswers.refusal(new DomainError(code, message));

export async function refuseAuthRequest(request: NextRequest): Promise<Response | null> {
  const action = request.nextUrl.pathname.replace(/^\/api\/auth\/?/, "").replace(/\/$/, "");
  if (!ACTIONS[request.method]?.has(action)) return refuse("not_found", "There is no such sign-in step.");
  const origins = ownOrigins(request);
  const wanted: string[] = [...request.nextUrl.searchParams.getAll("callbackUrl")];
  const cookie = CALLBACK_COOKIE.exec(request.headers.get("cookie") ?? "")?.[1];
  if (cookie !== undefined) {
    try {
      wanted.push(decodeURIComponent(cookie));
    } catch {
      return refuse("invalid", "The sign-in cookie is damaged: clear this site's cookies and sign in again.");
    }
  }
  if (request.method === "POST" && /^(application\/x-www-form-urlencoded|multipart\/form-data)/.test(request.headers.get("content-type") ?? "")) {
    try {
      const form = await request.clone().formData();
      for (const value of form.getAll("callbackUrl")) if (typeof value === "string") wanted.push(value);
    } catch {
      return refuse("invalid", "The sign-in form arrived broken. Reload the page and try again.");
    }
  }
  if (wanted.some((value) => !isOwnCallbackUrl(value, origins))) {
    return refuse("invalid", "After signing in you can only be sent to a page of this site.");
  }
  return null;
}
