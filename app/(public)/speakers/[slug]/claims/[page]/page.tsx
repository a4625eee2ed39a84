import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { FollowLinks } from "@/components/site/follow-links";
import { Pagination } from "@/components/ui/pagination";
import { VerdictList } from "@/components/verdicts/verdict-list";
import { pageAlternates } from "@/lib/feeds/alternates";
import { speakerClaims } from "@/lib/speakers/public";
import { claimsPageParam } from "@/lib/speakers/schema";

// Further pages of a speaker's claims (page 1 is the speaker page). Cached
// like the speaker page, under the same tag; the page number is part of the
// path rather than the query so the page can be cached at all.
export const dynamicParams = true;
export const revalidate = false;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; page: string }> };

const load = cache(async (slug: string, pageText: string) => {
  const page = claimsPageParam.safeParse(pageText);
  if (!page.success) return null;
  const claims = await speakerClaims(slug, page.data);
  return claims && claims.page <= claims.pages ? claims : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  const claims = await load(slug, page);
  if (!claims) return { title: "Page not found" };
  const path = `/speakers/${claims.speaker.slug}`;
  return {
    title: `${claims.speaker.name}: claims, page ${claims.page}`,
    alternates: pageAlternates(`${path}/claims/${claims.page}`, { path, subject: claims.speaker.name }),
  };
}

export default async function SpeakerClaimsPage({ params }: Props) {
  const { slug, page } = await params;
  const claims = await load(slug, page);
  if (!claims) notFound();
  const path = `/speakers/${claims.speaker.slug}`;
  return (
    <>
      <p className="text-sm">
        <Link href={path}>{claims.speaker.name}: track record and forecasts</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">
        Claims by {claims.speaker.name}, page {claims.page} of {claims.pages}
      </h1>
      <p className="mt-2 text-muted">{claims.total} published claims, newest first.</p>
      <FollowLinks path={path} subject={claims.speaker.name} />
      <VerdictList claims={claims.claims} headingLevel={2} />
      <Pagination page={claims.page} pages={claims.pages} href={(target) => (target > 1 ? `${path}/claims/${target}` : path)} />
    </>
  );
}
