import { z } from "zod";

// Marking notices read: one by its id, or all of them when none is given.
export const markReadSchema = z.object({
  notificationId: z
    .string()
    .trim()
    .max(100)
    .optional()
    .transform((value) => value || undefined),
});
