import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { FollowLinks } from "@/components/site/follow-links";
import { TopicTimeline } from "@/components/topics/topic-timeline";
import { pageAlternates } from "@/lib/feeds/alternates";
import { TIMELINE_CLAIMS, topicTimeline } from "@/lib/topics/public";
import { buildTimeline } from "@/lib/topics/timeline";

// Rendered on the first request and then served from Next's cache until a
// verdict in this topic is published, corrected or unpublished (its tag and
// path are expired, lib/caching/refresh-public-pages.ts) or the scale changes.
// Nothing is rendered at build time.
export const dynamicParams = true;
export const revalidate = false;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

const load = cache((slug: string) => topicTimeline(slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load((await params).slug);
  if (!found) return { title: "Topic not found" };
  const { topic, total } = found;
  return {
    title: `${topic.name}: claims and the record`,
    description: topic.description ?? `${total} published ${total === 1 ? "verdict" : "verdicts"} on ${topic.name}, on one timeline with the record.`,
    alternates: pageAlternates(`/topics/${topic.slug}`, { path: `/topics/${topic.slug}`, subject: topic.name }),
  };
}

export default async function TopicPage({ params }: Props) {
  const found = await load((await params).slug);
  if (!found) notFound();
  const { topic, total, claims } = found;
  const timeline = buildTimeline(claims);
  return (
    <>
      <p className="text-sm text-muted">Topic</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">{topic.name}</h1>
      {topic.description ? <p className="mt-2 max-w-3xl text-muted">{topic.description}</p> : null}
      <p className="mt-3">
        {total} published {total === 1 ? "claim" : "claims"}, {timeline.recordItems} dated {timeline.recordItems === 1 ? "item" : "items"} of the record.{" "}
        {timeline.divergent ? (
          <strong className="text-contradicts">
            The record contradicts {timeline.divergent} {timeline.divergent === 1 ? "claim" : "claims"}.
          </strong>
        ) : null}
      </p>
      {total > claims.length ? <p className="mt-2 text-sm text-muted">The timeline shows the {TIMELINE_CLAIMS} most recent claims.</p> : null}
      <FollowLinks path={`/topics/${topic.slug}`} subject={topic.name} />
      <TopicTimeline timeline={timeline} />
      {timeline.undatedSources ? (
        <p className="mt-6 text-sm text-muted">
          Sources without a date ({timeline.undatedSources}) are not on the timeline; the verdict pages that cite them list them.
        </p>
      ) : null}
    </>
  );
}
