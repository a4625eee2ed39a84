import "server-only";
import type { Actor } from "@/lib/auth/roles";
import type { ClaimDraft, StoredVersion } from "@/lib/claims/conflict";
import { revisionLabel } from "@/lib/claims/labels";
import { deskClaim } from "@/lib/claims/queries";
import { formatDateTime, isoDate, newsroomTimeZone, wallClockIn } from "@/lib/dates";

type DeskClaim = NonNullable<Awaited<ReturnType<typeof deskClaim>>>;

// A stored claim as the edit form shows it. A claim with a time of day is
// shown on its own zone's clock.
export function claimDraft(claim: DeskClaim): ClaimDraft {
  const said = claim.madeAtTimeZone ? wallClockIn(claim.madeAt, claim.madeAtTimeZone) : { day: isoDate(claim.madeAt), time: "" };
  return {
    id: claim.id,
    version: claim.version,
    text: claim.text,
    quote: claim.quote ?? "",
    context: claim.context ?? "",
    madeAt: said.day,
    madeAtTime: said.time,
    timeZone: claim.madeAtTimeZone ?? newsroomTimeZone(),
    venue: claim.venue ?? "",
    kind: claim.kind,
    settleBy: claim.settleBy ? isoDate(claim.settleBy) : "",
    settleCriteria: claim.settleCriteria ?? "",
    speakerId: claim.speakerId,
    topicIds: claim.topics.map((row) => row.topicId),
  };
}

// The claim as it is now, with the last change's author and time, for the
// person whose save was refused because someone saved first.
export async function storedVersion(actor: Actor, claimId: string): Promise<StoredVersion | null> {
  const claim = await deskClaim(actor, claimId);
  if (!claim) return null;
  const latest = claim.revisions[0];
  return {
    draft: claimDraft(claim),
    what: "claim",
    savedBy: latest?.author.name ?? "Someone else",
    savedAt: formatDateTime(latest?.createdAt ?? claim.updatedAt),
    change: latest ? revisionLabel(latest.action) : "Claim changed",
  };
}
