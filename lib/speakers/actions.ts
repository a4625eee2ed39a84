"use server";

import { getActor } from "@/lib/auth/session";
import { typedSpeakerName } from "@/lib/speakers/schema";
import { type SimilarSpeaker, similarSpeakers } from "@/lib/speakers/similar";

// Hints while a reporter types a new speaker's name. A read, not a change:
// desk-only, checked inside similarSpeakers; anything odd gets no hints.
export async function speakerHints(name: unknown): Promise<SimilarSpeaker[]> {
  const parsed = typedSpeakerName.safeParse(name);
  if (!parsed.success) return [];
  return similarSpeakers(await getActor(), parsed.data);
}
