import type { Metadata } from "next";
import { NewClaimForm } from "@/components/claims/new-claim-form";
import { requireActor } from "@/lib/auth/session";
import { newsroomTimeZone, TIME_ZONES, todayInNewsroom } from "@/lib/dates";
import { listSpeakerChoices } from "@/lib/speakers/queries";
import { listTopicChoices } from "@/lib/topics/queries";

export const metadata: Metadata = { title: "Log a claim" };

export default async function NewClaimPage() {
  await requireActor();
  const [speakers, topics] = await Promise.all([listSpeakerChoices(), listTopicChoices()]);
  const zone = newsroomTimeZone();
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold">Log a claim</h1>
      <p className="mt-2 text-muted">Log it as it is made: who said what, when and where. You can add more sources afterwards.</p>
      <div className="mt-6">
        <NewClaimForm speakers={speakers} topics={topics} zones={TIME_ZONES} zone={zone} today={todayInNewsroom()} />
      </div>
    </div>
  );
}
