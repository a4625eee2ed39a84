import type { MetadataRoute } from "next";
import { publishedClaimAddresses } from "@/lib/claims/queries";
import { site } from "@/lib/site";

// Read on every request: a publication or unpublication shows at once, and
// the build needs no database.
export const dynamic = "force-dynamic";

// The public pages a search engine should know: the fixed ones and every
// published verdict (nothing from the desk, nothing unpublished).
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const claims = await publishedClaimAddresses();
  return [
    { url: `${site.url}/`, changeFrequency: "hourly", priority: 1 },
    { url: `${site.url}/methodology`, changeFrequency: "monthly", priority: 0.5 },
    { url: `${site.url}/corrections`, changeFrequency: "daily", priority: 0.5 },
    ...claims.map((claim) => ({ url: `${site.url}/claims/${claim.slug}`, lastModified: claim.updatedAt, changeFrequency: "weekly" as const, priority: 0.8 })),
  ];
}
