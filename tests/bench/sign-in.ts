// Signs in through Auth.js's own endpoints and returns the Cookie header a
// signed-in desk request carries.
export async function signInCookie(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((value) => value.split(";")[0])
    .join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: csrfCookie, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/desk" }),
  });
  const session = response.headers.getSetCookie().find((value) => value.includes("authjs.session-token="));
  if (!session) throw new Error(`could not sign in as ${email}`);
  return session.split(";")[0]!;
}
