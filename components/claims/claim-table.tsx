import Link from "next/link";
import { CLAIM_STATUS_LABELS, type ClaimStatus } from "@/lib/claims/labels";
import { formatDate } from "@/lib/dates";

export type ClaimRow = {
  id: string;
  text: string;
  status: ClaimStatus;
  madeAt: Date;
  updatedAt: Date;
  speaker: { name: string };
  assignee: { name: string } | null;
};

export function ClaimTable({ claims, caption, empty }: { claims: ClaimRow[]; caption: string; empty: string }) {
  if (claims.length === 0) return <p className="mt-4 rounded border border-rule p-4 text-muted">{empty}</p>;
  return (
    <table className="mt-4 w-full border-collapse text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-rule">
          <th scope="col" className="py-2 pr-3">Claim</th>
          <th scope="col" className="py-2 pr-3">Speaker</th>
          <th scope="col" className="py-2 pr-3">State</th>
          <th scope="col" className="py-2 pr-3">Assigned to</th>
          <th scope="col" className="py-2">Said on</th>
        </tr>
      </thead>
      <tbody>
        {claims.map((claim) => (
          <tr key={claim.id} className="border-b border-rule align-top">
            <td className="py-2 pr-3"><Link href={`/desk/claims/${claim.id}`}>{claim.text}</Link></td>
            <td className="py-2 pr-3">{claim.speaker.name}</td>
            <td className="py-2 pr-3">{CLAIM_STATUS_LABELS[claim.status]}</td>
            <td className="py-2 pr-3">{claim.assignee?.name ?? <span className="text-muted">Nobody</span>}</td>
            <td className="py-2">{formatDate(claim.madeAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
