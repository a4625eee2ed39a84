import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditClaimForm } from "@/components/claims/edit-claim-form";
import { decide } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { deskClaim } from "@/lib/claims/queries";
import { claimDraft } from "@/lib/claims/stored-version";
import { TIME_ZONES } from "@/lib/dates";
import { listSpeakerChoices } from "@/lib/speakers/queries";
import { listTopicChoices } from "@/lib/topics/queries";

export const metadata: Metadata = { title: "Edit claim" };

export default async function EditClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const claim = await deskClaim(actor, (await params).id);
  if (!claim) notFound();
  const decision = decide(actor, "claim.edit", claim);
  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href={`/desk/claims/${claim.id}`}>Back to the claim</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">Edit claim</h1>
      {decision.allowed ? (
        <div className="mt-6">
          <EditClaimForm speakers={await listSpeakerChoices()} topics={await listTopicChoices()} zones={TIME_ZONES} claim={claimDraft(claim)} />
        </div>
      ) : (
        <p className="mt-4 rounded border-l-4 border-red-700 bg-red-50 px-3 py-2">{decision.reason}</p>
      )}
    </div>
  );
}
