import type { MetadataRoute } from "next";
import { site } from "@/lib/site";

export const dynamic = "force-dynamic";

// Everything public may be crawled; the desk and sign-in are for the newsroom.
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/desk", "/login", "/logout", "/api/auth"] }],
    sitemap: `${site.url}/sitemap.xml`,
  };
}
