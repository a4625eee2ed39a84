import { z } from "zod";

// An email address as people type it: trimmed and lower-cased *before* the
// format check (zod 4 checks z.email() before any .trim() chained after it).
export const emailAddress = (message: string) =>
  z.string({ error: message }).trim().toLowerCase().max(200, { error: "The email address is too long." }).pipe(z.email({ error: message }));
