import { z } from "zod";
import { emailAddress, newPassword, personName } from "@/lib/users/schema";
import { TOKEN_PATTERN } from "./tokens-format";

// The forms of account self-service. A link's token travels in a hidden
// field; a malformed one is answered like an unknown link, by the mutation.
const linkToken = z.string({ error: "This link is incomplete." }).trim().regex(TOKEN_PATTERN, { error: "This link is incomplete." });

// Typed twice, so a slip of the finger does not lock the person out.
const passwordPair = z.object({ password: newPassword(), repeatPassword: z.string({ error: "Type the password again." }) });
const samePasswords = { error: "The two passwords are not the same.", path: ["repeatPassword"] };
const typedAlike = (input: { password: string; repeatPassword: string }) => input.password === input.repeatPassword;

export const acceptInvitationSchema = passwordPair.extend({ token: linkToken }).refine(typedAlike, samePasswords);
export const resetPasswordSchema = passwordPair.extend({ token: linkToken }).refine(typedAlike, samePasswords);

export const resetRequestSchema = z.object({ email: emailAddress("Enter the email address of your desk account.") });

export const confirmEmailSchema = z.object({ token: linkToken });

export const userIdField = z.object({ userId: z.string().trim().min(1, { error: "No account given." }) });

const currentPassword = z.string({ error: "Enter your current password." }).min(1, { error: "Enter your current password." });

export const renameSchema = z.object({ name: personName });

export const emailChangeSchema = z.object({
  newEmail: emailAddress("Enter the new email address."),
  currentPassword,
});

export const passwordChangeSchema = passwordPair.extend({ currentPassword, password: newPassword("Choose a new password.") }).refine(typedAlike, samePasswords);
