import { z } from "zod";
import { evidenceSchema, newSourceSchema } from "@/lib/sources/schema";

// An item of the record as one row describes it: the library's rules for a
// new source, the evidence rules for its stance, passage and note.
export const evidenceRowSchema = z.object({
  type: newSourceSchema.shape.type,
  title: newSourceSchema.shape.title,
  publisher: newSourceSchema.shape.publisher,
  url: newSourceSchema.shape.url,
  publishedAt: newSourceSchema.shape.publishedAt,
  stance: evidenceSchema.shape.stance,
  passage: evidenceSchema.shape.passage,
  note: evidenceSchema.shape.note,
});
