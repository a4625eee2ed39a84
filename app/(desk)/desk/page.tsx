import type { Metadata } from "next";
import Link from "next/link";
import { ClaimTable } from "@/components/claims/claim-table";
import { requireActor } from "@/lib/auth/session";
import { deskQueue } from "@/lib/claims/queries";

export const metadata: Metadata = { title: "My work" };

export default async function MyWorkPage() {
  const actor = await requireActor();
  const [mine, review] = await Promise.all([
    deskQueue(actor, { mine: true }),
    deskQueue(actor, { status: "IN_REVIEW" }),
  ]);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">My work</h1>
        <div className="flex flex-wrap gap-3">
          <Link href="/desk/claims/new" className="rounded bg-blue-700 px-4 py-2 text-sm font-semibold text-white no-underline">
            Log a claim
          </Link>
          <Link href="/desk/extract" className="rounded border border-gray-500 px-4 py-2 text-sm font-semibold no-underline">
            Claims from an article
          </Link>
        </div>
      </div>
      <h2 className="mt-8 text-lg font-semibold">Claims I logged or am assigned to</h2>
      <ClaimTable claims={mine.claims} caption="Claims I logged or am assigned to" empty="Nothing on your plate. Log a claim, or take one from the queue." />
      <h2 className="mt-8 text-lg font-semibold">Waiting for review</h2>
      <ClaimTable claims={review.claims} caption="Claims waiting for review" empty="No claims are waiting for review." />
    </>
  );
}
