import type { Metadata } from "next";
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
        We check one claim at a time: a single statement by a named speaker, made at a known time and place. We set what
        they said beside the record (wire reports, official statements and readouts, documents, news articles, social
        posts, market odds and data) and say what the record shows.
      </p>

      <h2 className="mt-8 text-2xl font-bold">The process</h2>
      <ol className="mt-3 list-decimal space-y-2 pl-6">
        <li>A reporter logs the claim as it is made, with a link to where it was said.</li>
        <li>They gather sources and mark each as supporting the claim, contradicting it, or giving context.</li>
        <li>They propose a verdict with a one-line summary and the reasoning behind it.</li>
        <li>An editor who did not propose it reviews the research, and only then approves and publishes the verdict.</li>
      </ol>
      <p className="mt-3">
        When we count sources, a repost or a syndicated copy of a wire report counts once, with its original.
      </p>

      <h2 className="mt-8 text-2xl font-bold">Our verdict scale</h2>
      <h3 className="mt-4 text-lg font-semibold">Statements</h3>
      <ScaleList ratings={statements} />
      <h3 className="mt-6 text-lg font-semibold">Predictions and promises</h3>
      <p className="mt-1 text-muted">These can only be judged once the date by which they can be checked has passed.</p>
      <ScaleList ratings={forecasts} />

      <h2 className="mt-8 text-2xl font-bold">Corrections</h2>
      <p className="mt-3">
        A published verdict is never silently changed. If we get something wrong, or the record changes, we add a dated
        correction, update or clarification to the verdict page, and every change is kept in its revision history.
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
          <dt><RatingBadge label={rating.label} colour={rating.colour} /></dt>
          <dd>{rating.description}</dd>
        </div>
      ))}
    </dl>
  );
}
