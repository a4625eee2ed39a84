import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ClaimTable } from "@/components/claims/claim-table";
import { LoggedNotice } from "@/components/queue/logged-notice";
import { QueueFilterForm } from "@/components/queue/queue-filter-form";
import { QueuePages } from "@/components/queue/queue-pages";
import { StateCounts } from "@/components/queue/state-counts";
import { requireActor } from "@/lib/auth/session";
import { describeFilters } from "@/lib/queue/describe";
import { loggedClaims } from "@/lib/queue/logged";
import { queueChoices, queuePage } from "@/lib/queue/queries";
import {
  hasActiveFilters,
  loggedNotice,
  parseQueueFilters,
  QUEUE_PATH,
  type QueueSort,
  queueExportHref,
  queueHref,
  queueSearchParams,
} from "@/lib/queue/schema";

export const metadata: Metadata = { title: "Claim queue" };

const number = new Intl.NumberFormat("en-GB");

// The order, as the table's caption says it.
const IN_ORDER: Record<QueueSort, string> = {
  updated: "most recently updated first",
  "said-newest": "most recently said first",
  "said-oldest": "earliest said first",
  speaker: "by speaker, A to Z",
};

function given(raw: Record<string, string | string[] | undefined>) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, one);
  }
  return params;
}

export default async function QueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const raw = await searchParams;
  const filters = parseQueueFilters(raw);
  // Set after claims were logged from an article: their ids, to name each one.
  const logged = loggedNotice.parse(raw.logged);

  // One view, one address: the filter form sends its empty fields too, and
  // a hand-made link may carry values that mean nothing. Both are sent on to
  // the clean URL of what is actually shown, which is the one to share.
  const canonical = queueSearchParams(filters);
  for (const id of logged) canonical.append("logged", id);
  if (canonical.toString() !== given(raw).toString()) redirect(`${QUEUE_PATH}${canonical.size ? `?${canonical}` : ""}`);

  const [queue, choices, justLogged] = await Promise.all([queuePage(actor, filters), queueChoices(actor), loggedClaims(actor, logged)]);
  const active = describeFilters(filters, choices);
  const caption = `Claims ${active.length ? active.map((filter) => filter.label).join(", ") : "still open"}, ${IN_ORDER[filters.sort]}`;

  const empty = filters.cursor ? (
    <p>
      No more claims this way. <Link href={queueHref(filters)}>Back to the first page</Link>.
    </p>
  ) : hasActiveFilters(filters) ? (
    <>
      <p>No claims match: {active.map((filter) => filter.label).join("; ")}.</p>
      <p className="mt-2">Try without one of these:</p>
      <ul className="mt-1 list-disc pl-6">
        {active.map((filter) => (
          <li key={filter.label}>
            <Link href={queueHref(filters, filter.without)}>Drop “{filter.label}”</Link>
          </li>
        ))}
      </ul>
      <p className="mt-2">
        Or <Link href={QUEUE_PATH}>clear all filters</Link>.
      </p>
    </>
  ) : (
    <p>
      No open claims. <Link href="/desk/claims/new">Log a claim</Link>, or <Link href="/desk/extract">find claims in an article</Link>.
    </p>
  );

  return (
    <>
      <h1 className="text-2xl font-bold">Claim queue</h1>
      {logged.length ? <LoggedNotice asked={logged.length} claims={justLogged} actorId={actor.id} /> : null}
      <QueueFilterForm filters={filters} choices={choices} />
      <StateCounts filters={filters} counts={queue.counts} />
      <p className="mt-4 text-sm text-muted">
        {number.format(queue.total)} {queue.total === 1 ? "claim matches" : "claims match"}
        {" · "}
        {/* A plain link: the export is a file download, not a page to prefetch. */}
        <a href={queueExportHref(filters)} download>
          Download as CSV
        </a>
      </p>
      <ClaimTable claims={queue.claims} caption={caption} showCaption empty={empty} columns={["speaker", "state", "assignee", "rating", "said", "updated"]} />
      <QueuePages filters={filters} previous={queue.previous} next={queue.next} />
    </>
  );
}
