import Link from "next/link";
import type { PageLinks as Links, PageLinkTarget } from "@/lib/history/pages";

// "Previous page" (newer) and "Next page" (older) for lists paged by cursor.
export function PageLinks({ links, href, label = "Pages" }: { links: Links; href: (target: PageLinkTarget) => string; label?: string }) {
  if (!links.previous && !links.next) return null;
  return (
    <nav aria-label={label} className="mt-4 flex items-center gap-4 text-sm">
      {links.previous ? <Link href={href(links.previous)}>Previous page</Link> : null}
      {links.next ? <Link href={href(links.next)}>Next page</Link> : null}
    </nav>
  );
}
