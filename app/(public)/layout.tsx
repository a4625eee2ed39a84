import type { Metadata } from "next";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";

// Feed readers find the verdict feeds from any public page.
export const metadata: Metadata = {
  alternates: {
    types: {
      "application/rss+xml": [{ url: "/feed.xml", title: "Latest verdicts (RSS)" }],
      "application/feed+json": [{ url: "/feed.json", title: "Latest verdicts (JSON Feed)" }],
    },
  },
};

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
