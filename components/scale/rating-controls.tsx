"use client";

import { useActionState, useEffect, useRef } from "react";
import { useFormStatus } from "react-dom";
import { FormMessage } from "@/components/ui/form-message";
import { type FormState, idle } from "@/lib/form-state";
import { deleteRatingFromScale, moveRatingOnScale, restoreRatingToScale, retireRatingFromScale } from "@/lib/ratings/actions";

type Intent = "up" | "down" | "retire" | "restore" | "delete";

// Each button is its own server action behind the door; they share one form
// so that the rating's latest outcome is said in one place.
async function dispatch(previous: FormState, formData: FormData): Promise<FormState> {
  const intent = formData.get("intent") as Intent | null;
  switch (intent) {
    case "up":
    case "down":
      formData.set("direction", intent);
      return moveRatingOnScale(previous, formData);
    case "retire":
      return retireRatingFromScale(previous, formData);
    case "restore":
      return restoreRatingToScale(previous, formData);
    case "delete":
      return deleteRatingFromScale(previous, formData);
    default:
      return { status: "invalid", message: "Choose what to do with this rating.", fieldErrors: {}, values: {} };
  }
}

export function RatingControls({
  rating,
  position,
  first,
  last,
}: {
  rating: { id: string; label: string; active: boolean; verdictCount: number };
  position: number;
  first: boolean;
  last: boolean;
}) {
  const [state, action] = useActionState(dispatch, idle);
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const moved = useRef<"up" | "down" | null>(null);

  // Moving re-orders the list, and a moved element loses keyboard focus in
  // the browser. Once the rating's new place arrives, focus returns to the
  // button pressed, or to the other one when it has reached an end.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the new order arrives (its dependency), not on the refs it reads
  useEffect(() => {
    if (!moved.current) return;
    const pressed = moved.current === "up" ? up.current : down.current;
    const other = moved.current === "up" ? down.current : up.current;
    (pressed?.getAttribute("aria-disabled") === "true" ? other : pressed)?.focus();
    moved.current = null;
  }, [position]);
  // A refused move leaves the rating where it was: nothing to follow.
  useEffect(() => {
    if (state.status !== "success") moved.current = null;
  }, [state]);

  return (
    <form
      action={action}
      className="space-y-2"
      onSubmit={(event) => {
        const button = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
        const intent = button?.value as Intent | undefined;
        if (button?.getAttribute("aria-disabled") === "true") {
          event.preventDefault();
          return;
        }
        const question =
          intent === "retire"
            ? `Retire “${rating.label}”? It will no longer be offered for new verdicts or shown on the methodology page. Verdicts that use it keep it.`
            : intent === "delete"
              ? `Delete “${rating.label}” for good? This cannot be undone.`
              : null;
        if (question && !window.confirm(question)) {
          event.preventDefault();
          return;
        }
        moved.current = intent === "up" || intent === "down" ? intent : null;
      }}
    >
      <input type="hidden" name="ratingId" value={rating.id} />
      <div className="flex flex-wrap gap-2">
        <ControlButton ref={up} intent="up" unavailable={first && "It is already first."}>
          Move<span className="sr-only"> {rating.label}</span> up
        </ControlButton>
        <ControlButton ref={down} intent="down" unavailable={last && "It is already last."}>
          Move<span className="sr-only"> {rating.label}</span> down
        </ControlButton>
        {rating.active ? (
          <ControlButton intent="retire" tone="danger">
            Retire<span className="sr-only"> {rating.label}</span>
          </ControlButton>
        ) : (
          <ControlButton intent="restore">
            Restore<span className="sr-only"> {rating.label}</span>
          </ControlButton>
        )}
        {rating.verdictCount === 0 ? (
          <ControlButton intent="delete" tone="danger">
            Delete<span className="sr-only"> {rating.label}</span>
          </ControlButton>
        ) : null}
      </div>
      <FormMessage state={state} />
    </form>
  );
}

// Buttons at the ends stay focusable (aria-disabled, not disabled), so focus
// is not thrown out of the list when a rating reaches the top or bottom.
function ControlButton({
  ref,
  intent,
  tone = "secondary",
  unavailable,
  children,
}: {
  ref?: React.Ref<HTMLButtonElement>;
  intent: Intent;
  tone?: "secondary" | "danger";
  unavailable?: string | false;
  children: React.ReactNode;
}) {
  const { pending } = useFormStatus();
  const tones = {
    secondary: "border border-gray-500 bg-white text-ink hover:bg-gray-50",
    danger: "border border-red-700 bg-white text-red-800 hover:bg-red-50",
  };
  const off = pending || Boolean(unavailable);
  return (
    <button
      ref={ref}
      type="submit"
      name="intent"
      value={intent}
      aria-disabled={off}
      title={unavailable || undefined}
      className={`rounded px-3 py-1.5 text-sm font-semibold aria-disabled:cursor-not-allowed aria-disabled:opacity-50 ${tones[tone]}`}
    >
      {children}
    </button>
  );
}
