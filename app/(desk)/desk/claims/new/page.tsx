import type { Metadata } from "next";
import Link from "next/link";
import { NewClaimForm } from "@/components/claims/new-claim-form";
import { articleForLogForm } from "@/lib/articles/article-context";
import { requireActor } from "@/lib/auth/session";
import { readLogFormQuery } from "@/lib/claims/log-form-query";
import { newsroomTimeZone, TIME_ZONES, todayInNewsroom } from "@/lib/dates";
import { listSpeakerChoices } from "@/lib/speakers/queries";
import { listTopicChoices } from "@/lib/topics/queries";

export const metadata: Metadata = { title: "Log a claim" };

export default async function NewClaimPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  // Opened from the article reader: the claim keeps the article as context.
  const today = todayInNewsroom();
  const asked = readLogFormQuery(await searchParams, today);
  const [speakers, topics, article] = await Promise.all([listSpeakerChoices(), listTopicChoices(), articleForLogForm(actor, asked.article)]);
  const zone = newsroomTimeZone();
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold">Log a claim</h1>
      <p className="mt-2 text-muted">Log it as it is made: who said what, when and where. You can add more sources afterwards.</p>
      {asked.article && !article ? (
        <p className="mt-4 rounded border-l-4 border-amber-600 bg-amber-50 px-3 py-2 text-sm">
          The article this form was opened from is no longer in the source library, so the claim will not be linked to it. Read it again from{" "}
          <Link href="/desk/extract">Claims from an article</Link> to keep the link.
        </p>
      ) : null}
      <div className="mt-6">
        <NewClaimForm
          speakers={speakers}
          topics={topics}
          zones={TIME_ZONES}
          zone={zone}
          today={asked.on ?? today}
          article={article ?? undefined}
          link={article?.url ?? asked.link}
        />
      </div>
    </div>
  );
}
