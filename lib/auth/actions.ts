"use server";

import { headers } from "next/headers";
import { AuthError } from "next-auth";
import { clientIp } from "@/lib/auth/client-ip";
import { signIn, signOut } from "@/lib/auth/config";
import { formDataToObject } from "@/lib/auth/door";
import { loginSchema, nextPath } from "@/lib/auth/schema";
import { getActor } from "@/lib/auth/session";
import { endSessions } from "@/lib/auth/sign-out";
import { checkLoginThrottle, throttleMessage } from "@/lib/auth/throttle";
import { isUnreachable } from "@/lib/database/unreachable";
import { fieldErrorsOf } from "@/lib/form-fields";
import type { FormState } from "@/lib/form-state";

export async function logIn(_previous: FormState, formData: FormData): Promise<FormState> {
  const raw = formDataToObject(formData);
  const parsed = loginSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      status: "invalid",
      message: "Enter your email and password.",
      fieldErrors: fieldErrorsOf(parsed.error),
      values: { email: String(raw.email ?? "") },
    };
  }
  // Checked here as well as in `authorize` so the message can say how long to wait.
  // The email is given back so a refused sign-in does not make people retype it.
  const values = { email: parsed.data.email };
  let throttle: Awaited<ReturnType<typeof checkLoginThrottle>>;
  try {
    throttle = await checkLoginThrottle(parsed.data.email, clientIp(await headers()));
  } catch (error) {
    return databaseDown(error, values);
  }
  if (throttle.blocked) return { status: "refused", message: throttleMessage(throttle), values };
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: nextPath.parse(raw.next ?? "/desk"),
    });
  } catch (error) {
    // Auth.js wraps what `authorize` threw (lib/auth/login.ts reads the
    // database) as the cause of its own error.
    if (isUnreachable(error) || isUnreachable((error as { cause?: { err?: unknown } }).cause?.err)) return databaseDown(error, values);
    if (error instanceof AuthError) {
      const explanation = (error as AuthError & { explanation?: string }).explanation;
      return { status: "refused", message: explanation ?? "That email and password do not match an account.", values };
    }
    throw error; // the redirect after a successful sign-in
  }
  return { status: "success", message: "Signed in." };
}

// With the database down nobody can be signed in: say so, rather than
// "that email and password do not match" or Next's error page.
function databaseDown(error: unknown, values: { email: string }): FormState {
  if (!isUnreachable(error) && !isUnreachable((error as { cause?: { err?: unknown } }).cause?.err)) throw error;
  console.error("[onrecord] sign-in failed: the database did not answer", error);
  return { status: "failed", message: "The database is not answering, so nobody can sign in just now. Try again in a moment.", values };
}

export async function logOut() {
  const actor = await getActor();
  if (actor) await endSessions(actor, clientIp(await headers()));
  await signOut({ redirectTo: "/login?signedOut=1" });
}
