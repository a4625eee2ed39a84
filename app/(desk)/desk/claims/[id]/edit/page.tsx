import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditClaimForm } from "@/components/claims/edit-claim-form";
import { decide } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { deskClaim } from "@/lib/claims/queries";
import { isoDate, newsroomTimeZone, TIME_ZONES, wallClockIn } from "@/lib/dates";
import { listSpeakerChoices } from "@/lib/speakers/queries";
import { listTopicChoices } from "@/lib/topics/queries";

export const metadata: Metadata = { title: "Edit claim" };

export default async function EditClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const claim = await deskClaim(actor, (await params).id);
  if (!claim) notFound();
  const decision = decide(actor, "claim.edit", claim);
  // A claim with a time of day is shown on its own zone's clock.
  const said = claim.madeAtTimeZone ? wallClockIn(claim.madeAt, claim.madeAtTimeZone) : { day: isoDate(claim.madeAt), time: "" };
  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href={`/desk/claims/${claim.id}`}>Back to the claim</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">Edit claim</h1>
      {decision.allowed ? (
        <div className="mt-6">
          <EditClaimForm
            speakers={await listSpeakerChoices()}
            topics={await listTopicChoices()}
            zones={TIME_ZONES}
            claim={{
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
            }}
          />
        </div>
      ) : (
        <p className="mt-4 rounded border-l-4 border-red-700 bg-red-50 px-3 py-2">{decision.reason}</p>
      )}
    </div>
  );
}
