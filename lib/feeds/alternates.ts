import type { Metadata } from "next";

// A page's canonical address and the feeds it names for feed readers. Every
// public page names the site-wide feeds (app/(public)/layout.tsx), but a
// page that sets `alternates` replaces the layout's whole object, so the
// site-wide feeds are listed here again; a speaker's or topic's page names
// its own feeds first.
type Feed = { path: string; subject: string };

export function pageAlternates(canonical: string, own?: Feed): Metadata["alternates"] {
  const feeds = [...(own ? [{ path: own.path, title: `Verdicts on ${own.subject}` }] : []), { path: "", title: "Latest verdicts" }];
  return {
    canonical,
    types: {
      "application/rss+xml": feeds.map((feed) => ({ url: `${feed.path}/feed.xml`, title: `${feed.title} (RSS)` })),
      "application/feed+json": feeds.map((feed) => ({ url: `${feed.path}/feed.json`, title: `${feed.title} (JSON Feed)` })),
    },
  };
}
