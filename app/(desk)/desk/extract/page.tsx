import type { Metadata } from "next";
import { FindClaimsForm } from "@/components/articles/find-claims-form";
import { requireActor } from "@/lib/auth/session";
import { todayInNewsroom } from "@/lib/dates";
import { listSpeakerChoices } from "@/lib/speakers/queries";

export const metadata: Metadata = { title: "Claims from an article" };

export default async function ExtractPage() {
  await requireActor();
  const speakers = await listSpeakerChoices();
  return (
    <div className="max-w-4xl">
      <h1 className="text-2xl font-bold">Claims from an article</h1>
      <p className="mt-2 text-muted">
        Paste a report or a transcript and pick the claims worth checking. The reading is done here, by fixed rules: the same text always gives the same
        candidates.
      </p>
      <div className="mt-6">
        <FindClaimsForm today={todayInNewsroom()} speakers={speakers} />
      </div>
    </div>
  );
}
