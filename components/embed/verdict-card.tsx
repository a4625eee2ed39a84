import { RatingBadge } from "@/components/verdicts/rating-badge";
import { formatDateIn, isoInstant } from "@/lib/dates";
import type { EmbeddableVerdict } from "@/lib/embed/queries";

// The verdict as another site shows it in a frame (560 × 240, down to 320
// wide; see lib/embed/iframe.ts). Long claims and summaries are cut to two
// lines, or three in a frame of 280 px or more, so that the date, the rating,
// the link to the full verdict and the publisher's name always stay in view.
const TALL_FRAME = "[@media(min-height:280px)]:line-clamp-3";
export function VerdictCard({
  verdict,
  verdictUrl,
  siteName,
  publisher,
}: {
  verdict: EmbeddableVerdict;
  verdictUrl: string;
  siteName: string;
  publisher: string;
}) {
  const { speaker } = verdict;
  return (
    <>
      <div className="min-h-0 flex-1 overflow-hidden">
        <p className="flex text-sm text-muted">
          <span className="truncate">
            {speaker.name}
            {speaker.title ? `, ${speaker.title}` : ""}
          </span>
          <span className="shrink-0 whitespace-pre">
            {" · said "}
            <time dateTime={isoInstant(verdict.madeAt)}>{formatDateIn(verdict.madeAt, verdict.madeAtTimeZone)}</time>
          </span>
        </p>
        <h1 className={`mt-1 line-clamp-2 text-base font-semibold leading-snug ${TALL_FRAME}`}>{verdict.text}</h1>
        <p className="mt-2 flex items-center gap-2">
          <span className="text-sm font-semibold">Verdict:</span>
          <RatingBadge label={verdict.rating.label} colour={verdict.rating.colour} />
        </p>
        <p className={`mt-2 line-clamp-2 text-sm leading-snug ${TALL_FRAME}`}>{verdict.summary}</p>
      </div>
      <footer className="flex shrink-0 flex-wrap items-baseline justify-between gap-x-3 pt-2 text-xs">
        <a href={verdictUrl} target="_blank" rel="noopener" className="font-semibold">
          Read the full verdict on {siteName}
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
        <span className="text-muted">{publisher}</span>
      </footer>
    </>
  );
}
