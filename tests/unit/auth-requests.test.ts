import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { isOwnCallbackUrl, refuseAuthRequest } from "@/lib/auth/auth-requests";

// Client mistakes the fuzz suite found Auth.js answering with 500: refused
// here with 400 or 404 before Auth.js reads them.
const site = "http://127.0.0.1:3100";
const get = (path: string, headers: Record<string, string> = {}) =>
  refuseAuthRequest(new NextRequest(`${site}${path}`, { headers: { host: "127.0.0.1:3100", ...headers } }));

describe("what the site's pages ask of Auth.js", () => {
  it("lets through the session, the CSRF token, the providers and sign-out, with a callback on this site", async () => {
    for (const path of [
      "/api/auth/session",
      "/api/auth/csrf",
      "/api/auth/providers",
      "/api/auth/session?callbackUrl=/desk",
      `/api/auth/csrf?callbackUrl=${encodeURIComponent(`${site}/desk/claims`)}`,
    ]) {
      expect(await get(path), path).toBeNull();
    }
    const signIn = new NextRequest(`${site}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken: "t", email: "a@example.org", password: "p", callbackUrl: "/desk" }),
    });
    expect(await refuseAuthRequest(signIn)).toBeNull();
  });

  it.each(["-2026-01-01", "https://evil.example/", "//evil.example/desk", "/\\evil.example", "x".repeat(300), "javascript:alert(1)"])(
    "a callbackUrl of %s is a 400",
    async (callbackUrl) => {
      const answer = await get(`/api/auth/session?callbackUrl=${encodeURIComponent(callbackUrl)}`);
      expect(answer?.status).toBe(400);
      expect(await answer!.json()).toEqual({ error: expect.stringMatching(/page of this site/) });
    },
  );

  it("a forged callback cookie is a 400 too", async () => {
    expect((await get("/api/auth/session", { cookie: "authjs.callback-url=https%3A%2F%2Fevil.example" }))?.status).toBe(400);
    expect((await get("/api/auth/session", { cookie: "authjs.callback-url=%E0%A4%A" }))?.status).toBe(400);
    expect(await get("/api/auth/session", { cookie: "authjs.callback-url=%2Fdesk" })).toBeNull();
  });

  it("a step Auth.js does not have for this site is a 404", async () => {
    expect((await get("/api/auth/callback/credentials?callbackUrl=0"))?.status).toBe(404);
    expect((await get("/api/auth/callback/github"))?.status).toBe(404);
    expect((await get("/api/auth/nonsense"))?.status).toBe(404);
  });

  it("only same-origin addresses and plain paths are ours", () => {
    expect(isOwnCallbackUrl("/desk?x=1", [site])).toBe(true);
    expect(isOwnCallbackUrl(`${site}/desk`, [site])).toBe(true);
    expect(isOwnCallbackUrl("http://127.0.0.1:3101/desk", [site])).toBe(false);
  });
});
