import Link from "next/link";
import { RatingBadge } from "@/components/verdicts/rating-badge";
import { CLAIM_KIND_LABELS, type ClaimKind } from "@/lib/claims/labels";
import { formatDateIn } from "@/lib/dates";

type ListedVerdict = {
  slug: string;
  text: string;
  kind?: ClaimKind;
  madeAt: Date;
  madeAtTimeZone: string | null;
  speaker: { name: string };
  verdict: { summary: string; rating: { label: string; colour: string } } | null;
};

// Published claims with their verdicts: when it was said, the claim (linking
// to its verdict page), the rating and the one-line summary. On a speaker's
// own pages the line above names the kind of claim; a list of many speakers'
// claims names the speaker instead.
export function VerdictList({ claims, headingLevel = 3, byline = "kind" }: { claims: ListedVerdict[]; headingLevel?: 2 | 3; byline?: "kind" | "speaker" }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ol className="mt-4 divide-y divide-rule border-y border-rule">
      {claims.map((claim) => (
        <li key={claim.slug} className="py-4">
          <article>
            <p className="text-sm text-muted">
              {byline === "speaker" || !claim.kind ? claim.speaker.name : CLAIM_KIND_LABELS[claim.kind]} · said{" "}
              {formatDateIn(claim.madeAt, claim.madeAtTimeZone)}
            </p>
            <Heading className="mt-1 text-lg font-semibold">
              <Link href={`/claims/${claim.slug}`} prefetch={false}>
                {claim.text}
              </Link>
            </Heading>
            {claim.verdict ? (
              <p className="mt-2 flex flex-wrap items-center gap-3">
                <RatingBadge label={claim.verdict.rating.label} colour={claim.verdict.rating.colour} />
                <span>{claim.verdict.summary}</span>
              </p>
            ) : null}
          </article>
        </li>
      ))}
    </ol>
  );
}
