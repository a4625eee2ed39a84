"use client";

import { useActionState, useState } from "react";
import { type RatingDraft, RatingFields } from "@/components/scale/rating-fields";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { type FormState, idle } from "@/lib/form-state";
import { addRating } from "@/lib/ratings/actions";

const BLANK: RatingDraft = { label: "", description: "", value: null, colour: "#334155", appliesTo: "STATEMENT" };

export function AddRatingForm({ headingId }: { headingId: string }) {
  // Each rating added starts the fields afresh. React resets the plain fields
  // itself; the colour is held in state, so the fields are remounted.
  const [added, setAdded] = useState(0);
  const [state, action] = useActionState(async (previous: FormState, formData: FormData) => {
    const next = await addRating(previous, formData);
    if (next.status === "success") setAdded((count) => count + 1);
    return next;
  }, idle);
  return (
    <form action={action} noValidate aria-labelledby={headingId} className="space-y-4">
      <FormMessage state={state} />
      <RatingFields key={added} idPrefix="new-rating" state={state} initial={BLANK} />
      <SubmitButton pendingLabel="Adding…">Add rating</SubmitButton>
    </form>
  );
}
