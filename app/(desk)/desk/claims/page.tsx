import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { ClaimTable } from "@/components/claims/claim-table";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/session";
import { CLAIM_STATUSES, CLAIM_STATUS_LABELS } from "@/lib/claims/labels";
import { deskQueue } from "@/lib/claims/queries";

export const metadata: Metadata = { title: "Claim queue" };

const filters = z.object({
  status: z.enum(CLAIM_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
  // Set after claims were logged from an article, to say how many.
  logged: z.coerce.number().int().min(1).max(1000).optional().catch(undefined),
});

export default async function QueuePage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const { status, page, logged } = filters.parse(await searchParams);
  const queue = await deskQueue(await requireActor(), { status, page });
  const href = (target: { status?: string; page?: number }) => {
    const params = new URLSearchParams();
    if (target.status) params.set("status", target.status);
    if (target.page && target.page > 1) params.set("page", String(target.page));
    const query = params.toString();
    return `/desk/claims${query ? `?${query}` : ""}`;
  };
  return (
    <>
      {logged ? (
        <p className="mb-4 rounded border-l-4 border-green-700 bg-green-50 px-3 py-2 text-sm" role="status">
          {logged === 1 ? "1 claim" : `${logged} claims`} logged from the article, as drafts.
        </p>
      ) : null}
      <h1 className="text-2xl font-bold">Claim queue</h1>
      <nav aria-label="Filter by state" className="mt-4">
        <ul className="flex flex-wrap gap-3 text-sm">
          <li><Link href={href({})} aria-current={!status ? "page" : undefined}>All open</Link></li>
          {CLAIM_STATUSES.map((value) => (
            <li key={value}>
              <Link href={href({ status: value })} aria-current={status === value ? "page" : undefined}>
                {CLAIM_STATUS_LABELS[value]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="mt-4 text-sm text-muted">
        {queue.total} {queue.total === 1 ? "claim" : "claims"}
        {" · "}
        {/* A plain link: the export is a file download, not a page to prefetch. */}
        <a href={`/desk/claims/export${status ? `?status=${status}` : ""}`} download>Download as CSV</a>
      </p>
      <ClaimTable claims={queue.claims} caption="Claims in the queue" empty="No claims match this filter." />
      <Pagination page={queue.page} pages={queue.pages} href={(target) => href({ status, page: target })} />
    </>
  );
}
