import type { Metadata } from "next";
import Link from "next/link";
import { ClaimTable } from "@/components/claims/claim-table";
import { NewsroomNumbersPanel } from "@/components/desk/newsroom-numbers";
import { WorkSection } from "@/components/queue/work-section";
import { requireActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/dates";
import { newsroomNumbers } from "@/lib/numbers/queries";
import { DUE_WITHIN_DAYS, myWork } from "@/lib/queue/my-work";
import { DEFAULT_QUEUE_FILTERS, queueHref } from "@/lib/queue/schema";

export const metadata: Metadata = { title: "My work" };

export default async function MyWorkPage() {
  const actor = await requireActor();
  const [work, numbers] = await Promise.all([myWork(actor), newsroomNumbers(actor)]);
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

      <WorkSection
        id="assigned"
        title="Assigned to me"
        shown={work.assigned.claims.length}
        total={work.assigned.total}
        more={
          <Link href={queueHref({ ...DEFAULT_QUEUE_FILTERS, assignee: "me", statuses: ["DRAFT", "RESEARCHING", "IN_REVIEW"] })}>See them all in the queue</Link>
        }
      >
        <ClaimTable
          claims={work.assigned.claims}
          caption="Open claims assigned to me, most recently updated first"
          empty={
            <p>
              Nothing is assigned to you.{" "}
              <Link href={queueHref({ ...DEFAULT_QUEUE_FILTERS, assignee: "none", statuses: ["DRAFT", "RESEARCHING"] })}>
                Take an unassigned claim from the queue
              </Link>
              , or log a new one.
            </p>
          }
          columns={["speaker", "state", "said", "updated"]}
        />
      </WorkSection>

      <WorkSection id="sent-back" title="Came back from review" shown={work.sentBack.claims.length} total={work.sentBack.total}>
        <ClaimTable
          claims={work.sentBack.claims.map((claim) => ({
            ...claim,
            note: (
              <>
                Sent back {claim.sentBack.by ? `by ${claim.sentBack.by} ` : ""}on {formatDate(claim.sentBack.at)}
                {claim.sentBack.reason ? <>: “{claim.sentBack.reason}”</> : null}
              </>
            ),
          }))}
          caption="Claims sent back to me from review, most recent first"
          empty={<p>Nothing has come back from review. When an editor returns a proposal of yours, it shows here with their comments.</p>}
          columns={["speaker", "assignee", "rating"]}
        />
      </WorkSection>

      <WorkSection
        id="coming-due"
        title={`Predictions and promises due within ${DUE_WITHIN_DAYS} days`}
        shown={work.comingDue.claims.length}
        total={work.comingDue.total}
      >
        <ClaimTable
          claims={work.comingDue.claims}
          caption={`Unpublished predictions and promises to settle within ${DUE_WITHIN_DAYS} days or overdue, the most overdue first`}
          empty={<p>No prediction or promise is due within {DUE_WITHIN_DAYS} days, and none is overdue.</p>}
          columns={["settleBy", "speaker", "state", "assignee"]}
        />
      </WorkSection>

      <WorkSection
        id="in-review"
        title="Waiting for review"
        shown={work.inReview.claims.length}
        total={work.inReview.total}
        more={<Link href={queueHref({ ...DEFAULT_QUEUE_FILTERS, statuses: ["IN_REVIEW"] })}>See them all in the queue</Link>}
      >
        <ClaimTable
          claims={work.inReview.claims}
          caption="Claims waiting for review"
          empty={<p>No claims are waiting for review.</p>}
          columns={["speaker", "assignee", "rating", "updated"]}
        />
      </WorkSection>
      {numbers ? <NewsroomNumbersPanel numbers={numbers} /> : null}
    </>
  );
}
