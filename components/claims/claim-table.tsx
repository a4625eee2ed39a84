import Link from "next/link";
import type { ReactNode } from "react";
import { RatingBadge } from "@/components/verdicts/rating-badge";
import { CLAIM_KIND_LABELS, CLAIM_STATUS_LABELS, type ClaimKind, type ClaimStatus } from "@/lib/claims/labels";
import { formatDate, formatDateIn } from "@/lib/dates";

export type ClaimRow = {
  id: string;
  text: string;
  status: ClaimStatus;
  kind?: ClaimKind;
  madeAt: Date;
  madeAtTimeZone?: string | null;
  updatedAt: Date;
  settleBy?: Date | null;
  speaker: { name: string };
  assignee: { name: string } | null;
  rating?: { label: string; colour: string } | null;
  // A line under the claim, such as why it came back from review.
  note?: ReactNode;
};

export type ClaimColumn = "speaker" | "state" | "assignee" | "rating" | "said" | "updated" | "settleBy";

const HEADINGS: Record<ClaimColumn, string> = {
  speaker: "Speaker",
  state: "State",
  assignee: "Assigned to",
  rating: "Verdict",
  said: "Said on",
  updated: "Updated",
  settleBy: "Settle by",
};

const DEFAULT_COLUMNS: ClaimColumn[] = ["speaker", "state", "assignee", "said"];

function cell(column: ClaimColumn, claim: ClaimRow, now: Date): ReactNode {
  switch (column) {
    case "speaker":
      return claim.speaker.name;
    case "state":
      return CLAIM_STATUS_LABELS[claim.status];
    case "assignee":
      return claim.assignee?.name ?? <span className="text-muted">Nobody</span>;
    case "rating":
      return claim.rating ? <RatingBadge label={claim.rating.label} colour={claim.rating.colour} /> : <span className="text-muted">None yet</span>;
    case "said":
      return formatDateIn(claim.madeAt, claim.madeAtTimeZone ?? null);
    case "updated":
      return formatDate(claim.updatedAt);
    case "settleBy":
      if (!claim.settleBy) return <span className="text-muted">Not set</span>;
      return (
        <>
          {formatDate(claim.settleBy)}
          {claim.settleBy < now ? <strong className="block text-red-800">Overdue</strong> : null}
        </>
      );
  }
}

// Claims as a table: the claim links to its desk page; which other columns
// show depends on the list. The caption names the list (and its order) for
// screen readers, and for everyone when `showCaption` is set.
export function ClaimTable({
  claims,
  caption,
  showCaption = false,
  empty,
  columns = DEFAULT_COLUMNS,
}: {
  claims: ClaimRow[];
  caption: string;
  showCaption?: boolean;
  empty: ReactNode;
  columns?: ClaimColumn[];
}) {
  if (claims.length === 0) return <div className="mt-4 rounded border border-rule p-4 text-muted">{empty}</div>;
  const now = new Date();
  return (
    // On a narrow screen the table scrolls sideways: the region can take
    // focus so the keyboard scrolls it too, and it is named for screen readers.
    <div
      className="mt-4 overflow-x-auto focus-visible:outline focus-visible:outline-2 focus-visible:outline-blue-700"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus for keyboard users (axe: scrollable-region-focusable)
      tabIndex={0}
      role="region"
      aria-label={caption}
    >
      <table className="w-full border-collapse text-left text-sm">
        <caption className={showCaption ? "pb-2 text-left text-sm text-muted" : "sr-only"}>{caption}</caption>
        <thead>
          <tr className="border-b-2 border-rule">
            <th scope="col" className="py-2 pr-3">
              Claim
            </th>
            {columns.map((column) => (
              <th key={column} scope="col" className="py-2 pr-3 whitespace-nowrap">
                {HEADINGS[column]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {claims.map((claim) => (
            <tr key={claim.id} className="border-b border-rule align-top">
              <td className="py-2 pr-3">
                <Link href={`/desk/claims/${claim.id}`}>{claim.text}</Link>
                {claim.kind && claim.kind !== "STATEMENT" ? (
                  <span className="ml-2 rounded bg-slate-100 px-1.5 text-xs text-slate-700">{CLAIM_KIND_LABELS[claim.kind]}</span>
                ) : null}
                {claim.note ? <div className="mt-1 text-muted">{claim.note}</div> : null}
              </td>
              {columns.map((column) => (
                <td key={column} className="py-2 pr-3">
                  {cell(column, claim, now)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
