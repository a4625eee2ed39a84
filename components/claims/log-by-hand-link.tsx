import Link from "next/link";

// From the article reader to the log form for a claim the reader did not
// offer, carrying the archived article along: the claim is logged with it on
// its record as context, as the claims ticked in the reader are.
export function LogByHandLink({ articleSourceId }: { articleSourceId?: string }) {
  if (!articleSourceId) return null;
  return (
    <p className="mt-2 text-sm">
      <Link href={`/desk/claims/new?article=${encodeURIComponent(articleSourceId)}`}>Log a claim from this article by hand</Link>
      <span className="text-muted"> for one not offered here; the article goes on its record as context.</span>
    </p>
  );
}
