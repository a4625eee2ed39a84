"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientIp } from "@/lib/auth/client-ip";
import { openFormAction } from "@/lib/auth/door";
import { queueJob } from "@/lib/jobs/queue";
import { confirmEmailChange } from "./account-changes";
import { RESET_REQUESTED, requestPasswordReset, resetPassword } from "./reset";
import { confirmEmailSchema, resetPasswordSchema, resetRequestSchema } from "./schema";

// What someone who is not signed in can do with the desk's emailed links.

export const askForReset = openFormAction({
  schema: resetRequestSchema,
  permission: "account.recover",
  run: async (input) => requestPasswordReset({ email: input.email, ip: clientIp(await headers()) }),
  success: RESET_REQUESTED,
  // Asked for whether or not a mail was written, so this step takes the
  // same course for an unknown address too.
  after: () => queueJob("deliver-mail"),
});

export const chooseNewPassword = openFormAction({
  schema: resetPasswordSchema,
  permission: "account.recover",
  run: async (input) => resetPassword({ token: input.token, password: input.password, ip: clientIp(await headers()) }),
  after: async () => {
    await queueJob("deliver-mail");
    redirect("/login?reset=1");
  },
});

export const confirmNewEmail = openFormAction({
  schema: confirmEmailSchema,
  permission: "account.recover",
  run: (input) => confirmEmailChange(input),
  success: (account) => `Your desk email is now ${account.email}. Sign in with it from now on.`,
  after: () => queueJob("deliver-mail"),
});
