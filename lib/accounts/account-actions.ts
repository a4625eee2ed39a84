"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientIp } from "@/lib/auth/client-ip";
import { signIn } from "@/lib/auth/config";
import { formAction } from "@/lib/auth/door";
import { queueJob } from "@/lib/jobs/queue";
import { changeOwnPassword, renameSelf, requestEmailChange } from "./account-changes";
import { PASSWORD_CHANGED_PARAM } from "./links";
import { emailChangeSchema, passwordChangeSchema, renameSchema } from "./schema";

// /desk/account: a signed-in person's own account. None of these forms names
// an account; each acts on whoever is signed in.

export const renameMe = formAction({
  schema: renameSchema,
  permission: "account.self",
  run: (input, actor) => renameSelf(actor, input),
  success: (account) => `Your name is now ${account.name}.`,
  // The desk header names the person on every page.
  after: () => revalidatePath("/desk", "layout"),
});

export const changeMyEmail = formAction({
  schema: emailChangeSchema,
  permission: "account.self",
  run: async (input, actor) => requestEmailChange(actor, input, clientIp(await headers())),
  success: ({ newEmail }) =>
    `A confirmation link went to ${newEmail}. Your address changes when you follow it (within 24 hours); until then, sign in with your current one.`,
  after: () => queueJob("deliver-mail"),
});

export const changeMyPassword = formAction({
  schema: passwordChangeSchema,
  permission: "account.self",
  run: async (input, actor) => {
    const changed = await changeOwnPassword(actor, input, clientIp(await headers()));
    return { stillSignedIn: await signInAgain(changed.email, input.password) };
  },
  // The page is loaded afresh rather than re-rendered within this request:
  // that render would still read the old session cookie, which the change
  // has just ended, and send the person to sign in.
  after: async ({ stillSignedIn }) => {
    await queueJob("deliver-mail");
    redirect(stillSignedIn ? `/desk/account?${PASSWORD_CHANGED_PARAM}=1` : "/login?reset=1");
  },
});

// The change moved the account's session version on, which ends this
// browser's session too. Signing in again here, with the password just
// chosen, gives this browser a session of the new version; only the others
// stay ended. (Carrying the new version into the existing token through
// Auth.js's session update would let any browser holding an old token ask
// for the same, which is exactly what must not happen.)
async function signInAgain(email: string, password: string): Promise<boolean> {
  try {
    await signIn("credentials", { email, password, redirect: false });
    return true;
  } catch (error) {
    console.error("[onrecord] signing in again after a password change failed", error);
    return false;
  }
}
