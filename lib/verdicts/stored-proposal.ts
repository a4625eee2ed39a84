import "server-only";
import type { Actor } from "@/lib/auth/roles";
import type { StoredVersion } from "@/lib/claims/conflict";
import { revisionLabel } from "@/lib/claims/labels";
import { deskClaim } from "@/lib/claims/queries";
import { formatDateTime } from "@/lib/dates";

// The proposal as it is now, with the last change's author and time, for the
// person whose proposal was refused because someone saved first. Without a
// proposal yet (the other change was to the claim), its parts are empty.
export async function storedProposal(actor: Actor, claimId: string): Promise<StoredVersion | null> {
  const claim = await deskClaim(actor, claimId);
  if (!claim) return null;
  const latest = claim.revisions[0];
  const { verdict } = claim;
  return {
    draft: { id: claim.id, version: claim.version, ratingId: verdict?.ratingId ?? "", summary: verdict?.summary ?? "", reasoning: verdict?.reasoning ?? "" },
    what: "verdict proposal",
    savedBy: latest?.author.name ?? "Someone else",
    savedAt: formatDateTime(latest?.createdAt ?? claim.updatedAt),
    change: latest ? revisionLabel(latest.action) : "Claim changed",
  };
}
