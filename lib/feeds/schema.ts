import { z } from "zod";

// A per-speaker or per-topic feed's address: the slug is read as given, and a
// slug that names nothing is a feed not found.
export const feedSlug = z.object({ slug: z.string() });
