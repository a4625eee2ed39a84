"use client";

import { useActionState } from "react";
import { type RatingDraft, RatingFields } from "@/components/scale/rating-fields";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/form-state";
import { saveRating } from "@/lib/ratings/actions";

export function EditRatingForm({ rating }: { rating: RatingDraft & { id: string } }) {
  const [state, action] = useActionState(saveRating, idle);
  return (
    <form action={action} noValidate aria-label={`Edit ${rating.label}`} className="space-y-4">
      <input type="hidden" name="ratingId" value={rating.id} />
      <FormMessage state={state} />
      <RatingFields idPrefix={`rating-${rating.id}`} state={state} initial={rating} />
      <SubmitButton tone="secondary">
        Save<span className="sr-only"> {rating.label}</span>
      </SubmitButton>
    </form>
  );
}
