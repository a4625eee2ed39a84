import { z } from "zod";
import { emailAddress } from "@/lib/users/schema";

// The sign-in form.
export const loginSchema = z.object({
  email: emailAddress("Enter the email address of your newsroom account."),
  password: z.string({ error: "Enter your password." }).min(1, { error: "Enter your password." }).max(200),
});

// Only same-site paths are accepted as the place to go after signing in.
export const nextPath = z
  .string()
  .regex(/^\/(?!\/)[\w\-./?=&%]*$/)
  .catch("/desk");
