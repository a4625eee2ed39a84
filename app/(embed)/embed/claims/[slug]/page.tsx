import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { VerdictCard } from "@/components/embed/verdict-card";
import { onSite, verdictPath } from "@/lib/embed/addresses";
import { getEmbeddableVerdict } from "@/lib/embed/queries";
import { site } from "@/lib/site";

// Cached like the verdict page it shows: rendered on its first request and
// kept until a publication, correction or unpublication refreshes it
// (lib/caching/refresh-public-pages.ts); the build needs no database.
export const dynamicParams = true;
export const revalidate = false;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

const loadVerdict = cache(getEmbeddableVerdict);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const verdict = await loadVerdict((await params).slug);
  if (!verdict) return { title: "Verdict not found" };
  return {
    title: verdict.text,
    description: `${verdict.rating.label}: ${verdict.summary}`,
    // The card stands for the verdict page, which is the one to index.
    alternates: { canonical: verdictPath(verdict.slug) },
  };
}

export default async function EmbeddedVerdict({ params }: Props) {
  const verdict = await loadVerdict((await params).slug);
  if (!verdict) notFound();
  return <VerdictCard verdict={verdict} verdictUrl={onSite(verdictPath(verdict.slug))} siteName={site.name} publisher={site.publisher} />;
}
