"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/door";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { changeRole, setDisabled } from "@/lib/users/mutations";
import { changeRoleSchema, setDisabledSchema } from "@/lib/users/schema";

const refreshUserList = () => revalidatePath("/desk/admin/users");

export const updateRole = formAction({
  schema: changeRoleSchema,
  permission: "users.manage",
  run: (input, actor) => changeRole(actor, input),
  success: (user) => `${user.name} is now ${ROLE_LABELS[user.role]}. Their current session has ended.`,
  after: refreshUserList,
});

export const updateAccess = formAction({
  schema: setDisabledSchema,
  permission: "users.manage",
  run: (input, actor) => setDisabled(actor, input),
  success: (user) => (user.disabledAt ? `${user.name}'s account is disabled and signed out.` : `${user.name}'s account is enabled again.`),
  after: refreshUserList,
});
