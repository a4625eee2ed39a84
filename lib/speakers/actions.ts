"use server";

import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { cleanQueryText } from "@/lib/input-rules";
import { similarSpeakers, type SimilarSpeaker } from "@/lib/speakers/similar";

const typedName = z.string().overwrite(cleanQueryText).trim().min(3).max(200);

// Hints while a reporter types a new speaker's name. A read, not a change:
// desk-only, checked inside similarSpeakers; anything odd gets no hints.
export async function speakerHints(name: unknown): Promise<SimilarSpeaker[]> {
  const parsed = typedName.safeParse(name);
  if (!parsed.success) return [];
  return similarSpeakers(await getActor(), parsed.data);
}
