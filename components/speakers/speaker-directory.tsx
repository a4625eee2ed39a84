import Link from "next/link";
import { RatingBreakdown } from "@/components/speakers/rating-breakdown";
import { formatDate } from "@/lib/dates";
import type { SpeakerDirectory } from "@/lib/speakers/directory";

// The speakers index: who has been checked, how many published verdicts each
// has and how they were rated.
export function SpeakerDirectoryList({ speakers }: { speakers: SpeakerDirectory["speakers"] }) {
  return (
    <ol className="mt-6 divide-y divide-rule border-y border-rule">
      {speakers.map((speaker) => (
        <li key={speaker.slug} className="py-4">
          <h2 className="text-lg font-semibold">
            <Link href={`/speakers/${speaker.slug}`}>{speaker.name}</Link>
          </h2>
          {speaker.title || speaker.affiliation ? (
            <p className="text-sm text-muted">{[speaker.title, speaker.affiliation].filter(Boolean).join(", ")}</p>
          ) : null}
          <p className="mt-1 text-sm">
            {speaker.verdicts} published {speaker.verdicts === 1 ? "verdict" : "verdicts"} · latest {formatDate(speaker.latestVerdict)}
          </p>
          <RatingBreakdown steps={speaker.breakdown} />
        </li>
      ))}
    </ol>
  );
}
