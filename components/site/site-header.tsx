import Link from "next/link";
import { site } from "@/lib/site";

// Public header: static (reads no session) so public pages stay cacheable.
// Links are not prefetched: a verdict page read by thousands at once would
// otherwise make each reader fetch six other pages' data in the background
// (none of it served from the page cache), and a phone would spend its first
// seconds on that work.
export function SiteHeader() {
  return (
    <header className="border-b border-rule print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <Link href="/" prefetch={false} className="text-xl font-bold tracking-tight text-ink no-underline">
          {site.name}
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-5 text-sm">
            <li>
              <Link href="/" prefetch={false}>
                Latest verdicts
              </Link>
            </li>
            <li>
              <Link href="/speakers" prefetch={false}>
                Speakers
              </Link>
            </li>
            <li>
              <Link href="/topics" prefetch={false}>
                Topics
              </Link>
            </li>
            <li>
              <Link href="/search" prefetch={false}>
                Search
              </Link>
            </li>
            <li>
              <Link href="/methodology" prefetch={false}>
                How we check
              </Link>
            </li>
            <li>
              <Link href="/desk" prefetch={false}>
                Newsroom desk
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
