import Link from "next/link";
import { site } from "@/lib/site";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-rule print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap justify-between gap-4 px-4 py-6 text-sm text-muted">
        <p>{site.name}: what was claimed, beside what the record shows.</p>
        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-4">
            <li>
              <Link href="/methodology" prefetch={false}>
                Methodology and verdict scale
              </Link>
            </li>
            <li>
              <Link href="/corrections" prefetch={false}>
                Corrections
              </Link>
            </li>
            <li>
              <a href="/feed.xml">RSS feed</a>
            </li>
            <li>
              <a href="/feed.json">JSON Feed</a>
            </li>
            <li>
              <a href="/api/v1/openapi.json">Read API</a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
