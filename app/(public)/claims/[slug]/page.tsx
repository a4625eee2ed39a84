import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ClaimHistory } from "@/components/verdict-page/claim-history";
import { ClaimTimeline } from "@/components/verdict-page/claim-timeline";
import { LatestCorrection } from "@/components/verdict-page/latest-correction";
import { MarketOdds } from "@/components/verdict-page/market-odds";
import { RecordColumns } from "@/components/verdict-page/record-columns";
import { SharePanel } from "@/components/verdict-page/share-panel";
import { RatingBadge } from "@/components/verdicts/rating-badge";
import { publicSourceChanges } from "@/lib/archive/source-changes";
import { CLAIM_KIND_LABELS } from "@/lib/claims/labels";
import { getPublishedClaim } from "@/lib/claims/queries";
import { formatDate, formatSaidAt } from "@/lib/dates";
import { embedPath, oembedPath, onSite, verdictPath } from "@/lib/embed/addresses";
import { pageAlternates } from "@/lib/feeds/alternates";
import { claimReview, jsonForScript } from "@/lib/public-pages/claim-review";
import { renderMarkdown } from "@/lib/public-pages/markdown";
import { site } from "@/lib/site";
import { marketSeries } from "@/lib/sources/market-series";
import { claimTimeline } from "@/lib/timeline/events";

// Verdict pages are rendered on their first request and then served from
// Next's cache until a publication, correction or unpublication revalidates
// the path (lib/caching/refresh-public-pages.ts). Nothing is rendered at build time,
// so the build needs no database.
export const dynamicParams = true;
export const revalidate = false;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

const loadClaim = cache((slug: string) => getPublishedClaim(slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const claim = await loadClaim((await params).slug);
  if (!claim) return { title: "Claim not found" };
  const verdict = claim.verdict ? `${claim.verdict.rating.label}: ${claim.verdict.summary}` : undefined;
  const alternates = pageAlternates(verdictPath(claim.slug));
  return {
    title: claim.text,
    description: verdict,
    alternates: {
      ...alternates,
      // oEmbed discovery: a site that reads it shows the verdict card when
      // this page's link is pasted.
      types: { ...alternates?.types, "application/json+oembed": [{ url: oembedPath(claim.slug), title: claim.text }] },
    },
    // The image itself is opengraph-image.tsx beside this page.
    openGraph: { title: claim.text, description: verdict, type: "article" },
    twitter: { card: "summary_large_image", title: claim.text, description: verdict },
  };
}

export default async function VerdictPage({ params }: Props) {
  const claim = await loadClaim((await params).slug);
  if (!claim?.verdict) notFound();
  const { verdict, speaker } = claim;
  const firstAppearance = claim.appearances.find((appearance) => appearance.isFirst) ?? claim.appearances[0];
  // Sources that changed or vanished after the verdict relied on them.
  const sourceChanges = await publicSourceChanges(claim, claim.evidence);
  const jsonLd = claimReview({
    url: onSite(verdictPath(claim.slug)),
    claimText: claim.text,
    quote: claim.quote,
    madeAt: claim.madeAt,
    appearances: claim.appearances,
    speaker: { name: speaker.name, title: speaker.title },
    verdict: {
      label: verdict.rating.label,
      value: verdict.rating.value,
      summary: verdict.summary,
      publishedAt: claim.publishedAt ?? verdict.approvedAt ?? verdict.proposedAt,
    },
    // Corrections come newest first (lib/claims/queries.ts).
    modifiedAt: claim.corrections[0]?.publishedAt,
    publisherName: site.publisher,
    siteUrl: site.url,
  });
  const odds = marketSeries(claim.evidence);

  return (
    <article>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: jsonForScript escapes everything that could end the script element (tests/unit/claim-review.test.ts) */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(jsonLd) }} />
      <p className="text-sm text-muted">
        {CLAIM_KIND_LABELS[claim.kind]} · {speaker.name}
        {speaker.title ? `, ${speaker.title}` : ""} · {formatSaidAt(claim.madeAt, claim.madeAtTimeZone)}
        {claim.venue ? ` · ${claim.venue}` : ""}
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{claim.text}</h1>
      {claim.quote ? (
        <blockquote className="mt-4 border-l-4 border-rule pl-4 text-lg italic">
          “{claim.quote}”
          {firstAppearance ? (
            <footer className="mt-1 text-sm not-italic">
              <a href={firstAppearance.url} rel="nofollow noopener noreferrer">
                Where it was said
              </a>
            </footer>
          ) : null}
        </blockquote>
      ) : null}
      {claim.context ? <p className="mt-4 max-w-3xl text-muted">{claim.context}</p> : null}
      {claim.settleBy ? (
        <div className="mt-4 max-w-3xl rounded border border-rule bg-gray-50 p-4 text-sm">
          <p>
            <strong>Can be settled from {formatDate(claim.settleBy)}.</strong>
          </p>
          {claim.settleCriteria ? (
            <p className="mt-1">
              <span className="font-semibold">What settles it:</span> {claim.settleCriteria}
            </p>
          ) : null}
        </div>
      ) : null}

      <section aria-labelledby="verdict-heading" className="mt-8 rounded border border-rule p-5">
        <h2 id="verdict-heading" className="sr-only">
          Our verdict
        </h2>
        <p className="flex flex-wrap items-center gap-3">
          <span className="font-semibold">Verdict:</span>
          <RatingBadge label={verdict.rating.label} colour={verdict.rating.colour} size="lg" />
        </p>
        <LatestCorrection correction={claim.corrections[0]} count={claim.corrections.length} />
        <p className="mt-3 text-lg">{verdict.summary}</p>
        {verdict.reasoning ? (
          // biome-ignore lint/security/noDangerouslySetInnerHtml: renderMarkdown sanitises with sanitize-html to a fixed list of tags and attributes (tests/unit/markdown.test.ts)
          <div className="prose-verdict mt-4 max-w-3xl" dangerouslySetInnerHTML={{ __html: renderMarkdown(verdict.reasoning) }} />
        ) : null}
        <p className="mt-4 text-sm text-muted">
          Researched by {verdict.proposedBy.name}
          {verdict.approvedBy ? `, approved by ${verdict.approvedBy.name}` : ""}
          {claim.publishedAt ? `, published ${formatDate(claim.publishedAt)}` : ""}.{" "}
          <Link href="/methodology" prefetch={false}>
            How we rate claims
          </Link>
        </p>
      </section>

      <RecordColumns evidence={claim.evidence} changes={sourceChanges} />
      <MarketOdds series={odds} />
      <ClaimTimeline events={claimTimeline(claim)} />
      <ClaimHistory corrections={claim.corrections} revisions={claim.revisions} />
      <SharePanel slug={claim.slug} title={claim.text} url={onSite(verdictPath(claim.slug))} embedUrl={onSite(embedPath(claim.slug))} />
    </article>
  );
}
