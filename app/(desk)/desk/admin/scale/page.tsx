import type { Metadata } from "next";
import { AddRatingForm } from "@/components/scale/add-rating-form";
import { EditRatingForm } from "@/components/scale/edit-rating-form";
import { RatingControls } from "@/components/scale/rating-controls";
import { RatingBadge } from "@/components/verdicts/rating-badge";
import { decide } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { adminScale } from "@/lib/ratings/queries";
import { LABEL_MAX, SCOPE_LABELS } from "@/lib/ratings/schema";

export const metadata: Metadata = { title: "Verdict scale" };

const verdictCount = (count: number) => (count === 0 ? "No verdicts yet" : `${count} ${count === 1 ? "verdict" : "verdicts"}`);

export default async function ScalePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const decision = decide(actor, "scale.manage");
  if (!decision.allowed) {
    return (
      <>
        <h1 className="text-2xl font-bold">Verdict scale</h1>
        <p className="mt-4 rounded border-l-4 border-red-700 bg-red-50 px-3 py-2">{decision.reason}</p>
      </>
    );
  }
  const { deleted } = await searchParams;
  const ratings = await adminScale(actor);
  return (
    <>
      <h1 className="text-2xl font-bold">Verdict scale</h1>
      <p className="mt-2 max-w-3xl text-muted">
        The ratings an editor can give, in the order the verdict form and the methodology page list them. A retired rating is no longer offered for new verdicts
        and leaves the methodology page; verdicts that use it keep it. A rating can be deleted only while no verdict uses it.
      </p>
      {/* Set by the delete action, whose rating (and its controls) are gone. */}
      {typeof deleted === "string" && deleted ? (
        <p role="status" className="mt-4 max-w-3xl rounded border-l-4 border-green-700 bg-green-50 px-3 py-2 text-sm text-green-900">
          Deleted “{deleted.slice(0, LABEL_MAX)}” from the scale.
        </p>
      ) : null}

      <section aria-labelledby="scale-heading" className="mt-8">
        <h2 id="scale-heading" className="text-lg font-semibold">
          Ratings in order ({ratings.length})
        </h2>
        <ol className="mt-3 divide-y divide-rule border-y border-rule">
          {ratings.map((rating, index) => {
            const nameId = `rating-${rating.id}-name`;
            return (
              <li key={rating.id} aria-labelledby={nameId} className="py-6" data-testid={`rating-${rating.slug}`}>
                <div className="flex flex-wrap items-center gap-3">
                  <span className="text-sm text-muted" aria-hidden="true">
                    {index + 1}.
                  </span>
                  <h3 id={nameId} className="text-base">
                    <RatingBadge label={rating.label} colour={rating.colour} />
                  </h3>
                  {rating.active ? null : <span className="rounded bg-gray-200 px-2 py-0.5 text-sm font-medium text-ink">Retired</span>}
                </div>
                <p className="mt-2 max-w-3xl">{rating.description}</p>
                <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
                  <div>
                    <dt className="inline text-muted">Value: </dt>
                    <dd className="inline">{rating.value ?? "Not rated"}</dd>
                  </div>
                  <div>
                    <dt className="inline text-muted">Applies to: </dt>
                    <dd className="inline">{SCOPE_LABELS[rating.appliesTo]}</dd>
                  </div>
                  <div>
                    <dt className="inline text-muted">Colour: </dt>
                    <dd className="inline font-mono">{rating.colour}</dd>
                  </div>
                  <div>
                    <dt className="inline text-muted">In use: </dt>
                    <dd className="inline">{verdictCount(rating.verdictCount)}</dd>
                  </div>
                  <div>
                    <dt className="inline text-muted">Status: </dt>
                    <dd className="inline">{rating.active ? "In force" : "Retired"}</dd>
                  </div>
                </dl>
                <div className="mt-3">
                  <RatingControls
                    rating={{ id: rating.id, label: rating.label, active: rating.active, verdictCount: rating.verdictCount }}
                    position={index + 1}
                    first={index === 0}
                    last={index === ratings.length - 1}
                  />
                  {rating.verdictCount > 0 ? <p className="mt-1 text-sm text-muted">In use, so it can be retired but not deleted.</p> : null}
                </div>
                <div className="mt-4 max-w-3xl rounded border border-rule p-4">
                  <EditRatingForm
                    rating={{
                      id: rating.id,
                      label: rating.label,
                      description: rating.description,
                      value: rating.value,
                      colour: rating.colour,
                      appliesTo: rating.appliesTo,
                    }}
                  />
                </div>
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="add-rating-heading" className="mt-10 max-w-3xl">
        <h2 id="add-rating-heading" className="text-lg font-semibold">
          Add a rating
        </h2>
        <p className="mt-1 text-sm text-muted">It is added at the end of the scale; move it into place afterwards.</p>
        <div className="mt-3">
          <AddRatingForm headingId="add-rating-heading" />
        </div>
      </section>
    </>
  );
}
