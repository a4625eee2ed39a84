import { z } from "zod";

export const archiveSourceSchema = z.object({
  sourceId: z.string({ error: "No source given." }).trim().min(1, { error: "No source given." }),
});
