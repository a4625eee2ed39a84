import Link from "next/link";
import { logFormHref } from "@/lib/claims/log-form-query";

// From the article reader to the log form, for a claim the reader did not
// offer, carrying the article along: an archived article goes on the claim's
// record as context (as on the claims ticked in the reader), its link becomes
// where the claim was said, and the date the reader used is the day it was said.
export function LogByHandLink({ articleSourceId, articleUrl, publishedOn }: { articleSourceId?: string; articleUrl?: string; publishedOn: string }) {
  if (!articleSourceId && !articleUrl) return null;
  return (
    <p className="mt-2 text-sm">
      <Link href={logFormHref({ articleSourceId, articleUrl, publishedOn })}>Log a claim from this article by hand</Link>
      <span className="text-muted">
        {" "}
        for one not offered here; {articleSourceId ? "the article goes on its record as context." : "its link is filled in as where it was said."}
      </span>
    </p>
  );
}
