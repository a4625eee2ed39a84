import { z } from "zod";
import { cleanQueryText } from "@/lib/input-rules";

// What the public speaker pages accept in their address. Anything odd falls
// back to the default rather than failing: a reader who edits a URL by hand
// still gets a page.

export const SPEAKER_SORTS = ["recent", "name"] as const;
export type SpeakerSort = (typeof SPEAKER_SORTS)[number];

const pageNumber = z.coerce.number().int().min(1).max(10_000);

export const speakerIndexQuery = z.object({
  sort: z.enum(SPEAKER_SORTS).catch("recent").default("recent"),
  page: pageNumber.catch(1).default(1),
});

// /speakers/[slug]/claims/[page]: page 1 is the speaker page itself, so only
// 2 and up name a page of their own; anything else is not found.
export const claimsPageParam = pageNumber.min(2);

// A new speaker's name as the reporter types it, for the hints of speakers
// already on the desk: searched, never stored.
export const typedSpeakerName = z.string().overwrite(cleanQueryText).trim().min(3).max(200);
