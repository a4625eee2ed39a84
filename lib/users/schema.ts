import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { requiredText } from "@/lib/form-fields";

// An email address as people type it: trimmed and lower-cased *before* the
// format check (zod 4 checks z.email() before any .trim() chained after it).
export const emailAddress = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .toLowerCase()
    .max(200, { error: "The email address is too long." })
    .pipe(z.email({ error: message }));

// Long enough to resist guessing; no composition rules, which mostly produce
// predictable passwords (NIST SP 800-63B).
export const PASSWORD_MIN = 12;

// The password rules, wherever a password is chosen: the operator's first
// admin (npm run user:create), accepting an invitation, a reset, a change.
export const newPassword = (missing = `Choose a password of at least ${PASSWORD_MIN} characters.`) =>
  z
    .string({ error: missing })
    .min(PASSWORD_MIN, { error: `The password must be at least ${PASSWORD_MIN} characters.` })
    // bcrypt reads only the first 72 bytes; longer would silently not count.
    .refine((password) => new TextEncoder().encode(password).length <= 72, {
      error: "The password must be at most 72 bytes (72 plain letters, fewer with accents or other scripts).",
    });

export const personName = requiredText(2, 120, "The name", "Enter the person's name.");

// An account with a password set by whoever creates it: the command line's
// bootstrap of the first admin. The desk invites instead (lib/accounts/).
export const newUserSchema = z.object({
  name: personName,
  email: emailAddress("Enter a valid email address."),
  role: z.enum(ROLES, { error: "Choose a role." }),
  password: newPassword(`Set a starting password of at least ${PASSWORD_MIN} characters.`),
});

// Inviting a colleague: the person chooses their own password from the link.
export const invitationSchema = newUserSchema.omit({ password: true });

export const changeRoleSchema = z.object({
  userId: z.string().trim().min(1, { error: "No user given." }),
  role: z.enum(ROLES, { error: "Choose a role." }),
});

export const setDisabledSchema = z.object({
  userId: z.string().trim().min(1, { error: "No user given." }),
  disabled: z.enum(["true", "false"], { error: "Say whether to disable or enable the account." }).transform((value) => value === "true"),
});
