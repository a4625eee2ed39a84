import Link from "next/link";
import { CLAIM_STATUS_LABELS, CLAIM_STATUSES, type ClaimStatus } from "@/lib/claims/labels";
import type { StateCounts as Counts } from "@/lib/queue/queries";
import { type QueueFilters, queueHref } from "@/lib/queue/schema";

const number = new Intl.NumberFormat("en-GB");
const OPEN: ClaimStatus[] = CLAIM_STATUSES.filter((status) => status !== "ARCHIVED");

// How many claims each state holds under the other filters in force, each a
// link to that state alone (the other filters kept).
export function StateCounts({ filters, counts }: { filters: QueueFilters; counts: Counts }) {
  const only = filters.statuses.length === 1 ? filters.statuses[0] : null;
  const allOpen = OPEN.reduce((sum, status) => sum + counts[status], 0);
  return (
    <nav aria-label="Claims by state" className="mt-6">
      <ul className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
        <li>
          <Link
            href={queueHref(filters, { statuses: [] })}
            aria-current={filters.statuses.length === 0 ? "page" : undefined}
            className="aria-[current=page]:font-semibold"
          >
            All open <span className="text-muted">({number.format(allOpen)})</span>
          </Link>
        </li>
        {CLAIM_STATUSES.map((status) => (
          <li key={status}>
            <Link
              href={queueHref(filters, { statuses: [status] })}
              aria-current={only === status ? "page" : undefined}
              className="aria-[current=page]:font-semibold"
            >
              {CLAIM_STATUS_LABELS[status]} <span className="text-muted">({number.format(counts[status])})</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
