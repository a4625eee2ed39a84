import "server-only";
import type { Actor } from "@/lib/auth/roles";
import type { StoredVersion } from "@/lib/claims/conflict";
import { revisionLabel } from "@/lib/claims/labels";
import { deskClaim } from "@/lib/claims/queries";
import { formatDateTime } from "@/lib/dates";

// The proposal as it is now, with the last change's author and time, for the
// person whose proposal was refused because someone saved first. Without a
// proposal yet (the other change was to the claim), its parts are empty.
export function storedProposal(actor: Actor, claimId: string): Promise<StoredVersion | null> {
  return stored(actor, claimId, "verdict proposal", (verdict) => ({ ratingId: verdict?.ratingId, summary: verdict?.summary, reasoning: verdict?.reasoning }));
}

// The same for a due prediction's or promise's settlement, whose three parts
// wait beside the published verdict until another editor approves them.
export function storedSettlement(actor: Actor, claimId: string): Promise<StoredVersion | null> {
  return stored(actor, claimId, "settlement proposal", (verdict) => ({
    ratingId: verdict?.settlementRatingId,
    summary: verdict?.settlementSummary,
    reasoning: verdict?.settlementReasoning,
  }));
}

type DeskVerdict = NonNullable<Awaited<ReturnType<typeof deskClaim>>>["verdict"];
type Parts = { ratingId?: string | null; summary?: string | null; reasoning?: string | null };

async function stored(actor: Actor, claimId: string, what: string, partsOf: (verdict: DeskVerdict) => Parts): Promise<StoredVersion | null> {
  const claim = await deskClaim(actor, claimId);
  if (!claim) return null;
  const latest = claim.revisions[0];
  const parts = partsOf(claim.verdict);
  return {
    draft: { id: claim.id, version: claim.version, ratingId: parts.ratingId ?? "", summary: parts.summary ?? "", reasoning: parts.reasoning ?? "" },
    what,
    savedBy: latest?.author.name ?? "Someone else",
    savedAt: formatDateTime(latest?.createdAt ?? claim.updatedAt),
    change: latest ? revisionLabel(latest.action) : "Claim changed",
  };
}
