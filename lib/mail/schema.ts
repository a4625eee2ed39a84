import { z } from "zod";

// The outbox's one form: send an email again (lib/mail/send-again.ts).
export const sendAgainSchema = z.object({
  mailId: z
    .string({ error: "No email given." })
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "No email given." }),
});
