import Link from "next/link";
import { CLAIM_STATUS_LABELS } from "@/lib/claims/labels";
import type { SimilarClaim } from "@/lib/claims/similar";

// Claims that read like this one: possible duplicates to merge, or earlier
// appearances of the same claim.
export function SimilarClaims({ claims }: { claims: SimilarClaim[] }) {
  return (
    <section aria-labelledby="similar-heading" className="mt-8">
      <h2 id="similar-heading" className="text-xl font-semibold">
        Claims that read alike
      </h2>
      {claims.length === 0 ? (
        <p className="mt-2 text-sm text-muted">No other claim reads like this one.</p>
      ) : (
        <ul className="mt-2 space-y-2 text-sm">
          {claims.map((claim) => (
            <li key={claim.id}>
              <Link href={`/desk/claims/${claim.id}`}>{claim.text}</Link>{" "}
              <span className="text-muted">
                · {claim.speaker} · {CLAIM_STATUS_LABELS[claim.status]} · {Math.round(Math.min(claim.score, 1) * 100)}% alike
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
