import { ImageResponse } from "next/og";
import { ShareImage } from "@/components/embed/share-image";
import { SHARE_IMAGE_SIZE } from "@/lib/embed/oembed";
import { getEmbeddableVerdict } from "@/lib/embed/queries";
import { shareImageFonts } from "@/lib/embed/share-image-fonts";
import { site } from "@/lib/site";

// The share image of a verdict page. Cached like the page: drawn on its first
// request, kept until a publication, correction or unpublication refreshes
// the claim's tag (read through getEmbeddableVerdict) and its path
// (lib/caching/refresh-public-pages.ts); the build needs no database.
export const dynamicParams = true;
export const revalidate = false;
export async function generateStaticParams() {
  return [];
}

export const size = SHARE_IMAGE_SIZE;
export const contentType = "image/png";
export const alt = `The claim, who made it and when, and the rating ${site.name} gave it`;

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const verdict = await getEmbeddableVerdict((await params).slug);
  if (!verdict) return new Response("There is no published verdict at this address.", { status: 404 });
  return new ImageResponse(<ShareImage verdict={verdict} siteName={site.name} />, { ...size, fonts: await shareImageFonts() });
}
