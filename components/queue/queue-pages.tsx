import Link from "next/link";
import { type QueueCursor, type QueueFilters, queueHref } from "@/lib/queue/schema";

// "Previous page" and "Next page" for the queue. Pages are found by keyset
// (where the neighbouring page starts), not by number, so they stay right
// while claims are added and moved; the links carry every filter.
export function QueuePages({ filters, previous, next }: { filters: QueueFilters; previous: QueueCursor | null; next: QueueCursor | null }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label="Queue pages" className="mt-4 flex items-center gap-6 text-sm">
      {previous ? (
        <Link href={queueHref(filters, { cursor: previous })} rel="prev">
          Previous page
        </Link>
      ) : null}
      {next ? (
        <Link href={queueHref(filters, { cursor: next })} rel="next">
          Next page
        </Link>
      ) : null}
      {filters.cursor ? <Link href={queueHref(filters)}>First page</Link> : null}
    </nav>
  );
}
