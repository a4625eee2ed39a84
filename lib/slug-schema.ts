import { z } from "zod";

// A slug in a public address (/speakers/[slug], /topics/[slug]...): what
// slugify() and firstFreeSlug() can produce. Anything else cannot name a
// record, so pages answer 404 without asking the database.
export const slugParam = z.string().regex(/^[a-z0-9][a-z0-9-]{0,199}$/, "Not an address OnRecord makes.");
