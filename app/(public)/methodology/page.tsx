import type { Metadata } from "next";
import Link from "next/link";
import { RatingBadge } from "@/components/verdicts/rating-badge";
import { publishedScale } from "@/lib/ratings/queries";

export const metadata: Metadata = { title: "How we check claims" };

// The scale is edited by admins, so it is read per request.
export const dynamic = "force-dynamic";

export default async function MethodologyPage() {
  const scale = await publishedScale();
  const statements = scale.filter((rating) => rating.appliesTo !== "FORECAST");
  const forecasts = scale.filter((rating) => rating.appliesTo !== "STATEMENT");
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">How we check claims</h1>
      <p className="mt-4">
        We check one claim at a time: a single statement by a named speaker, made at a known time and place. We set what they said beside the record (wire
        reports, official statements and readouts, documents, news articles, social posts, market odds and data) and say what the record shows.
      </p>

      <h2 className="mt-8 text-2xl font-bold">The process</h2>
      <ol className="mt-3 list-decimal space-y-2 pl-6">
        <li>A reporter logs the claim as it is made, with a link to where it was said.</li>
        <li>They gather sources and mark each as supporting the claim, contradicting it, or giving context.</li>
        <li>They propose a verdict with a one-line summary and the reasoning behind it.</li>
        <li>An editor who did not propose it reviews the research, and only then approves and publishes the verdict.</li>
      </ol>
      <p className="mt-3">When we count sources, a repost or a syndicated copy of a wire report counts once, with its original.</p>

      <h2 className="mt-8 text-2xl font-bold">Our verdict scale</h2>
      <h3 className="mt-4 text-lg font-semibold">Statements</h3>
      <ScaleList ratings={statements} />
      <h3 className="mt-6 text-lg font-semibold">Predictions and promises</h3>
      <p className="mt-1 text-muted">These can only be judged once the date by which they can be checked has passed.</p>
      <ScaleList ratings={forecasts} />

      <h2 className="mt-8 text-2xl font-bold">How sources are archived</h2>
      <p className="mt-3">
        Pages on the web change and disappear, so when a source is added to the record we fetch it and keep a copy of its text as it was that day. Each verdict
        page shows, beside every source, when the copy was taken and the SHA-256 fingerprint of the exact bytes we received: anyone holding a copy of the page
        can check it is the same one. If a source later goes offline or changes, the verdict still rests on what it said when we read it, and the page says when
        a source now answers with an error.
      </p>
      <p className="mt-3">We only fetch public pages on the open web; the archiver refuses private and local network addresses.</p>

      <h2 className="mt-8 text-2xl font-bold">Corrections policy</h2>
      <p className="mt-3">
        A published verdict is never silently changed. If we get something wrong, or the record changes, we add a dated note to the verdict page, and every
        change is kept in its revision history:
      </p>
      <ul className="mt-3 list-disc space-y-1 pl-6">
        <li>
          <strong>Correction</strong>: we got a fact or the rating wrong; the note says what we changed.
        </li>
        <li>
          <strong>Update</strong>: the record changed after publication, for example a prediction reached its date.
        </li>
        <li>
          <strong>Clarification</strong>: the wording could be misread; the verdict itself stands.
        </li>
      </ul>
      <p className="mt-3">
        A correction is approved by an editor other than the one who researched the verdict. If a verdict has to come down, it is taken off the site with its
        reason recorded on our desk. Every correction, update and clarification is listed on the{" "}
        <Link href="/corrections" prefetch={false}>
          corrections page
        </Link>
        . To tell us about an error, write to the newsroom and name the verdict&apos;s address.
      </p>
    </div>
  );
}

function ScaleList({ ratings }: { ratings: { id: string; label: string; colour: string; description: string }[] }) {
  if (ratings.length === 0) return <p className="mt-2 text-muted">No ratings are set up yet.</p>;
  return (
    <dl className="mt-3 space-y-3">
      {ratings.map((rating) => (
        <div key={rating.id} className="flex flex-wrap items-baseline gap-3">
          <dt>
            <RatingBadge label={rating.label} colour={rating.colour} />
          </dt>
          <dd>{rating.description}</dd>
        </div>
      ))}
    </dl>
  );
}
