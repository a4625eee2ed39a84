import "server-only";
import type { Actor } from "@/lib/auth/roles";
import type { AlikeFound } from "@/lib/claims/alike";
import { createClaim } from "@/lib/claims/mutations";
import type { NewClaimInput } from "@/lib/claims/schema";
import { ALIKE_SCORE, similarClaims } from "@/lib/claims/similar";
import { prisma } from "@/lib/db";
import { similarSpeakers } from "@/lib/speakers/similar";

// Before a new claim is saved, the claims that read like it and the speakers
// whose names read like the one typed. Empty when there is nothing to ask.
export async function findAlike(actor: Actor, input: NewClaimInput): Promise<AlikeFound> {
  const typedName = input.speakerId ? undefined : input.newSpeakerName;
  // A typed name that matches a speaker exactly is that speaker (createClaim
  // does the same), so it counts for the same-speaker weighting.
  const sameName = typedName
    ? await prisma.speaker.findFirst({ where: { name: { equals: typedName, mode: "insensitive" }, mergedIntoId: null }, select: { id: true } })
    : null;
  const claims = await similarClaims(actor, { text: input.text, quote: input.quote, speakerId: input.speakerId ?? sameName?.id });
  const speakers = typedName && !sameName ? await similarSpeakers(actor, typedName) : [];
  return {
    alikeClaims: claims.filter((claim) => claim.score >= ALIKE_SCORE),
    alikeSpeakers: speakers.map(({ id, name, title }) => ({ id, name, title })),
  };
}

// Logs the claim, unless something reads alike and the reporter has not yet
// said it is new all the same.
export async function logUnlessAlike(actor: Actor, input: NewClaimInput) {
  if (!input.confirmedNew) {
    const alike = await findAlike(actor, input);
    if (alike.alikeClaims.length > 0 || alike.alikeSpeakers.length > 0) return { outcome: "alike", alike } as const;
  }
  return { outcome: "logged", claim: await createClaim(actor, input) } as const;
}
