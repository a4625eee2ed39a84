import Link from "next/link";
import { HighlightedText } from "@/components/search/highlighted-text";
import { RatingBadge } from "@/components/verdicts/rating-badge";
import { formatDateIn } from "@/lib/dates";
import type { SearchHit } from "@/lib/search/queries";
import { hasMatch, snippetParts } from "@/lib/search/snippet";

// One verdict in the results: the claim (a link to its verdict page), who
// said it and when, the quote, the rating and the summary, with the words
// that matched highlighted. When the match lies elsewhere (the reasoning, the
// context, the record), the result says so, so it does not look like a mistake.
export function SearchResult({ hit, searched }: { hit: SearchHit; searched: boolean }) {
  const matchedHere = [hit.text, hit.quote, hit.summary].some((field) => field !== null && hasMatch(snippetParts(field)));
  return (
    <article>
      <h3 className="text-lg font-semibold">
        <Link href={`/claims/${hit.slug}`}>
          <HighlightedText headline={hit.text} />
        </Link>
      </h3>
      <p className="mt-1 text-sm text-muted">
        <Link href={`/speakers/${hit.speaker.slug}`} className="text-muted">
          {hit.speaker.name}
        </Link>
        {hit.speaker.title ? `, ${hit.speaker.title}` : ""} · said {formatDateIn(hit.madeAt, hit.madeAtTimeZone)}
      </p>
      {hit.quote ? (
        <p className="mt-2 max-w-3xl italic">
          “<HighlightedText headline={hit.quote} />”
        </p>
      ) : null}
      <p className="mt-2 flex flex-wrap items-center gap-3">
        <RatingBadge label={hit.rating.label} colour={hit.rating.colour} />
        <span>
          <HighlightedText headline={hit.summary} />
        </span>
      </p>
      {searched && !matchedHere ? (
        <p className="mt-1 text-sm text-muted">Your words appear in the reasoning, the context or the sources of this verdict.</p>
      ) : null}
    </article>
  );
}
