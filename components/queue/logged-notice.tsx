import Link from "next/link";
import { CLAIM_STATUS_LABELS } from "@/lib/claims/labels";
import type { LoggedClaim } from "@/lib/queue/logged";

// After logging from an article: exactly the claims logged, each a link, with
// where they stand. The queue below keeps its own filters; it need not show
// them (a Draft view does not, once they are assigned and in research).
export function LoggedNotice({ asked, claims, actorId }: { asked: number; claims: LoggedClaim[]; actorId: string }) {
  const title = `${asked === 1 ? "1 claim" : `${asked} claims`} logged from the article`;
  const mine = claims.length > 0 && claims.every((claim) => claim.assignee?.id === actorId);
  const nobodys = claims.length > 0 && claims.every((claim) => !claim.assignee);
  const summary = mine
    ? claims.every((claim) => claim.status === "RESEARCHING")
      ? "Assigned to you, in research."
      : "Assigned to you."
    : nobodys
      ? claims.every((claim) => claim.status === "DRAFT")
        ? "Unassigned drafts, for anyone on the desk to take."
        : "Unassigned."
      : null;
  const gone = asked - claims.length;
  return (
    <section aria-labelledby="logged-notice-title" className="mt-4 rounded border-l-4 border-green-700 bg-green-50 px-3 py-2 text-sm">
      <h2 id="logged-notice-title" className="font-semibold">
        {title}
      </h2>
      {summary ? <p>{summary}</p> : null}
      {claims.length ? (
        <ul className="mt-1 list-disc space-y-1 pl-5">
          {claims.map((claim) => (
            <li key={claim.id}>
              <Link href={`/desk/claims/${claim.id}`}>{claim.text}</Link>
              {summary ? null : (
                <span className="text-muted">
                  {" "}
                  · {CLAIM_STATUS_LABELS[claim.status]} · {claim.assignee ? (claim.assignee.id === actorId ? "you" : claim.assignee.name) : "unassigned"}
                </span>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {gone > 0 ? <p className="mt-1">{gone === 1 ? "One of them is" : `${gone} of them are`} no longer on the desk (merged or removed since).</p> : null}
    </section>
  );
}
