import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { FollowLinks } from "@/components/site/follow-links";
import { ForecastLists } from "@/components/speakers/forecast-lists";
import { SpeakerHeading } from "@/components/speakers/speaker-heading";
import { TrackRecordChart } from "@/components/speakers/track-record-chart";
import { Pagination } from "@/components/ui/pagination";
import { VerdictList } from "@/components/verdicts/verdict-list";
import { pageAlternates } from "@/lib/feeds/alternates";
import { speakerClaims, speakerProfile } from "@/lib/speakers/public";
import { trackRecordSummary } from "@/lib/speakers/track-record";

// Rendered on the first request and then served from Next's cache until one
// of this speaker's verdicts is published, corrected or unpublished (their
// tag and path are expired, lib/caching/refresh-public-pages.ts) or the scale
// changes (lib/caching/refresh-scale-pages.ts). Nothing is rendered at build time.
export const dynamicParams = true;
export const revalidate = false;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

const load = cache(async (slug: string) => {
  const profile = await speakerProfile(slug);
  if (profile?.kind !== "speaker") return profile;
  return { ...profile, firstPage: await speakerClaims(slug, 1) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await load((await params).slug);
  if (profile?.kind !== "speaker") return { title: "Speaker not found" };
  const { speaker } = profile;
  const path = `/speakers/${speaker.slug}`;
  return {
    title: `${speaker.name}: track record`,
    description: trackRecordSummary(speaker.name, profile.trackRecord),
    alternates: pageAlternates(path, { path, subject: speaker.name }),
  };
}

export default async function SpeakerPage({ params }: Props) {
  const profile = await load((await params).slug);
  // A merged speaker's old address keeps working: it points for good to the
  // speaker the claims now live on.
  if (profile?.kind === "merged") permanentRedirect(`/speakers/${profile.slug}`);
  if (!profile?.firstPage) notFound();
  const { speaker, trackRecord, forecasts, total, firstPage } = profile;
  const path = `/speakers/${speaker.slug}`;
  return (
    <>
      <SpeakerHeading speaker={speaker} />
      <FollowLinks path={path} subject={speaker.name} />

      <section aria-labelledby="track-record-heading" className="mt-10">
        <h2 id="track-record-heading" className="text-2xl font-bold">
          Track record
        </h2>
        <TrackRecordChart name={speaker.name} steps={trackRecord} />
        <p className="mt-3 text-sm">
          <Link href="/methodology">What each rating means</Link>
        </p>
      </section>

      <section aria-labelledby="claims-heading" className="mt-10">
        <h2 id="claims-heading" className="text-2xl font-bold">
          Claims <span className="text-base font-normal text-muted">({total} published, newest first)</span>
        </h2>
        <VerdictList claims={firstPage.claims} />
        <Pagination page={1} pages={firstPage.pages} href={(target) => (target > 1 ? `${path}/claims/${target}` : path)} />
      </section>

      <ForecastLists forecasts={forecasts} />
    </>
  );
}
