"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction, openFormAction } from "@/lib/auth/door";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { queueJob } from "@/lib/jobs/queue";
import { invitationSchema } from "@/lib/users/schema";
import { acceptInvitation, inviteColleague, resendInvitation, revokeInvitation } from "./invitations";
import { acceptInvitationSchema, userIdField } from "./schema";

// The invitation's mail is already in the outbox, committed with the
// account; asking for the delivery job now sends it within seconds rather
// than at the job's next scheduled run.
const deliverNow = () => queueJob("deliver-mail");

const afterListChange = async () => {
  await deliverNow();
  revalidatePath("/desk/admin/users");
};

export const inviteAccount = formAction({
  schema: invitationSchema,
  permission: "users.manage",
  run: (input, actor) => inviteColleague(actor, input),
  success: (invitee) =>
    `Invitation sent to ${invitee.email} (${ROLE_LABELS[invitee.role]}). They choose their own password from the link, which works for 7 days.`,
  after: afterListChange,
});

export const resendInvite = formAction({
  schema: userIdField,
  permission: "users.manage",
  run: (input, actor) => resendInvitation(actor, input),
  success: (invitee) => `A new invitation went to ${invitee.email}; the earlier link no longer works.`,
  after: afterListChange,
});

export const revokeInvite = formAction({
  schema: userIdField,
  permission: "users.manage",
  run: (input, actor) => revokeInvitation(actor, input),
  success: ({ name, outcome }) =>
    outcome === "removed"
      ? `${name}'s invitation is revoked and the account removed.`
      : `${name}'s invitation is revoked. Claims already point at the account, so it is kept, disabled.`,
  after: () => revalidatePath("/desk/admin/users"),
});

export const acceptInvite = openFormAction({
  schema: acceptInvitationSchema,
  permission: "account.recover",
  run: (input) => acceptInvitation(input),
  after: () => redirect("/login?joined=1"),
});
