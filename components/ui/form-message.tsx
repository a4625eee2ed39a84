"use client";

import { useEffect, useRef } from "react";
import { firstProblem, OWN_FOCUS_ATTRIBUTE, takeTo } from "@/components/ui/first-problem";
import type { FormState } from "@/lib/form-state";

// The form's overall outcome, announced politely to screen readers. When the
// form is refused it also takes the person to the first problem (the first
// invalid field, else this message), so a long form does not leave them at
// its submit button with the message far above the screen.
export function FormMessage({ state }: { state: FormState }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element || state.status === "idle" || state.status === "success") return;
    const form = element.closest("form");
    if (form?.hasAttribute(OWN_FOCUS_ATTRIBUTE)) return;
    const target = firstProblem(form ?? element);
    if (target) takeTo(target);
  }, [state]);
  const tone =
    state.status === "success"
      ? "border-green-700 bg-green-50 text-green-900"
      : state.status === "check"
        ? "border-amber-600 bg-amber-50 text-amber-950"
        : "border-red-700 bg-red-50 text-red-900";
  // The message can be given focus (when the problem is not a field); it
  // then shows a ring like any focused control, even after a mouse click.
  return (
    <div ref={box} aria-live="polite" aria-atomic="true">
      {state.status !== "idle" ? (
        <p className={`rounded border-l-4 px-3 py-2 text-sm focus:outline-3 focus:outline-offset-2 focus:outline-blue-600 ${tone}`} data-testid="form-message">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
