import type { MetadataRoute } from "next";
import { publishedClaimAddresses } from "@/lib/claims/queries";
import { site } from "@/lib/site";
import { publishedSpeakerAddresses } from "@/lib/speakers/directory";
import { publishedTopicAddresses } from "@/lib/topics/public";

// Read on every request: a publication or unpublication shows at once, and
// the build needs no database.
export const dynamic = "force-dynamic";

// The public pages a search engine should know: the fixed ones, every
// published verdict, and each speaker and topic with one (nothing from the
// desk, nothing unpublished).
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [claims, speakers, topics] = await Promise.all([publishedClaimAddresses(), publishedSpeakerAddresses(), publishedTopicAddresses()]);
  return [
    { url: `${site.url}/`, changeFrequency: "hourly", priority: 1 },
    { url: `${site.url}/methodology`, changeFrequency: "monthly", priority: 0.5 },
    { url: `${site.url}/corrections`, changeFrequency: "daily", priority: 0.5 },
    { url: `${site.url}/speakers`, changeFrequency: "daily", priority: 0.6 },
    { url: `${site.url}/topics`, changeFrequency: "daily", priority: 0.6 },
    ...speakers.map((speaker) => ({
      url: `${site.url}/speakers/${speaker.slug}`,
      lastModified: speaker.lastModified,
      changeFrequency: "weekly" as const,
      priority: 0.6,
    })),
    ...topics.map((topic) => ({
      url: `${site.url}/topics/${topic.slug}`,
      lastModified: topic.lastModified,
      changeFrequency: "weekly" as const,
      priority: 0.6,
    })),
    ...claims.map((claim) => ({ url: `${site.url}/claims/${claim.slug}`, lastModified: claim.updatedAt, changeFrequency: "weekly" as const, priority: 0.8 })),
  ];
}
