import Link from "next/link";
import { site } from "@/lib/site";

// Public header: static (reads no session) so public pages stay cacheable.
export function SiteHeader() {
  return (
    <header className="border-b border-rule print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <Link href="/" className="text-xl font-bold tracking-tight text-ink no-underline">
          {site.name}
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-5 text-sm">
            <li><Link href="/">Latest verdicts</Link></li>
            <li><Link href="/speakers">Speakers</Link></li>
            <li><Link href="/topics">Topics</Link></li>
            <li><Link href="/search">Search</Link></li>
            <li><Link href="/methodology">How we check</Link></li>
            <li><Link href="/desk">Newsroom desk</Link></li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
